/**
 * Forms rendered by a business app or a CMS's form viewer (a kintone record: `<div
 * class="control-label-gaia">件名</div>` over `<div class="control-value-gaia">…</div>`) set each
 * field's label and value as two boxes, told apart only by their class names. Read as lines, a
 * label the product does not know (`担当者`) would run on into the value above it; read as a
 * definition list's term and definition, each label is a label (pure, no I/O).
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type DomElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const LABEL_CLASS = /(?:^|[\s_-])label(?:[\s_-]|$)/i;
const VALUE_CLASS = /(?:^|[\s_-])value(?:[\s_-]|$)/i;
const BOXES = new Set(['div', 'span', 'p']);

const classOf = (e: DomElement) => e.attribs['class'] ?? '';

/** The page with each label box followed by its value box made a term and its definition. */
export function labelledFields(html: string): string {
  if (!/class\s*=\s*["'][^"']*label/i.test(html)) return html;
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const labels = DomUtils.findAll((e) => BOXES.has(e.name) && LABEL_CLASS.test(classOf(e)), doc.children);
  let changed = false;
  for (const label of labels) {
    let next = label.next;
    while (next && !DomUtils.isTag(next)) next = next.next;
    if (!next || !BOXES.has((next as DomElement).name) || !VALUE_CLASS.test(classOf(next as DomElement))) continue;
    label.name = 'dt';
    (next as DomElement).name = 'dd';
    changed = true;
  }
  return changed ? DomUtils.getOuterHTML(doc, { decodeEntities: true }) : html;
}
