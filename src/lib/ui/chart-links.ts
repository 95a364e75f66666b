// chart.js handlers shared by the charts: a click on a point or bar segment opens the matters behind
// it, and the pointer shows where a click leads somewhere.

import { goto } from '$app/navigation';
import type { ActiveElement, ChartEvent } from 'chart.js';

export function linkHandlers(hrefAt: (datasetIndex: number, index: number) => string | null | undefined) {
  const first = (els: ActiveElement[]) => els.map((el) => hrefAt(el.datasetIndex, el.index)).find(Boolean);
  return {
    onHover: (e: ChartEvent, els: ActiveElement[]) => {
      const target = e.native?.target as HTMLElement | undefined;
      if (target) target.style.cursor = first(els) ? 'pointer' : 'default';
    },
    onClick: (_e: ChartEvent, els: ActiveElement[]) => {
      const href = first(els);
      if (href) void goto(href);
    }
  };
}
