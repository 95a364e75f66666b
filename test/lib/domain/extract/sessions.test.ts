import { describe, expect, it } from 'vitest';
import { layout } from '../../../../src/lib/domain/extract/layout';
import { matterSession, sessionOf } from '../../../../src/lib/domain/extract/sessions';

describe('the session a matter was brought to', () => {
  it('writes a session in kanji as the store does', () => {
    expect(sessionOf(layout(['令和四年度第二回大牟田市個人情報保護審議会']))).toBe('令和4年度第2回');
  });

  it('reads a row of the matter’s own naming its session, even at its foot (a kintone record, eval/wild-47 an1)', () => {
    const rows = layout(['件名\t介護認定調査業務の委託について', '区分\t報告', '関連する案件\t地域包括支援センター運営業務の委託について（令和3年度第1回）', '事務局処理欄', '審議会\t令和3年度第2回']);
    expect(matterSession(rows, '令和3年度第3回')).toBe('令和3年度第2回');
  });

  it('reads a `会議` or `付議会議` row as the session, not a related note’s or a meetings panel’s (eval/wild-50 at1, at2)', () => {
    const note = layout(['会議\t令和4年度第2回四万十市個人情報保護審議会', '関連ノート\t令和3年度 第2回 介護認定調査票の点検業務の委託について(報告)', '件名\t特定健診業務の委託について']);
    expect(matterSession(note, null)).toBe('令和4年度第2回');
    const record = layout(['令和3年度第3回大洲市個人情報保護審議会\t開催日: 2022/02/16', '件名\t健診情報配信業務の委託について', '付議会議\t令和3年度第2回大洲市個人情報保護審議会']);
    expect(matterSession(record, null)).toBe('令和3年度第2回');
  });

  it('falls back on the matter’s head, then on the document’s session', () => {
    expect(matterSession(layout(['件名\t介護認定調査業務の委託について']), '令和3年度第3回')).toBe('令和3年度第3回');
  });
});
