import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { labelledFields } from '../../../../src/lib/domain/extract/field-pairs';
import { htmlToText } from '../../../../src/lib/domain/extract/markup';

// A record view of a kintone-style app (eval/wild-45 ak2): each field a label box over a value box.
const field = (label: string, value: string) => `<div class="control-gaia"><div class="control-label-gaia"><span>${label}</span></div><div class="control-value-gaia"><span>${value}</span></div></div>`;
const RECORD = `<div class="layout-row-gaia">${field('件名', '高齢者見守り配食サービス事業の運営業務の委託について')}</div>
<div class="layout-row-gaia">${field('所管部', '健康福祉部')}${field('所管課', '長寿支援課')}${field('担当者', '本間 由香')}</div>
<div class="layout-row-gaia">${field('委託先・結合先', '株式会社庄内ミールケア')}</div>
<div class="layout-row-gaia">${field('期間（開始）', '2024-10-01')}${field('期間（終了）', '2025-03-31')}</div>`;

describe('labelledFields', () => {
  it('makes each label box followed by its value box a term and its definition', () => {
    expect(htmlToText(labelledFields(RECORD))).toContain('所管課：\n長寿支援課\n担当者：\n本間 由香');
  });

  it('leaves a page without such boxes unchanged', () => {
    const plain = '<div class="label">注意</div><p>本文</p>';
    expect(labelledFields(plain)).toBe(plain);
  });

  it('lets a record’s fields be read as a form: a label it does not know runs into no value, and a period given as its start and its end', () => {
    const [m] = extractDocument([htmlToText(labelledFields(RECORD))]);
    expect(m.divisions).toEqual(['長寿支援課']);
    expect(m.contractor).toBe('株式会社庄内ミールケア');
    expect([m.period_start, m.period_end]).toEqual(['2024-10-01', '2025-03-31']);
  });
});
