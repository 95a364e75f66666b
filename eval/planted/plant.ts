// Planting versions into a generated corpus: a later fiscal year of a generated document, with one
// data item and, when it can be found, the only sentence of one expected safeguard removed. The
// planted truth says which lineage link, diff and rule gap the store must then show.

/** Every era and western year one later: the document's session, dates and fiscal years move together. */
export function shiftYears(text: string, by = 1): string {
  return text
    .replace(/令和([0-9０-９]+|元)年/g, (_, y: string) => `令和${(y === '元' ? 1 : Number(y.normalize('NFKC'))) + by}年`)
    .replace(/(?<![0-9])(20[0-9]{2})(?=年|\/|-|\.)/g, (_, y: string) => String(Number(y) + by));
}

/** Whether shifting is safe: no 平成 or 昭和 date, which a shift would carry across an era. */
export const shiftable = (text: string) => !/平成|昭和/.test(text);

/** The text without one enumerated item (`、電話番号` or `電話番号、`), or null when it is not written once so. */
export function withoutItem(text: string, item: string): string | null {
  // Named once in the whole text: a second mention would keep the item in the matter.
  if (text.split(item).length !== 2) return null;
  for (const pattern of [`、${item}`, `${item}、`]) {
    const i = text.indexOf(pattern);
    if (i >= 0 && text.indexOf(pattern, i + 1) < 0) return text.slice(0, i) + text.slice(i + pattern.length);
  }
  return null;
}

export interface PlantedVersion {
  /** File stem of the original and of the planted copy. */
  original: string;
  copy: string;
  removedItem: string;
  /** The category whose only sentence was removed, and the rule expected to report it. */
  removedCategory: string | null;
}
