// A web form's responses as its service prints them (an application form the divisions fill in):
// each question a card, `12. 期間（開始日） 必須` over a help line (`※…`, `例）…`) and the answer.
// A choice question prints every option, the chosen ones marked ● or ☑ and the others ○ or ☐:
// only the chosen are the answer. A card drawn as a box comes as one line of cell breaks; a card
// the page cuts comes as lines of its own. Each card becomes its label and its answer, as a form's
// row is read.

import { CELL_BREAK, nfkc } from '../text';
import { labelKey } from './labels';
import { TICKED, UNTICKED } from './tick-boxes';

/** A question's heading: its number, its text and, for a question that must be answered, the form's badge. */
const QUESTION = /^[ \u3000]*(\d{1,2})[.．][ \u3000]*(\S.*?)(?:[ \u3000]+(必須|任意))?[ \u3000]*$/;
/** The form's help under a question: a note or an example of the answer. */
const HELP = /^[ \u3000]*(?:※|＊|\*|例[)）:：]|入力例)/;
/** A chosen option's mark (a radio button's ● or a box's tick) and an option left unchosen's. */
const CHOSEN = new RegExp(`^[ \\u3000]*[●◉✓✔${TICKED}][ \\u3000]*`);
const NOT_CHOSEN = new RegExp(`^[ \\u3000]*[○◯${UNTICKED}][ \\u3000]*`);
/** An answer the respondent left empty. */
const UNANSWERED = /^[(（]?(?:未回答|回答なし|未入力)[)）]?$/;

/** At least three question headings carry the form's badge (`必須`): a printed response, not a numbered list. */
export function isQuestionForm(lines: readonly string[]): boolean {
  let badges = 0;
  for (const l of lines) {
    const m = QUESTION.exec(nfkc(l.split(CELL_BREAK)[0]));
    if (m?.[3] && ++badges >= 3) return true;
  }
  return false;
}

/** The answer's lines as the respondent chose or wrote them: no help lines, no options left unchosen, no marks. */
function answerLines(parts: string[]): string[] {
  return parts
    .filter((p) => p.trim() !== '' && !HELP.test(p) && !NOT_CHOSEN.test(p) && !UNANSWERED.test(nfkc(p).trim()))
    .map((p) => p.replace(CHOSEN, '').trim());
}

/**
 * The pages with each question card as `label\tanswer` (the answer's lines parted by cell breaks), or
 * the label alone over its answer's lines. Each response's card of the title goes first: a response
 * starts again at question 1, and a form that asks the title fifth would otherwise give its first
 * four answers to the response before.
 */
export function questionCards(pages: readonly (readonly string[])[]): string[][] {
  const out: string[][] = pages.map(() => []);
  /** Where each response's first card is (page, line), and its title card once found. */
  let start: { page: number; line: number } | null = null;
  let titled = false;
  let last = Infinity;
  pages.forEach((page, p) => {
    for (const line of page) {
      const [head, ...rest] = line.split(CELL_BREAK);
      const q = QUESTION.exec(nfkc(head));
      if (q) {
        const number = Number(q[1]);
        if (number <= last) {
          start = { page: p, line: out[p].length };
          titled = false;
        }
        last = number;
        const answer = answerLines(rest);
        // A question left unanswered (`15. 「未定・その他」の内容（未回答）`) says nothing.
        const label = q[2].replace(/[(（](?:未回答|回答なし)[)）]$/, '');
        const card = answer.length > 0 ? `${label}\t${answer.join(CELL_BREAK)}` : label;
        if (!titled && start && labelKey(label) === 'title' && answer.length > 0) {
          titled = true;
          out[start.page].splice(start.line, 0, card);
          continue;
        }
        out[p].push(card);
        continue;
      }
      // A card's lines after its heading, and on the page the card goes on over: the same reading, line by line.
      if (HELP.test(line) || NOT_CHOSEN.test(line)) continue;
      out[p].push(line.replace(CHOSEN, ''));
    }
  });
  return out;
}
