// The gap model: a matter's risk features imply safeguard categories a reviewer expects to see
// (rules in expected-safeguards.json, editable without code changes). A gap is an expected
// category that the matter's non-clause safeguards lack.

import rulesFile from './expected-safeguards.json';
import { CATEGORY_BY_CODE } from '../taxonomy';
import type { Actor, ItemCategory, MediaCategory, Procedure, Scope } from '../codes';

/**
 * What the gap model reads of a matter: an extracted matter, or a stored one rebuilt from its rows
 * after a person corrected it (server/store/corrections.ts).
 */
export interface GapInput {
  procedure: Procedure;
  text: string;
  media: { category: MediaCategory }[];
  data_items: { category: ItemCategory; sensitive: boolean }[];
  safeguards: { actor: Actor; scope: Scope; categories: { category: string }[] }[];
}

export interface RuleCondition {
  media_any?: MediaCategory[];
  sensitive?: boolean;
  contractor?: boolean;
  email_or_web_form?: boolean;
  procedure_any?: Procedure[];
  item_category_any?: ItemCategory[];
}

export interface ExpectationRule {
  id: string;
  when: RuleCondition;
  /** The condition in words, for the reason sentence. */
  condition: string;
  expects: string[];
  /** Why a reviewer expects these safeguards, for the rules page. */
  why: string;
}

export interface Gap {
  category: string;
  rule_id: string;
  reason: string;
}

export interface RiskFeatures {
  procedure: Procedure;
  media: MediaCategory[];
  itemCategories: ItemCategory[];
  sensitive: boolean;
  contractor: boolean;
  emailOrWebForm: boolean;
}

const CONDITION_KEYS = new Set(['media_any', 'sensitive', 'contractor', 'email_or_web_form', 'procedure_any', 'item_category_any']);

/** Checks a rules document and says which rule is wrong and why. */
export function parseRules(doc: unknown): ExpectationRule[] {
  const rules = (doc as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) throw new Error('expected-safeguard rules: a "rules" array is required');
  const ids = new Set<string>();
  return rules.map((r: ExpectationRule, i) => {
    const where = `expected-safeguard rule ${r?.id ?? `#${i + 1}`}`;
    if (!r?.id || typeof r.id !== 'string') throw new Error(`${where}: an "id" is required`);
    if (ids.has(r.id)) throw new Error(`${where}: duplicate id`);
    ids.add(r.id);
    if (!r.when || typeof r.when !== 'object') throw new Error(`${where}: a "when" condition is required`);
    for (const k of Object.keys(r.when)) if (!CONDITION_KEYS.has(k)) throw new Error(`${where}: unknown condition "${k}"`);
    if (!Array.isArray(r.expects) || r.expects.length === 0) throw new Error(`${where}: "expects" must list categories`);
    for (const c of r.expects) if (!CATEGORY_BY_CODE.has(c)) throw new Error(`${where}: unknown category "${c}"`);
    if (typeof r.condition !== 'string' || !r.condition) throw new Error(`${where}: a "condition" sentence is required`);
    if (typeof r.why !== 'string' || !r.why) throw new Error(`${where}: a "why" sentence is required`);
    return r;
  });
}

export const DEFAULT_RULES: ExpectationRule[] = parseRules(rulesFile);

const WEB_OR_MAIL = /申込み?フォーム|Web(?:申込|フォーム)|ウェブ(?:申込|フォーム)|申込み?サイト|電子申請|メール(?:で|により|にて)(?:送|提供|受|通知)|メールを?送信|メールアドレスに送/i;

export function riskFeatures(m: GapInput): RiskFeatures {
  const media = [...new Set(m.media.map((x) => x.category))];
  const nonClause = m.text.split('\n').join('');
  return {
    procedure: m.procedure,
    media,
    itemCategories: [...new Set(m.data_items.map((d) => d.category))],
    sensitive: m.data_items.some((d) => d.sensitive),
    contractor:
      m.procedure === 'outsourcing' ||
      media.some((c) => c === 'contractor_pc' || c === 'contractor_server') ||
      m.safeguards.some((s) => s.actor === 'contractor' && s.scope !== 'clause'),
    emailOrWebForm: media.includes('email') || WEB_OR_MAIL.test(nonClause)
  };
}

export function ruleApplies(rule: ExpectationRule, f: RiskFeatures): boolean {
  const w = rule.when;
  if (w.media_any && !w.media_any.some((c) => f.media.includes(c))) return false;
  if (w.sensitive !== undefined && w.sensitive !== f.sensitive) return false;
  if (w.contractor !== undefined && w.contractor !== f.contractor) return false;
  if (w.email_or_web_form !== undefined && w.email_or_web_form !== f.emailOrWebForm) return false;
  if (w.procedure_any && !w.procedure_any.includes(f.procedure)) return false;
  if (w.item_category_any && !w.item_category_any.some((c) => f.itemCategories.includes(c))) return false;
  return true;
}

/** The rules whose condition the matter meets. */
export function applicableRules(m: GapInput, rules: ExpectationRule[] = DEFAULT_RULES): ExpectationRule[] {
  const features = riskFeatures(m);
  return rules.filter((r) => ruleApplies(r, features));
}

export function computeGaps(m: GapInput, rules: ExpectationRule[] = DEFAULT_RULES): Gap[] {
  const features = riskFeatures(m);
  const have = new Set(m.safeguards.filter((s) => s.scope !== 'clause').flatMap((s) => s.categories.map((c) => c.category)));
  const gaps: Gap[] = [];
  for (const rule of rules) {
    if (!ruleApplies(rule, features)) continue;
    for (const category of rule.expects) {
      if (have.has(category)) continue;
      const label = CATEGORY_BY_CODE.get(category)?.label ?? category;
      gaps.push({ category, rule_id: rule.id, reason: `${rule.condition}ため「${label}」が求められますが、区・受託者の情報保護対策に記載がありません。` });
    }
  }
  return gaps;
}
