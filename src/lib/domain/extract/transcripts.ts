/**
 * A speech-recognition tool's minutes, as exported before anyone edits them: a timestamp and a
 * numbered speaker before each utterance (`[00:07:05] 話者4:`), the speech on the lines below,
 * some speakers renamed by hand (`話者2 → 会長`, `話者3（事務局）`), fillers and spoken
 * corrections left in, and no agenda. Rewritten here as minutes.ts reads minutes: `post speech`
 * lines, offices named as a 説明員 list would, and the matters named where the staff state each
 * title (`件名は、…について、でございます`). Pure, no I/O.
 */

/** A line of the document, as minutes.ts reads it. */
export interface SpeechLine {
  text: string;
  page: number;
  line: number;
  indented?: boolean;
}

/** A matter named in the speech: its title and, when said, its kind. */
export interface SpokenMatter {
  key: string;
  title: string;
  kind: '諮問' | '報告' | null;
}

/** `[00:07:05] 話者4:`, `[01:02:17] 話者2 → 会長:`, `[00:00:06] 話者3(事務局):` (NFKC). */
const HEADER = /^\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]\s*((?:話者|Speaker\s*)\d{1,3})\s*(?:(?:→|->|⇒)\s*([^\s:：()]{1,16}))?\s*(?:\(([^()]{1,16})\))?\s*[:：]\s*(.*)$/;

/** A recogniser keeps what people say while they think: no word of the matter. */
const FILLER = /(?:^|(?<=[、。]))\s*(?:えー+と?|えっと|え+と|あの+ー*|まあ|その+ー+|うーん)[、。]?/g;
/** `令和3年、失礼しました、令和2年の…`: the words a speaker takes back are no fact. */
const TAKEN_BACK = /(?<=^|[、。はがをにで])[^、。はがをにで]{1,12}、(?:失礼(?:しました|いたしました)|訂正(?:します|いたします)|間違えました|すみません)、/g;

/** `令和2年11月1日から、5年間、令和7年10月31日まで`: the length said between the dates is no part of the period. */
const SPOKEN_LENGTH = /(?<=日から)、[^、。]{1,10}?(?:年間|か月間|ヶ月間|カ月間)、(?=[^、。]{0,12}日まで)/g;

/** The speech as a reader would hear it: fillers, retracted words and asides in a period left out. */
export function spokenText(text: string): string {
  return text.replace(FILLER, '').replace(TAKEN_BACK, '').replace(SPOKEN_LENGTH, '');
}

/** `市民環境部国保年金課の、課長の安永でございます`, `教育委員会事務局、生涯学習課長の城戸でございます`. */
const INTRODUCTION = /([^。]*?)(課長|室長|所長|館長|センター長|係長|部長|局長)の[^、。]{1,8}でございます/;

/** Anyone introduced with a post and a surname (`隣が保健事業係長の白土でございます`). */
const NAMED = /([^、。\sがは]{2,16}?(?:課長|係長|室長|所長|館長|センター長|課長補佐|主幹|主査))の([^、。\s]{1,6})でございます/g;

/** A speaker's post and office from how they introduce themselves (the speech made plain), or null. */
function introduced(plain: string): { post: string; office: string } | null {
  const m = INTRODUCTION.exec(plain.replace(/^(?:[^。]*?(?:失礼いたします|失礼します|よろしくお願いします)。)+/, ''));
  if (!m) return null;
  const base = m[1].replace(/(?:の、?|、)$/, '').trim();
  if (base.length < 2 || /[。]/.test(base)) return null;
  // `国保年金課の課長` is the 国保年金課長; `生涯学習` + `課長` is the 生涯学習課長.
  const post = base.endsWith(m[2][0]) ? `${base}長` : `${base}${m[2]}`;
  // The office as a 説明員 list writes it, the department glued to it (`教育委員会事務局、` dropped).
  const office = post.replace(/(?<=(?:部|局|委員会))、/g, '');
  // The post without its department (`健康福祉部健康づくり課長` speaks as the 健康づくり課長).
  const unit = office.replace(/^.*(?:部|局|委員会)(?=[^部局]{2,}長$)/, '');
  return { post: unit, office };
}

/**
 * The transcript as minutes lines (`会長 それでは…`, `国保年金課長 資料1をご覧ください…`), the
 * offices its staff introduce, and the matters they name; null for a document of another kind.
 */
export function speechTranscript(read: SpeechLine[]): { lines: SpeechLine[]; offices: string[]; matters: SpokenMatter[] } | null {
  const headers = read.filter((l) => HEADER.test(l.text)).length;
  if (headers < 5) return null;
  const posts = new Map<string, string>();
  // People introduced by name (`隣が保健事業係長の白土でございます`): who speaks as `白土です` holds that post.
  const names = new Map<string, string>();
  const offices: string[] = [];
  const out: SpeechLine[] = [];
  let open: { line: SpeechLine; id: string } | null = null;
  const close = () => {
    if (!open) return;
    const { line, id } = open;
    const plain = spokenText(line.text);
    // Whoever introduces themselves with a post speaks under it from then on (unless renamed), and
    // names their office.
    const self = introduced(plain);
    if (self) {
      if (!posts.has(id)) posts.set(id, self.post);
      offices.push(self.office);
    }
    for (const n of plain.matchAll(NAMED)) names.set(n[2], n[1]);
    const own = /^(?:はい[、。]?)?([^、。\s]{1,6}?)(?:です|でございます)[。、]/.exec(plain)?.[1];
    if (!posts.has(id) && own && names.has(own)) posts.set(id, names.get(own) as string);
    // A speaker nobody named is a member asking, not the staff explaining.
    out.push({ ...line, text: `${posts.get(id) ?? '委員'} ${plain}` });
    open = null;
  };
  for (const l of read) {
    const m = HEADER.exec(l.text);
    if (m) {
      close();
      const id = m[1].replace(/\s/g, '');
      const named = m[2] ?? (m[3] && /(?:事務局|長|委員)$/.test(m[3]) ? m[3] : undefined);
      if (named) posts.set(id, named);
      open = { line: { ...l, text: m[4] }, id };
    } else if (open) open.line.text += l.text;
    else out.push(l);
  }
  close();
  return { lines: out, offices, matters: spokenMatters(out) };
}

/** `諮問の件名は、…について、でございます`: a title the staff read out, and its kind when they say it. */
const TITLE_READ = /(?:(諮問|報告)(?:案件)?の)?件名は、?(.{8,90}?について)、?(?:で(?:ございます|す)|となります|になります)/g;

function spokenMatters(lines: SpeechLine[]): SpokenMatter[] {
  const text = lines.map((l) => l.text).join('\n');
  // `本日の案件は諮問2件`: the one kind the meeting has, when it names only one.
  const kinds = [...new Set([...text.matchAll(/(諮問|報告)\s*[\d一二三四五六七八九十]+\s*件/g)].map((m) => m[1]))];
  const only = kinds.length === 1 ? (kinds[0] as SpokenMatter['kind']) : null;
  const out: SpokenMatter[] = [];
  for (const m of text.matchAll(TITLE_READ)) {
    const title = m[2].trim();
    if (out.some((x) => x.title === title)) continue;
    out.push({ key: `議題${out.length + 1}`, title, kind: (m[1] as SpokenMatter['kind']) ?? only });
  }
  return out;
}
