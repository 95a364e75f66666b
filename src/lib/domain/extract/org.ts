// Department and divisions from the way councils name an office: `福祉部障害福祉課`,
// `健康福祉局 保健衛生部 疾病対策課`, `福祉部 高齢者福祉課・介護保険課`, `税務部債権管理課長 石田`.
// The department is the top 部/局 level (store.md); an intermediate level between it and the
// divisions (`局 > 部 > 課`, `局 > 保健所 > 課`) is neither, and a trailing post or person is dropped.

import { clean, dropDefinitions } from '../text';

/** Units that are a department: the top level of a municipality's organisation. */
// A ward's 保健所 (`みなと保健所`) stands where a 部 stands when nothing above it is named.
// A prefecture's 教育庁 or 企業庁 stands above its 局 (`教育庁学校教育局高校教育課`).
// An area named by a direction (`北部保健所`, `東部・西部児童館`) is part of an office's name.
const DEPARTMENT = /^((?:教育庁|企業庁)|[^、,，]{1,14}?(?:委員会事務局|議会事務局|事務局|本部|局|(?<!(?:^|・)(?:[東西南北中]|中央|[東西][南北]|[南北][東西]))部|保健所))(?=.)/;
/** A department named alone (`選挙管理委員会事務局`), with no division under it. */
const DEPARTMENT_ALONE = /^.{1,16}?(?:委員会事務局|議会事務局|事務局|局|部)$/;
/** An intermediate level between department and division. */
// A 室 above a 課 (`健康長寿のまち・京都推進室健康長寿企画課`) is one too, and so is a センター
// (`こども局明石こどもセンターさとおや課`); a 室 or a センター alone is a division.
const INTERMEDIATE = /^(?:(?:[^、・]{1,12}?(?:局|部|本部)|[^、・]{1,6}・[^、・]{1,8}?部|[^、・]{0,10}?保健所)(?=[^、]{2,}?(?:課|係|室|センター|担当|本部))|[^、]{2,16}?(?:室|センター)(?=[^、室]{2,}?(?:課|係|担当)$))/;
const DIVISION_END = /(?:課|係|室|センター|所|館|園|担当|事務局|グループ|班|事務所|署|病院|学校)$/;
/** Facility kinds a `・` list shares: `牛込・四谷保健センター`; a bare 課 is not shared. */
const SHARED_SUFFIX = /(?:特別出張所|出張所|健康サポートセンター|健康福祉センター|保健福祉センター|保健センター|子ども家庭支援センター|地域包括支援センター|高齢者あんしんセンター|地域センター|区民センター|総合支所|保健相談所|児童相談所|福祉事務所|保健福祉事務所|区民事務所|清掃事務所|[都道府県市]税事務所|土木事務所|建設事務所|農林(?:水産)?事務所|教育事務所|事務所|保健所|図書館|児童館|保育園|幼稚園|小学校|中学校|センター|支所|分室)$/;
/** An area named by a direction: `北部`, `中央`, `東`. */
const AREA = /^(?:[東西南北中]|中央|[東西][南北]|[南北][東西])部?/;
/** Posts and names after an office: `課長 石田 昌弘`, `担当者`, `電話 03-…`. */
const TAIL = /(?:(?:課|係|室|所|センター)(?:長補佐|長|主査|主任|係長|担当者|職員))(?:.*)$|\s*(?:電話|TEL|tel|内線|☎).*$/;

export interface Org {
  department: string | null;
  divisions: string[];
}

function expand(s: string): string[] {
  const out: string[] = [];
  // A name wrapped at a line end (`…感染症予防` / `接種担当課`) is one name: a space-separated
  // piece that is not yet an office runs on into the next.
  const parts = s.split(/[、,，/／]|及び|および|並びに/).flatMap((chunk) =>
    chunk.split(/\s+/).reduce<string[]>((acc, w) => {
      if (acc.length > 0 && !DIVISION_END.test(acc[acc.length - 1].replace(/[)）]$/, ''))) acc[acc.length - 1] += w;
      else acc.push(w);
      return acc;
    }, []),
  );
  for (const part of parts) {
    // `保険年金課健康づくり推進課`, `介護保険課北区・中区福祉事務所`: divisions whose lines a narrow
    // cell ran together.
    const p = part.replace(/^[(]|[)]$/g, '').trim().replace(/(?<=[^\s、・]{2}課)(?=[^\s、・税][^\s、]{1,30}(?:課|室|事務所|センター)$)/, '、');
    if (p.includes('、')) {
      out.push(...expand(p));
      continue;
    }
    if (!p) continue;
    const pieces = p.split('・').filter(Boolean);
    // `北部・南部療育センター`: areas named by a direction share what follows the last one.
    // `北区・中区・南区福祉事務所` is not that: the names carry their own 区.
    const area = pieces.length >= 2 && pieces.every((x) => AREA.test(x)) && pieces.slice(0, -1).every((x) => x.replace(AREA, '') === '') ? pieces[pieces.length - 1].replace(AREA, '') : '';
    // A bare `センター` is shared only when no longer kind of office ends the last name (`子育て支援センター`).
    const shared = SHARED_SUFFIX.exec(pieces[pieces.length - 1])?.[0];
    const suffix = (area.length >= 2 ? area : undefined) ?? (shared === 'センター' ? sharedTail(pieces) : undefined) ?? shared ?? sharedTail(pieces);
    if (pieces.length >= 2 && suffix) {
      for (const piece of pieces) out.push(DIVISION_END.test(piece) ? piece : piece + suffix);
    } else if (pieces.length >= 2 && pieces.every((x) => DIVISION_END.test(x))) out.push(...pieces);
    else out.push(p);
  }
  return out.filter((d) => d.length >= 2);
}

/**
 * `中央・東・西・南・北区保健子ども課`: short names before a last one that carries the unit; the unit
 * starts where a kind of office does (区, 市, 保健, 福祉 …) after the last name's own characters.
 */
function sharedTail(pieces: string[]): string | undefined {
  if (pieces.length < 2 || !pieces.slice(0, -1).every((x) => x.length <= 4 && !DIVISION_END.test(x))) return undefined;
  const last = pieces[pieces.length - 1];
  for (let k = 1; k <= 4 && k < last.length - 1; k++) {
    const tail = last.slice(k);
    if (/^(?:区|市|町|村|地区|地域|保健|福祉|健康|子ども|こども|子育て|児童|高齢|障害|介護|家庭|生活|支所|出張所|総合支所)/.test(tail) && DIVISION_END.test(tail)) return tail;
  }
  return undefined;
}

/** Strips the post of a person (`課長`) but keeps the office: `債権管理課長 石田` → `債権管理課`. */
function dropTail(s: string): string {
  return s.replace(TAIL, (m) => {
    const office = /^(?:課|係|室|所|センター)/.exec(m);
    return office ? office[0] : '';
  });
}

/**
 * Parses one office value. Parentheticals (`(母子保健係)`, `(ひとり親家庭支援担当)`) qualify the
 * division and are dropped; a value with no department level gives divisions only.
 */
export function parseOrg(value: string): Org {
  // A list's point before each office (`・こども未来局 子育て推進部 …`) is no part of it.
  value = value.replace(/^[ \u3000]*[・･●○◆◇■□-][ \u3000]*/gm, '');
  // An office's code in a listing (`0412␣保健福祉部␣国保年金課`) is no part of its name.
  value = value.replace(/^[ \u3000]*[A-Z]?\d{3,6}[ \u3000]+(?=[^\s\d])/gm, '');
  // A person named after the office (`…課 担当 @kondo-mi`, a tracker's mention) is no office.
  value = value.replace(/(?:[ \u3000]*(?:担当(?:者)?[:：]?)?[ \u3000]*@[\w.-]+)+/g, '');
  // The office's telephone (`(内線)3124`, `内線 4502`, `電話 042-…`) is no office.
  value = value.replace(/[(（]?(?:内線|電話|TEL|Tel|tel)[)）]?\s*[:：]?\s*[\d０-９][\d０-９\-－‐()（）]*/g, ' ');
  // A sentence (`この業務は、保健福祉局…が所管し`) is prose: find the office inside it instead.
  // A list of offices (`…対策課、平塚・鎌倉保健福祉事務所`) is not: it has no verb.
  if (value.length > 30 && /。|(?:が|を|で)(?:所管|担当|実施)|について|により|し、|する|している/.test(value)) return orgInText(value) ?? { department: null, divisions: [] };
  // `松山市長 保健福祉部…`: the executive body the office belongs to goes before it, no part of it.
  const body = /^\s*[^\s、。()（）]{1,6}(?:市長|区長|町長|村長|知事)[ \u3000\n]*(?=[^\s(（])/.exec(value);
  if (body && /(?:部|局|課)/.test(value.slice(body[0].length))) return parseOrg(value.slice(body[0].length));
  // `山形県知事(県土整備部建築住宅課)`: the body outside the brackets, its office inside them.
  const inner = /^[^()（）]*?(?:知事|市長|区長|町長|村長|教育委員会|実施機関)[(（]([^()（）]+)[)）]/.exec(clean(value));
  // `浜松市長(担当:健康福祉部高齢者福祉課)`: the word 担当 before the office is no part of it.
  if (inner && /(?:部|局|課|室|センター|事務所)/.test(inner[1])) return parseOrg(inner[1].replace(/^(?:担当|所管|事務担当)\s*[:：]\s*/, ''));
  // A space after a division's name separates two offices (`…対策課 平塚保健福祉事務所`).
  // Under a 局 or 部, a 室 followed by a 課 is the level between them (`保健福祉局 地域医療推進室
  // 医療政策課`), not another office.
  const underDepartment = /^\S{1,14}?(?:局|部)[ \u3000]/.test(value.trim());
  let v = clean(
    dropDefinitions(
      value.replace(/(課|係|室|センター|事務所|図書館|児童館)[ \u3000\n]+(?=\S)/g, (m, unit: string, at: number, all: string) =>
        unit === '室' && underDepartment && /^\S*(?:課|係|担当)(?:[\s、,]|$)/.test(all.slice(at + m.length)) ? m : `${unit}、`
      )
    )
  )
    .replace(/[(（][^()（）]*[)）]/g, ' ')
    .replace(/[(（][^()（）]*$/, '')
    // A note taken out before a list's mark (`社会福祉課（主管）・障がい福祉課`) leaves no space before it.
    .replace(/\s+(?=[・、,])/g, '')
    .trim();
  v = dropTail(v).replace(/\s+/g, ' ').trim();
  if (!v) return { department: null, divisions: [] };
  const compactV = v.replace(/\s+(?=\S)/g, (m, i: number) => (/[局部]$/.test(v.slice(0, i)) ? '' : m));
  if (DEPARTMENT_ALONE.test(compactV)) {
    // `教育委員会事務局 教育支援部` with the 課 in a field of its own: the 部 under the 局 is the
    // level between, so the 局 is the department.
    const top = DEPARTMENT.exec(compactV);
    if (top && /(?:局|教育庁|企業庁)$/.test(top[1]) && /^.{1,12}部$/.test(compactV.slice(top[1].length).trim())) return { department: top[1], divisions: [] };
    return { department: compactV, divisions: [] };
  }
  const m = DEPARTMENT.exec(compactV);
  if (!m) return { department: null, divisions: withoutUnits(expand(compactV)) };
  let rest = compactV.slice(m[1].length).trim();
  // `局 部 課`: the 部 in between is neither department nor division.
  const mid = INTERMEDIATE.exec(rest);
  if (mid) rest = rest.slice(mid[0].length).trim();
  // A list that names the department again for each office (`健康福祉局保健所健康課、健康福祉局
  // 長寿社会支援部地域包括支援課`): each later office without its upper levels.
  const divisions = expand(rest).map((d) => {
    const again = DEPARTMENT.exec(d);
    if (!again || !/(?:局|部|本部)$/.test(again[1])) return d;
    const tail = d.slice(again[1].length);
    const inner = INTERMEDIATE.exec(tail);
    return inner ? tail.slice(inner[0].length) : tail;
  });
  return { department: m[1], divisions: withoutUnits(divisions) };
}

/** `健康課` / `がん対策係`: a 係 or 班 after its 課 is a unit of that division, not another one. */
function withoutUnits(divisions: string[]): string[] {
  return divisions.filter((d, i) => !(/(?:係|班)$/.test(d) && divisions.slice(0, i).some((x) => /課$/.test(x))));
}

/** Words that say a line names the office in charge, in prose or minutes. */
// A paragraph opening with the office as its subject (`健康福祉部健康増進課では、…`) says so too.
// So does a summary's `…課から、資料1に基づき説明があった。`: the office that explained the matter.
export const IN_CHARGE = /所管|担当|(?:使う|使用する|利用する|扱う|取り扱う)のは[^。]{2,40}(?:課|室)です|説明員|説明のため出席|出席した者|主管|実施する課|利用する課|実施機関|本件は|^[^、。]{2,24}(?:課|室)(?:では|において)、|^[^、。]{2,40}(?:課|室)から、[^。]{0,30}(?:説明|報告)が?あっ/;
/** A label in front of the office on the same line: `2 所管部課`, `【担当】`, `説明のため出席した者`. */
const LEADING_LABEL = /^(?:(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳]|[ア-ン])[.、\s]*)?[【〔［<(]?(?:説明のため出席した者|説明員|事務の所管|担当する組織|利用する課|担当部課|所管部課|担当部局|所管部局|担当部署|所管部署|担当課|所管課|担当部|所管部|担当|所管|主管課|主管)[】〕］>)]?\s*[:：]?\s*/;
/** Joins the lines of one office cell: a line that is only a department level runs on into the next (`健康福祉局` / `保健衛生部` / `疾病対策課` in tab cells); other lines are further offices. */
/** A line that is an office name by itself (`平塚・鎌倉保健福祉事務所`), not a sentence or another label. */
export function isOfficeLine(line: string): boolean {
  const t = clean(line).replace(/[(（][^()（）]*[)）]/g, '');
  return t.length > 0 && t.length <= 40 && !/[。:：]/.test(t) && (DIVISION_END.test(t) || /(?:局|部)$/.test(t));
}

export function joinOfficeLines(lines: string[]): string {
  return lines.reduce((acc, l, i) => (i === 0 ? l : /(?:局|部)$/.test(clean(acc)) || !DIVISION_END.test(clean(acc)) ? acc + l : `${acc}、${l}`), '');
}

/** Words that say a line names another office (the one holding the data), not the one in charge. */
export const NOT_IN_CHARGE = /保有(?:する)?課|保有部|保有する|提供元|照会先|問い合わせ|問合せ|作成担当/;

/** An office pattern inside prose: `保健福祉局高齢障害部介護保険事業課が所管し` → the office. */
export function orgInText(line: string): Org | null {
  const t = clean(line).replace(LEADING_LABEL, '');
  const m = /((?:[^\s、。,「」()（）]{1,12}?(?:局|部))[\s]?(?:[^\s、。,「」()（）]{1,14}?(?:部|保健所)[\s]?)?[^\s、。,「」()（）]{1,16}?(?:課|室|センター|担当|事務所|相談所))/.exec(t);
  if (!m) return null;
  // `所管は健康部健康推進課であり`: the particle after the label is no part of the office.
  // `この業務は健康福祉部…`, `情報を使うのは健康福祉部…`: the topic before the office is no part of it.
  const org = parseOrg(
    m[1]
      .replace(/^.*?(?:所管|担当|主管)(?:課|部)?(?:は|が)/, '')
      .replace(/^(?:(?:この|その|本|当|同)?[^\s、。]{0,8}?(?:業務|事業|事務|案件|委託|システム|制度)(?:は|では)|[^\s、。]{1,16}?のは)(?=\p{Script=Han})/u, '')
      .replace(/^(?:では|には|は|が|を|の|で|に|と|も)(?=\p{Script=Han})/u, '')
  );
  return org.department ? org : null;
}
