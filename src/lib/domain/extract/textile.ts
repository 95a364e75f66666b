// A wiki page written in Textile (Redmine and the like) saved as text: `h2.` headings, `|_. 項目 |`
// header cells, `*bold*` lines as sub-headings, `# ` numbered and `* ` bulleted lists, `-struck-`
// text, `p(note).` paragraphs, `"text":url` links and `{{toc}}` macros. Each line is rewritten as
// the Markdown-like text the layout already reads; struck-out text is a superseded value and goes.

/** Textile is told by its headings or its table header cells, at least twice. */
export function isTextile(lines: readonly string[]): boolean {
  return lines.filter((l) => /^h[1-6]\.\s|^\|_\.\s/.test(l)).length >= 2;
}

export function textileLine(line: string): string {
  const heading = /^h([1-6])\.\s+(.*)$/.exec(line);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${heading[2]}`;
  return (
    line
      .replace(/\{\{[^{}]*\}\}/g, '')
      .replace(/^p(?:\([^()]*\))?\.\s+/, '')
      // Struck-out text (`-令和3年10月1日-`) is what the page no longer says.
      .replace(/(^|[\s|（(])-(?=\S)[^-\n]*?\S-(?=$|[\s|（()）、。])/g, '$1')
      // A numbered list (`# 受給者証番号`), which Markdown would read as a heading.
      .replace(/^#+\s+/, '・')
      .replace(/^\*\*+\s+/, '・')
      .replace(/\|_\.\s*/g, '| ')
      .replace(/"([^"\n]+)":\S+/g, '$1')
      .replace(/(^|[\s|（(])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s|）)、。])/g, '$1$2')
  );
}
