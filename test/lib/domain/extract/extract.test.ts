import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/lib/domain/analyze';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';
import { compare, fscore, loadGold } from '../../../helpers/gold';
import { view } from '../../../helpers/view';

// The real dictionary: classification works on kuromoji lemmas.
const tokenizer = await loadTokenizer();

const SAMPLES = path.join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'samples-text');

describe('extraction against the gold of each sample document', () => {
  for (const gold of loadGold()) {
    describe(gold.source, () => {
      const matters = analyzeDocument([readFileSync(path.join(SAMPLES, `${gold.source}.txt`), 'utf8')], tokenizer);
      it('finds exactly the gold matters', () => {
        expect(matters.map((m) => m.title)).toEqual(gold.matters.map((g) => g.title));
      });
      gold.matters.forEach((g, i) => {
        describe(`matter ${i + 1}`, () => {
          const r = compare(g, view(matters[i]));
          it('has every field right', () => expect(r.fieldMisses).toEqual([]));
          it('finds exactly the data items', () => expect(r.items).toEqual({ tp: g.data_items.length, fp: 0, fn: 0 }));
          it('flags the sensitive items', () => expect(r.sensitiveMissed).toEqual([]));
          it('finds exactly the media categories', () => expect(r.media).toEqual({ tp: g.media.length, fp: 0, fn: 0 }));
          it('classifies the safeguards (F1 ≥ 0.95)', () => expect(fscore(r.safeguards)).toBeGreaterThanOrEqual(0.95));
          it('maps the annex clauses', () => expect(r.clauses).toEqual({ tp: g.clauses.length, fp: 0, fn: 0 }));
        });
      });
    });
  }
});

describe('one matter described twice, two matters in one document', () => {
  const read = (f: string) => analyzeDocument([readFileSync(path.join(SAMPLES, f), 'utf8')], tokenizer);
  it('keeps the overview and detail sheets of 000 as one matter', () => {
    expect(read('000_89a62690775440f9.txt')).toHaveLength(1);
  });
  it('treats titles differing by one word (001: 業務等の / 業務の) as the same matter', () => {
    expect(read('001_c31c5ac134a4b77c.txt')).toHaveLength(1);
  });
  it('splits 004 at its two 議案 numbers', () => {
    const ms = read('004_9d5b84f7b5669ee4.txt');
    expect(ms.map((m) => m.seq)).toEqual([1, 2]);
    expect(ms.map((m) => m.procedure)).toEqual(['external_link', 'outsourcing']);
  });
  it('gives every safeguard sentence an actor, a scope and an order', () => {
    for (const m of read('001_c31c5ac134a4b77c.txt')) {
      expect(m.safeguards.map((s) => s.seq)).toEqual(m.safeguards.map((_, i) => i + 1));
      expect(m.safeguards.filter((s) => s.scope === 'system' && s.actor === 'contractor')).toHaveLength(5);
      expect(m.safeguards.filter((s) => s.scope === 'clause')).toHaveLength(21);
    }
  });
});

describe('a link partner named as a body’s service, with a note after it (刈谷市, eval/wild-44 ah1)', () => {
  it('is the body and its service as written, without the note; an outsourcing’s contractor is still the body the sentence names', () => {
    const form = (label: string, kind: string) =>
      extractDocument([
        [`件名\t介護認定審査会資料のクラウドサービスとの${kind}について`, '担当部課\t福祉健康部 長寿課', `${label}\t株式会社ミカワデータサービス（本社：名古屋市中村区）が提供するクラウドサービス「ケアレビュークラウド」 （市と同社との間でサービス利用契約を締結している。）`].join('\n')
      ])[0];
    const link = form('結合先', '回線結合');
    expect(link.procedure).toBe('external_link');
    expect(link.contractor).toBe('株式会社ミカワデータサービス(本社:名古屋市中村区)が提供するクラウドサービス「ケアレビュークラウド」');
    expect(form('委託先', '業務委託').contractor).toBe('株式会社ミカワデータサービス');
  });
});

describe('a city gazette’s text edition (阿南市, eval/wild-48 aq2)', () => {
  // Its notices stand in front of the council's answer; each page ends with its number.
  const F = '\u3000';
  const gazette = [
    `${F}○市公告第５１号`,
    `${F}一般競争入札を行った結果、次のとおり落札者を決定したので公告する。`,
    `１${F}件名${F.repeat(5)}住民情報端末の賃貸借`,
    `２${F}入札日${F.repeat(4)}令和３年５月１０日`,
    `３${F}落札者${F.repeat(4)}株式会社ミナミ事務機`,
    `４${F}契約期間${F.repeat(3)}令和３年６月１日から令和８年５月３１日まで`,
    `５${F}担当${F.repeat(5)}総務部契約課`,
    '',
    `別紙１`,
    `１${F}件名${F.repeat(5)}放課後児童クラブの利用調整業務の委託について`,
    `２${F}担当課${F.repeat(4)}こども部子育て支援課`,
    `３${F}委託先${F.repeat(4)}一般社団法人みなみ子育てネット`,
    `４${F}委託期間${F.repeat(3)}令和３年７月１日から令和４年３月３１日まで`,
    `５${F}個人情報の項目${F}`,
    `${F}（児童に関する項目）`,
    `${F.repeat(3)}１${F}氏名`,
    `${F.repeat(3)}２${F}学年`,
    `${F.repeat(3)}３${F}アレルギーの有無`,
    '',
    `${F.repeat(16)}― ４ ―`,
    `${F}（保護者に関する項目）`,
    `${F.repeat(3)}４${F}氏名`,
    `${F.repeat(3)}５${F}勤務先`,
    `６${F}記録媒体${F.repeat(3)}紙（利用申込書）`
  ].join('\n');

  it('takes no tender’s notice for a matter: its 件名 and 契約期間 name a purchase', () => {
    const ms = extractDocument([gazette]);
    expect(ms.map((m) => m.title)).toEqual(['放課後児童クラブの利用調整業務の委託について']);
    expect(ms[0].contractor).toBe('一般社団法人みなみ子育てネット');
  });

  it('reads the items numbered under their label, over the page’s `― N ―`', () => {
    const [m] = extractDocument([gazette]);
    expect(m.data_items.map((d) => `${d.subject}:${d.item}`)).toEqual(['児童:氏名', '児童:学年', '児童:アレルギーの有無', '保護者:氏名', '保護者:勤務先']);
    expect(m.text).not.toContain('―');
  });
});

describe('a legal basis given in the matter’s kind row (坂出市, eval/wild-48 aq1)', () => {
  it('is the matter’s, not the article that sets up the council in the page’s introduction', () => {
    const page = [
      '審議会は、坂出市個人情報の保護に関する法律施行条例第9条の規定により置かれている附属機関です。',
      '件名\tひきこもり相談支援業務の委託について',
      '区分\t報告（施行条例第6条第2項・個人情報の取扱いの委託）',
      '担当課\t健康福祉部地域共生推進課',
      '委託先\tNPO法人テストネット'
    ].join('\n');
    expect(extractDocument([page])[0].legal_basis).toBe('第6条第2項');
  });
});

describe('an annex numbered as a section of an issue’s description (観音寺市, eval/wild-49 ar2)', () => {
  it('starts at `6␣個人情報取扱特記事項`, its preamble quoting the title is no clause, and `1.␣(総則)…` are its articles', () => {
    const issue = [
      '件名\t障害福祉アンケート調査業務の委託について',
      '受託者に講じさせる対策\t作業室への出入りは登録した従事者に限ること。',
      '6 個人情報取扱特記事項',
      '契約書に別添として付する「個人情報取扱特記事項」は、次のとおりとする。',
      '1. (総則) 受託者は、個人情報を扱うときは、その取扱いに万全を期すものとする。',
      '2. (守秘義務) 受託者は、業務の中で知った個人情報を他の者に口外してはならない。'
    ].join('\n');
    const [m] = extractDocument([issue]);
    expect(m.safeguards.filter((s) => s.scope === 'clause').map((s) => s.text)).toEqual([
      '受託者は、個人情報を扱うときは、その取扱いに万全を期すものとする。',
      '受託者は、業務の中で知った個人情報を他の者に口外してはならない。'
    ]);
  });

  it('leaves a form’s numbered 特記事項 field that only says the annex is attached as no annex', () => {
    const [m] = extractDocument(['件名\t配食サービス業務の委託について\n4 特記事項\n委託契約書には、別記「個人情報取扱特記事項」を添付する(本資料では省略する。)。']);
    expect(m.safeguards.filter((s) => s.scope === 'clause')).toEqual([]);
  });
});
