import { describe, expect, it } from 'vitest';
import { appFields } from '../../../../src/lib/domain/extract/app-fields';
import type { Row } from '../../../../src/lib/domain/extract/row';

const row = (label: string, key: Row['key'], texts: string[], kind: Row['kind'] = 'row'): Row => ({
  kind,
  label,
  key,
  parts: texts.map((text) => ({ text, page: 1 })),
  page: 1,
  line: 1,
  level: 0,
  afterBlank: false
});

// A CRM record page printed from the browser (eval/wild-50 at2, a Salesforce record).
describe('a business app’s record page', () => {
  it('drops the side panels’ links and attachment entries from the fields beside them', () => {
    const out = appFields([
      row('所管課', 'department', ['危機管理課', 'すべて表示']),
      row('相手方', 'contractor', ['株式会社ひじかわ情報サービス', '諮問書_SG-2021-0007.pdf 2021/06/28 ・ 188KB']),
      row('', null, ['個人情報取扱特記事項(標準).pdf 2021/09/22 ・ 96KB'], 'text')
    ]);
    expect(out.map((r) => r.parts.map((p) => p.text))).toEqual([['危機管理課'], ['株式会社ひじかわ情報サービス']]);
  });

  it('reads a label cell after an empty tick-box field as that label’s row', () => {
    const [r] = appFields([row('要配慮個人情報を含む', null, ['記録媒体', '紙;DVD-R;庁内サーバ'])]);
    expect([r.label, r.key, r.parts.map((p) => p.text)]).toEqual(['記録媒体', 'media', ['紙;DVD-R;庁内サーバ']]);
  });

  it('leaves rows whose first cell is a value, or whose own label is known, as they are', () => {
    const rows = [row('取り扱う個人情報', 'items', ['記録媒体', '氏名']), row('備考', null, ['紙媒体は使わない', '以上']), row('1', null, ['氏名', '住所'])];
    expect(appFields(rows)).toEqual(rows);
  });
});
