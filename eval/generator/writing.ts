// Pieces every layout writes: item and media cells, measure lists, annex text, row labels, and the
// noise of PDF extraction (stray spaces between characters).

import { toFullWidth } from './dates';
import type { ItemGroup, MatterFacts, Measure } from './matter';
import type { Municipality } from './municipalities';
import type { Rng } from './random';

// ---------------------------------------------------------------------------------------------
// Noise

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** PDF-style spaces: a few spaces dropped between Japanese characters. */
export function pdfSpaces(rng: Rng, s: string, count = rng.int(1, 3)): string {
  const chars = [...s];
  const spots: number[] = [];
  for (let i = 1; i < chars.length; i++) if (JA.test(chars[i - 1]) && JA.test(chars[i])) spots.push(i);
  const chosen = new Set(rng.sample(spots, count));
  return chars.map((c, i) => (chosen.has(i) ? ' ' + c : c)).join('');
}

/** `会 長 平 田`: every character spaced, as a PDF prints a justified short line. */
export const letterSpaced = (s: string) => [...s].join(' ');

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** The item cell's text in a layout's habit. */
export function itemsText(rng: Rng, f: MatterFacts, mode: 'inline' | 'lines' | 'html'): string {
  const parts: string[] = [];
  const footnotes: string[] = [];
  const list = (g: ItemGroup, allowNotes: boolean) => {
    let n = 0;
    const written = g.items.map((it, i) => {
      let raw = it.subject && it.subject !== g.subject ? `${it.subject}の${it.raw}` : it.raw;
      if (allowNotes && n < 2 && /メール|FAX|希望/.test(it.item) && rng.chance(0.6)) {
        n++;
        raw += rng.chance(0.5) ? `(※${n})` : `※${n}`;
        const note = /メール/.test(it.item) ? rng.pick(['申込フォームによる申込者のみ', 'メールでの連絡を希望する者のみ']) : /FAX/.test(it.item) ? 'FAXによる申込者のみ' : rng.pick(['希望者のみ', '該当者のみ']);
        footnotes.push(`※${n}…${note}`);
      }
      if (i === g.items.length - 1 && rng.chance(0.08)) raw += '等';
      return raw;
    });
    return written;
  };
  const hasDot = (g: ItemGroup) => g.items.some((i) => /[・、]/.test(i.raw.replace(/\([^()]*\)/g, '')));
  for (const g of f.groups) {
    if (g.subject) {
      const words = list(g, false);
      if (!hasDot(g) && rng.chance(0.6)) parts.push(`${g.subject}の${words.join('・')}`);
      else parts.push(`${g.subject}の${words.join('、')}`);
    } else {
      const [open, close] = rng.pick([['《', '》'], ['【', '】']]);
      const header = parts.length === 0 && rng.chance(0.3) ? `${open}${f.bizName}の${rng.pick(['対象者', '申込者', '利用者'])}に係る情報項目${close} ` : '';
      parts.push(header + list(g, true).join('、'));
    }
  }
  const notes = footnotes.length ? ' ' + footnotes.join(' ') : '';
  if (mode === 'lines') return parts.join('\n') + notes;
  if (mode === 'html') {
    // A line break in a cell becomes a space: a group without a subject must come first.
    return parts.join('<br>') + (footnotes.length ? '<br>' + footnotes.join(' ') : '');
  }
  // Inline: groups after the first joined by a space only when each starts with its subject.
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) out += (f.groups[i].subject ? ' ' : '、') + parts[i];
  return out + notes;
}

export function mediaText(rng: Rng, f: MatterFacts): string {
  const paper = f.media.filter((x) => x.category === 'paper').map((x) => x.word);
  const other = f.media.filter((x) => x.category !== 'paper');
  const words = other.map((x) => (x.key === 'removable' && rng.chance(0.5) ? x.word + '等' : x.word));
  const wrap = other.length > 0 && other.every((x) => ['removable', 'cpc', 'csrv', 'web'].includes(x.key)) && rng.chance(0.6);
  const electronic = wrap ? `${rng.pick(['電磁的媒体', '電子媒体', '電子データ'])}(${words.join('及び')})` : words.join('、');
  if (paper.length && other.length) return `${paper.join('、')}${wrap && rng.chance(0.6) ? '及び' : '、'}${electronic}`;
  return paper.length ? paper.join('、') : electronic;
}

export const SCOPE_OPS = '【運用上の対策】';
export const SCOPE_SYS = '【システム上の対策】';

/** `【運用上の対策】 1 … 2 … 【システム上の対策】 1 …` */
export function shinjukuMeasures(ms: Measure[]): { ops: string[]; sys: string[] } {
  return { ops: ms.filter((s) => !s.technical).map((s) => s.text), sys: ms.filter((s) => s.technical).map((s) => s.text) };
}

export function numbered(xs: string[], fw = false): string[] {
  return xs.map((x, i) => `${fw ? toFullWidth(String(i + 1)) : i + 1} ${x}`);
}

export function annexText(rng: Rng, f: MatterFacts, mode: 'text' | 'html' | 'md'): string[] {
  if (!f.clauses) return [];
  const lines: string[] = [];
  const title = f.standardAnnex ? '特記事項' : rng.pick(['個人情報の取扱いに関する特記事項', '別記　個人情報取扱特記事項', '個人情報保護に関する特記事項', '特記事項']);
  lines.push(title);
  let n = 0;
  for (const c of f.clauses) {
    n++;
    const [first, ...rest] = c.body;
    if (f.clauseStyle === 'article') {
      lines.push(`第${n}条（${c.heading}）\u3000${first}`);
    } else if (f.clauseStyle === 'numbered') {
      lines.push(`第${n} ${c.heading}`);
      lines.push(first);
    } else {
      if (c.heading) lines.push(`(${c.heading})`);
      lines.push(`${mode === 'text' && rng.chance(0.15) ? '- ' : ''}${n} ${first}`);
    }
    for (const r of rest) lines.push(mode === 'text' ? ` - ${r}` : r);
  }
  return lines;
}

/**
 * Label wordings councils use for the same form row, with rough frequencies. Most are common
 * wordings; a few rarer ones (個人情報の種類, 担当課 for a department and division) are real too.
 */
const LABELS: Record<string, [string, number][]> = {
  title: [['件名', 8], ['案件名', 1]],
  department: [['担当部課', 8], ['所管課', 2], ['担当部署', 1], ['担当課', 0.5]],
  legal: [['条例の根拠', 5], ['根拠条文', 3], ['根拠規定', 1]],
  contractor: [['委託先', 8], ['委託事業者', 2], ['受託者', 1], ['委託予定先', 1]],
  items: [['個人情報の項目', 5], ['取り扱う個人情報', 3], ['対象となる個人情報', 2], ['委託する個人情報の項目', 1], ['個人情報の種類', 0.4]],
  media: [['記録媒体', 8], ['記録媒体の種類', 1], ['保存媒体', 1]],
  period: [['委託期間', 6], ['委託の期間', 2], ['契約期間', 1], ['委託予定期間', 1]],
  periodOther: [['実施期間', 3], ['実施時期', 2], ['開始時期', 2], ['利用開始時期', 1]],
  ward: [['{区}が行う対策', 4], ['{区}が講じる対策', 3], ['{区}が行う情報保護対策', 3], ['実施機関の安全管理措置', 1]],
  contractor_measures: [['受託者に行わせる対策', 4], ['委託先に講じさせる対策', 3], ['受託事業者に行わせる情報保護対策', 2], ['委託先に求める安全管理措置', 1]]
};
export const label = (rng: Rng, key: keyof typeof LABELS, m: Municipality) => rng.weighted(LABELS[key]).replace('{区}', wardWord(m));

export function wardWord(m: Municipality): string {
  return m.city ? '市' : '区';
}

/** Text as HTML: for the Nakano layout's cells and the printed pages. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
