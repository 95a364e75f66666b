// Whether a text without a recognised matter is a council document (kept for review) or not
// (refused), and the matter it is kept as.

import { describe, expect, it } from 'vitest';
import { councilCues, isCouncilDocument, unrecognisedMatter, unrecognisedNote } from '../../../src/lib/domain/unrecognised';

const COUNCIL = ['第3回 個人情報保護審議会 次第', '議題', '(1) 保有個人情報の目的外利用について（諮問）', '別紙のとおり'].join('\n');

describe('isCouncilDocument', () => {
  it('needs a word of the council and a word of its subject', () => {
    expect(isCouncilDocument(COUNCIL)).toBe(true);
    expect(isCouncilDocument('情報公開・個人情報保護審査会\n答申第12号')).toBe(true);
    // One class alone is common elsewhere: a privacy notice, minutes of another committee.
    expect(isCouncilDocument('当サイトは個人情報を適切に管理します。')).toBe(false);
    expect(isCouncilDocument('まちづくり委員会\n議題 公園の整備について')).toBe(false);
    expect(isCouncilDocument('これは審議会の資料ではありません。\n今日は晴れです。')).toBe(false);
    expect(isCouncilDocument('')).toBe(false);
  });

  it('reads words split by the spaces PDF extraction scatters, and full-width forms', () => {
    expect(isCouncilDocument('個 人 情 報 保 護 審 議 会')).toBe(true);
  });
});

describe('unrecognisedMatter', () => {
  it('keeps the whole text, the metadata given, and nothing else; flagged form_not_recognised', () => {
    const m = unrecognisedMatter([COUNCIL, '2ページ目の本文'], { municipality: '架空市', council_session: '令和6年度第3回' });
    expect(m).toMatchObject({
      seq: 1, municipality: '架空市', council_session: '令和6年度第3回', title: null, department: null, procedure: 'other',
      page_start: 1, page_end: 2, data_items: [], safeguards: [], evidence: [], review: ['form_not_recognised']
    });
    expect(m?.text).toContain('保有個人情報の目的外利用について（諮問）'.normalize('NFKC'));
    expect(m?.text).toContain('2ページ目の本文');
  });

  it('is null for a text that is not a council document', () => {
    expect(unrecognisedMatter(['今日は晴れです。'])).toBeNull();
  });

  it('notes the words found', () => {
    const cues = councilCues(COUNCIL);
    expect(cues).toEqual(expect.arrayContaining(['審議会', '諮問', '議題', '個人情報', '目的外利用']));
    expect(unrecognisedNote(cues)).toMatch(/^審議会資料と見られる語（審議会・.*）はありますが、.*認識できませんでした。$/);
  });
});
