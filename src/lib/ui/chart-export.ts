// A chart's downloads: PNG at print resolution, SVG, and its numbers as CSV. Each export draws the
// chart again from its data with chart.js (with its title and legend, on a white ground, in print
// colours), so what is saved does not depend on the screen's size or theme.

import { BasicPlatform, Chart, Legend, Title, type ChartConfiguration, type ChartOptions, type Plugin } from 'chart.js';
import { Element as SvgCanvas } from 'svgcanvas';
import { toCsv } from '../csv';
import { resolveColor } from './palette';

Chart.register(Title, Legend);

/** CSS pixels of an exported chart: about 17 cm wide on A4 … */
export const EXPORT_WIDTH = 800;
/** … drawn at this many device pixels per CSS pixel: 3 × 96 = 288 dpi. */
export const PRINT_SCALE = 3;

/** The paper colours (app.css --print-*), resolved: canvases cannot read custom properties. */
export interface PrintPalette {
  text: string;
  grid: string;
  ground: string;
}

export function printPalette(read: (name: string) => string): PrintPalette {
  return { text: resolveColor('var(--print-text)', read), grid: resolveColor('var(--print-grid)', read), ground: resolveColor('var(--print-ground)', read) };
}

export interface ChartSeries {
  label: string;
  data: (number | null)[];
}

/** What a chart's downloads need: its title, its row labels and its series, and how chart.js draws it. */
export interface ChartExportSource {
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** The on-screen configuration (data resolved to colours), redrawn for print. */
  config: () => ChartConfiguration;
  height: number;
  /** The CSV's first header (default 項目). */
  labelHeader?: string;
  /** Draw the series legend (default: when there is more than one series). */
  legend?: boolean;
  palette: PrintPalette;
}

const ground = (color: string): Plugin => ({
  id: 'atlasGround',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  }
});

/** The configuration for a file: title and legend drawn in, fixed size, no animation or events, print colours. */
export function printConfig(src: ChartExportSource, devicePixelRatio: number): ChartConfiguration {
  const base = src.config();
  const options = (base.options ?? {}) as ChartOptions;
  const scales = Object.fromEntries(
    Object.entries(options.scales ?? { x: {}, y: {} }).map(([k, s]) => [
      k,
      { ...s, ticks: { ...(s?.ticks ?? {}), color: src.palette.text }, grid: { color: src.palette.grid, ...((s as { grid?: object })?.grid ?? {}) } }
    ])
  );
  return {
    ...base,
    platform: BasicPlatform,
    plugins: [...(base.plugins ?? []), ground(src.palette.ground)],
    options: {
      ...options,
      responsive: false,
      animation: false,
      events: [],
      devicePixelRatio,
      color: src.palette.text,
      scales,
      plugins: {
        ...(options.plugins ?? {}),
        title: { display: true, text: src.title, color: src.palette.text, font: { size: 16 } },
        legend: { display: src.legend ?? src.series.length > 1, labels: { color: src.palette.text } },
        tooltip: { enabled: false }
      }
    } as ChartOptions
  } as ChartConfiguration;
}

/** The chart as a PNG at print resolution. */
export function chartPng(src: ChartExportSource): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_WIDTH;
  canvas.height = src.height;
  const chart = new Chart(canvas, printConfig(src, PRINT_SCALE));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      chart.destroy();
      if (blob) resolve(blob);
      else reject(new Error('PNG を作成できませんでした'));
    }, 'image/png')
  );
}

/** The chart as an SVG document. */
export function chartSvg(src: ChartExportSource): string {
  const canvas = new SvgCanvas({ width: EXPORT_WIDTH, height: src.height });
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, printConfig(src, 1));
  const svg = canvas.ctx.getSerializedSvg(true);
  chart.destroy();
  return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

/** The chart's numbers: one row per label, one column per series (UTF-8 with a BOM, for Excel). */
export function chartCsv(src: ChartExportSource): string {
  const labelHeader = src.labelHeader ?? '項目';
  const columns = [labelHeader, ...src.series.map((s) => s.label)];
  const rows = src.labels.map((label, i) => Object.fromEntries([[labelHeader, label], ...src.series.map((s) => [s.label, s.data[i]])]));
  return toCsv(columns, rows);
}

/** Saves a file through the browser's download. */
export function saveFile(data: Blob | string, filename: string, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
