// First-pass safeguard classification: taxonomy cues over normalised text.
// Multi-label: a sentence naming two measures gets both categories.

import { TAXONOMY } from './taxonomy';
import { compact } from './text';

export interface Classification {
  category: string;
  /** The text the cue matched, kept as evidence for the dashboard. */
  cue: string;
}

export function classify(text: string, heading: string | null, clause: boolean): Classification[] {
  const subject = compact(`${heading ?? ''}${text}`);
  const out: Classification[] = [];
  for (const cat of TAXONOMY) {
    if (cat.clauseOnly && !clause) continue;
    let t = subject;
    for (const neg of cat.negative ?? []) t = t.replace(new RegExp(neg.source, 'g'), '');
    for (const cue of cat.cues) {
      const m = cue.exec(t);
      if (m) {
        out.push({ category: cat.code, cue: m[0] });
        break;
      }
    }
  }
  return out;
}
