// npm run docs:taxonomy — regenerates docs/taxonomy.md from the taxonomy and the gap rules.
import { writeFileSync } from 'node:fs';
import { taxonomyMarkdown } from '../src/lib/domain/classify/taxonomy-doc';

writeFileSync('docs/taxonomy.md', taxonomyMarkdown());
console.log('docs/taxonomy.md written');
