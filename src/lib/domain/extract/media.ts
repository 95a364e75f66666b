// Recording media (記録媒体): what the data lives on, from the media cell, or inferred from
// the matter's text when the form has no such cell.

import { clean, splitTopLevel } from '../text';
import type { MediaCategory, Procedure } from '../codes';
import type { Medium } from '../types';

const GENERIC_ELECTRONIC = /^(?:電磁的媒体|電子媒体|電磁的記録媒体|電子データ|電磁的記録|磁気媒体|電子記録媒体|電子)$/;
const CONTRACTOR = /委託先|受託者|受託事業者|委託事業者|事業者|業者|委託業者/;

/** The category of one medium as written. */
export function mediumCategory(m: string, procedure: Procedure): MediaCategory | null {
  if (/メール/.test(m)) return 'email';
  // A 台帳システム is a system, not a ledger on paper.
  if (/紙|帳票|書類|用紙|はがき|ハガキ|申込書|申請書|調査票|台帳|カード|ファイル綴/.test(m) && !/システム|サーバ|データ/.test(m)) return 'paper';
  if (CONTRACTOR.test(m) && /パソコン|PC|端末|タブレット/.test(m)) return 'contractor_pc';
  if (CONTRACTOR.test(m) && /サーバ|クラウド|データベース|データセンター|システム|サイト|Web|ウェブ|アプリ/i.test(m)) return 'contractor_server';
  if (/DVD|CD|USB|MO|FD|フロッピー|磁気テープ|光ディスク|外部記録媒体|メモリ|SDカード|LTO|HDD|ハードディスク/.test(m) || GENERIC_ELECTRONIC.test(m)) return 'removable';
  if (/オンライン|専用回線|回線|ネットワーク経由|送信/.test(m) && procedure !== 'outsourcing') return 'external_system';
  if (/国の|厚生労働省|総務省|デジタル庁|外部|結合先|クラウド|V-SYS|他団体|都の|国保連/.test(m)) return 'external_system';
  if (/区の|区が|市の|本区|庁内|住基|住民記録|基幹|本庁|区役所|市役所|LGWAN|総合行政|区システム|市システム|職員/.test(m)) return 'ward_system';
  if (/パソコン|PC|端末|タブレット/.test(m)) return procedure === 'outsourcing' ? 'contractor_pc' : 'ward_system';
  if (/サーバ|システム|データベース|サイト/.test(m)) return procedure === 'outsourcing' ? 'contractor_server' : 'ward_system';
  return null;
}

/**
 * `紙及び電磁的媒体(CD-R等及び委託先のパソコン)` → 紙, CD-R, 委託先のパソコン: a generic
 * "electronic media" word is replaced by the specific media its parentheses name.
 */
export function parseMedia(value: string, procedure: Procedure): Medium[] {
  const text = clean(value.split('\n').join('、'));
  const out: Medium[] = [];
  const add = (raw: string) => {
    const medium = clean(raw.replace(/^(?:等|及び|および|並びに|又は|または)/, '').replace(/(?:等|など)$/, ''));
    if (medium.length === 0) return;
    const category = mediumCategory(medium, procedure);
    if (category && !out.some((o) => o.medium === medium && o.category === category)) out.push({ medium, category });
  };
  const SEP = /[、,・]|及び|および|並びに|又は|または/g;
  for (const piece of splitTopLevel(text.replace(SEP, '、'), /、/)) {
    const m = /^(.*?)\((.*)\)(.*)$/.exec(piece);
    if (m && GENERIC_ELECTRONIC.test(clean(m[1])) && m[2].trim()) {
      const before = out.length;
      for (const inner of m[2].replace(SEP, '、').split('、')) add(inner);
      // Parentheses that name no medium (`(随時)`) leave the generic electronic medium itself.
      if (out.length === before) add(m[1]);
      continue;
    }
    add(m ? m[1] + m[3] : piece);
  }
  return out;
}

const INFER: [MediaCategory, RegExp][] = [
  ['paper', /紙媒体|紙ベース|紙の(?:帳票|書類)|帳票|申請書類/],
  ['removable', /電子媒体|電磁的媒体|DVD|CD-R|USBメモリ|外部記録媒体|磁気媒体|光ディスク/],
  ['contractor_pc', /(?:委託先|受託者|受託事業者|委託事業者)の(?:パソコン|PC|端末)/],
  ['contractor_server', /(?:委託先|受託者|受託事業者|委託事業者)(?:が使用する|が管理する|の)(?:サーバ|データベース|クラウド)/],
  ['ward_system', /(?:区|市|町|村)(?:が用意する|の)[^。、]{0,20}(?:システム|端末|サーバ)|参照システム|保健所システム|住基|住民基本台帳システム|庁内(?:LAN|ネットワーク)|全庁LAN|区役所本庁舎|総合行政(?:インターネット|ネットワーク)|インターネット端末|に設置された端末|基幹系システム/],
  ['external_system', /国の(?:クラウド|システム)|クラウドサービス|外部サービス/]
];

/** Media a matter implies when its form has no media cell (external links, system use). */
export function inferMedia(text: string, procedure: Procedure): Medium[] {
  const t = clean(text);
  const out: Medium[] = [];
  if (procedure === 'external_link') out.push({ medium: '結合先システム', category: 'external_system' });
  for (const [category, re] of INFER) {
    const m = re.exec(t);
    if (m && !out.some((o) => o.category === category)) out.push({ medium: m[0], category });
  }
  return out;
}
