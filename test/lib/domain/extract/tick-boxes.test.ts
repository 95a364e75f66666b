import { describe, expect, it } from 'vitest';
import { cellBoxes, isChecklist, tickedOnly } from '../../../../src/lib/domain/extract/tick-boxes';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// 帯広市's report forms in eval/wild-29 (tuned on after its first sight).
describe('a form filled in by ticking boxes', () => {
  it('is told by boxes of both kinds on one line, at least twice; bullets are not', () => {
    expect(isChecklist(['審議会への付議\t□諮問　■報告', '委託の種別\t■新規　□変更'])).toBe(true);
    expect(isChecklist(['■件名', '□委託先', '■保護対策'])).toBe(false);
    expect(isChecklist(['審議会への付議\t□諮問　■報告'])).toBe(false);
  });
  it('keeps the ticked options, listed, and drops the unticked ones with their brackets', () => {
    expect(tickedOnly('審議会への付議\t□諮問　■報告')).toBe('審議会への付議\t報告');
    expect(tickedOnly('取り扱う個人情報の項目\t■氏名　■生年月日　□電話番号')).toBe('取り扱う個人情報の項目\t氏名、生年月日');
    expect(tickedOnly('記録媒体\t■紙（通知書）　■電磁的記録（■CD-R　□USBメモリ　□その他（　　））')).toBe('記録媒体\t紙（通知書）、電磁的記録（CD-R）');
    expect(tickedOnly('\t□外部機関との電子計算機の結合（条例第14条第2項）')).toBe('\t');
  });
  it('reads a ticked その他 as the words written in it', () => {
    expect(tickedOnly('\t■その他（作業従事者の名簿を提出させる。）')).toBe('\t作業従事者の名簿を提出させる。');
  });
  it('leaves the form’s legend of its boxes as it is written', () => {
    expect(tickedOnly('■は該当する項目、□は該当しない項目を示します。')).toBe('■は該当する項目、□は該当しない項目を示します。');
  });
});

describe('a form drawn on graph paper (Excel 方眼紙), each box and letter in a cell of its own (新居浜市, eval/wild-48 ap1)', () => {
  it('joins a box to the words in the cells after it, and a box set on a line of its own to the next line', () => {
    expect(cellBoxes(['区分\t■\t諮問\t\t□\t報告', '\t■', '\t\t受託者のパソコン\t□\t外部のシステム'])).toEqual(['区分\t■諮問\t\t□報告', '\t\t■受託者のパソコン\t□外部のシステム']);
    expect(cellBoxes(['■ 紙', '□'])).toEqual(['■ 紙', '□']);
  });

  it('reads the sheet’s title, offices, kind, legal basis and media as its ticks and letters say', () => {
    const sheet = [
      '\t\t\t\t\t\t記',
      '\t件\t\t名\t\t特定保健指導業務の委託について',
      '担 当 部',
      '\t市民部\t担 当 課\t国保年金課',
      '区\t\t\t\t分\t■\t諮問\t\t□\t報告',
      '根拠条項',
      '\t□\t第7条第3項（本人外収集）\t■\t第11条第1項（業務の委託）',
      '委 託 先',
      '\t株式会社テスト保健',
      '記\t録\t媒\t体\t\t■\t紙\t□\t電子メール\t■\tＵＳＢメモリ',
      '\t■',
      '\t\t受託者のパソコン\t□\t外部のシステム',
      '継 続\t次年度以降の継続\t□\t有\t■\t無'
    ].join('\n');
    const [m] = extractDocument([sheet]);
    expect([m.title, m.department, m.divisions, m.matter_kind, m.legal_basis, m.contractor]).toEqual(['特定保健指導業務の委託について', '市民部', ['国保年金課'], 'consultation', '第11条第1項', '株式会社テスト保健']);
    expect(m.media.map((x) => x.category).sort()).toEqual(['contractor_pc', 'paper', 'removable']);
    // The question repeated in the cell, then its ticked answer; an issue tracker's field says いいえ.
    expect(m.recurring).toBe(false);
    expect(extractDocument(['件名\tアンケート調査業務の委託について\n委託期間（開始）\t2022/07/01\n次年度以降の継続\tいいえ'])[0].recurring).toBe(false);
  });
});
