// Pages written with spaces between words (分かち書き), as やさしい日本語 pages for residents and
// foreign residents are: `個人情報を 大切に あつかいます`. Japanese is read without them, so a
// label (`お願いする 会社`), a title or an item stays one word only once they are taken out.

/** Japanese characters: kana, the long vowel mark, kanji and their iteration marks. */
const JA = '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u3005\\u3006\\u4e00-\\u9fff';
/** Latin letters and digits, of either width. */
const LATIN = '0-9A-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a';

/** A space after a particle or other kana, before Japanese: the mark of a page written in words. */
const WORD_SPACE = new RegExp(`[\\u3041-\\u3096](?= [${JA}])`, 'g');
const JA_CHARS = new RegExp(`[${JA}]`, 'g');

/**
 * A space with Japanese on at least one side (`あつかう 情報`, `CD-Rに 入れます`, `1年に 1回`);
 * not one between two Latin words (`Tottori City`).
 */
const INNER_SPACE = new RegExp(`(?<=[${JA}、。）」])[ ]+(?=[${JA}${LATIN}（「])|(?<=[${LATIN}）」])[ ]+(?=[${JA}])`, 'g');

/**
 * Spaces after kana are common in a page written in words (one every dozen characters or so) and
 * rare elsewhere (`について 資料`; one per 90 characters at most in the eval sets): at least this
 * many, and one per this many Japanese characters.
 */
const MIN_SPACES = 20;
const CHARS_PER_SPACE = 20;

/** True when the pages put spaces between their words throughout. */
export function isWordSpaced(pages: readonly string[]): boolean {
  const text = pages.join('\n');
  const spaces = text.match(WORD_SPACE)?.length ?? 0;
  if (spaces < MIN_SPACES) return false;
  const chars = text.match(JA_CHARS)?.length ?? 0;
  return spaces * CHARS_PER_SPACE >= chars;
}

/** The pages with the spaces between Japanese words taken out, when they are written in words; else as they are. */
export function joinWordSpaces(pages: string[]): string[] {
  if (!isWordSpaced(pages)) return pages;
  return pages.map((page) => page.replace(INNER_SPACE, ''));
}
