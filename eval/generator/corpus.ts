// Synthetic council documents with their gold annotations, for measuring the extractor on more
// than the five real samples. Pure: no I/O, no clock; every choice comes from a seeded PRNG, so a
// seed gives the same bytes every time.
//
// Documents imitate the layouts of real ward councils: the Shinjuku cover + detail sheet with
// `label<TAB>value` rows and the 特記事項 annex, the Edogawa 議案 with 諮問書 and 項目/内容 tables,
// the Setagaya numbered heading-body form, the Nakano HTML table and the Minato Markdown table.
// The gold says what a careful reader takes from the text that was written: the generator decides
// every fact first and then writes it, so the gold follows the text by construction.
//
// This module puts documents together; the pieces: types.ts (the shapes), municipalities.ts and
// vocabulary.ts (who writes and what about), safeguards.ts (safeguard wordings, annex clauses),
// matter.ts (a matter's facts), gold.ts (its gold), dates.ts, writing.ts and layouts.ts (its text),
// random.ts (the seeded PRNG).

import Encoding from 'encoding-japanese';
import { toFullWidth, writeFiscalYear } from './dates';
import { goldOf, truthOf } from './gold';
import { renderEdogawa, renderMinato, renderNakano, renderSetagaya, renderShinjuku } from './layouts';
import { buildMatter, type DocContext, type MatterFacts } from './matter';
import { MUNICIPALITIES, type Municipality } from './municipalities';
import { Rng } from './random';
import { prepareSentences, type Sentence } from './safeguards';
import type { CorpusOptions, DocEncoding, Format, GeneratedDocument } from './types';
import { PEOPLE } from './vocabulary';
import { esc } from './writing';

function sessionString(fy: number, n: number, month: number, heiseiOnly: boolean, fullWidth: boolean): string {
  const s = `${writeFiscalYear(fy, fy === 2019 && month === 4, heiseiOnly)}第${n}回`;
  return fullWidth ? toFullWidth(s) : s;
}

function chooseMunicipality(rng: Rng): Municipality {
  return rng.weighted(MUNICIPALITIES.map((m) => [m, m.weight] as const));
}

function chooseFiscalYear(rng: Rng): number {
  // More recent years publish more documents online.
  return rng.weighted(Array.from({ length: 21 }, (_, i) => [2005 + i, 1 + i * 0.15] as const));
}

function encode(text: string, sjis: boolean): { bytes: Uint8Array; encoding: DocEncoding } {
  if (sjis) {
    const prepared = text.replace(/\u301c/g, '\uff5e').replace(/\u2212/g, '\uff0d');
    const arr = Encoding.convert(Encoding.stringToCode(prepared), { to: 'SJIS', from: 'UNICODE' }) as number[];
    const bytes = Uint8Array.from(arr);
    // Keep Shift_JIS only when every character survives the round trip.
    if (new TextDecoder('shift_jis').decode(bytes) === prepared) return { bytes, encoding: 'Shift_JIS' };
  }
  return { bytes: new TextEncoder().encode(text), encoding: 'UTF-8' };
}

function generateDocument(rng: Rng, sentences: Sentence[], matterCount: number, index: number, pdf: boolean): GeneratedDocument {
  const m = chooseMunicipality(rng);
  const layout = m.layout;
  const fy = chooseFiscalYear(rng);
  const sessionMonth = rng.pick([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
  const hasSession = layout === 'edogawa' || layout === 'setagaya' ? true : layout === 'nakano' ? rng.chance(0.9) : layout === 'minato' ? rng.chance(0.4) : rng.chance(0.25);
  const heiseiOnly = fy < 2019 || (fy === 2019 && sessionMonth === 4);
  const fullWidth = rng.chance(0.1);
  const session = hasSession ? sessionString(fy, rng.int(1, 10), sessionMonth, heiseiOnly, false) : null;
  const [chair, mayor] = rng.sample(rng.shuffle(PEOPLE), 2);
  const ctx: DocContext = { rng, m, layout, fy, session: session ? session.normalize('NFKC') : null, sessionMonth, heiseiOnly, fullWidth, sentences, chair, mayor };
  const facts: MatterFacts[] = [];
  let markerNo = rng.int(1, 700);
  let gianNo = rng.int(1, 40);
  for (let i = 0; i < matterCount; i++) {
    const f = buildMatter(ctx, markerNo++);
    f.gian = `${writeFiscalYear(fy, fy === 2019 && sessionMonth === 4, heiseiOnly)}第${gianNo++}号議案`;
    facts.push(f);
  }
  const multi = matterCount > 1;
  let text: string;
  let ext: GeneratedDocument['ext'];
  let format: Format;
  let sjis = false;
  const sessionWritten = session ? (fullWidth ? toFullWidth(session) : session) : null;
  switch (layout) {
    case 'shinjuku': {
      const blocks = facts.map((f) => renderShinjuku(ctx, f, multi));
      text = (sessionWritten ? `${sessionWritten} ${m.council}\n\n` : '') + blocks.join(rng.chance(0.5) ? '\n\f' : '\n\n');
      ext = 'txt';
      format = 'text';
      sjis = rng.chance(0.25);
      break;
    }
    case 'edogawa':
      text = facts.map((f, i) => renderEdogawa(ctx, f, i === 0)).join('\n\f');
      ext = 'txt';
      format = 'text';
      sjis = rng.chance(0.15);
      break;
    case 'setagaya':
      text = `${sessionWritten} ${m.council}\n\n` + facts.map((f) => renderSetagaya(ctx, f)).join('\n');
      ext = 'txt';
      format = 'text';
      sjis = rng.chance(0.3);
      break;
    case 'nakano': {
      const charset = rng.chance(0.15) ? 'shift_jis' : 'utf-8';
      sjis = charset === 'shift_jis';
      const head = `<!doctype html>\n<html lang="ja"><head><meta charset="${charset}"><title>${m.council} 会議資料</title>${rng.chance(0.3) ? "\n<script>var x = '審議会';</script>" : ''}</head>\n<body>\n`;
      const h1 = sessionWritten ? `<h1>${sessionWritten}${m.council}</h1>\n` : `<h1>${m.council}</h1>\n`;
      text = head + h1 + facts.map((f) => renderNakano(ctx, f)).join('\n') + '\n</body></html>\n';
      ext = 'html';
      format = 'html';
      break;
    }
    default:
      text = `# ${m.council}資料\n\n` + (sessionWritten ? `${sessionWritten}\n\n` : '') + facts.map((f) => renderMinato(ctx, f)).join('\n');
      ext = 'md';
      format = 'markdown';
  }
  let { bytes, encoding } = encode(text, sjis);
  if (sjis && encoding !== 'Shift_JIS' && format === 'html') {
    // The declared charset must match the bytes.
    ({ bytes, encoding } = encode(text.replace('charset="shift_jis"', 'charset="utf-8"'), false));
  }
  const stem = `${String(index).padStart(4, '0')}_${rng.hex(16)}`;
  let printHtml: string | undefined;
  if (pdf && format === 'text' && rng.chance(0.4)) {
    printHtml = printableHtml(text, m.council);
    ext = 'pdf';
    format = 'pdf';
    encoding = 'UTF-8';
    bytes = new Uint8Array();
  }
  return {
    stem,
    ext,
    format,
    layout,
    encoding,
    bytes,
    ...(printHtml !== undefined ? { printHtml } : {}),
    gold: { source: stem, matters: facts.map((f) => goldOf(m, f)) },
    truth: facts.map(truthOf)
  };
}

/**
 * A text document as the printed form it was extracted from: `label<TAB>value` lines become
 * bordered two-column tables, form feeds page breaks, Markdown left-overs are dropped, HTML
 * fragments in cells are kept as the cell's formatting.
 */
export function printableHtml(text: string, title: string): string {
  const out: string[] = [];
  const cell = (v: string) => (/<\/?[a-z][^>]*>/i.test(v) ? v : esc(v));
  let rows: string[][] | null = null;
  const close = () => {
    if (rows) out.push(`<table>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && r.length > 1 ? `<th>${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('')}</table>`);
    rows = null;
  };
  text.split('\f').forEach((page, p) => {
    close();
    if (p > 0) out.push('<div class="page"></div>');
    for (const raw of page.split('\n')) {
      const line = raw.replace(/\s+$/, '');
      if (!line.trim()) {
        close();
        continue;
      }
      const md = /^\s*-?\s*\|(.*)\|$/.exec(line);
      if (md) {
        const cells = md[1].split('|').map((c) => c.trim());
        if (cells.every((c) => /^-*$/.test(c))) continue;
        (rows ??= []).push(cells);
        continue;
      }
      if (line.includes('\t')) {
        const [label, ...rest] = line.split('\t');
        const value = rest.join(' ');
        if (/^-+$/.test(label.trim())) continue;
        if (label.trim() === '' && rows && rows.length > 0) {
          const last = rows[rows.length - 1];
          last[last.length - 1] += '<br>' + value;
        } else (rows ??= []).push([label.trim(), value]);
        continue;
      }
      close();
      const plain = line.replace(/^#+\s*/, '').replace(/^\s*- /, '').replace(/\*\*/g, '');
      out.push(`<p>${esc(plain)}</p>`);
    }
  });
  close();
  return [
    '<!doctype html><html lang="ja"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    '<style>',
    "body{font-family:'IPAGothic','IPAexGothic','Noto Sans CJK JP',sans-serif;font-size:10.5pt;line-height:1.45}",
    'p{margin:0 0 6pt}',
    'table{border-collapse:collapse;width:100%;margin:0 0 8pt}',
    'th,td{border:1px solid #000;padding:3pt 5pt;vertical-align:top;text-align:left}',
    'th{width:28%;font-weight:normal}',
    'ol,ul{margin:0;padding-left:0;list-style:none}',
    '.page{page-break-before:always}',
    '</style></head><body>',
    ...out,
    '</body></html>'
  ].join('\n');
}

/** Documents totalling `matters` matters; most hold one, some two to four. */
export function generateCorpus(opts: CorpusOptions): GeneratedDocument[] {
  const rng = new Rng(opts.seed ?? 1);
  const sentences = prepareSentences(opts.sentences);
  if (sentences.length === 0) throw new Error('generateCorpus: no usable safeguard sentences');
  const docs: GeneratedDocument[] = [];
  let left = Math.max(0, Math.floor(opts.matters));
  while (left > 0 && docs.length < (opts.documents ?? Infinity)) {
    const n = Math.min(left, rng.weighted<number>([[1, 55], [2, 25], [3, 12], [4, 8]]));
    docs.push(generateDocument(rng, sentences, n, docs.length, Boolean(opts.pdf)));
    left -= n;
  }
  return docs;
}
