// Spelling variants unified before tokenising, so that 漏洩／漏えい, 取り扱い／取扱い, ウィルス／ウイルス
// or パソコン／PC become the same tokens for the classifier and for search.

import { nfkc } from './text';

/** [pattern, replacement]: applied in order to NFKC text (global patterns). */
export const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/漏えい|漏洩|ろうえい/g, '漏洩'],
  [/ウィルス/g, 'ウイルス'],
  [/ファイア[・･ー-]?ウォール|ファイヤー?[・･]?ウォール/g, 'ファイアウォール'],
  [/パソコン|パーソナルコンピュータ/g, 'PC'],
  [/コンピューター/g, 'コンピュータ'],
  [/サーバー/g, 'サーバ'],
  [/ユーザー/g, 'ユーザ'],
  [/プリンター/g, 'プリンタ'],
  [/マイナンバー/g, '個人番号'],
  [/セキュリティー/g, 'セキュリティ'],
  [/ワイヤ(?!ー)/g, 'ワイヤー'],
  [/Eメール|eメール|E-mail|e-mail|email|Email/g, 'メール'],
  [/電子メール/g, 'メール'],
  // Okurigana: the same word written with and without its kana (取り扱い／取扱い／取扱).
  [/取り扱/g, '取扱'],
  [/取扱い/g, '取扱'],
  [/持ち出/g, '持出'],
  [/受け渡/g, '受渡'],
  [/引き渡/g, '引渡'],
  [/立ち入/g, '立入'],
  [/立入り/g, '立入'],
  [/申し込/g, '申込'],
  [/書き込/g, '書込'],
  [/取り消/g, '取消'],
  [/取り決/g, '取決'],
  [/入れ替/g, '入替'],
  [/打ち合わせ|打合せ/g, '打合わせ'],
  [/付する|付す(?=[るとべ。、])/g, '付す'],
  [/鍵付/g, 'カギ付'],
  [/鍵/g, 'カギ'],
  [/かぎ/g, 'カギ']
];

export function canonicalJa(text: string): string {
  let t = nfkc(text);
  for (const [re, to] of VARIANTS) t = t.replace(re, to);
  return t;
}
