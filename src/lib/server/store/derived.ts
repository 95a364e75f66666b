// Tables derived from the stored ones (search statistics, pre-aggregates), rebuilt each time a
// snapshot is published, so the app reads them ready-made and ingestion never keeps them in step
// file by file. Each builder runs plain SQL against whichever catalog holds the base tables: a
// snapshot being published, or an in-memory catalog over a Parquet export.

import { columnsOf, createTable } from './schema';
import { ITEM_CATEGORIES, MEDIA_CATEGORIES, type ActorFilter } from '../../domain/codes';
import { SECTION_WEIGHTS, SIMILARITY_LIMITS } from '../../domain/similar/similar';
import { GROUP_PEER_OPTIONS, PRECEDENTS_SHOWN } from '../../domain/similar/peers';
import { riskSql } from '../../domain/classify/risk';
import { TAXONOMY } from '../../domain/taxonomy';
import { CHANGE_HINT_PATTERN, LINEAGE_RULE, TITLE_NOISE_PATTERN } from '../../domain/lineage';
import { wordingKeySql } from '../../domain/wording';

export interface DerivedTable {
  name: string;
  /** CREATE OR REPLACE statements over the base tables, run in order. */
  sql: string[];
  /** Rewrites a base table in a better order (possible only where the base tables are tables, not views). */
  reorders?: boolean;
  /** Run instead of a reordering `sql` where the base tables are views in schema `base`. */
  views?: (base: string) => string[];
}

/** Safeguard category lists per matter: by actor (any, ward, contractor), without or with annex clauses. */
export const CATEGORY_LISTS = {
  any: { clauses: 'cats_any_all', operational: 'cats_any' },
  ward: { clauses: 'cats_ward_all', operational: 'cats_ward' },
  contractor: { clauses: 'cats_contractor_all', operational: 'cats_contractor' }
} as const satisfies Record<ActorFilter, { clauses: string; operational: string }>;

const catList = (col: string, cond: string) =>
  `coalesce(list(DISTINCT category ORDER BY category) FILTER (WHERE ${cond}), []) AS ${col}, ${bits(CATEGORY_CODES, cond)} AS ${col}_mask`;

/** Safeguard category codes in bit order for the cats_*_mask columns. */
const CATEGORY_CODES = TAXONOMY.map((c) => c.code);
if (CATEGORY_CODES.length > 63) throw new Error('more safeguard categories than a BIGINT bit set holds');

/**
 * The lists of matter_facts that also have a bit set, `<list>_mask` (bit i = codes[i]): a filter
 * tests one integer per matter instead of searching a list (about ten times faster at 100,000).
 */
export const MASKED_LISTS: Record<string, readonly string[]> = {
  item_categories: ITEM_CATEGORIES,
  media: MEDIA_CATEGORIES,
  ...Object.fromEntries(Object.values(CATEGORY_LISTS).flatMap((l) => [l.clauses, l.operational]).map((col) => [col, CATEGORY_CODES]))
};

/**
 * The condition "list `col` of matter_facts m holds the code bound as `$param`", and the value to
 * bind: a bit test where the list has a mask and knows the code, else a list search.
 */
export function listHas(col: string, code: string, param: string): { sql: string; value: number | bigint | string } {
  const i = MASKED_LISTS[col]?.indexOf(code) ?? -1;
  if (i < 0) return { sql: `list_contains(m.${col}, $${param})`, value: code };
  const value = maskType(MASKED_LISTS[col]) === 'BIGINT' ? 1n << BigInt(i) : 1 << i;
  return { sql: `(m.${col}_mask & $${param}) <> 0`, value };
}


/** The posting sections, in the column order of search_lengths and search_stats. */
export const SEARCH_SECTIONS = ['title', 'purpose', 'items', 'safeguards', 'clauses', 'full'] as const;

/**
 * BM25F: per-section term frequencies, each weighted and normalised by the section's length
 * (b), summed, then saturated once (k1). A matter found only by the substring search counts its
 * text's occurrences at `substring` times the weight of the full text. The weights live in the
 * snapshot (search_norms): a change applies from the next publish.
 */
export const RANKING = {
  k1: 1.2,
  b: 0.75,
  weights: { title: 4, purpose: 2, items: 2, safeguards: 1.5, clauses: 1, full: 1 } satisfies Record<(typeof SEARCH_SECTIONS)[number], number>,
  substring: 0.5
} as const;

/** The sections a hit can be in: the indexed ones, and `substring` for a string found in the text. */
export const NORM_COLUMNS = [...SEARCH_SECTIONS, 'substring'] as const;

/** A hit's section as its number (postings.sec): its place in NORM_COLUMNS. */
export const sectionNumber = (section: (typeof NORM_COLUMNS)[number]): number => NORM_COLUMNS.indexOf(section);

/** A row's section (p.section) as its number: its place in NORM_COLUMNS. */
const SEC_OF_SECTION = `CASE p.section ${SEARCH_SECTIONS.map((x) => `WHEN '${x}' THEN ${sectionNumber(x)}`).join(' ')} END::UTINYINT`;

/** Postings `p` with their integer keys: the matter's doc (search_docs) and the section's number. */
function keyedPostings(source: string): string {
  const columns = columnsOf('postings').map(([name]) => `p.${name}`).join(', ');
  return `SELECT ${columns}, d.doc, ${SEC_OF_SECTION} AS sec FROM ${source} p JOIN search_docs d USING (matter_id)`;
}

/**
 * A hit's weight per occurrence: its section's number (`sec`) picks its column of search_norms
 * (`norms`). Names come from NORM_COLUMNS, not input.
 */
export const sectionNorm = (sec: string, norms: string): string =>
  `CASE ${sec} ${NORM_COLUMNS.map((c) => `WHEN ${sectionNumber(c)} THEN ${norms}."${c}"`).join(' ')} END`;

/** search_norms's column for one section: weight / (1 - b + b · length / average length). */
function normColumn(column: (typeof NORM_COLUMNS)[number], weight: number, lengthOf: (typeof SEARCH_SECTIONS)[number]): string {
  const { b } = RANKING;
  return `(${weight} / (1 - ${b} + ${b} * L."${lengthOf}" / greatest(S."avg_${lengthOf}", 1)))::DOUBLE AS "${column}"`;
}

const perSection = (expr: (s: string) => string) => SEARCH_SECTIONS.map(expr).join(',\n      ');
/**
 * Every per-matter row a matter page shows (data items, media, safeguard sentences and their
 * categories, gaps, sections), one table keyed and sorted by matter_id: the page reads one range of
 * one table instead of six tables. `part` says which table a row is from; columns a part does not
 * have are NULL; gaps are numbered in (rule_id, category) order. Also run over the base tables, for
 * one matter, when a store has no derived tables (queries.ts).
 */
export const MATTER_PARTS_SELECT = `
  SELECT matter_id, 'item' AS part, seq, subject, item, raw, category, sensitive FROM data_items
  UNION ALL BY NAME SELECT matter_id, 'medium' AS part, seq, medium, category FROM media
  UNION ALL BY NAME SELECT matter_id, 'sentence' AS part, seq, actor, scope, heading, text, page FROM safeguard_sentences
  UNION ALL BY NAME SELECT matter_id, 'category' AS part, seq, category, cue FROM safeguards
  UNION ALL BY NAME SELECT matter_id, 'gap' AS part, (row_number() OVER (PARTITION BY matter_id ORDER BY rule_id, category))::INTEGER AS seq, category, rule_id, reason FROM gaps
  UNION ALL BY NAME SELECT matter_id, 'section' AS part, seq, section, label, text, page FROM sections
  UNION ALL BY NAME SELECT matter_id, 'evidence' AS part, seq, field, text, page FROM field_evidence
  UNION ALL BY NAME SELECT matter_id, 'review' AS part, (row_number() OVER (PARTITION BY matter_id ORDER BY flag))::INTEGER AS seq, flag, note FROM matter_reviews`;

// Names and numbers below come from constants, never from input.
const sqlText = (s: string) => s.replaceAll("'", "''");
/** Lineage's office condition on matters a and b: a shared division, or the same department when neither names one. */
const SAME_OFFICE = `(len(list_intersect(a.divisions, b.divisions)) > 0
                               OR (len(a.divisions) = 0 AND len(b.divisions) = 0 AND a.department IS NOT DISTINCT FROM b.department AND a.department IS NOT NULL))`;
const quoted = (codes: readonly string[]) => `[${codes.map((c) => `'${c}'`).join(', ')}]`;
/** A bit set's SQL type: an INTEGER holds 31 codes, a BIGINT 63. */
const maskType = (codes: readonly string[]): 'INTEGER' | 'BIGINT' => (codes.length > 31 ? 'BIGINT' : 'INTEGER');
/** Rows' `category` as a bit set, bit i for codes[i] (codes outside the list set no bit). */
const bits = (codes: readonly string[], cond = 'true', type = maskType(codes)) =>
  `coalesce(bit_or(1::${type} << (list_position(${quoted(codes)}, category) - 1)) FILTER (WHERE ${cond}), 0)::${type}`;
const sectionWeight = `CASE p.section ${Object.entries(SECTION_WEIGHTS).map(([s, w]) => `WHEN '${s}' THEN ${w}`).join(' ')} END`;

/**
 * The similarity's tables (domain/similar.ts has the same formulas, for drafts):
 * - sim_matters: one row per matter with `mid`, a dense integer key (1…N in matter_id order), what a
 *   similar-matter list shows, and the risk profile (media and item categories as bit sets in the
 *   order of MEDIA_CATEGORIES and ITEM_CATEGORIES (domain/codes.ts));
 * - sim_lexicon: `tid` per lemma of the weighted sections, its df (matters that have it) and idf;
 * - sim_terms: each matter's signature (mid, tid, weight), sorted by mid;
 * - sim_details: per mid, its data items and its non-clause safeguard categories with their first
 *   sentence, for the reasons and the links to precedents.
 * sim_tf is a scratch table, dropped at the end.
 */
const SIMILARITY_SQL = [
  `CREATE OR REPLACE TABLE sim_matters AS
     WITH itm AS (SELECT matter_id, bool_or(sensitive) AS sensitive, ${bits(ITEM_CATEGORIES)} AS item_bits FROM data_items GROUP BY matter_id),
          med AS (SELECT matter_id, ${bits(MEDIA_CATEGORIES)} AS media_bits FROM media GROUP BY matter_id)
     SELECT (row_number() OVER (ORDER BY m.matter_id))::INTEGER AS mid, m.matter_id, m.title, m.municipality, m.fiscal_year, m.procedure,
            coalesce(itm.sensitive, false) AS sensitive, coalesce(med.media_bits, 0) AS media_bits, coalesce(itm.item_bits, 0) AS item_bits
       FROM matters m LEFT JOIN itm USING (matter_id) LEFT JOIN med USING (matter_id)
      ORDER BY mid`,
  `CREATE OR REPLACE TEMP TABLE sim_tf AS
     SELECT s.mid, p.lemma, sum(p.tf * ${sectionWeight})::DOUBLE AS tf
       FROM postings p JOIN sim_matters s USING (matter_id)
      WHERE p.section IN (${Object.keys(SECTION_WEIGHTS).map((x) => `'${x}'`).join(', ')})
      GROUP BY s.mid, p.lemma`,
  `CREATE OR REPLACE TABLE sim_lexicon AS
     SELECT (row_number() OVER (ORDER BY lemma) - 1)::INTEGER AS tid, lemma, df, ln(((SELECT count(*) FROM sim_matters) + 1) / (df + 1)) AS idf
       FROM (SELECT lemma, count(*)::INTEGER AS df FROM sim_tf GROUP BY lemma)
      ORDER BY tid`,
  `CREATE OR REPLACE TABLE sim_terms AS
     WITH w AS (SELECT t.mid, l.tid, (1 + ln(t.tf)) * l.idf AS w FROM sim_tf t JOIN sim_lexicon l USING (lemma) WHERE l.idf > 0),
          top AS (SELECT mid, tid, w FROM w QUALIFY row_number() OVER (PARTITION BY mid ORDER BY w DESC, tid) <= ${SIMILARITY_LIMITS.signatureTerms})
     SELECT mid, tid, (w / sqrt(sum(w * w) OVER (PARTITION BY mid)))::FLOAT AS w FROM top ORDER BY mid, tid`,
  `CREATE OR REPLACE TABLE sim_details AS
     SELECT mid, kind, name, seq FROM (
       SELECT s.mid, 'item' AS kind, d.item AS name, min(d.seq) AS seq FROM data_items d JOIN sim_matters s USING (matter_id) GROUP BY s.mid, d.item
       UNION ALL
       SELECT s.mid, 'category', g.category, min(g.seq) FROM safeguards g JOIN sim_matters s USING (matter_id) WHERE g.scope <> 'clause' GROUP BY s.mid, g.category)
      ORDER BY mid, kind, seq, name`,
  'DROP TABLE IF EXISTS temp.sim_tf'
];

/**
 * A wording history's rows: per category and wording key, the most used text, sentence and matter
 * counts, years, departments with the last year each used it, municipalities and the latest
 * matter. `sentences` is a query with columns category, matter_id, text, key, fiscal_year,
 * department, municipality. The page runs it over one category's filtered sentences; publishing
 * runs it over every sentence, for the unfiltered pages (wording_groups).
 */
export function wordingGroupsSql(sentences: string): string {
  return `WITH s AS (${sentences}),
            dep AS (SELECT category, key, list({'department': department, 'last': last} ORDER BY last DESC NULLS LAST, department) AS departments
                      FROM (SELECT category, key, department, max(fiscal_year) AS last FROM s WHERE department IS NOT NULL GROUP BY ALL) GROUP BY ALL),
            txt AS (SELECT category, key, text FROM (SELECT category, key, text, count(*) AS n FROM s GROUP BY ALL)
                    QUALIFY row_number() OVER (PARTITION BY category, key ORDER BY n DESC, text) = 1)
       SELECT s.category, s.key, any_value(txt.text) AS wording, count(*)::INTEGER AS sentences, count(DISTINCT s.matter_id)::INTEGER AS matters,
              coalesce(list(DISTINCT s.fiscal_year ORDER BY s.fiscal_year) FILTER (WHERE s.fiscal_year IS NOT NULL), []) AS years,
              coalesce(any_value(dep.departments), []) AS departments,
              coalesce(list(DISTINCT s.municipality ORDER BY s.municipality) FILTER (WHERE s.municipality IS NOT NULL), []) AS municipalities,
              -- the latest year's last id: ties broken the same way every time
              max({'fy': coalesce(s.fiscal_year, 0), 'id': s.matter_id}).id AS latest_matter
         FROM s JOIN txt USING (category, key) LEFT JOIN dep USING (category, key)
        GROUP BY s.category, s.key`;
}

/** Builders in dependency order. */
export const DERIVED_TABLES: DerivedTable[] = [
  {
    // A store last written before schema 3 and copied without a writer opening it has neither
    // table: empty ones keep the matter page and the overview working (base tables, so not over
    // Parquet views, where they would hide the real ones).
    name: 'review_tables',
    reorders: true,
    sql: [createTable('field_evidence'), createTable('matter_reviews'), createTable('rule_hits'), createTable('corrections')]
  },
  {
    // One row per matter with everything the dashboard filters, counts and lists: every view and
    // filter reads this table alone instead of probing five child tables per matter.
    name: 'matter_facts',
    sql: [
      `CREATE OR REPLACE TABLE matter_facts AS
       WITH itm AS (SELECT matter_id, count(*)::INTEGER AS items, count(*) FILTER (WHERE sensitive)::INTEGER AS sensitive_items,
                           list(DISTINCT category ORDER BY category) AS item_categories, ${bits(ITEM_CATEGORIES)} AS item_categories_mask
                      FROM data_items GROUP BY matter_id),
            med AS (SELECT matter_id, list(DISTINCT category ORDER BY category) AS media, ${bits(MEDIA_CATEGORIES)} AS media_mask FROM media GROUP BY matter_id),
            sen AS (SELECT matter_id, count(*)::INTEGER AS safeguards FROM safeguard_sentences GROUP BY matter_id),
            sg AS (SELECT matter_id,
                          ${catList('cats_any', "scope <> 'clause'")}, ${catList('cats_any_all', 'true')},
                          ${catList('cats_ward', "actor = 'ward' AND scope <> 'clause'")}, ${catList('cats_ward_all', "actor = 'ward'")},
                          ${catList('cats_contractor', "actor = 'contractor' AND scope <> 'clause'")}, ${catList('cats_contractor_all', "actor = 'contractor'")}
                     FROM safeguards GROUP BY matter_id),
            gp AS (SELECT matter_id, count(*)::INTEGER AS gaps FROM gaps GROUP BY matter_id),
            rv AS (SELECT matter_id, list(DISTINCT flag ORDER BY flag) AS review FROM matter_reviews GROUP BY matter_id),
            cr AS (SELECT matter_ref AS matter_id, list(DISTINCT field ORDER BY field) AS corrected FROM corrections WHERE status = 'applied' AND matter_ref IS NOT NULL GROUP BY 1)
       SELECT m.*, d.source_path, d.source_url,
              -- The search tables' integer key (search_docs): 1…N in matter_id order, so ordering by
              -- it orders by the id.
              (row_number() OVER (ORDER BY m.matter_id))::INTEGER AS doc,
              -- The document as an integer: counting distinct documents over every matter (the
              -- overview) costs half as much as over the text ids.
              (dense_rank() OVER (ORDER BY m.document_id))::INTEGER AS document_no,
              coalesce(itm.items, 0) AS items, coalesce(itm.sensitive_items, 0) AS sensitive_items,
              coalesce(itm.item_categories, []) AS item_categories, coalesce(med.media, []) AS media,
              coalesce(itm.item_categories_mask, 0) AS item_categories_mask, coalesce(med.media_mask, 0) AS media_mask,
              ${Object.values(CATEGORY_LISTS).flatMap((l) => [l.operational, l.clauses]).map((c) => `coalesce(sg.${c}_mask, 0) AS ${c}_mask`).join(', ')},
              coalesce(sen.safeguards, 0) AS safeguards,
              coalesce(sg.cats_any, []) AS cats_any, coalesce(sg.cats_any_all, []) AS cats_any_all,
              coalesce(sg.cats_ward, []) AS cats_ward, coalesce(sg.cats_ward_all, []) AS cats_ward_all,
              coalesce(sg.cats_contractor, []) AS cats_contractor, coalesce(sg.cats_contractor_all, []) AS cats_contractor_all,
              coalesce(gp.gaps, 0) AS gaps, coalesce(rv.review, []) AS review, coalesce(cr.corrected, []) AS corrected
         FROM matters m JOIN documents d USING (document_id)
         LEFT JOIN itm USING (matter_id) LEFT JOIN med USING (matter_id) LEFT JOIN sen USING (matter_id)
         LEFT JOIN sg USING (matter_id) LEFT JOIN gp USING (matter_id) LEFT JOIN rv USING (matter_id) LEFT JOIN cr USING (matter_id)
        ORDER BY m.matter_id`
    ]
  },
  {
    // The gap list: rule gaps as ingestion stored them, and peer gaps — categories most matters of
    // the same profile (procedure, media, sensitive data) have and this one lacks; then each
    // matter's risk score (domain/classify/risk.ts) from its facts and its gaps.
    name: 'matter_gaps',
    sql: [
      `CREATE OR REPLACE TABLE matter_gaps AS
       WITH prof AS (SELECT matter_id, procedure, media, sensitive_items > 0 AS sens, cats_any FROM matter_facts),
            grp AS (SELECT procedure, media, sens, count(*)::INTEGER AS n FROM prof GROUP BY ALL),
            cov AS (SELECT procedure, media, sens, category, count(*)::INTEGER AS peers_with
                      FROM (SELECT procedure, media, sens, unnest(cats_any) AS category FROM prof) GROUP BY ALL),
            labels AS (SELECT * FROM (VALUES ${TAXONOMY.map((c) => `('${c.code}', '${c.label.replaceAll("'", "''")}')`).join(', ')}) AS t(category, label)),
            peer AS (SELECT p.matter_id, cov.category, (grp.n - 1)::INTEGER AS peers, cov.peers_with
                       FROM prof p JOIN grp USING (procedure, media, sens) JOIN cov USING (procedure, media, sens)
                      WHERE grp.n - 1 >= ${GROUP_PEER_OPTIONS.minPeers} AND cov.peers_with >= ${GROUP_PEER_OPTIONS.share} * (grp.n - 1)
                        AND NOT list_contains(p.cats_any, cov.category))
       SELECT matter_id, category, 'rule' AS kind, rule_id, reason, NULL::INTEGER AS peers, NULL::INTEGER AS peers_with FROM gaps
       UNION ALL
       SELECT peer.matter_id, peer.category, 'peer', NULL,
              printf('手続・記録媒体・要配慮情報の有無が同じ案件%d件のうち%d件（%d%%）に「%s」の記載がありますが、この案件にはありません。',
                     peer.peers, peer.peers_with, round(100 * peer.peers_with / peer.peers)::INTEGER, labels.label),
              peer.peers, peer.peers_with
         FROM peer JOIN labels USING (category)
        ORDER BY matter_id, kind DESC, category`,
      `CREATE OR REPLACE TEMP TABLE matter_risk AS
       WITH g AS (SELECT matter_id, count(DISTINCT category)::INTEGER AS gap_categories,
                         count(*) FILTER (WHERE kind = 'rule')::INTEGER AS rule_gaps, count(*) FILTER (WHERE kind = 'peer')::INTEGER AS peer_gaps
                    FROM matter_gaps GROUP BY matter_id),
            f AS (SELECT m.matter_id, m.sensitive_items, len(m.item_categories) AS item_kinds,
                         len(list_filter(m.media, x -> x <> 'paper')) > 0 AS electronic,
                         list_contains(m.media, 'external_system') AS external_system, list_contains(m.media, 'contractor_server') AS contractor_server,
                         coalesce(g.gap_categories, 0) AS gap_categories, coalesce(g.rule_gaps, 0) AS rule_gaps, coalesce(g.peer_gaps, 0) AS peer_gaps
                    FROM matter_facts m LEFT JOIN g USING (matter_id))
       SELECT matter_id, ${riskSql({ sensitiveItems: 'sensitive_items', itemKinds: 'item_kinds', electronic: 'electronic', externalSystem: 'external_system', contractorServer: 'contractor_server', gapCategories: 'gap_categories' })} AS risk,
              gap_categories, rule_gaps, peer_gaps
         FROM f ORDER BY matter_id`,
      // Each matter's gaps as one list, with an index on the id: the gap list reads fifty matters'
      // gaps by look-up instead of scanning every gap row.
      `CREATE OR REPLACE TABLE matter_gap_lists AS
       SELECT matter_id, list({'category': category, 'kind': kind, 'rule_id': rule_id, 'reason': reason, 'peers': peers, 'peers_with': peers_with}
                             ORDER BY kind DESC, category) AS gaps
         FROM matter_gaps GROUP BY matter_id ORDER BY matter_id`,
      'CREATE INDEX matter_gap_lists_id ON matter_gap_lists (matter_id)',
      // Folded into matter_facts: a join on every gap query cost ten times the filtered scan.
      `CREATE OR REPLACE TABLE matter_facts AS
       SELECT f.*, r.risk, r.gap_categories, r.rule_gaps, r.peer_gaps FROM matter_facts f JOIN temp.matter_risk r USING (matter_id) ORDER BY matter_id`,
      'DROP TABLE IF EXISTS temp.matter_risk',
      // Per profile and category, the latest matters that have it: a peer gap's precedents, one
      // more than shown so the matter itself can be left out.
      `CREATE OR REPLACE TABLE peer_precedents AS
       SELECT procedure, media, sens, category, matter_id, title, fiscal_year FROM (
         SELECT m.procedure, m.media, m.sensitive_items > 0 AS sens, unnest(m.cats_any) AS category, m.matter_id, m.title, m.fiscal_year FROM matter_facts m)
       QUALIFY row_number() OVER (PARTITION BY procedure, media, sens, category ORDER BY fiscal_year DESC NULLS LAST, matter_id) <= ${PRECEDENTS_SHOWN + 1}
       ORDER BY procedure, category`
    ]
  },
  {
    // Lineage (domain/lineage.ts): each matter linked to the nearest earlier matter of the same
    // municipality and division (or department, when neither names a division) with the same title
    // stem, or, when it says it changes or continues a business, with a close stem. Two joins: the
    // equal stems by hash, the few matters that say so by their office.
    name: 'lineage_links',
    sql: [
      `CREATE OR REPLACE TABLE lineage_links AS
       WITH k AS (SELECT m.matter_id, m.municipality, m.department, coalesce(m.divisions, []) AS divisions, m.fiscal_year,
                         regexp_replace(m.title, '${sqlText(TITLE_NOISE_PATTERN)}', '', 'g') AS stem,
                         regexp_matches(coalesce(m.title, '') || ' ' || coalesce(t.text, ''), '${sqlText(CHANGE_HINT_PATTERN)}') AS hint
                    FROM matters m LEFT JOIN matter_texts t USING (matter_id)
                   WHERE m.fiscal_year IS NOT NULL AND m.title IS NOT NULL),
            k2 AS (SELECT * FROM k WHERE length(stem) >= ${LINEAGE_RULE.minStem}),
            same AS (SELECT a.matter_id AS earlier, b.matter_id AS later, a.fiscal_year AS fy_a, 'same_stem' AS kind, 1.0::DOUBLE AS similarity
                       FROM k2 a JOIN k2 b ON a.municipality IS NOT DISTINCT FROM b.municipality AND a.stem = b.stem AND b.fiscal_year > a.fiscal_year
                      WHERE ${SAME_OFFICE}),
            changed AS (SELECT a.matter_id AS earlier, b.matter_id AS later, a.fiscal_year AS fy_a, 'change_hint' AS kind, jaccard(a.stem, b.stem)::DOUBLE AS similarity
                          FROM k2 a JOIN (SELECT * FROM k2 WHERE hint) b ON a.municipality IS NOT DISTINCT FROM b.municipality AND b.fiscal_year > a.fiscal_year
                         WHERE ${SAME_OFFICE} AND a.stem <> b.stem AND jaccard(a.stem, b.stem) >= ${LINEAGE_RULE.minSimilarity})
       SELECT earlier, later, kind, round(similarity, 2)::DOUBLE AS similarity,
              row_number() OVER (PARTITION BY later ORDER BY kind = 'same_stem' DESC, fy_a DESC, similarity DESC, earlier)::INTEGER AS rank
         FROM (SELECT * FROM same UNION ALL SELECT * FROM changed)
       -- A few candidates per later matter are enough to stand in for removed links.
       QUALIFY rank <= ${LINEAGE_RULE.candidates}
        ORDER BY later, rank`,
      // The links as they stand while no user removed one: a chain is one recursive query over it.
      `CREATE OR REPLACE TABLE lineage_best AS SELECT earlier, later, kind, similarity FROM lineage_links WHERE rank = 1 ORDER BY earlier`,
      'CREATE INDEX lineage_best_later ON lineage_best (later)',
      // Every matter's chain along the standing links, computed once: its earlier versions nearest
      // first, and its later ones (a tree: a business may split) with their distance. The links
      // always go to a later fiscal year, so there is no cycle.
      `CREATE OR REPLACE TABLE lineage_chains AS
       WITH RECURSIVE up(matter_id, ancestor, depth) AS (
              SELECT later, earlier, 1 FROM lineage_best
              UNION ALL
              SELECT u.matter_id, b.earlier, u.depth + 1 FROM up u JOIN lineage_best b ON b.later = u.ancestor WHERE u.depth < ${LINEAGE_RULE.maxSteps}),
            anc AS (SELECT matter_id, list(ancestor ORDER BY depth) AS ancestors FROM up GROUP BY matter_id),
            des AS (SELECT ancestor AS matter_id, list({'id': matter_id, 'depth': depth} ORDER BY depth, matter_id) AS descendants FROM up GROUP BY ancestor)
       SELECT matter_id, coalesce(anc.ancestors, []) AS ancestors, coalesce(des.descendants, []) AS descendants
         FROM anc FULL JOIN des USING (matter_id)
        ORDER BY matter_id`,
      'CREATE INDEX lineage_chains_id ON lineage_chains (matter_id)'
    ]
  },
  {
    // What a version comparison reads of each matter (domain/lineage.ts VersionFacts), with an index
    // on the id: the changes of a year compare a hundred matters, a matter page two. The categories
    // are the operational ones of any actor, as in cats_any.
    name: 'version_facts',
    sql: [
      `CREATE OR REPLACE TABLE version_facts AS
       WITH it AS (SELECT matter_id, list(DISTINCT item ORDER BY item) AS items FROM data_items GROUP BY matter_id),
            md AS (SELECT matter_id, list(DISTINCT medium ORDER BY medium) AS media FROM media GROUP BY matter_id)
       SELECT m.matter_id, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start, strftime(m.period_end, '%Y-%m-%d') AS period_end,
              coalesce(it.items, []) AS items, coalesce(md.media, []) AS media, f.cats_any AS categories
         FROM matters m JOIN matter_facts f USING (matter_id) LEFT JOIN it USING (matter_id) LEFT JOIN md USING (matter_id)
        ORDER BY m.matter_id`,
      'CREATE INDEX version_facts_id ON version_facts (matter_id)'
    ]
  },
  {
    // Each operational safeguard sentence's wording key (domain/wording.ts), by category: the
    // wording history groups these instead of running three regular expressions per request.
    name: 'wording_keys',
    sql: [
      `CREATE OR REPLACE TABLE wording_keys AS
       SELECT s.category, s.matter_id, s.text, ${wordingKeySql('s.text')} AS key
         FROM safeguards s WHERE s.scope <> 'clause'
        ORDER BY s.category, key`,
      // The unfiltered history of every category, the wording pages' usual first view.
      `CREATE OR REPLACE TABLE wording_groups AS
       ${wordingGroupsSql(`SELECT w.category, w.matter_id, w.text, w.key, m.fiscal_year, m.department, m.municipality FROM wording_keys w JOIN matter_facts m USING (matter_id)`)}
       ORDER BY category, sentences DESC, key`
    ]
  },
  {
    // The matters' integer keys (matter_facts.doc): far smaller and faster to sort and join than
    // matter ids, for the bigram table, the postings and search_norms.
    name: 'search_docs',
    sql: ['CREATE OR REPLACE TABLE search_docs AS SELECT doc, matter_id FROM matter_facts ORDER BY doc']
  },
  {
    // Sorted by lemma, DuckDB's per-row-group min/max lets a term lookup skip almost every row group.
    // Search joins and groups a term's rows by integer keys: the matter's doc and the section's
    // number (sec, its place in NORM_COLUMNS), about half the cost of the id and section strings.
    name: 'postings',
    reorders: true,
    sql: [`CREATE OR REPLACE TABLE postings AS ${keyedPostings('postings')} ORDER BY p.lemma, d.doc, sec`],
    // Parquet read where it lies cannot be rewritten: a view adds the keys to each look-up.
    views: (base) => [`CREATE OR REPLACE VIEW main.postings AS ${keyedPostings(`${base}.postings`)}`]
  },
  {
    // The pairs as a phrase search reads them: sorted by pair, keyed by doc and section number
    // only. The matter id and section strings, which a table in this order cannot compress, would
    // make it five times larger (100,000 matters: 357 MB without them, 1.9 GB with). A store last
    // written before schema 6 and copied without a writer opening it has no pairs; over Parquet
    // read where it lies, sorting them would load them into memory. Either way the table is
    // empty, search_stats.pairs says so, and phrases are found by joining their lemmas' postings.
    name: 'search_pairs',
    reorders: true,
    sql: [
      createTable('pair_postings'),
      `CREATE OR REPLACE TABLE search_pairs AS
       SELECT p.lemma, p.next, d.doc, ${SEC_OF_SECTION} AS sec, p.tf, p.positions
         FROM pair_postings p JOIN search_docs d USING (matter_id)
        ORDER BY p.lemma, p.next, d.doc, sec`
    ],
    views: () => [`CREATE OR REPLACE TABLE search_pairs (lemma VARCHAR, next VARCHAR, doc INTEGER, sec UTINYINT, tf INTEGER, positions INTEGER[])`]
  },
  {
    // A store last written before schema 2 and copied without a writer opening it has no
    // search_texts: an empty one keeps search working, by lemmas only. (Base tables, so not over
    // Parquet views, where it would hide the real one.)
    name: 'search_texts',
    reorders: true,
    // The index answers the substring check's few candidate texts without a scan of them all.
    sql: [createTable('search_texts'), 'CREATE INDEX IF NOT EXISTS search_texts_id ON search_texts (matter_id)']
  },
  {
    // One row per (bigram, matter), sorted by bigram for the same reason as postings. A store last
    // written before schema 2 and copied without a writer opening it has no search_texts: an empty
    // one keeps search working, by lemmas only.
    name: 'search_grams',
    sql: [
      `CREATE OR REPLACE TABLE search_grams AS
       SELECT unnest(t.grams) AS gram, d.doc, unnest(t.tfs) AS tf
         FROM search_texts t JOIN search_docs d ON d.matter_id = t.matter_id
        ORDER BY gram`
    ]
  },
  {
    // Terms per section of each matter: BM25's document lengths.
    name: 'search_lengths',
    sql: [
      `CREATE OR REPLACE TABLE search_lengths AS
       SELECT m.matter_id,
      ${perSection((s) => `coalesce(sum(p.tf) FILTER (WHERE p.section = '${s}'), 0)::INTEGER AS "${s}"`)}
         FROM matters m LEFT JOIN postings p ON p.matter_id = m.matter_id
        GROUP BY m.matter_id
        ORDER BY m.matter_id`
    ]
  },
  {
    // Matters per lemma (in any section): BM25's document frequency.
    name: 'search_df',
    sql: ['CREATE OR REPLACE TABLE search_df AS SELECT lemma, count(DISTINCT matter_id)::INTEGER AS df FROM postings GROUP BY lemma ORDER BY lemma']
  },
  {
    // One row: the number of matters and the average length of each section.
    name: 'search_stats',
    sql: [
      `CREATE OR REPLACE TABLE search_stats AS
       SELECT count(*)::INTEGER AS matters,
      ${perSection((s) => `coalesce(avg("${s}"), 0)::DOUBLE AS "avg_${s}"`)},
              -- Writers store the pairs of every matter or of none (Store.migrate).
              (EXISTS (SELECT 1 FROM search_pairs) OR NOT EXISTS (SELECT 1 FROM postings)) AS pairs
         FROM search_lengths`
    ]
  },
  {
    // Each matter's weight per term occurrence in each section (and for substring-only matches):
    // a query multiplies its term frequencies by these and sums. One row per matter (by doc), a
    // column per section: a search joins its hits on the matter alone.
    name: 'search_norms',
    sql: [
      `CREATE OR REPLACE TABLE search_norms AS
       SELECT D.doc,
         ${[...SEARCH_SECTIONS.map((s) => normColumn(s, RANKING.weights[s], s)), normColumn('substring', RANKING.substring, 'full')].join(',\n         ')}
         FROM search_lengths L JOIN search_docs D USING (matter_id) CROSS JOIN search_stats S ORDER BY D.doc`
    ]
  },
  {
    // Impacts: each lemma's and pair's weighted frequency in each matter (its occurrences in every
    // section times search_norms's weight, summed), one row per matter, best first. A term's look-up
    // reads its scores ready-made instead of joining every hit to search_norms and grouping by
    // section (個人情報 at 100,000 matters: 270,000 rows). Phrases of three or more lemmas still
    // join positions. Where the base tables are Parquet views these are not built (the sort would
    // load every posting into memory) and search joins the postings as before.
    name: 'search_impacts',
    reorders: true,
    sql: [
      `CREATE OR REPLACE TABLE search_impacts AS
       SELECT p.lemma, p.doc, sum(p.tf * ${sectionNorm('p.sec', 'n')}) AS w
         FROM postings p JOIN search_norms n ON n.doc = p.doc
        GROUP BY p.lemma, p.doc ORDER BY p.lemma, w DESC, p.doc`,
      `CREATE OR REPLACE TABLE search_pair_impacts AS
       SELECT p.lemma, p.next, p.doc, sum(p.tf * ${sectionNorm('p.sec', 'n')}) AS w
         FROM search_pairs p JOIN search_norms n ON n.doc = p.doc
        GROUP BY p.lemma, p.next, p.doc ORDER BY p.lemma, p.next, w DESC, p.doc`
    ]
  },
  { name: 'matter_parts', sql: [`CREATE OR REPLACE TABLE matter_parts AS ${MATTER_PARTS_SELECT} ORDER BY matter_id, part, seq, category`] },
  { name: 'similarity', sql: SIMILARITY_SQL }
];

/** The derived tables the similarity reads; a snapshot published before they existed lacks them. */
export const SIMILARITY_TABLES = ['sim_matters', 'sim_lexicon', 'sim_terms', 'sim_details'] as const;

export type RunSql = (sql: string) => Promise<unknown>;

/** Bumped whenever the builders change: the app rebuilds a snapshot made with other builders. */
export const DERIVED_VERSION = 17;

/**
 * Builds the derived tables. `views` names the schema of the base tables when they are views that
 * cannot be rewritten (Parquet read where it lies): reordering tables then run their `views` SQL.
 */
export async function buildDerived(run: RunSql, { views }: { views?: string } = {}, tables: DerivedTable[] = DERIVED_TABLES): Promise<void> {
  for (const t of tables) for (const sql of !t.reorders || !views ? t.sql : (t.views?.(views) ?? [])) await run(sql);
  await run(`CREATE OR REPLACE TABLE derived_info AS SELECT ${DERIVED_VERSION}::INTEGER AS version`);
}

/** The SQL that reads the version of the derived tables present (fails when there are none). */
export const DERIVED_VERSION_SQL = 'SELECT max(version)::INTEGER AS version FROM derived_info';
