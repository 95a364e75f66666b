// A form service's printed responses (延岡市, eval/wild-46 al1, tuned on after its first sight).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { isQuestionForm, questionCards } from '../../../../src/lib/domain/extract/question-cards';

const B = '\u2028';
const response = (n: number, o: { session: string; kind: string; basis: string; title: string; dept: string; items: string; media: string }) => [
  `回答 ${n} / 2 件目`,
  `1. 審議会の開催回 必須${B}※開催日の30日前までに送信してください。${B}${o.session}`,
  `2. 区分 必須${B}${o.kind}`,
  `3. 根拠条文 必須${B}例）延岡市個人情報保護条例第○条第○項${B}${o.basis}`,
  `4. 件名 必須${B}※「〜について」で終わる形で入力してください。${B}${o.title}`,
  `5. 所管部 必須${B}${o.dept}`,
  '6. 所管課 必須',
  '※複数の課にまたがる場合は、すべて記入してください。',
  '健康増進課',
  `7. 取り扱う個人情報の項目 必須${B}${o.items}`,
  `8. 要配慮個人情報に該当する項目${B}既往歴、服薬状況`,
  `9. 記録媒体 必須${B}${o.media}`,
  '10. 備考（未回答）'
];

const pages = [
  response(1, {
    session: `○ 令和4年度第1回${B}● 令和4年度第2回`,
    kind: `○ 諮問${B}● 報告`,
    basis: '延岡市個人情報保護条例第11条第2項',
    title: '訪問支援業務の委託について',
    dept: `○ 総務部${B}● 健康福祉部`,
    items: `☑ 氏名${B}☐ 個人番号（マイナンバー）${B}☑ 既往歴${B}☑ 服薬状況${B}☑ 要支援・要介護認定の状況`,
    media: `☑ 紙${B}☐ USBメモリ等${B}☑ 委託先のパソコン`
  }).join('\n'),
  response(2, {
    session: `○ 令和4年度第1回${B}● 令和4年度第2回`,
    kind: `● 諮問${B}○ 報告`,
    basis: '延岡市個人情報保護条例第１２条第１項',
    title: '子育てアプリによる情報配信に伴う外部結合について',
    dept: `● こども未来部${B}○ 健康福祉部`,
    items: `☑ 氏名${B}☑ 既往歴${B}☑ 服薬状況`,
    media: `☐ 紙${B}☑ 市の情報システム`
  }).join('\n')
];

describe('a printed response to an application form', () => {
  it('is told by its questions’ badges, and each card becomes its label and its chosen answers', () => {
    expect(isQuestionForm(pages[0].split('\n'))).toBe(true);
    expect(isQuestionForm(['1. 件名', '2. 委託先', '3. 期間'])).toBe(false);
    const [first] = questionCards([pages[0].split('\n')]);
    expect(first.slice(0, 6)).toEqual(['回答 1 / 2 件目', '件名\t訪問支援業務の委託について', '審議会の開催回\t令和4年度第2回', '区分\t報告', '根拠条文\t延岡市個人情報保護条例第11条第2項', '所管部\t健康福祉部']);
    expect(first).toContain('健康増進課');
    expect(first).toContain('備考');
    expect(first.join('\n')).not.toMatch(/※|○|☐|マイナンバー|USBメモリ/);
  });

  it('gives each response its own answers, the title first, and reads only what was chosen', () => {
    const [a, b, ...rest] = extractDocument(pages);
    expect(rest).toEqual([]);
    expect([a.title, a.matter_kind, a.legal_basis, a.department, a.council_session]).toEqual(['訪問支援業務の委託について', 'report', '第11条第2項', '健康福祉部', '令和4年度第2回']);
    expect([b.title, b.matter_kind, b.legal_basis, b.department]).toEqual(['子育てアプリによる情報配信に伴う外部結合について', 'consultation', '第12条第1項', 'こども未来部']);
    // The sensitive items named again under their own question are no further items; the care levels are one status.
    expect(a.data_items.map((d) => d.item)).toEqual(['氏名', '既往歴', '服薬状況', '要支援・要介護認定の状況']);
    expect(a.media.map((m) => m.category)).toEqual(['paper', 'contractor_pc']);
    expect(b.media.map((m) => m.category)).toEqual(['ward_system']);
  });
});
