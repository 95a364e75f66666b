/**
 * Two fields set on one line with a slash between them (`担当␣福祉部 高齢者支援課␣／␣委託先␣株式会社…`):
 * each becomes a line of its own, so the first field's value does not run on into the second's
 * label and value (pure, no I/O).
 */
import { labelKey } from './labels';

/** A field at a piece's start: a label, then a colon or a space, then its value. */
const FIELD = /^([^\s:：、。]{2,12})(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)\S/;
/** A slash with space on both sides: between fields, not inside a value (`紙／電子`). */
const BETWEEN = /[ \t\u3000]+[／/｜|][ \t\u3000]+/;

const isField = (piece: string) => {
  const m = FIELD.exec(piece.trim());
  return m !== null && labelKey(m[1]) !== null;
};

export function splitJoinedFields(pages: string[]): string[] {
  return pages.map((page) =>
    page
      .split('\n')
      .map((line) => {
        if (!BETWEEN.test(line)) return line;
        const pieces = line.split(BETWEEN);
        return pieces.length >= 2 && pieces.every(isField) ? pieces.map((p) => p.trim()).join('\n') : line;
      })
      .join('\n')
  );
}
