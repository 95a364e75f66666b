// A row of a document as the layout reads it: a labelled field, free text, a heading or a rule.
import type { Part } from '../types';
import type { LabelKey } from './labels';

export type RowKind = 'row' | 'text' | 'heading' | 'separator';

export interface Row {
  kind: RowKind;
  /** The label as written (NFKC, spaces collapsed) for rows; the text for headings. */
  label: string;
  /** What the label means, when it is a known form label. */
  key: LabelKey | null;
  parts: Part[];
  page: number;
  line: number;
  /** Markdown heading level, 0 for anything else. */
  level: number;
  /** A blank line came right before this row. */
  afterBlank: boolean;
  /** A title row made from a heading (`諮問第５号 …について`) rather than from a 件名 label. */
  fromHeading?: boolean;
  /** The outline number a label stood after (`(1)` of `(1)␣諮問事項`), which may number its matter. */
  ordinal?: string;
}

/** The value of a row as one string, lines joined by newlines. */
export const valueOf = (r: Row): string => r.parts.map((p) => p.text).join('\n');
