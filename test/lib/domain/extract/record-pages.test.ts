import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// Two records of a CRM's custom object printed one after the other (eval/wild-50 at2, 大洲市's
// Salesforce pages): each record's department field stands above its title, the side panels'
// meetings, attachments and links fall between the fields, the period is two date fields.
const record = (n: number, kind: string, title: string, dept: string, division: string, start: string, end: string, media: string, note: string) =>
  [
    `審議案件名\tSG-2021-000${n}`,
    `所管部局\t${dept}`,
    `令和3年度第${n + 2}回大洲市個人情報保護審議会\t開催日: 2022/02/16\t種別: 説明`,
    `件名\t${title}`,
    `所管課\t${division}\tすべて表示`,
    `区分\t${kind}`,
    '相手方\t株式会社ひじかわ情報サービス\t諮問書_SG.pdf 2021/06/28 ・ 188KB',
    '根拠規定\t大洲市個人情報保護条例第10条第2項',
    `委託開始日\t${start}\t個人情報の流れ図(名簿システム).pdf 2021/07/02 ・ 402KB`,
    '付議会議\t令和3年度第2回大洲市個人情報保護審議会',
    `委託終了日\t${end}`,
    '個人情報取扱特記事項(標準).pdf 2021/09/22 ・ 96KB',
    '継続区分\t単年度',
    '取り扱う個人情報の項目\t氏名\t住所',
    `要配慮個人情報を含む\t記録媒体\t${media}`,
    `記録媒体に関する補足\t${note}`,
    '市が講ずる措置\t1受託者との契約書に個人情報取扱特記事項を付す。',
    '受託者に講じさせる措置\t1作業用パソコンの記憶装置全体を暗号化する。'
  ].join('\n');

describe('record pages of a business app', () => {
  const [a, b] = extractDocument([
    record(1, '諮問', '避難行動要支援者名簿管理システムの構築業務の委託について', '総務企画部', '危機管理課', '2021/11/15', '2022/03/25', '紙;DVD-R;庁内サーバ', 'USBメモリ及び電子メールによるデータの授受は行わない。'),
    record(2, '報告', '母子保健アプリによる健診情報配信業務の委託について', '市民福祉部', '子育て支援課', '2022/04/01', '2023/03/31', '電子データ(受託者サーバ);USBメモリ', '紙媒体は取り扱わない。')
  ]);

  it('gives each record the department field above its own title', () => {
    expect([a.department, a.divisions, b.department, b.divisions]).toEqual(['総務企画部', ['危機管理課'], '市民福祉部', ['子育て支援課']]);
  });

  it('reads the period from its start and end date fields, past the attachments beside them', () => {
    expect([a.period_start, a.period_end, b.period_start, b.period_end]).toEqual(['2021-11-15', '2022-03-25', '2022-04-01', '2023-03-31']);
  });

  it('takes the session from the record’s 付議会議 field, not from the meetings panel', () => {
    expect([a.council_session, b.council_session]).toEqual(['令和3年度第2回', '令和3年度第2回']);
  });

  it('reads a multi-select field’s semicolon list of media, less a medium the note rules out', () => {
    expect(a.media.map((m) => m.category).sort()).toEqual(['paper', 'removable', 'ward_system']);
    expect(b.media.map((m) => m.category).sort()).toEqual(['contractor_server', 'removable']);
  });

  it('reads the measures after an attachment entry named 特記事項 as measures, not annex clauses', () => {
    expect(b.safeguards.map((s) => s.scope)).not.toContain('clause');
    expect(b.safeguards.length).toBeGreaterThan(0);
  });
});
