// A document extraction found no matter in. If it reads like a council document about personal
// information (the words a council's papers use for its body, its proceedings and its subject),
// it is kept as one matter flagged for review, with its text searchable, so a person can see what
// the extractor missed; anything else is refused (ingestion says why). Pure: no I/O.

import { clean } from './text';
import type { DocumentMeta, ExtractedMatter } from './types';

/**
 * Word classes, each a list of words with the same role in council papers. A document is a
 * council document when it has a word of SUBJECT and one of COUNCIL: either alone is common in
 * other texts (a privacy policy says 個人情報; minutes of any committee say 委員会 and 議題).
 */
export const COUNCIL_CUES = {
  /** The body and its proceedings. */
  COUNCIL: ['審議会', '審査会', '委員会', '諮問', '答申', '付議', '審議事項', '報告事項', '議題', '議案'],
  /** What a privacy council deliberates on: personal information and the procedures about it. */
  SUBJECT: ['個人情報', '特定個人情報', '個人番号', 'マイナンバー', '目的外利用', '目的外提供', '外部提供', '外部委託', '業務委託', '外部結合', 'オンライン結合', '回線結合', '本人外収集', '情報公開']
} as const;

/** The cue words the text holds, in list order (COUNCIL first); [] when none. */
export function councilCues(text: string): string[] {
  const t = clean(text).replace(/\s+/g, '');
  return [...COUNCIL_CUES.COUNCIL, ...COUNCIL_CUES.SUBJECT].filter((w) => t.includes(w));
}

/** Whether the text reads like a council document: a word of each class. */
export function isCouncilDocument(text: string): boolean {
  const t = clean(text).replace(/\s+/g, '');
  const has = (words: readonly string[]) => words.some((w) => t.includes(w));
  return has(COUNCIL_CUES.COUNCIL) && has(COUNCIL_CUES.SUBJECT);
}

/** The note stored with the flag: what was found, and what was not. */
export function unrecognisedNote(cues: string[]): string {
  return `審議会資料と見られる語（${cues.slice(0, 6).join('・')}）はありますが、件名・個人情報の項目・情報保護対策の様式を認識できませんでした。`;
}

/**
 * The document as one matter flagged form_not_recognised: its whole text (for search and for the
 * reviewer), the metadata given with it, and nothing extraction did not find (every other field
 * NULL or empty). Null when the text is not a council document.
 */
export function unrecognisedMatter(pages: string[], meta: DocumentMeta = {}): ExtractedMatter | null {
  const joined = pages.join('\n');
  if (!isCouncilDocument(joined)) return null;
  const lines = pages.flatMap((p) => p.split('\n').map(clean).filter(Boolean));
  return {
    seq: 1,
    municipality: meta.municipality ?? null,
    title: null,
    matter_kind: null,
    procedure: 'other',
    legal_basis: null,
    department: null,
    divisions: [],
    contractor: null,
    period_start: null,
    period_end: null,
    recurring: null,
    fiscal_year: null,
    council_session: meta.council_session ?? null,
    council_date: meta.council_date ?? null,
    page_start: 1,
    page_end: Math.max(1, pages.length),
    data_items: [],
    media: [],
    safeguards: [],
    sections: [],
    gaps: [],
    rule_hits: [],
    text: lines.join('\n'),
    evidence: [],
    review: ['form_not_recognised']
  };
}
