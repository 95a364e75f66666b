// Labels wrapped over two rows of a form, joined back into one.
import { compact, unbalanced } from '../text';
import { labelKey } from './labels';
import type { Row } from './row';

/** A label wrapped inside its cell (`…情報項目(だれの、` / `どのような項目か)`) continues on the next row. */
export function mergeWrappedLabels(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = { ...rows[i], parts: [...rows[i].parts] };
    // A label broken over two lines whose first half closed the value above (`委託先に講じさせ` /
    // `る措置`): the halves are one label, and the half alone may name another field (`措置`).
    const above = out.at(-1);
    const half = (above?.kind === 'row' || above?.kind === 'text') && r.kind === 'row' && r.label !== '' ? above.parts.at(-1) : undefined;
    if (above && half && r.label.length <= 6 && /^[\u3041-\u3096]/.test(r.label) && half.text.length <= 16 && !/[。、]/.test(half.text)) {
      const whole = compact(half.text) + r.label;
      const key = labelKey(whole);
      if (key) {
        above.parts = above.parts.slice(0, -1);
        if (above.parts.length === 0 && above.kind === 'text') out.pop();
        out.push({ ...r, label: whole, key });
        continue;
      }
    }
    while (r.kind === 'row' && r.label !== '' && unbalanced(r.label) && rows[i + 1]?.kind === 'row' && rows[i + 1].label !== '') {
      const next = rows[++i];
      r.label += next.label;
      r.parts.push(...next.parts);
    }
    if (r.label !== rows[i].label) r.key = labelKey(r.label);
    out.push(r);
  }
  return out;
}
