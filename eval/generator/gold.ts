// The gold of a matter (what a careful reader takes from the text written) and the facts kept for
// checks, both read off the matter's facts.

import type { ItemCategory, MediaCategory } from '../../src/lib/domain/codes';
import type { MatterFacts } from './matter';
import type { Municipality } from './municipalities';
import type { GoldDataItem, GoldDoc, GoldMatter, MatterTruth } from './types';

/** The gold file's text: one-space indentation, as the fixtures are written. */
export function goldJson(gold: GoldDoc): string {
  return JSON.stringify(gold, null, 1);
}

function union(lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const c of l) if (!out.includes(c)) out.push(c);
  return out;
}

export function goldOf(m: Municipality, f: MatterFacts): GoldMatter {
  const items: GoldDataItem[] = [];
  const sensitive: string[] = [];
  for (const g of f.groups)
    for (const it of g.items) {
      items.push(it.subject ? { item: it.item, subject: it.subject } : { item: it.item });
      if (it.sensitive && !sensitive.includes(it.item)) sensitive.push(it.item);
    }
  const media: MediaCategory[] = [];
  for (const x of f.media) if (!media.includes(x.category)) media.push(x.category);
  return {
    title: f.title,
    municipality: m.name,
    matter_kind: f.kind,
    procedure: f.procedure,
    legal_basis: f.article,
    department: f.department,
    divisions: f.divisions,
    contractor_contains: f.contractorContains,
    period_start: f.startWritten ? f.start : null,
    period_end: f.end,
    recurring: f.start || f.end ? f.recurring : null,
    fiscal_year: f.fiscalYear,
    council_session: f.session,
    data_items: items,
    sensitive_items: sensitive,
    media,
    safeguards: {
      ward: union([...(f.management ? [f.management.categories] : []), ...f.ward.map((s) => s.categories)]),
      contractor: union(f.contractorMeasures.map((s) => s.categories))
    },
    clauses: f.clauses ? union(f.clauses.map((c) => c.categories)) : []
  };
}

export function truthOf(f: MatterFacts): MatterTruth {
  return {
    items: f.groups.flatMap((g) => g.items.map((i) => ({ subject: i.subject, item: i.item, category: itemCategory(i.item), sensitive: i.sensitive }))),
    media: f.media.map((x) => ({ medium: x.word, category: x.category }))
  };
}

/** The item categories of the store contract, by what the item names. */
export function itemCategory(item: string): ItemCategory {
  if (/電話|メール|FAX|連絡先/.test(item)) return 'contact';
  if (/口座|所得|収入|負担|保険料|納付/.test(item)) return 'financial';
  if (/番号|ID|コード/.test(item)) return 'identifier';
  if (/健診|検診|介護度|妊娠|分娩|出産|身体状況|心身|接種|医療機関|かかりつけ|医|障害|病|疾患|症状|療養|発症|健康|アレルギー|問診|診療|認定調査|チェックリスト|ストレスチェック|保健指導|単胎|多胎|保護受給/.test(item)) return 'health';
  if (/続柄|家族|世帯|養育/.test(item)) return 'family';
  if (/国籍|在留|異動|転出|本籍/.test(item)) return 'residency';
  if (/氏名|生年月日|性別|住所|年齢|職業|勤務先/.test(item)) return 'identity';
  return 'other';
}
