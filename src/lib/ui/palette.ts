// The colours are CSS custom properties in src/app.css, the one place they are defined. HTML and SVG
// use them as `var(--<name>)`; a chart.js canvas cannot, so its colours are resolved here from the
// same properties (read off the canvas element, which inherits them from :root).

/** A palette entry as CSS writes it. */
export type PaletteColor = `var(--${string})`;

const VAR = /^var\((--[\w-]+)\)$/;

/** `value` with a `var(--<name>)` replaced by the property's value (`read` gives it); other values as they are. */
export function resolveColor(value: string, read: (name: string) => string): string {
  const m = VAR.exec(value.trim());
  if (!m) return value;
  const resolved = read(m[1]).trim();
  if (!resolved) throw new Error(`colour ${m[1]} is not defined in app.css`);
  return resolved;
}

/** A chart.js dataset with every `var(--<name>)` string among its options resolved (colours are its only such strings). */
export function resolveColors<T extends object>(dataset: T, read: (name: string) => string): T {
  return Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, typeof v === 'string' ? resolveColor(v, read) : v])) as T;
}

/** Reads custom properties as `el` sees them. */
export function propertyReader(el: Element): (name: string) => string {
  const style = getComputedStyle(el);
  return (name) => style.getPropertyValue(name);
}
