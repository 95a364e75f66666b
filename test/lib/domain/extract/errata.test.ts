import { describe, expect, it } from 'vitest';
import { applyErrata } from '../../../../src/lib/domain/extract/errata';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

const issue = ['件名\u3000学童保育の申込受付業務の委託について', '担当課\u3000こども未来部子育て支援課', '個人情報の項目\u3000児童の氏名、学校名、アレルギーの有無、保護者の勤務時間'].join('\n');
const errata = ['', '\u3000\u3000\u3000正\u3000誤\u3000表', '次のとおり訂正します。', '箇所\u3000個人情報の項目', '誤\u3000保護者の勤務時間', '正\u3000保護者の勤務先'].join('\n');

describe('a 正誤表 printed with the document', () => {
  it('applies each correction to the text and leaves the table out', () => {
    const [page] = applyErrata([issue + '\n' + errata]);
    expect(page).toContain('保護者の勤務先');
    expect(page).not.toContain('勤務時間');
    expect(page).not.toContain('訂正します');
    // …so the matter's items are the corrected ones, and the table adds none.
    const [m] = extractDocument([issue + '\n' + errata]);
    expect(m.data_items.map((d) => d.raw)).toEqual(['児童の氏名', '学校名', 'アレルギーの有無', '保護者の勤務先']);
  });

  it('corrects other pages too, and ends at a rule', () => {
    const out = applyErrata([issue, ['【正誤表】', '誤：アレルギーの有無', '正：アレルギーの種類', '━━━━━━', '以上'].join('\n')]);
    expect(out[0]).toContain('アレルギーの種類');
    expect(out[1]).toContain('以上');
    expect(out[1]).not.toContain('誤');
  });

  it('leaves a document without one as it is, and a wording too short to be sure of', () => {
    expect(applyErrata([issue])).toEqual([issue]);
    const [page] = applyErrata([issue + '\n正誤表\n誤\u3000氏名\n正\u3000名前']);
    expect(page).toContain('児童の氏名');
  });
});
