/**
 * An e-mail saved as text from a mail client: its header block on top (`From:`, `Subject:`,
 * `Date:`…), then the body. A reply carries the earlier message under it, each line marked `>`
 * after an attribution line (`2021/08/06 11:20, 伊勢市… wrote:`, `…のメッセージ:`), or after
 * `-----Original Message-----`: what was written before, not what this message says, so it is left
 * out. (The reply parsers on the registry either need a newer Node than this project supports or
 * build a native regular-expression engine; this is the one rule the product needs of them.)
 */

const HEADER = /^(?:From|To|Cc|Bcc|Subject|Date|Message-ID|In-Reply-To|Reply-To|差出人|送信者|宛先|件名|送信日時|日付):/i;
/** Headers that only a mail has: a sender and a subject or a date. */
const SENDER = /^(?:From|差出人|送信者):/i;
const SUBJECT_OR_DATE = /^(?:Subject|Date|件名|送信日時|日付):/i;
const QUOTED = /^[ \t\u3000]*>/;
/** The line a client writes over the message it quotes. */
const ATTRIBUTION = /(?:wrote|writes|a écrit)\s*:\s*$|(?:のメッセージ|書きました|書き込みました)\s*[:：]\s*$/i;
/** An earlier message appended whole under a reply (Outlook's way). */
const ORIGINAL = /^[-\s]*(?:Original Message|元のメッセージ|返信元のメッセージ)[-\s]*$/i;

/** True when the text opens with a mail's header block. */
export function isMailText(text: string): boolean {
  const head: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') break;
    head.push(line);
    if (head.length > 40) break;
  }
  const headers = head.filter((l) => HEADER.test(l));
  return headers.length >= 3 && headers.some((l) => SENDER.test(l)) && headers.some((l) => SUBJECT_OR_DATE.test(l));
}

/**
 * The message without the earlier one it quotes or carries under it: the quoted block that ends the
 * text (with its attribution line), or everything from `-----Original Message-----` on, when the
 * message above it says more than it. A quote in the middle of the message (`1件目は担当課のメールを
 * そのまま引用しております`, with more after it) is part of what the message sends, and stays.
 */
export function withoutQuotedReply(text: string): string {
  const lines = text.split('\n');
  const filled = (xs: string[]) => xs.filter((l) => l.trim() !== '').length;
  // The message's own lines are counted from the end of its header block.
  const body = Math.max(0, lines.findIndex((l) => l.trim() === ''));
  const original = lines.findIndex((l) => ORIGINAL.test(l));
  if (original >= 0 && filled(lines.slice(body, original)) >= filled(lines.slice(original)) / 2) return lines.slice(0, original).join('\n');
  // The last quoted block: quoted lines (blank ones among them) up to the end.
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && (QUOTED.test(lines[start - 1]) || (lines[start - 1].trim() === '' && start - 1 > 0 && QUOTED.test(lines[start - 2])))) start--;
  if (start === end || !QUOTED.test(lines[start])) return text;
  // Its attribution line, a blank line or none above it.
  let head = start;
  while (head > 0 && lines[head - 1].trim() === '') head--;
  if (head > 0 && ATTRIBUTION.test(lines[head - 1])) head--;
  if (filled(lines.slice(body, head)) < filled(lines.slice(head, end)) / 2) return text;
  return lines.slice(0, head).join('\n');
}
