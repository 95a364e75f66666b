// The coverage heatmap as a chart for its downloads: on the page it is a table of links (readable
// and clickable without a canvas); the files draw the same cells with chartjs-chart-matrix, each
// with its percentage (chartjs-plugin-datalabels), in the page's colour steps.

import { Chart, type ChartConfiguration } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import ChartDataLabels from 'chartjs-plugin-datalabels';
import type { ChartExportSource, PrintPalette } from './chart-export';

Chart.register(MatrixController, MatrixElement);

export interface HeatCell {
  row: string;
  column: string;
  share: number;
}

/** Row and column labels, the cells, and the fill and ink of a share (the page's steps, resolved). */
export function heatmapSource(
  title: string,
  rows: string[],
  columns: string[],
  cells: HeatCell[],
  colors: (share: number) => { bg: string; fg: string },
  palette: PrintPalette
): ChartExportSource {
  const pct = (share: number) => Math.round(share * 1000) / 10;
  const at = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c.share]));
  const cellHeight = 26;
  return {
    title,
    labelHeader: '担当部',
    labels: rows,
    series: columns.map((c) => ({ label: c, data: rows.map((r) => pct(at.get(`${r}\u0000${c}`) ?? 0)) })),
    legend: false,
    palette,
    height: rows.length * cellHeight + 260,
    config: () =>
      ({
        type: 'matrix',
        plugins: [ChartDataLabels],
        data: {
          datasets: [
            {
              label: '記載率',
              data: cells.map((c) => ({ x: c.column, y: c.row, v: c.share })),
              backgroundColor: (ctx: { raw?: { v: number } }) => colors(ctx.raw?.v ?? 0).bg,
              borderColor: palette.ground,
              borderWidth: 1,
              width: ({ chart }: { chart: Chart }) => (chart.chartArea?.width ?? 0) / columns.length - 1,
              height: ({ chart }: { chart: Chart }) => (chart.chartArea?.height ?? 0) / rows.length - 1,
              datalabels: {
                color: (ctx: { dataset: { data: unknown[] }; dataIndex: number }) => colors((ctx.dataset.data[ctx.dataIndex] as { v: number }).v).fg,
                font: { size: 9 },
                formatter: (v: { v: number }) => `${Math.round(v.v * 100)}%`
              }
            }
          ]
        },
        options: {
          scales: {
            x: { type: 'category', labels: columns, offset: true, grid: { display: false }, ticks: { autoSkip: false, maxRotation: 90, minRotation: 60, font: { size: 9 } } },
            y: { type: 'category', labels: rows, offset: true, reverse: false, grid: { display: false }, ticks: { autoSkip: false, font: { size: 10 } } }
          },
          plugins: { tooltip: { enabled: false } }
        }
      }) as unknown as ChartConfiguration
  };
}
