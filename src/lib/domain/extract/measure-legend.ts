// Measures given as codes (`A-1, A-3, C-2`) in a list of matters, defined once in a legend table
// (`保護対策の区分`: code | party | sentence, under group rows such as `A 組織的な対策`). Each code
// cell becomes the sentences its codes stand for, with their party and scope, as a measures cell
// written out would read; the legend itself then gives no measures of its own.

import { compact, nfkc } from '../text';
import type { PhysLine } from './line-tables';

/** A measure's code: a letter or two and a number (`A-1`, `B2`, `TC-03`). */
const CODE = /^[A-Z]{1,2}[-‐－–]?\d{1,3}$/;
/** A group row's head: the codes' letter and the group's name (`A 組織的な対策`, `B：人的な対策`). */
const GROUP = /^([A-Z]{1,2})[\s.．:：)）]*([^\s。、].{0,20})$/;
/** A cell naming who takes the measure (`市`, `受託者`, `市・受託者`): short, no sentence. */
const PARTY_CELL = /^[^。、\d]{1,10}$/;

interface Definition {
  party: string | null;
  group: string | null;
  text: string;
}

const codeOf = (cell: string) => {
  const c = nfkc(compact(cell)).toUpperCase();
  return CODE.test(c) ? c.replace(/[-‐－–]/, '-') : null;
};

/** The codes a cell lists (`A-1, A-3，B-2`), or null when anything else is in it. */
function codeList(cell: string): string[] | null {
  const tokens = nfkc(cell).split(/[\s,、，・;；]+/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  const codes = tokens.map(codeOf);
  return codes.every((c): c is string => c !== null) ? codes : null;
}

/** A legend row: a code, maybe a party, then the sentence it stands for. */
function definitionRow(l: PhysLine): { code: string; def: Omit<Definition, 'group'> } | null {
  const cells = l.cells.filter((c) => c.trim() !== '');
  const code = cells.length >= 2 ? codeOf(cells[0]) : null;
  if (!code) return null;
  const text = cells.at(-1) ?? '';
  if (!/。|[るたす]$/.test(text) || text.length < 8) return null;
  const party = cells.length >= 3 && PARTY_CELL.test(compact(cells[1])) ? compact(cells[1]) : null;
  return { code, def: { party, text } };
}

export function expandMeasureCodes(lines: PhysLine[]): PhysLine[] {
  const legend = new Map<string, Definition>();
  const legendLines = new Set<number>();
  const groups = new Map<string, { name: string; at: number }>();
  lines.forEach((l, i) => {
    const row = definitionRow(l);
    if (row) {
      const letters = row.code.replace(/-?\d+$/, '');
      legend.set(row.code, { ...row.def, group: groups.get(letters)?.name ?? null });
      legendLines.add(i);
      const g = groups.get(letters);
      if (g) legendLines.add(g.at);
      return;
    }
    const cells = l.cells.filter((c) => c.trim() !== '');
    const group = cells.length >= 1 && cells.length <= 2 ? GROUP.exec(nfkc(cells.join(' ')).trim()) : null;
    if (group && !/。/.test(group[2])) groups.set(group[1], { name: group[2].trim(), at: i });
  });
  if (legend.size < 3) return lines;
  let used = false;
  const out = lines.map((l, i) => {
    if (legendLines.has(i)) return l;
    const cells = l.cells.map((cell) => {
      const codes = codeList(cell);
      if (!codes || !codes.some((c) => legend.has(c))) return cell;
      used = true;
      const written: string[] = [];
      let group: string | null = null;
      for (const code of codes) {
        const def = legend.get(code);
        if (!def) continue;
        if (def.group && def.group !== group) written.push(def.group);
        group = def.group;
        written.push(def.party ? `（${def.party}）${def.text}` : def.text);
      }
      return written.join('\n');
    });
    return { ...l, cells };
  });
  if (!used) return lines;
  // The legend and its header row (`区分 | 実施者 | 対策の内容`) have been written into the matters.
  const first = Math.min(...legendLines);
  const header = out[first - 1];
  if (header && !header.blank && header.cells.length >= 2 && header.cells.every((c) => c.length <= 12 && !/。/.test(c))) legendLines.add(first - 1);
  return out.filter((_, i) => !legendLines.has(i));
}
