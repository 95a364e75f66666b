// The link between a chart card and the chart drawn inside it: the card offers the downloads, the
// chart knows its data. The card provides a slot; the chart (ChartCanvas) fills it when it draws.

import { getContext, setContext } from 'svelte';
import type { ChartExportSource } from './chart-export';

const KEY = Symbol('chart-slot');

export class ChartSlot {
  source = $state<ChartExportSource | null>(null);
  constructor(readonly title: () => string) {}
}

export function provideChartSlot(title: () => string): ChartSlot {
  return setContext(KEY, new ChartSlot(title));
}

/** The enclosing card's slot, if the chart is inside one. */
export function chartSlot(): ChartSlot | undefined {
  return getContext<ChartSlot | undefined>(KEY);
}
