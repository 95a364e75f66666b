// Atom 1.0 (RFC 4287) feeds: a saved search that members follow in a feed reader. Every text and
// attribute is XML-escaped, and characters XML 1.0 cannot carry are dropped, so document text
// cannot break the feed.

export interface AtomEntry {
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  href: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string | null;
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URLs: the feed itself and the page it follows. */
  self: string;
  alternate: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, newline, carriage return and the ranges below; anything else is dropped.
const INVALID_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const el = (name: string, text: string, indent = '  ') => `${indent}<${name}>${xmlEscape(text)}</${name}>`;

export function atomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    el('id', feed.id),
    el('title', feed.title),
    ...(feed.subtitle ? [el('subtitle', feed.subtitle)] : []),
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    el('updated', feed.updated),
    `  <author>${el('name', feed.author, '')}</author>`,
    `  <generator>Shingikai Atlas</generator>`
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      el('id', e.id, '    '),
      el('title', e.title, '    '),
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.href)}"/>`,
      el('updated', e.updated, '    '),
      ...(e.published ? [el('published', e.published, '    ')] : []),
      ...(e.categories ?? []).map((c) => `    <category term="${xmlEscape(c)}"/>`),
      `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
      '  </entry>'
    );
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
