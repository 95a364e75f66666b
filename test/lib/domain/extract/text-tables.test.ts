import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// Plain-text layouts first met in eval/wild-12 and wild-13 (both blind sets, tuned on after their
// first sight): dot leaders between a label and its value, and a table drawn with one bar.

describe('a label joined to its value by a dot leader', () => {
  const doc = [
    '【報告事項１】',
    '',
    '件\u3000\u3000名……………………母子健康手帳交付時の妊婦面談に係る予約受付シ',
    '\u3000'.repeat(13) + 'ステム運用業務の委託について',
    '',
    '担 当 課……………………健康増進部中央保健センター',
    '',
    '委 託 先……………………株式会社ソラノメ・リザーブ',
    '',
    '取り扱う個人情報…………',
    '\u3000'.repeat(13) + '妊婦の氏名、生年月日、既往歴',
    '',
    '個人情報の保護対策',
    '\u3000市が講じる措置……………',
    '\u3000\u3000（ア）年１回以上、受託者の事業所において実地に監査を行う。'
  ].join('\n');

  it('reads the label before the dots and the value after them, wrapped lines included', () => {
    const [m] = extractDocument([doc]);
    expect(m.title).toBe('母子健康手帳交付時の妊婦面談に係る予約受付システム運用業務の委託について');
    expect(m.department).toBe('健康増進部');
    expect(m.contractor).toBe('株式会社ソラノメ・リザーブ');
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '生年月日', '既往歴']);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward']);
  });
});

describe('a two-column text table drawn with a full-width bar', () => {
  const rule = '－'.repeat(30);
  const doc = [
    '報告第７号',
    '水道メーター検針業務の委託について',
    rule,
    '項目\u3000\u3000\u3000\u3000\u3000｜内容',
    rule,
    '件名\u3000\u3000\u3000\u3000\u3000｜水道メーター検針業務の委',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000｜託について',
    rule,
    '担当\u3000\u3000\u3000\u3000\u3000｜水道局\u3000営業課',
    rule,
    '結合開始予定\u3000｜平成３１年４月１日',
    rule,
    '局が講じる\u3000\u3000｜１\u3000年１回以上、受託者の事務所への立入検査を行',
    '保護対策\u3000\u3000\u3000｜\u3000\u3000う。',
    rule,
    '受託者に講じ\u3000｜１\u3000個人情報の取扱責任者を定め、名簿を局に',
    'させる保護対策｜\u3000\u3000提出させる。',
    rule
  ].join('\n');

  it('reads each side of the bar, a value wrapped under it, and a label wrapped over two lines', () => {
    const [m] = extractDocument([doc]);
    expect(m.title).toBe('水道メーター検針業務の委託について');
    expect(m.department).toBe('水道局');
    expect(m.period_start).toBe('2019-04-01');
    expect(m.safeguards.map((s) => [s.actor, s.text])).toEqual([
      ['ward', expect.stringContaining('立入検査')],
      ['contractor', expect.stringContaining('取扱責任者')]
    ]);
  });
});
