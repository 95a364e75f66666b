import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { speechTranscript, spokenText } from '../../../../src/lib/domain/extract/transcripts';

// A made-up export of a speech-recognition minutes tool: timestamps, numbered speakers (some renamed
// by hand), fillers, a spoken correction, no agenda.
const TRANSCRIPT = [
  '会議名：令和3年度第1回〇〇市個人情報保護審議会',
  'この文書は音声認識により自動作成されたもので、誤認識を含む可能性があります。',
  '[00:00:10] 話者1（事務局）:',
  'えー、定刻となりましたので始めさせていただきます。本日の案件は諮問1件でございます。',
  '',
  '[00:01:02] 話者2 → 会長:',
  'それでは事務局から説明をお願いします。',
  '',
  '[00:01:40] 話者3:',
  '失礼いたします。健康福祉部健康づくり課の、えー、課長の山田でございます。隣が健診係長の川口でございます。',
  '',
  '[00:02:05] 話者3:',
  'はい。諮問の件名は、あの、がん検診受診勧奨業務の委託について、でございます。委託先は株式会社サンプル健診でございます。委託期間は令和4年、失礼しました、令和3年の10月1日から令和4年3月31日まででございます。',
  '',
  '[00:03:30] 話者4:',
  'はい、川口です。続きまして、委託先に提供いたします個人情報の項目でございます。対象者の、氏名、生年月日、性別、住所、それから電話番号、あと受診歴、以上でございます。',
  '',
  '[00:04:10] 話者1（事務局）:',
  '特記事項でございます。各条の見出しのみ読み上げます。第1条、秘密の保持。第2条、再委託の禁止。第3条、事故発生時の報告。以上でございます。',
  '',
  '[00:04:50] 話者5:',
  '委員の中島です。電話番号は何に使うのでしょうか。',
  ''
].join('\n');

const read = (text: string) =>
  text
    .split('\n')
    .map((t, i) => ({ text: t.normalize('NFKC').trim(), page: 1, line: i + 1 }))
    .filter((l) => l.text);

describe('speech-recognition transcripts (eval/wild-47 ao1)', () => {
  it('leaves out fillers and the words a speaker takes back', () => {
    expect(spokenText('期間は、えー、令和4年、失礼しました、令和3年の10月1日からでございます')).toBe('期間は、令和3年の10月1日からでございます');
    expect(spokenText('結合の期間は、令和2年11月1日から、ごー年間、令和7年10月31日までを予定しております。')).toBe('結合の期間は、令和2年11月1日から令和7年10月31日までを予定しております。');
  });

  it('names each speaker by the post they were given, introduced themselves with or were introduced under; others are members', () => {
    const t = speechTranscript(read(TRANSCRIPT));
    expect(t?.lines.filter((l) => / /.test(l.text)).map((l) => l.text.split(' ')[0])).toEqual(['事務局', '会長', '健康づくり課長', '健康づくり課長', '健診係長', '事務局', '委員']);
    expect(t?.offices).toEqual(['健康福祉部健康づくり課長']);
    expect(t?.matters).toEqual([{ key: '議題1', title: 'がん検診受診勧奨業務の委託について', kind: '諮問' }]);
  });

  it('is no transcript without timestamped speakers', () => {
    expect(speechTranscript(read('会長 それでは始めます。\n委員 質問です。'))).toBeNull();
  });

  it('reads the matter the staff name, its office, period and the items read out to 以上', () => {
    const [m, ...rest] = extractDocument([TRANSCRIPT]);
    expect(rest).toEqual([]);
    expect(m.title).toBe('がん検診受診勧奨業務の委託について');
    expect(m.matter_kind).toBe('consultation');
    expect(m.department).toBe('健康福祉部');
    expect(m.divisions).toEqual(['健康づくり課']);
    expect([m.period_start, m.period_end]).toEqual(['2021-10-01', '2022-03-31']);
    expect(m.data_items.map((i) => i.item)).toEqual(['氏名', '生年月日', '性別', '住所', '電話番号', '受診歴']);
  });

  it('reads an annex read out article by article as its clauses', () => {
    const [m] = extractDocument([TRANSCRIPT]);
    expect(m.safeguards.filter((x) => x.scope === 'clause').map((x) => x.text)).toEqual(['秘密の保持。', '再委託の禁止。', '事故発生時の報告。']);
  });

  it('reads a list begun in one sentence on to 以上, without its asides and the reasons an item is asked', () => {
    const said = TRANSCRIPT.replace(
      'はい、川口です。続きまして、委託先に提供いたします個人情報の項目でございます。対象者の、氏名、生年月日、性別、住所、それから電話番号、あと受診歴、以上でございます。',
      'はい、川口です。取り扱う個人情報でございますが、対象者の、氏名、生年月日、性別、それから受診区分、これは集団と個別の別でございます。あと、受診を勧めるために、電話番号、それからシステムから抽出いたしました受診歴、以上でございます。'
    );
    expect(extractDocument([said])[0].data_items.map((i) => i.item)).toEqual(['氏名', '生年月日', '性別', '受診区分', '電話番号', '受診歴']);
  });
});
