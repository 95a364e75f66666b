// docs/taxonomy.md is generated from the taxonomy and the rules, so the documentation cannot drift
// from what the classifier and the gap model use.

import { DEFAULT_RULES } from './gaps';
import { GAP, LONG_GAP } from './cues';
import { GROUP_LABELS, TAXONOMY } from '../taxonomy';

const cell = (s: string) => s.replaceAll('|', '\\|');

export function taxonomyMarkdown(): string {
  const lines = [
    '# Safeguard taxonomy (情報保護対策の分類)',
    '',
    '<!-- Generated from src/lib/domain/taxonomy.ts and expected-safeguards.json by `npm run docs:taxonomy`; do not edit. -->',
    '',
    'Each safeguard sentence is classified into zero or more of these categories. Cues are patterns over',
    'kuromoji lemmas in canonical spelling: terms separated by spaces fall on adjacent tokens (or spell',
    `one compound), \`…\` allows a gap of up to ${GAP} tokens and \`……\` one of up to ${LONG_GAP}, \`a|b\` gives`,
    'alternatives, `x?` makes a term optional. A cue match that a negative pattern overlaps does not count.',
    'A sentence that states no measure whatever words it holds (a rule’s purpose clause, a definition,',
    'an incident’s narrative or cause, an agenda line) gets no category: `statesNoMeasure` in classify.ts.',
    '',
    '| code | label | group | what counts | cues | negative |',
    '|---|---|---|---|---|---|'
  ];
  for (const c of TAXONOMY) {
    lines.push(`| ${c.code} | ${c.label} | ${GROUP_LABELS[c.group]} | ${cell(c.definition)} | ${c.cues.map((x) => `\`${cell(x)}\``).join('<br>')} | ${(c.negative ?? []).map((x) => `\`${cell(x)}\``).join('<br>')} |`);
  }
  lines.push('', '## Expected safeguards (gap rules)', '', 'From `src/lib/domain/classify/expected-safeguards.json`. A gap is an expected category that the matter’s non-clause safeguards lack.', '', '| rule | when | condition | expects |', '|---|---|---|---|');
  for (const r of DEFAULT_RULES) lines.push(`| ${r.id} | \`${cell(JSON.stringify(r.when))}\` | ${r.condition} | ${r.expects.join(', ')} |`);
  return lines.join('\n') + '\n';
}
