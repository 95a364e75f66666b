// A media field set as a small table of its own under its label (`◇ 記録媒体` over `区分 | 内容`,
// `電子 | 福祉総合システム`, `紙 | 支給対象者一覧表`; or `媒体 | 用途` over `DVD-R | 受渡し`):
// the table's rows are the field's value, one medium a line.
import { compact, nfkc } from '../text';
import { mediumCategory } from './media';
import type { Row } from './row';

/** The table's own header row: what its columns hold. */
const HEADER = /^(?:区分|媒体|記録媒体|種類|種別|媒体の種類)$/;
const HEADER_VALUE = /^(?:内容|用途|記録内容|使用目的|利用目的|備考|説明|具体的な内容|使用|利用|使用の有無|有無)$/;
/** A column that marks each medium used or not (`紙（受診票） | ○ | …`, `委託先のサーバ | －`). */
const USED = /^[○◯●✓✔]$/;
const UNUSED = /^[－\-―ー×✕✗]$|^(?:なし|無し|無)$/;
/** A kind of medium in the first column, the medium itself in the second (`電子 | 福祉総合システム`). */
const KIND_ONLY = /^(?:電子|電子媒体|電磁的記録|電磁的媒体|電子データ|電子計算機|システム)$/;

/** A cell that opens with a medium's name (`受託者のサーバ 位置情報探索システム…`). */
const isMedium = (t: string) => mediumCategory(nfkc(t.split(/\s/)[0]), 'outsourcing') !== null;

const lines = (r: Row) => r.parts.flatMap((p) => p.text.split('\n')).filter((t) => t.trim() !== '');

export function mediaTables(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out.push(r);
    if (r.kind !== 'row' || r.key !== 'media' || r.parts.length > 0) continue;
    const parts: Row['parts'] = [];
    let j = i + 1;
    for (; j < rows.length; j++) {
      const x = rows[j];
      const [first = '', ...rest] = lines(x);
      const mark = USED.test(compact(first)) || UNUSED.test(compact(first));
      if (x.kind !== 'row' || x.label === '' || compact(x.label).length > 24 || (x.key !== null && !(x.key === 'media' && (HEADER.test(compact(x.label)) || mark)))) break;
      if (HEADER.test(compact(x.label)) && HEADER_VALUE.test(compact(first))) continue;
      // A marked row is the medium alone, if used: its remark says what it holds, not another medium.
      if (mark) {
        if (USED.test(compact(first))) parts.push({ text: x.label, page: x.page });
        continue;
      }
      // Media set side by side, each a caption over its note (a slide's boxes: `紙 …` | `受託者のサーバ …`):
      // a line each, not the second as the first's use; a kind over its medium (`電子 | …システム`) is one.
      if (first && !KIND_ONLY.test(compact(x.label)) && isMedium(x.label) && isMedium(first)) {
        parts.push(...[x.label, first, ...rest].map((text) => ({ text, page: x.page })));
        continue;
      }
      const named = KIND_ONLY.test(compact(x.label)) ? first : first ? `${x.label}（${first}）` : x.label;
      parts.push({ text: named, page: x.page }, ...rest.map((text) => ({ text, page: x.page })));
    }
    if (parts.length === 0) continue;
    out[out.length - 1] = { ...r, parts };
    i = j - 1;
  }
  return out;
}
