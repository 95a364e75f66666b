// CJK radical code points as the ideographs they stand for. PDF fonts often map a kanji's glyph
// to a radical code point (長 → ⻑ U+2ED1, 民 → ⺠ U+2EA0, 月 → ⽉ U+2F49): the text then looks
// right but matches nothing (no search, no label, no gold). Two blocks:
// - Kangxi Radicals (U+2F00–U+2FD5): every one has a compatibility decomposition to its unified
//   ideograph, so NFKC maps them (⽉ → 月, ⾧ → 長).
// - CJK Radicals Supplement (U+2E80–U+2EF3): only ⺟ and ⻳ decompose; the others need a table.
//   SUPPLEMENT follows Unicode's EquivalentUnifiedIdeograph.txt (UCD), limited to the radicals whose
//   equivalent is a BMP or SIP ideograph we are sure of; a radical whose equivalent is ambiguous in
//   Japanese text is left out: ⺼ (MEAT) has 月's glyph in Japanese fonts but Unicode equates it
//   with 肉, so neither mapping is safe.

/** CJK Radicals Supplement → unified ideograph (UCD EquivalentUnifiedIdeograph.txt). */
export const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E81': '厂', // CLIFF
  '\u2E82': '乛', // SECOND ONE
  '\u2E83': '乚', // SECOND TWO
  '\u2E85': '亻', // PERSON
  '\u2E86': '冂', // BOX
  '\u2E89': '刂', // KNIFE TWO
  '\u2E8A': '卜', // DIVINATION
  '\u2E8B': '㔾', // SEAL
  '\u2E8C': '小', // SMALL ONE
  '\u2E8D': '小', // SMALL TWO
  '\u2E8E': '兀', // LAME ONE
  '\u2E8F': '尣', // LAME TWO
  '\u2E90': '尢', // LAME THREE
  '\u2E92': '巳', // SNAKE
  '\u2E93': '幺', // THREAD
  '\u2E94': '彑', // SNOUT ONE
  '\u2E96': '忄', // HEART ONE
  '\u2E97': '心', // HEART TWO
  '\u2E98': '扌', // HAND
  '\u2E99': '攵', // RAP
  '\u2E9B': '旡', // CHOKE
  '\u2E9C': '日', // SUN
  '\u2E9D': '月', // MOON
  '\u2E9E': '歺', // DEATH
  '\u2E9F': '母', // MOTHER (also NFKC)
  '\u2EA0': '民', // CIVILIAN
  '\u2EA1': '氵', // WATER ONE
  '\u2EA2': '氺', // WATER TWO
  '\u2EA3': '灬', // FIRE
  '\u2EA4': '爫', // PAW ONE
  '\u2EA6': '丬', // SIMPLIFIED HALF TREE TRUNK
  '\u2EA8': '犭', // DOG
  '\u2EA9': '王', // JADE
  '\u2EAC': '示', // SPIRIT ONE
  '\u2EAD': '礻', // SPIRIT TWO
  '\u2EAE': '竹', // BAMBOO
  '\u2EAF': '糹', // SILK
  '\u2EB0': '纟', // C-SIMPLIFIED SILK
  '\u2EB1': '罓', // NET ONE
  '\u2EB2': '罒', // NET TWO
  '\u2EB6': '羊', // SHEEP
  '\u2EB9': '耂', // OLD
  '\u2EBA': '肀', // BRUSH ONE
  '\u2EBB': '聿', // BRUSH TWO
  '\u2EBD': '臼', // MORTAR
  '\u2EBE': '艹', // GRASS ONE
  '\u2EBF': '艹', // GRASS TWO
  '\u2EC0': '艹', // GRASS THREE
  '\u2EC1': '虎', // TIGER
  '\u2EC2': '衤', // CLOTHES
  '\u2EC3': '覀', // WEST ONE
  '\u2EC4': '西', // WEST TWO
  '\u2EC5': '见', // C-SIMPLIFIED SEE
  '\u2EC6': '角', // SIMPLIFIED HORN
  '\u2EC8': '讠', // C-SIMPLIFIED SPEECH
  '\u2EC9': '贝', // C-SIMPLIFIED SHELL
  '\u2ECB': '车', // C-SIMPLIFIED CART
  '\u2ECC': '辶', // SIMPLIFIED WALK
  '\u2ECD': '辶', // WALK ONE
  '\u2ECE': '辶', // WALK TWO
  '\u2ECF': '阝', // CITY
  '\u2ED0': '钅', // C-SIMPLIFIED GOLD
  '\u2ED1': '長', // LONG ONE
  '\u2ED2': '镸', // LONG TWO
  '\u2ED3': '长', // C-SIMPLIFIED LONG
  '\u2ED4': '门', // C-SIMPLIFIED GATE
  '\u2ED6': '阝', // MOUND TWO
  '\u2ED7': '雨', // RAIN
  '\u2ED8': '青', // BLUE
  '\u2ED9': '韦', // C-SIMPLIFIED TANNED LEATHER
  '\u2EDA': '页', // C-SIMPLIFIED LEAF
  '\u2EDB': '风', // C-SIMPLIFIED WIND
  '\u2EDC': '飞', // C-SIMPLIFIED FLY
  '\u2EDD': '食', // EAT ONE
  '\u2EDE': '\u{2967F}', // EAT TWO (𩙿)
  '\u2EDF': '飠', // EAT THREE
  '\u2EE0': '饣', // C-SIMPLIFIED EAT
  '\u2EE1': '首', // HEAD
  '\u2EE2': '马', // C-SIMPLIFIED HORSE
  '\u2EE3': '骨', // BONE
  '\u2EE4': '鬼', // GHOST
  '\u2EE5': '鱼', // C-SIMPLIFIED FISH
  '\u2EE6': '鸟', // C-SIMPLIFIED BIRD
  '\u2EE7': '卤', // C-SIMPLIFIED SALT
  '\u2EE8': '麦', // SIMPLIFIED WHEAT
  '\u2EE9': '黄', // SIMPLIFIED YELLOW
  '\u2EEA': '黾', // C-SIMPLIFIED FROG
  '\u2EEB': '斉', // J-SIMPLIFIED EVEN
  '\u2EEC': '齐', // C-SIMPLIFIED EVEN
  '\u2EED': '歯', // J-SIMPLIFIED TOOTH
  '\u2EEE': '齿', // C-SIMPLIFIED TOOTH
  '\u2EEF': '竜', // J-SIMPLIFIED DRAGON
  '\u2EF0': '龙', // C-SIMPLIFIED DRAGON
  '\u2EF1': '龜', // TURTLE
  '\u2EF2': '亀', // J-SIMPLIFIED TURTLE
  '\u2EF3': '龟' // C-SIMPLIFIED TURTLE (also NFKC)
};

/** Any radical of either block (a quick test before mapping). */
export const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/u;
const RADICALS = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

/**
 * Each radical code point as its unified ideograph: the supplement by the table, the Kangxi
 * radicals by their NFKC decomposition. Radicals without a known equivalent stay as they are.
 */
export function mapRadicals(s: string): string {
  if (!RADICAL.test(s)) return s;
  return s.replace(RADICALS, (c) => SUPPLEMENT[c] ?? (c >= '\u2F00' ? c.normalize('NFKC') : c));
}
