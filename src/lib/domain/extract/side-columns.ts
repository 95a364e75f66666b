// Two parties' measures printed side by side in fixed-width text (`pdftotext -layout`): a heading
// line names both columns (`保護措置␣␣市が講じる措置␣␣受託者に講じさせる措置`, the second heading
// possibly wrapped onto the next line), and each line below carries a piece of each column at the
// same character offsets, over page breaks. Read across, every line would mix the two parties;
// each column is written out as a list of its own under its heading instead.

import { labelKey } from './labels';
import { nfkc } from '../text';
import { PAGE_MARK } from './page-margins';

interface Segment {
  at: number;
  text: string;
}

/** Runs of text parted by two spaces or more (a full-width space counts as a space). */
const segments = (line: string): Segment[] => [...line.matchAll(/(?:[^\s\u3000]|[ \u3000](?![ \u3000]))+/g)].map((m) => ({ at: m.index ?? 0, text: m[0].trim() }));

const keyOf = (text: string) => labelKey(nfkc(text).replace(/\s+/g, ''));


interface Heads {
  /** Where the municipality's column starts, and the contractor's. */
  left: number;
  right: number;
  leftLabel: string;
  rightLabel: string;
  /** Lines the headings take. */
  rows: number;
}

function headsAt(lines: string[], i: number): Heads | null {
  // Cells parted by TAB (a PDF's or a sheet's) are no character columns; a line naming no measures is no heading.
  if (lines[i].includes('\t') || !/対策|措置|保護策|防止策|安全管理/.test(lines[i])) return null;
  const segs = segments(lines[i]);
  for (let k = 0; k + 1 < segs.length; k++) {
    if (keyOf(segs[k].text) !== 'ward_measures') continue;
    const r = segs[k + 1];
    let rightLabel = r.text;
    let rows = 1;
    const below = segments(lines[i + 1] ?? '');
    // `受託者（クラウド事業者）に` / `講じさせる措置`: the heading wrapped in its column.
    if (keyOf(rightLabel) !== 'contractor_measures' && below.length === 1 && Math.abs(below[0].at - r.at) <= 1 && keyOf(rightLabel + below[0].text) === 'contractor_measures') {
      rightLabel += below[0].text;
      rows = 2;
    }
    if (keyOf(rightLabel) !== 'contractor_measures' || r.at - segs[k].at < 8) continue;
    return { left: segs[k].at, right: r.at, leftLabel: segs[k].text, rightLabel, rows };
  }
  return null;
}

/**
 * The pages with each side-by-side block of measures written out column by column: the
 * municipality's heading and lines where the block starts, the contractor's heading and lines where
 * it ends. Page furniture inside the block (page numbers, the lines `isRunning` names) is dropped.
 */
export function sideBySideMeasures(pages: string[][], isRunning: (page: number, line: number) => boolean): string[][] {
  const out: string[][] = pages.map(() => []);
  let block: (Heads & { centred: boolean; blank: boolean; rightLines: string[] }) | null = null;
  const indent = (n: number) => ' '.repeat(n);
  const close = (p: number) => {
    if (!block) return;
    out[p].push('', `${indent(2)}${block.rightLabel}`, ...block.rightLines.map((l) => `${indent(block?.left ?? 0)}${l}`), '');
    block = null;
  };
  pages.forEach((lines, p) => {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (block) {
        const bare = nfkc(line).trim();
        if (bare === '' || PAGE_MARK.test(bare) || isRunning(p, i)) {
          if (bare === '') block.blank = true;
          continue;
        }
        const first = line.search(/[^\s\u3000]/);
        // Under a centred heading the left column starts at the margin, as the next form row does:
        // a label there with nothing in the right-hand column ends the block, and so does a line
        // after a blank one that starts in neither column's place (a centred `別紙` over the annex).
        const lead = segments(line)[0]?.text ?? '';
        const leftOnly = line.slice(block.right).trim() === '';
        const ends = block.centred && leftOnly && (keyOf(lead) !== null || /^(?:諮問|報告)(?:事項|番号)?/.test(lead) || (block.blank && first > block.left + 3));
        block.blank = false;
        if (!ends && first >= block.left - 1 && !line.includes('\t')) {
          const left = line.slice(0, block.right).trimEnd();
          // Under a centred heading a wrapped line keeps its indent under its item's mark.
          const cut = line.slice(block.right);
          const right = block.centred && !/\S/.test(line[block.right - 1] ?? ' ') ? cut.trimEnd() : cut.trim();
          if (left.trim() !== '') out[p].push(left);
          if (right.trim() !== '') block.rightLines.push(right);
          continue;
        }
        close(p);
      }
      const heads = headsAt(lines, i);
      if (heads) {
        // A heading centred over its column (`␣␣␣␣市が講ずる措置`): the column starts where the first
        // line under it starts, when that line has a piece of the right-hand column too.
        const first = lines.slice(i + heads.rows).find((l) => l.trim() !== '') ?? '';
        const start = first.search(/[^\s\u3000]/);
        const left = start >= 0 && start < heads.left && segments(first).some((g) => Math.abs(g.at - heads.right) <= 1) ? start : heads.left;
        block = { ...heads, left, centred: left !== heads.left, blank: false, rightLines: [] };
        out[p].push('', `${indent(2)}${heads.leftLabel}`);
        i += heads.rows - 1;
        continue;
      }
      out[p].push(line);
    }
  });
  close(pages.length - 1);
  return out;
}
