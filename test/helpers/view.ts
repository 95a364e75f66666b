import type { ExtractedMatter } from '../../src/lib/domain/types';
import type { MatterView } from './gold';

/** An extracted matter as the gold comparison sees it. */
export function view(m: ExtractedMatter): MatterView {
  return {
    ...m,
    items: m.data_items,
    media: m.media.map((x) => x.category),
    safeguards: m.safeguards.filter((s) => s.scope !== 'clause').flatMap((s) => s.categories.map((c) => `${s.actor}:${c.category}`)),
    clauses: m.safeguards.filter((s) => s.scope === 'clause').flatMap((s) => s.categories.map((c) => c.category))
  };
}
