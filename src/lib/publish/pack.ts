// The publishing pack: one fiscal year's report as a folder that works offline — index.html, each
// chart as PNG, SVG and CSV, report.pdf, and data/ with the numbers as CSV and Parquet. The report is
// rendered by the built server in headless Chromium (the same page and the same chart downloads a
// person uses); the data folder is written from the store directly, from the same report builder.

import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { toCsv } from '../csv';
import { buildReport, REPORT_COLUMNS, reportRows, type Report } from '../server/report';
import { facets, overview, type MatterFilter } from '../server/store/dashboard';
import { writeParquetRows } from '../server/store/rows-parquet';
import { snapshotPath } from '../server/store/snapshot';
import { Store } from '../server/store/store';
import { swapIn } from '../server/swap-in';
import { eraYearLabel } from '../ui/format';
import { CHROMIUM_ARGS, chartsDrawn, checkChromium, printPage } from './print';
import { startServerProcess } from './server-process';

export interface PackOptions {
  fy: number;
  db: string;
  municipality?: string;
  out: string;
  /** Replace `out` when it holds an earlier pack. */
  force?: boolean;
  /** The built server (adapter-node's entry). */
  serverEntry: string;
  chromium: string;
  progress: (line: string) => void;
}

export interface PackResult {
  dir: string;
  files: string[];
  figures: string[];
}

/** The file that marks a folder as a pack, so --force never replaces anything else. */
export const PACK_MARKER = 'atlas-report.json';
const CHART_FORMATS = ['png', 'svg', 'csv'] as const;

/** Checks the arguments against the store and builds the report; errors name the store and the reason. */
async function reportOf(o: PackOptions): Promise<{ report: Report; filter: MatterFilter }> {
  const db = path.resolve(o.db);
  const source = existsSync(snapshotPath(db)) ? snapshotPath(db) : db;
  if (!existsSync(source)) throw new Error(`no store at ${db} (create it with npm run ingest)`);
  const store = await Store.open(source, { readOnly: true });
  try {
    const filter: MatterFilter = o.municipality ? { municipality: o.municipality } : {};
    if (o.municipality) {
      const known = (await facets(store, {})).municipality.map((m) => m.value);
      if (!known.includes(o.municipality)) throw new Error(`unknown municipality ${o.municipality}: the store ${db} has ${known.join(', ') || 'none'}`);
    }
    const { matters } = await overview(store, { ...filter, fiscal_year: o.fy });
    if (matters === 0) {
      const years = (await overview(store, filter)).fiscal_years;
      throw new Error(`no matters in ${o.fy} (${eraYearLabel(o.fy)})${o.municipality ? ` for ${o.municipality}` : ''} in ${db}; its fiscal years: ${years.join(', ') || 'none'}`);
    }
    return { report: await buildReport(store, o.fy, filter), filter };
  } finally {
    store.close();
  }
}

function checkOut(target: string, force: boolean): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new Error(`${target} exists and is not a folder`);
  const entries = readdirSync(target);
  if (entries.length === 0) return;
  if (!force) throw new Error(`${target} already exists and is not empty; use --force to replace an earlier pack`);
  if (!entries.includes(PACK_MARKER)) throw new Error(`${target} is not a report pack (it has no ${PACK_MARKER}); refusing to replace it`);
}

/** Clicks a chart card's download button and saves the file. */
async function saveDownload(page: Page, card: string, kind: (typeof CHART_FORMATS)[number], file: string): Promise<void> {
  try {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(`chart-${card}`).getByTestId(`download-${kind}`).click()]);
    await download.saveAs(file);
  } catch (e) {
    const shown = await page.getByTestId(`chart-${card}`).locator('[role=alert]').allTextContents();
    throw new Error(`chart ${card}: the ${kind.toUpperCase()} download failed: ${shown.join(' ') || (e as Error).message.split('\n')[0]}`);
  }
}

/**
 * The page as a static document, run in the page: scripts, navigation and controls removed, the
 * stylesheets inlined, each chart replaced by its PNG (with links to its three files), and links
 * to the app's other pages kept as text (the folder has no server behind it).
 */
function staticDocument(): string {
  const css = Array.from(document.styleSheets).flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)).join('\n');
  const root = document.documentElement.cloneNode(true) as HTMLElement;
  root.querySelectorAll('script, link, header.site, a.skip, .no-print, [data-testid="chart-downloads"], .twins, noscript, form').forEach((e) => e.remove());
  root.querySelectorAll<HTMLElement>('section[data-testid^="chart-"]').forEach((card) => {
    const id = card.dataset.testid!.slice('chart-'.length);
    const chart = card.querySelector('.chart');
    if (!chart) return;
    const img = document.createElement('img');
    img.src = `charts/${id}.png`;
    img.alt = chart.getAttribute('aria-label') ?? '';
    img.style.width = '100%';
    img.style.height = 'auto';
    const files = document.createElement('p');
    files.className = 'chart-files';
    files.append('この図のファイル: ');
    for (const ext of ['png', 'svg', 'csv']) {
      const a = document.createElement('a');
      a.href = `charts/${id}.${ext}`;
      a.textContent = ext.toUpperCase();
      files.append(a, ' ');
    }
    chart.replaceWith(img, files);
  });
  // Links to the app's data twins point at the pack's own copies instead.
  root.querySelectorAll<HTMLElement>('a[data-pack-href]').forEach((a) => a.setAttribute('href', a.dataset.packHref!));
  root.querySelectorAll('a[href]').forEach((a) => {
    const href = a.getAttribute('href')!;
    if (!/^charts\/|^data\//.test(href)) a.removeAttribute('href');
  });
  root.querySelectorAll('[src]').forEach((e) => {
    if (!/^charts\//.test(e.getAttribute('src')!)) e.remove();
  });
  const style = document.createElement('style');
  // Nothing outside the folder: no url() in the inlined rules.
  style.textContent = css.replace(/url\([^)]*\)/g, 'none');
  root.querySelector('head')!.append(style);
  return `<!doctype html>\n${root.outerHTML}\n`;
}

/** Through the built server in Chromium: each chart's downloads, the PDF and the static page. */
async function renderPages(o: PackOptions, report: Report, filter: MatterFilter, tmp: string, step: (n: number, text: string) => void): Promise<void> {
  // A private server on loopback for this run: no sign-in or limits between it and its own Chromium.
  const server = await startServerProcess(o.serverEntry, { ATLAS_DB: path.resolve(o.db), ATLAS_AUTH: 'off', ATLAS_RATE_SEARCH: '0', ATLAS_RATE_CHECK: '0' });
  try {
    const browser = await chromium.launch({ executablePath: o.chromium, args: CHROMIUM_ARGS });
    try {
      const query = new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)])).toString();
      const url = `${server.url}/report/${o.fy}${query ? `?${query}` : ''}`;
      const open = async () => {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, acceptDownloads: true });
        const res = await page.goto(url);
        if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
        await chartsDrawn(page);
        return page;
      };
      step(3, `saving ${report.figures.length} charts as PNG, SVG and CSV`);
      // A page per chart: Chromium holds back a tab's downloads after ten in a row.
      for (const f of report.figures) {
        const page = await open();
        for (const kind of CHART_FORMATS) await saveDownload(page, f.id, kind, path.join(tmp, 'charts', `${f.id}.${kind}`));
        await page.close();
      }
      const page = await open();
      step(4, 'printing report.pdf (A4)');
      writeFileSync(path.join(tmp, 'report.pdf'), await printPage(page));
      step(5, 'writing index.html');
      writeFileSync(path.join(tmp, 'index.html'), await page.evaluate(staticDocument));
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

export async function writePack(o: PackOptions): Promise<PackResult> {
  const target = path.resolve(o.out);
  const step = (n: number, text: string) => o.progress(`[${n}/6] ${text}`);
  checkOut(target, o.force ?? false);
  step(1, `reading ${eraYearLabel(o.fy)} (${o.fy})${o.municipality ? ` of ${o.municipality}` : ''} from ${o.db}`);
  const { report, filter } = await reportOf(o);
  checkChromium(o.chromium);
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(path.join(tmp, 'charts'), { recursive: true });
    mkdirSync(path.join(tmp, 'data'));
    step(2, 'starting the server on the store');
    await renderPages(o, report, filter, tmp, step);
    step(6, 'writing data/ (CSV and Parquet)');
    const tables = dataTables(report);
    for (const t of tables) {
      writeFileSync(path.join(tmp, 'data', `${t.name}.csv`), toCsv(t.columns, t.rows));
      await writeParquetRows(path.join(tmp, 'data', `${t.name}.parquet`), t.columns, t.rows);
    }
    writeFileSync(
      path.join(tmp, PACK_MARKER),
      JSON.stringify({ fiscal_year: o.fy, era: report.era, filter, written_at: new Date().toISOString(), figures: report.figures.map((f) => f.id), data: tables.map((t) => t.name) }, null, 1) + '\n'
    );
    swapIn(tmp, target);
  } finally {
    // Whatever failed, no half-written folder stays behind.
    rmSync(tmp, { recursive: true, force: true });
  }
  const files = readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(target, f)).isFile()).sort();
  return { dir: target, files, figures: report.figures.map((f) => f.id) };
}

interface DataTable {
  name: string;
  columns: string[];
  rows: Record<string, string | number | boolean | null>[];
}

/** The report's numbers: every figure long and wide (with its table-only series), and the lists. */
export function dataTables(r: Report): DataTable[] {
  const figures = r.figures.map((f) => {
    const columns = [f.labelHeader, ...f.series.map((s) => s.label)];
    return { name: `figure-${f.id}`, columns, rows: f.labels.map((l, i) => Object.fromEntries([[f.labelHeader, l], ...f.series.map((s) => [s.label, s.data[i]])])) };
  });
  const matter = (m: { matter_id: string; title: string | null; department: string | null }) => ({ matter_id: m.matter_id, title: m.title, department: m.department });
  return [
    { name: 'report', columns: [...REPORT_COLUMNS], rows: reportRows(r).map((x) => ({ ...x })) },
    ...figures,
    { name: 'sensitive', columns: ['matter_id', 'title', 'department', 'procedure', 'sensitive_items'], rows: r.sensitive.map((m) => ({ ...matter(m), procedure: m.procedure, sensitive_items: m.sensitive_items })) },
    {
      name: 'contracts',
      columns: ['matter_id', 'title', 'department', 'contractor', 'period_start', 'period_end'],
      rows: r.contracts.map((m) => ({ ...matter(m), contractor: m.contractor, period_start: m.period_start, period_end: m.period_end }))
    },
    {
      name: 'gaps',
      columns: ['matter_id', 'title', 'department', 'risk', 'categories'],
      rows: r.gaps.map((m) => ({ ...matter(m), risk: m.risk, categories: [...new Set(m.gaps.map((g) => g.category))].join(';') }))
    }
  ];
}
