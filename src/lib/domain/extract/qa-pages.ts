// A page that explains its matters to residents in questions and answers (`Q2␣委託先はどこですか。`
// over `A␣…株式会社…に決まりました。`): the facts are only in the answers. Each question is read
// as the label of the field it asks for, so its answer is that field's value, as a form's would be.

/** A question line: `Q1␣…`, `Q.…`, `Ｑ２．…`. */
const QUESTION = /^[QＱ](?:\s*[0-9０-９]{1,2}(?=[\s\u3000.．:：)）]))?\s*[.．:：)）]?[\s\u3000]*(\S.*)$/;
/** An answer's first line: `A␣…`, `A.…`, `Ａ：…`. */
const ANSWER = /^[AＡ](?:\s*[0-9０-９]{1,2}(?=[\s\u3000.．:：)）]))?\s*[.．:：)）]?[\s\u3000]*(?=\S)/;

/** A page of questions and answers: at least three of each. */
export function isQaPage(lines: readonly string[]): boolean {
  let q = 0;
  let a = 0;
  for (const l of lines) {
    const t = l.trim();
    if (QUESTION.test(t) && /[?？か。]$|ですか|ますか/.test(t)) q++;
    else if (ANSWER.test(t)) a++;
  }
  return q >= 3 && a >= 3;
}

/**
 * What a question asks for, as the label a form would give it; the first that matches wins, so the
 * contractor's measures (`委託先では…管理するのですか`) come before the contractor's name.
 */
const ANNEX = '個人情報取扱特記事項';

const QUESTION_LABELS: [RegExp, string][] = [
  [/契約書|特記事項|約束/, ANNEX],
  [/(?:委託先|受託者|事業者|会社|結合先)(?:では|は|に|が|の|で)[^。]*(?:管理|対策|措置|守|義務|気を付け)/, '受託者に講じさせる措置'],
  [/(?:対策|措置|守る|守られ|安全)/, '保護対策'],
  [/(?:どのような|どの|どんな|何の)(?:個人)?情報|項目/, '個人情報の項目'],
  [/保存|保管|やり取り|どこに(?:置|残|記録)|媒体|形で/, '記録媒体'],
  // Before the period: `委託先はどこですか。いつからいつまでですか。` names the contractor first.
  [/委託先|受託者|どこ(?:の会社|の事業者)?に(?:委託|頼|任せ)|どこですか|相手/, '委託先'],
  [/いつから|いつまで|期間/, '委託期間'],
  [/担当|どこの(?:課|部)|所管/, '担当課']
];

/** The label a question asks for; `概要` for one that asks for none (`何のために使うのですか`). */
export function questionLabel(question: string): string {
  return QUESTION_LABELS.find(([re]) => re.test(question))?.[1] ?? '概要';
}

/** A numbered line of a list (`1 （基本的事項）受託者は…`, `第1条`, `(1)`): where an annex's articles start. */
const NUMBERED = /^(?:\d{1,2}[\s\u3000.．、]|[(（]\d{1,2}[)）]|第\s*\d{1,2}\s*条?)/;

/**
 * The lines of a page of questions and answers as a form's: each question becomes the label of the
 * field it asks for, each answer loses its mark. A question about the contract (`契約書にはどのような
 * 約束が…`) is the municipality's measure (it attaches the annex) and the articles listed in its
 * answer are the annex.
 */
export function qaLines(lines: string[]): string[] {
  const out: string[] = [];
  let annexPending = false;
  for (const line of lines) {
    const t = line.trim();
    const q = QUESTION.exec(t);
    if (q && /[?？か。]$|ですか|ますか/.test(t)) {
      const label = questionLabel(q[1]);
      annexPending = label === ANNEX;
      out.push(`${annexPending ? '保護対策' : label}：`);
      continue;
    }
    const text = ANSWER.test(t) ? t.replace(ANSWER, '') : line;
    if (annexPending && NUMBERED.test(t)) {
      out.push(ANNEX);
      annexPending = false;
    }
    out.push(text);
  }
  return out;
}
