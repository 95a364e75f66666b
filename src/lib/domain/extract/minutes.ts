// Council minutes (会議録): the matters are named in the agenda (議題) and then discussed in speech.
// Nothing is a form, so each matter is rebuilt as rows the rest of extraction reads: its title from
// the agenda, its office from the 説明員 line, its items and measures from what the staff said.

import type { Row } from './layout';
import { clean, compact, nfkc } from '../text';
import { speechTranscript } from './transcripts';

interface Line {
  text: string;
  page: number;
  line: number;
  /** Indented in the source: a new paragraph, where a line wrapped at the margin is not. */
  indented?: boolean;
}

interface Utterance {
  speaker: string;
  /** The unit in brackets after the post (`石川主幹（地域包括ケア推進本部）`), when given. */
  unit: string | null;
  text: string;
  page: number;
  line: number;
}

interface AgendaEntry {
  /** `諮問第52号`, `報告第8号`, `議題1`, or the entry's bare number. */
  key: string;
  title: string;
  kind: '諮問' | '報告' | null;
}

/** The posts people speak under in minutes; the chair and members ask, the staff explain. */
const POST = '(?:副?会長|副?委員長|委員|部会長|課長補佐|課長|部長|局長|次長|係長|室長|所長|館長|センター長|参事|主幹|主査|担当係長|事務局長|事務局)';
const SPEAKER = new RegExp(`^[○◯〇●]?\\s*([\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}A-Zー・]{0,16}?${POST})(?:\\s*[(（]([^()（）]{1,16})[)）])?\\s*(?:[:：]|\\s)\\s*(\\S.*)$`, 'u');
// A member is named by a letter or a surname before the post (`A委員`, `望月会長`).
const MEMBER = /^(?:[A-Z]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,6})?(?:委員|副?会長|副?委員長|部会長)$/u;
const HEADER = /会議録|議事録|会議要旨|議事要旨|会議の記録/;
const AGENDA_START = /^(?:\d{1,2}\s*)?[【〔［]?(?:議\s*題|案\s*件|(?:会\s*議\s*)?次\s*第|審議事項)[】〕］]?\s*$|^(?:\d{1,2}\s*)?議\s*題\s+\S/;
const PROCEEDINGS_START = /会議の経過|議事の(?:内容|経過|概要)|審議(?:の)?経過|審議の内容|議事録$|^■/;
const ENTRY_KEY = /(?:諮問|報告)\s*第\s*[\d〇一二三四五六七八九十]+\s*号|議題\s*\d+/;
const TITLE_DONE = /(?:について|の件)(?:\s*[(（](?:諮問|報告)[)）])?$/;
/** Members of the council are not the office in charge; neither is the secretariat. */
const OFFICE_LINE = /^(?:\d{1,2}\s*)?[【〔［]?(?:説\s*明\s*員|説明のため出席した者|出席説明員|説\s*明\s*者|関係職員|出席職員)[】〕］]?/;

const keyOf = (s: string) => compact(s).replace(/[(（]\d+[)）]|[⑴-⒇]/g, '');

/** A speaker named alone on a line, in brackets (`（総務課長）`, `（○委員長）`), the speech on the lines after it. */
const SPEAKER_ALONE = new RegExp(`^[(（]\\s*[○◯〇●]?\\s*([\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}A-Zー・]{0,16}?${POST})\\s*[)）]$`, 'u');

/** A speaker alone on a line without brackets (`<dt>事務局（総務課長）</dt>`), the speech under it. */
const SPEAKER_BARE = new RegExp(`^[○◯〇●]?\\s*[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}A-Zー・]{0,16}?${POST}(?:\\s*[(（][^()（）]{1,16}[)）])?\\s*[:：]?$`, 'u');

/** Each speaker line joined to the speech under it, as minutes write `会長 それでは…`. */
function joinSpeakers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const alone = SPEAKER_ALONE.exec(lines[i].text);
    const bare = alone ? null : SPEAKER_BARE.exec(lines[i].text);
    const next = lines[i + 1];
    if ((alone || bare) && next && !SPEAKER_ALONE.test(next.text) && !SPEAKER_BARE.test(next.text) && !SPEAKER.test(next.text)) {
      out.push({ ...lines[i], text: `${alone ? alone[1] : lines[i].text} ${next.text}` });
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

export function isMinutes(lines: string[]): boolean {
  // A web page's minutes come under its site's menus: the heading is further down.
  const head = lines.slice(0, 30).join('\n');
  const speech = lines.filter((l) => SPEAKER.test(nfkc(l).trim()) || SPEAKER_ALONE.test(nfkc(l).trim())).length;
  return HEADER.test(head) && speech >= 5;
}

function agendaOf(lines: Line[], from: number, to: number): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  let kind: AgendaEntry['kind'] = null;
  let open: AgendaEntry | null = null;
  for (const l of lines.slice(from, to)) {
    // `１ A について（諮問）２ B について（報告）` or `(1)諮問第7号 A について (2)…` on one line: one entry each.
    for (const piece of l.text.split(/(?<=(?:について|の件)(?:\s*[(（](?:諮問|報告)[)）])?)\s*(?=\d{1,2}\s|[(（]\d{1,2}[)）]|[⑴-⒇])/)) {
      const t = piece.trim();
      const heading = /^(?:[(（]?\d{1,2}[)）]?|[⑴-⒇])?\s*(諮問|報告)(?:事項|案件)\s*$/.exec(t);
      if (heading) {
        kind = heading[1] as AgendaEntry['kind'];
        open = null;
        continue;
      }
      if (/^(?:[(（]?\d{1,2}[)）]?\s*)?その他/.test(t)) {
        open = null;
        continue;
      }
      const key = ENTRY_KEY.exec(t);
      const numbered = /^(?:[(（]?\d{1,2}[)）]?|[⑴-⒇])\s*(?=\S)/.exec(t);
      if (key || (numbered && (!open || TITLE_DONE.test(compact(open.title))))) {
        const rest = t
          .slice(key ? key.index + key[0].length : (numbered as RegExpExecArray)[0].length)
          .trim();
        const k = key ? keyOf(key[0]) : keyOf(`議題${(numbered as RegExpExecArray)[0].replace(/\D/g, '')}`);
        const own = /[(（](諮問|報告)[)）]\s*$/.exec(rest)?.[1] ?? /^(諮問|報告)/.exec(k)?.[1];
        open = { key: k, title: rest, kind: (own as AgendaEntry['kind']) ?? kind };
        entries.push(open);
      } else if (open && !TITLE_DONE.test(compact(open.title))) {
        open.title += t;
      } else if (kind && (!open || TITLE_DONE.test(compact(open.title)))) {
        // Under `（１）報告事項`, a title on a line of its own, without a number.
        open = { key: `${kind}${entries.filter((x) => x.kind === kind).length + 1}`, title: t, kind };
        entries.push(open);
      }
      if (open) {
        const own = /[(（](諮問|報告)[)）]\s*$/.exec(open.title)?.[1];
        if (own) open.kind = own as AgendaEntry['kind'];
      }
    }
  }
  return entries
    .map((e) => ({ ...e, title: clean(e.title).replace(/\s*[(（](?:諮問|報告)[)）]$/, '') }))
    .filter((e) => TITLE_DONE.test(compact(e.title)) && e.title.length >= 8);
}

function utterances(lines: Line[]): Utterance[] {
  const out: Utterance[] = [];
  for (const l of lines) {
    const m = SPEAKER.exec(l.text);
    if (m) out.push({ speaker: m[1], unit: m[2] ?? null, text: m[3], page: l.page, line: l.line });
    // An indented line after a finished sentence starts a paragraph (minutes indenting every line
    // wrap theirs mid-sentence): who a paragraph speaks of holds to its end.
    else if (out.length > 0 && !/^[(（].*[)）]$/.test(l.text)) {
      const u = out[out.length - 1];
      u.text += `${l.indented && /。$/.test(u.text) ? '\n' : ''}${l.text}`;
    }
  }
  return out;
}

/** The office behind a post, from the 説明員 line: `高齢福祉課長` → `福祉部高齢福祉課長`. */
function officeOf(post: string, offices: string): string | null {
  const unit = post.replace(/(?:長|長補佐)$/, '');
  if (unit.length < 2) return null;
  const cleaned = offices.replace(/同[^\s、,]{0,6}?(?:補佐|係長|主査|係員)/g, '、');
  const at = cleaned.indexOf(unit);
  if (at < 0) return null;
  // The office runs back from the unit to the previous separator; a department written apart from
  // it (`健康福祉部␣健康課長`, a table of 説明員 printed as one line) is still its department.
  const tail = cleaned.slice(0, at).split(/[、,，]/).pop() ?? '';
  const glued = /\S$/.test(tail) ? (tail.split(/\s+/).pop() ?? '') : '';
  const apart = glued ? '' : (tail.trim().split(/\s+/).pop() ?? '');
  return `${glued || (/(?:部|局)$/.test(apart) ? apart : '')}${unit}`;
}

const row = (label: string, key: Row['key'], texts: string[], page: number, line: number): Row => ({
  kind: 'row',
  label,
  key,
  parts: texts.filter((t) => t.trim() !== '').map((text) => ({ text, page })),
  page,
  line,
  level: 0,
  afterBlank: false
});

/** A sentence that enumerates the data: `名簿に載せる項目は、氏名、住所…の７項目です`. */
const ITEMS_SENTENCE = /(?:項目|個人情報|情報|取り扱うの|扱うの|載せるの)(?:は|としましては|につきましては|として|(?:でございます|です)が)、?(.+?)(?:の\s*[\d〇一二三四五六七八九十]+\s*項目)?(?:です|である|でございます|でございまして[^。]*|とする|となる|となります|となっております|を(?:取り扱|扱|登録|記録|提供|収集|入力)[^。]*)?。?$/;
/** An enumeration of personal data in a sentence: `児童・生徒の氏名、学年、学級及び学習履歴を登録し`. */
const ENUMERATION = /((?:[^、。「」]{1,20}、){2,}[^、。「」]{1,40}?(?:及び|並びに)[^、。「」を]{1,20}?)(?:を|です|である|。)/;
const PERSONAL = /氏名|住所|生年月日|電話番号|性別/;

/** Staff sentences that say how the data is protected, not what the business is. */
const MEASURE = /(?:する|させる|保(?:つ|ちます)|いただ(?:く|き|いて)|[わらかたまなばが]せ(?:る|ます|ており|ている)|させます|させている|させており|させない|しない|している|しており|します|いたします|しております|行う|行います|限る|限ります|限って|限り|限定|禁止|認めない|認めません|明記|義務|設置|保管|施錠|管理|暗号化|消去|回収|研修|説明会|取得している|(?:付与|認証|認定)を受けて|点検|記録)/;
const NOT_MEASURE = /ご?報告(?:いたします|します)|(?:委託|導入|利用)(?:いたします|します|する)。?$|ことになります|ためです|規定に(?:基づき|より)|意見を(?:伺|お聴き)|説明(?:いたします|する|を)|ご説明|^[^、。]{0,20}(?:項目|情報)は|取り扱うのは|(?:委託|導入|利用|実施)する(?:こととした|ことにした)|委託期間は|期間は|予定|考えて|ためである|ものである|ものです|(?:委託|導入|利用|実施|運用|開始|予定|検討)(?:して|いたして)おります|聞いております|と(?:考え|思)って|^(?:はい|いいえ)/;
// `委託先に持参して` names where staff go, not who acts: only the subject counts.
const CONTRACTOR_SUBJECT = /[さわらかたまなばが]せ(?:る|ます|ている|ており|ること|ない)|委託先(?:は|が|には|では|において)|受託者(?:は|が|には|では)|事業者(?:は|が|である)|ＩＳＭＳ|ISMS|プライバシーマーク/;

/** A sentence opened by the contractor as its subject (`受託事業者には、`), or by the municipality (`まず市といたしましては、`). */
const CONTRACTOR_OPENS = /^(?:(?:また|まず|一方|次に|さらに)、?)?(?:受託(?:事業)?者|委託先|受注者|事業者)(?:には|に対しては|に対し|は|が)/;
const WARD_OPENS = /^(?:(?:また|まず|一方|次に|さらに)、?)?(?:市|区|町|村|県|当課|職員)(?:といたしましても|といたしましては|としましても|としましては|としても|としては|でも|では|は|が)/;
/** A speech's own topic line over the measures (`まず市の対策ですが、`, `次に受託者に講じさせる対策ですが、`): whose they are until the next. */
const TOPIC_OPENS = /^(?:(?:また|まず|一方|次に|さらに|続いて)、?)?(?:(市|区|町|村|県|当課)|(受託(?:事業)?者|委託先|受注者|事業者))(?:に講じさせる|に(?:求める|行わせる)|が(?:講じる|講ずる|行う))?の?(?:保護)?(?:対策|措置)(?:ですが|は|としては|といたしましては|につきましては)/;

/** An article of the annex read out by its heading: `第3条、目的外利用及び第三者への提供の禁止。` */
const ARTICLE_READ = /第\s*([\d一二三四五六七八九十]+)\s*条、([^。、]{2,30})。/g;

/** `委託先に提供いたします個人情報の項目でございます。`: the list is read out in the sentences after it. */
const LIST_ANNOUNCED = /(?:個人情報の)?項目(?:でございます|です|になります|は次のとおりです)。$/;
/** A speaker's aside on the item before it, to the sentence's end: `、これは、…の検査値でございます`. */
const ASIDE = /、(?:これは|こちらは)、?[^。]*。?$/;
/** …until `…、以上でございます。` */
const LIST_END = /、?以上(?:でございます|です|となります)。$/;

/**
 * A list read out over several sentences after its announcement, to `以上でございます`: its pieces
 * joined, each sentence's aside (`、これは、…の検査値でございます。`) left out; undefined for none.
 */
function readOutList(sentences: string[], at = -1, first = ''): string | undefined {
  const from = at >= 0 ? at : sentences.findIndex((s) => LIST_ANNOUNCED.test(s));
  if (from < 0) return undefined;
  const end = sentences.findIndex((s, k) => k > from && LIST_END.test(s));
  if (end < 0 || end - from > 4) return undefined;
  // A list that began in a sentence of its own (`取り扱う個人情報でございますが、…`) goes on to `以上`.
  const list = [...(first ? [first] : []), ...sentences.slice(from + 1, end + 1)]
    .map((s) => s.replace(LIST_END, '').replace(ASIDE, '').replace(/。$/, ''))
    .join('、');
  return /、/.test(list) && PERSONAL.test(list) ? list : undefined;
}

/** Rebuilds each matter of a minutes document as rows, or null when the minutes name no agenda. */
export function minutesMatters(pages: string[]): Row[][] | null {
  const read: Line[] = [];
  pages.forEach((p, pi) =>
    p.split(/\r?\n/).forEach((raw, li) => {
      // Spaces are kept: a speaker's post and the speech are often parted by one.
      const text = nfkc(raw).replace(/\s+/g, ' ').trim();
      if (text && !/^[-−－‐―]?\s*\d{1,3}\s*[-−－‐―]?$/.test(text)) read.push({ text, page: pi + 1, line: li + 1, indented: /^[\s\u3000]/.test(raw) });
    })
  );
  // A speech recogniser's export: its speakers as minutes name them, its matters as the staff do.
  const transcript = speechTranscript(read);
  const lines = joinSpeakers(transcript?.lines ?? read);
  if (!transcript && !isMinutes(lines.map((l) => l.text))) return null;
  const agendaAt = lines.findIndex((l) => AGENDA_START.test(l.text) || /^議題\s*\t/.test(l.text));
  // The first speech after the agenda: the attendance list above it may read like one (`事務局 総務部総務課長`).
  const firstSpeech = lines.findIndex((l, i) => i > agendaAt && SPEAKER.test(l.text));
  let proceedings = lines.findIndex((l, i) => i > agendaAt && PROCEEDINGS_START.test(l.text) && l.text.length <= 30);
  if (proceedings < 0) proceedings = firstSpeech;
  const spoken = agendaAt < 0 && transcript && transcript.matters.length > 0 ? transcript : null;
  if (!spoken && (agendaAt < 0 || proceedings <= agendaAt)) return null;
  const agenda = spoken ? spoken.matters : agendaOf(
    lines.map((l, i) => (i === agendaAt ? { ...l, text: l.text.replace(/^(?:\d{1,2}\s*)?[【〔［]?(?:議\s*題|案\s*件|(?:会\s*議\s*)?次\s*第|審議事項)[】〕］]?\s*/, '') } : l)),
    agendaAt,
    proceedings
  );
  if (agenda.length === 0) return null;

  // The 説明員 entry, with the lines it runs on to (`こども未来局幼児保育課長 山崎智之、…` under it).
  const head = lines.slice(0, proceedings);
  const officeLines: string[] = [];
  head.forEach((l, i) => {
    if (!OFFICE_LINE.test(l.text)) return;
    officeLines.push(l.text.replace(OFFICE_LINE, ''));
    for (let j = i + 1; j < head.length && /(?:局|部|課|室|所)(?:長|長補佐)?/.test(head[j].text) && !/^(?:\d{1,2}\s|事\s*務\s*局|委\s*員|傍\s*聴|議\s*題)/.test(head[j].text); j++) officeLines.push(head[j].text);
  });
  officeLines.push(...(spoken?.offices ?? []));
  // A table of 説明員 (`福祉部 高齢者支援課長 佐野`, then ` 高齢者支援課副主幹 石原` under it):
  // the department column is joined to the post beside it, and holds for the rows below that leave it blank.
  let column: string | null = null;
  const offices = officeLines
    .map((l) => {
      const m = /^(\S{2,12}(?:部|局|本部))\s+(\S*(?:課|室|所|センター)\S*)/.exec(l);
      if (m) {
        column = m[1];
        return l.replace(/^(\S+)\s+/, '$1');
      }
      return column && /^\S{2,16}(?:課|室)/.test(l) && !/^\S*(?:部|局)/.test(l) ? `${column}${l}` : l;
    })
    .join('、');
  const body = lines.slice(proceedings);
  // Where each matter's discussion starts: a short line naming its number or its title.
  const starts = agenda.map((e) => {
    const titleHead = compact(e.title).slice(0, 12);
    const i = body.findIndex((l) => {
      const c = keyOf(l.text);
      const short = l.text.length <= 90 && !SPEAKER.test(l.text);
      return short && (c.includes(e.key) || (/^議題\d+$/.test(e.key) && c.startsWith(e.key)) || c.includes(titleHead));
    });
    if (i >= 0) return i;
    // Else the first speech naming its number or its title (the chair calling it, the staff explaining it).
    return body.findIndex((l) => SPEAKER.test(l.text) && ((keyOf(l.text).includes(e.key) && ENTRY_KEY.test(e.key)) || keyOf(l.text).includes(titleHead)));
  });

  const matters: Row[][] = [];
  const everything = utterances(body);
  agenda.forEach((e, n) => {
    const from = starts[n];
    if (from < 0) return;
    const next = starts.filter((s, k) => k !== n && s > from).sort((a, b) => a - b)[0] ?? body.length;
    const said = utterances(body.slice(from, next));
    const officers = said.filter((u) => !MEMBER.test(u.speaker.replace(/^[A-Z]/, '')));
    // The secretariat speaks for an office that sent no one (`所管の財政部に代わりまして事務局から`).
    const own = officers.filter((u) => !/事務局/.test(u.speaker));
    const explains = officers[0] && /事務局/.test(officers[0].speaker) && officers[0].text.length > 120;
    const staff = own.length > 0 && !explains ? own : officers;
    const page = body[from].page;
    const line = body[from].line;
    // The label carries the matter's number and kind (`諮問第52号`), which say consultation or report.
    const label = /^(?:諮問|報告)/.test(e.key) ? e.key : `${e.kind ?? ''}${e.key}`;
    const rows: Row[] = [row(label, 'title', [e.title], page, line)];
    const explainer = staff[0]?.speaker;
    // The brackets may name the speaker rather than a unit (`健康増進課長（田中）`): a name is no office.
    const bracket = staff[0]?.unit;
    const unit = bracket && /(?:課|部|局|室|係|センター|所|本部|館|長|補佐|担当|事務局)$/.test(bracket) ? bracket : null;
    // The secretariat reporting for an office names it (`所管の財政部納税課に代わりまして`).
    const behalf = explains ? /(?:所管の|担当の)?([^、。\s]{2,24}?(?:課|室|センター))に代わ/.exec(staff[0].text)?.[1] : undefined;
    const office = behalf ?? (explainer ? ((unit ? officeOf(unit, offices) : null) ?? officeOf(explainer, offices) ?? unit ?? explainer.replace(/長$/, '')) : null);
    if (office) rows.push(row('説明員', 'department', [office], page, line));
    const sentences = staff.flatMap((u) =>
      u.text.split('\n').flatMap((para) => {
        // `受託事業者には、…提出させます。…導入していただきます。`: the subject that opens a paragraph holds to its end.
        let running: 'ward' | 'contractor' = 'ward';
        return para
          .split(/(?<=。)/)
          .map((x) => x.trim())
          .filter((x) => x)
          .map((x) => {
            const topic = TOPIC_OPENS.exec(x);
            if (topic) {
              running = topic[2] ? 'contractor' : 'ward';
              return { s: x, page: u.page, actor: running };
            }
            if (CONTRACTOR_OPENS.test(x)) running = 'contractor';
            else if (WARD_OPENS.test(x)) running = 'ward';
            return { s: x, page: u.page, actor: CONTRACTOR_SUBJECT.test(x) ? ('contractor' as const) : running };
          });
      })
    );
    const listed = sentences.map((x) => ITEMS_SENTENCE.exec(x.s)?.[1] ?? ENUMERATION.exec(x.s)?.[1]);
    const at = listed.findIndex((m) => m && /、/.test(m) && PERSONAL.test(m));
    // The sentence right after it that lists further data (`健診に関する情報としましては、受診日、…を入力いたします。`) goes on the list.
    const more = at >= 0 ? listed[at + 1] : undefined;
    // Not one that says the same list again (its 氏名, 住所 …).
    const spokenSentences = sentences.map((x) => x.s);
    const items = at < 0 ? readOutList(spokenSentences) : (readOutList(spokenSentences, at, listed[at]?.replace(ASIDE, '')) ?? `${listed[at]}${more && /、/.test(more) && !PERSONAL.test(more) && ITEMS_SENTENCE.test(sentences[at + 1].s) ? `、${more}` : ''}`);
    // Spoken connectives (`…、それから要介護度`) are not part of an item.
    // …nor whose they are, said before them (`図書館の利用者の、利用者番号、…`).
    // …nor why one is asked (`…、宅配サービスの要件を確認するために、…`), nor a polite clause before it
    // (`レセプトから抽出いたしました糖尿病の治療状況`).
    const spoken = (t: string) => t.replace(/^[^、]{1,12}?の、?(?=氏名)|^[^、]{1,12}?の、/, '').replace(/(?<=^|、)[^、]{1,30}?ために(?=、)|(?<=^|、)[^、]{1,20}?(?:いたしました|しました)(?=[^、])/g, '').replace(/の方の/g, 'の').replace(/、\s*(?:それから|あと|そして|さらに|また|加えて)/g, '、');
    // `お子さんにつきましては、氏名…、保護者につきましては、氏名…`: each person's items a line of their own, `person：items`.
    const byPerson = (t: string) => t.split(/、(?=[^、]{1,10}?(?:につきましては|については)、?)/).map((x) => x.replace(/^([^、]{1,10}?)(?:につきましては|については)、?/, '$1：'));
    if (items) rows.push(row('個人情報の項目', 'items', byPerson(spoken(items)), page, line));
    const ward: string[] = [];
    const contractor: string[] = [];
    for (const { s, actor } of sentences) {
      if (!MEASURE.test(s) || NOT_MEASURE.test(s) || s.length < 12) continue;
      (actor === 'contractor' ? contractor : ward).push(s);
    }
    // The staff's words as prose: period, contractor, media, legal basis and recurrence are read from it.
    rows.push(...staff.map((u) => ({ ...row('', null, [u.text.replace(/\n/g, '')], u.page, u.line), kind: 'text' as const, label: '' })));
    // The secretariat introducing the matter names the article it comes under (`…外部に委託することについて、条例第11条第2項の規定によりご意見を伺うものです。`).
    // It often speaks just before the matter's own discussion starts, so it is found by the agenda's number (`議題(2)は、…`).
    const numbered = new RegExp(`議題\\s*[(（]?${n + 1}[)）]?\\s*は`);
    // …or by the matter's own number opening the speech (`報告第４号は、…`).
    const opens = (t: string) => numbered.test(t) || (ENTRY_KEY.test(e.key) && keyOf(t).startsWith(`${e.key}は`));
    const basis = everything
      .filter((u) => /事務局/.test(u.speaker) && opens(u.text))
      .flatMap((u) => u.text.replace(/\n/g, '').split(/(?<=。)/).map((x) => ({ x, u })))
      .filter(({ x }) => /条例第\s*\d+\s*条/.test(x) && /委託|結合|利用|提供|収集/.test(x));
    rows.push(...basis.slice(0, 1).map(({ x, u }) => ({ ...row('', null, [x], u.page, u.line), kind: 'text' as const, label: '' })));
    if (ward.length > 0) rows.push(row('区が講じる措置', 'ward_measures', ward, page, line));
    if (contractor.length > 0) rows.push(row('受託者に講じさせる措置', 'contractor_measures', contractor, page, line));
    // The annex not read in full but article by article (`第1条、秘密の保持。第2条、収集の制限。…`):
    // its articles as headings, the annex's clauses.
    const reading = said.find((u) => [...u.text.matchAll(ARTICLE_READ)].length >= 3);
    if (reading) {
      rows.push({ ...row('', null, ['個人情報取扱特記事項'], reading.page, reading.line), kind: 'text', label: '' });
      for (const a of reading.text.matchAll(ARTICLE_READ)) rows.push({ ...row('', null, [`第${a[1]}条 ${a[2]}。`], reading.page, reading.line), kind: 'text', label: '' });
    }
    matters.push(rows);
  });
  return matters.length > 0 ? matters : null;
}
