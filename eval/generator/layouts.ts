// The five layouts a matter is written in: Shinjuku, Edogawa and Setagaya as text, Nakano as an HTML
// table and Minato as Markdown.

import { type Actor, MATTER_KIND_LABELS, type Procedure } from '../../src/lib/domain/codes';
import { eraOf, iso, kanjiNum, toFullWidth, writeDate, writeFiscalYear, yearOfMonth } from './dates';
import type { DocContext, MatterFacts, Measure } from './matter';
import { localize } from './municipalities';
import { GROUP_OF } from './safeguards';
import { PROCEDURE_WORDS } from './vocabulary';
import { annexText, esc, itemsText, label, letterSpaced, mediaText, numbered, pdfSpaces, SCOPE_OPS, SCOPE_SYS, shinjukuMeasures, wardWord } from './writing';

// ---------------------------------------------------------------------------------------------
// Layout: Shinjuku (cover sheet + detail sheet + annex), text

const PROC_DETAIL: Record<Procedure, string> = {
  outsourcing: '◇電子計算機による個人情報の処理委託、個人情報の収集を伴う委託',
  external_link: '◇電子計算組織の結合',
  purpose_change: '◇個人情報の目的外利用',
  indirect_collection: '◇本人以外からの個人情報の収集',
  external_provision: '◇個人情報の外部提供',
  computer_processing: '◇電子計算機による個人情報の処理',
  other: '◇その他'
};

export function renderShinjuku(ctx: DocContext, f: MatterFacts, multi: boolean): string {
  const { rng, m } = ctx;
  const ku = wardWord(m);
  const L: string[] = [];
  const kindWord = MATTER_KIND_LABELS[f.kind];
  if (multi) L.push(f.marker as string, '');
  L.push(rng.pick([`${m.council} 諮問・報告事項`, `${m.council} ${kindWord}事項`]), '');
  const title = rng.chance(0.15) ? pdfSpaces(rng, f.title, 1) : f.title;
  if (rng.chance(0.15)) L.push('件', '', '名', '', title, '');
  else L.push(`件名\t${title}`, '----\t' + '-'.repeat(rng.int(4, 34)), '');
  L.push('内容は別紙のとおり', '', '条例の根拠', '', rng.chance(0.2) ? `**【${kindWord}】**` : `【${kindWord}】`, '');
  const art = ctx.fullWidth ? toFullWidth(f.article) : f.article;
  L.push(`◇${art}（${rng.pick(PROCEDURE_WORDS[f.procedure])}）`, '');
  L.push(`（担当部課：${f.department}${f.divisionsWritten}）`, '');
  L.push(rng.chance(0.2) ? '## 事業の概要' : '事業の概要', '');
  L.push(`事業名\t${f.bizName}`);
  if (f.divisionsWritten) L.push(`担当課\t${f.divisionsWritten.replace(/^、/, '')}`);
  L.push(`目的\t${localize(f.biz.purpose, m)}`);
  L.push(`対象者\t${localize(f.biz.target, m)}`);
  const content = [`1 概要`, `${localize(f.biz.purpose, m).replace(/ことを目的とする。$/, 'ため、')}${f.bizName}を実施している。`];
  if (f.procedure === 'outsourcing') content.push('2 委託の内容', `(1) ${f.work}`, `(2) 実績報告書の作成・提出`);
  content.push(`※個人情報の流れは、資料${rng.int(1, 60)}-1のとおり`);
  const contentCell = rng.chance(0.4) ? content.map((c) => `<p>${c}</p>`).join(' ') : content.join(' ');
  L.push(`事業内容\t${rng.chance(0.2) ? pdfSpaces(rng, contentCell, 3) : contentCell}`);
  L.push('');
  if (rng.chance(0.3)) L.push('\f');
  const reportWord = f.kind === 'report' ? '報告事項' : '諮問事項';
  L.push(`${PROC_DETAIL[f.procedure]}(${f.article})${rng.pick(['・・・', '…'])}${reportWord}`, '');
  L.push(rng.chance(0.2) ? `**件名 ${f.title}**` : `件名 ${f.title}`, '');
  if (f.divisionsWritten) L.push(`保有課(担当課)\t${f.divisionsWritten.replace(/^、/, '')}`);
  L.push(`登録業務の名称\t${f.bizName}`);
  const itemsCell0 = itemsText(rng, f, 'inline');
  const itemsCell = rng.chance(0.08) ? pdfSpaces(rng, itemsCell0, 1) : itemsCell0;
  const mediaCell = mediaText(rng, f);
  const ops = (ms: Measure[]) => {
    const { ops: o, sys } = shinjukuMeasures(ms);
    const parts: string[] = [];
    if (o.length) parts.push(`${SCOPE_OPS} ${numbered(o, ctx.fullWidth).join(' ')}`);
    if (sys.length) parts.push(`${SCOPE_SYS} ${numbered(sys, ctx.fullWidth).join(' ')}`);
    return parts.join(' ');
  };
  const htmlMeasures = (ms: Measure[]) => {
    const { ops: o, sys } = shinjukuMeasures(ms);
    const parts: string[] = [];
    const list = (xs: string[]) => `<ol style="list-style-type: none;"> ${numbered(xs).map((x) => `<li>${x}</li>`).join(' ')} </ol>`;
    if (o.length) parts.push(`<p>${SCOPE_OPS}</p> ${list(o)}`);
    if (sys.length) parts.push(`<p>${SCOPE_SYS}</p> ${list(sys)}`);
    return parts.join(' ');
  };
  /** A measures row: one line, or broken over a page with the rest on label-less lines. */
  const measureRow = (label: string, ms: Measure[]) => {
    if (ms.length === 0) return;
    const style = rng.weighted<'flat' | 'html' | 'list'>([['flat', 5], ['html', 2], ['list', 2]]);
    if (style === 'html') {
      L.push(`${label}\t${htmlMeasures(ms)}`);
      return;
    }
    if (style === 'list') {
      const { ops: o, sys } = shinjukuMeasures(ms);
      const nums = (xs: string[]) => numbered(xs, ctx.fullWidth);
      const oo = nums(o);
      const ss = nums(sys);
      if (oo.length) {
        L.push(`${label}\t${SCOPE_OPS} ${oo[0]}`);
        for (const x of oo.slice(1)) L.push(`- ${x}`);
        if (ss.length) L.push('', SCOPE_SYS, '');
      } else L.push(`${label}\t${SCOPE_SYS}`);
      for (const x of ss) L.push(`- ${x}`);
      L.push('');
      return;
    }
    const text = ops(ms);
    if (rng.chance(0.25) && text.length > 80) {
      const cut = rng.int(40, text.length - 20);
      L.push(`${label}\t${text.slice(0, cut)}`, '', `\t${text.slice(cut)}`);
    } else L.push(`${label}\t${rng.chance(0.15) ? pdfSpaces(rng, text, 2) : text}`);
  };
  switch (f.procedure) {
    case 'outsourcing': {
      L.push(`委託先\t${rng.chance(0.1) ? pdfSpaces(rng, f.contractor ?? '未定', 1) : (f.contractor ?? '未定')}`);
      if (rng.chance(0.2)) {
        const [a, b] = [itemsCell.slice(0, Math.floor(itemsCell.length / 2)), itemsCell.slice(Math.floor(itemsCell.length / 2))];
        const cutAt = a.lastIndexOf('、');
        if (cutAt > 0) {
          L.push(`委託に伴い事業者に処理させる情報項目(だれの、\t${a.slice(0, cutAt + 1)}`, `どのような項目か)\t${a.slice(cutAt + 1)}${b}`);
        } else L.push(`委託に伴い事業者処理させる情報項目(だれの、どのような項目か)\t${itemsCell}`);
      } else L.push(`委託に伴い事業者処理させる情報項目(だれの、どのような項目か)\t${rng.chance(0.2) ? `<p>${itemsCell}</p>` : itemsCell}`);
      L.push(`${rng.chance(0.2) ? '処理させる情報項目の記 録媒体' : '処理させる情報項目の記録媒体'}\t${mediaCell}`);
      L.push(`委託理由\t専門的な知識とノウハウを有する事業者に委託することで、${f.work}を効率的かつ確実に実施することができるため。`);
      L.push(`委託の内容\t1 ${f.work} 2 実績報告書の作成・提出`);
      L.push(`委託の開始時期及び期限\t${f.periodText ?? ''}`);
      measureRow(`委託にあたり${ku}が行う情報保護対策`, f.ward);
      measureRow('受託事業者に行わせる情報保護対策', f.contractorMeasures);
      break;
    }
    case 'external_link':
      L.push(`結合先\t${f.contractor}`);
      L.push(`結合する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`結合の理由\t${localize(f.biz.purpose, m)}`);
      L.push(`結合の方法\t${ku}が用意する端末から、インターネット回線を通じて結合先システムに接続する。`);
      if (f.periodText) L.push(`結合の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    case 'purpose_change':
      L.push(`目的外利用する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`目的外利用の理由\t${f.biz.reuse[1]}のため、${f.biz.reuse[0]}を利用する必要がある。`);
      if (f.periodText) L.push(`利用開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    case 'indirect_collection':
      L.push(`収集先\t${localize(f.biz.sources[0], m)}`);
      L.push(`収集する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`本人以外から収集する理由\t本人から収集することが困難であり、事業の実施に必要なため。`);
      if (f.periodText) L.push(`収集の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    case 'external_provision':
      L.push(`提供先\t${f.contractor}`);
      L.push(`提供する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`提供の理由\t${localize(f.biz.purpose, m)}`);
      if (f.periodText) L.push(`提供の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    default:
      L.push(`記録項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`処理の理由\t${localize(f.biz.purpose, m)}`);
      if (f.periodText) L.push(`処理の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
  }
  L.push('');
  const annex = annexText(rng, f, 'text');
  if (annex.length) {
    L.push('');
    for (const a of annex) L.push(a, '');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Edogawa (議案 with 諮問書 and 項目/内容 tables), text with Markdown left-overs

export function renderEdogawa(ctx: DocContext, f: MatterFacts, first: boolean): string {
  const { rng, m } = ctx;
  const ku = wardWord(m);
  const L: string[] = [];
  const sp = (s: string) => (rng.chance(0.5) ? s.replace(/(\d+)/g, ' $1 ').replace(/ +/g, ' ').trim() : s);
  const chief = `${f.department}${f.divisionsWritten}`;
  const chiefWritten = chief.length > 22 && rng.chance(0.5) ? `${chief.slice(0, 20)}  \n${chief.slice(20)}` : chief;
  L.push(`# ${f.gian}`, '');
  if (first || rng.chance(0.3)) L.push(f.session as string, '');
  L.push(`${m.council}資料`, '');
  L.push(`件名：「${f.title}」`, '');
  L.push(`主管課：${chiefWritten}`, '');
  L.push('添付資料', '', '- |           |             |', '|-----------|-------------|', '| (1) 諮問書   | p. 1        |', `| (2) 諮問依頼書 | p. 2 ~ p. ${rng.int(4, 8)}        |`, '');
  L.push(`${m.council}  `, `${letterSpaced('会長')} ${letterSpaced(ctx.chair.replace(' ', ''))} 殿`, '');
  L.push(`${m.name}長 ${letterSpaced(ctx.mayor.replace(' ', ''))}`, '');
  L.push(`${m.ordinance}の規定による諮問について（諮問）`, '');
  L.push(`${m.ordinance}${sp(f.article)}の規定に基づき、下記の事項について意見を求めます。`, '', '記', '');
  const reason: Record<Procedure, string> = {
    outsourcing: `${f.bizName}の${f.work}業務について、電子計算組織による個人情報の処理が含まれており、当該業務を民間事業者に委託することが、${m.ordinance}${f.article}に規定する個人情報ファイルに係る業務の処理の外部委託に該当するため`,
    external_link: `${f.contractor}と${m.name}が用意する端末を結合することが${m.ordinance}${f.article}に規定する${ku}の機関以外の電子計算組織との通信回線による結合に該当するため`,
    purpose_change: `${f.biz.reuse[0]}を${f.biz.reuse[1]}のために利用することが、${m.ordinance}${f.article}に規定する目的外利用に該当するため`,
    indirect_collection: `${localize(f.biz.sources[0], m)}から個人情報を収集することが、${m.ordinance}${f.article}に規定する本人以外からの収集に該当するため`,
    external_provision: `${f.contractor}に個人情報を提供することが、${m.ordinance}${f.article}に規定する外部提供に該当するため`,
    computer_processing: `${localize(f.biz.system, m)}により個人情報を処理することが、${m.ordinance}${f.article}に規定する電子計算機処理に該当するため`,
    other: ''
  };
  L.push('- 1 諮問事項  ', f.title, '- 2 諮問理由  ', reason[f.procedure], '- 3 諮問関係資料  ', '別紙諮問依頼書（写）のとおり', '- 4 担当部課  ', chief, '');
  L.push('# 写', '');
  const month = ctx.sessionMonth;
  const letterDate = iso(yearOfMonth(ctx.fy, month), month, rng.int(1, 20));
  L.push(`${eraOf(letterDate).year} ${(f.divisions[0] ?? f.department).slice(0, 2)}送第 ${rng.int(1, 40)} 号  `, writeDate(letterDate, { spaced: true, heiseiOnly: ctx.heiseiOnly }), '');
  L.push(`${letterSpaced('総務部長')} 殿`, '', letterSpaced(f.department), '');
  L.push(`## ${m.council}への諮問について(依頼)`, '');
  L.push(`${m.ordinance}${sp(f.article)}に基づき、下記の事項について${m.council}に諮問願います。`, '', '### 記', '');
  L.push('#### 1 諮問事項', '', f.title, '', '#### 2 諮問理由', '', reason[f.procedure], '');
  L.push('#### 3 実施目的', '', localize(f.biz.purpose, m), '');
  L.push('#### 4 実施時期', '', `${writeFiscalYear(ctx.fy, false, ctx.heiseiOnly).replace(/度$/, '')}${month}月 審査会への諮問  `, `${month === 3 ? 4 : (month % 12) + 1}月 ${f.procedure === 'outsourcing' ? '外部委託開始' : '運用開始'}`, '');
  L.push('5 担当部課', '', `${chief}(以下「担当課」という。)`, '');
  const tableHead = rng.chance(0.5) ? '項 目\t内 容' : '項目\t内容';
  const numberedMeasures = (ms: Measure[], actor: Actor) => {
    if (actor === 'contractor') {
      const led = ms.filter((s) => s.lead);
      const rest = ms.filter((s) => !s.lead);
      const parts = led.map((s, i) => `${i + 1} ${s.lead} ${s.text}`);
      if (rest.length) parts.push(`${led.length + 1} 委託業務に係る個人情報保護対策 ${rest.map((s, i) => `(${i + 1}) ${s.text}`).join(' ')}`);
      return parts.join(' ');
    }
    const groups: [string, Measure[]][] = [
      ['物理的セキュリティ対策', ms.filter((s) => s.categories.every((c) => GROUP_OF.get(c) === 'physical'))],
      ['人的セキュリティ対策', ms.filter((s) => s.categories.every((c) => GROUP_OF.get(c) === 'human'))]
    ];
    const rest = ms.filter((s) => !groups.some(([, g]) => g.includes(s)));
    groups.push(['運用上のセキュリティ対策', rest]);
    let n = 0;
    return groups
      .filter(([, g]) => g.length > 0)
      .map(([h, g]) => `${++n} ${h} ${g.map((s, i) => `(${i + 1}) ${s.text}`).join(' ')}`)
      .join(' ');
  };
  if (f.procedure === 'external_link') {
    L.push('#### 6 システム及び外部結合の内容', '', tableHead);
    L.push(`業務の内容\t${ku}が${f.contractor}を利用して行う業務は以下のとおり 1 ${f.bizName}に係る情報の入力 2 帳票の出力`);
    L.push(`結合先\t${f.contractor}`);
    L.push(`システムの結合方法\t担当課に設置された端末からインターネットを通じてアクセスする。`);
    L.push(`運用方法\t1 システム管理者 ${f.department}${f.divisions[0] ?? ''}長 2 システム運用責任者 ${(f.divisions[0] ?? f.department).replace(/課$/, '')}係長`, '');
    L.push('#### 7 個人情報の保護対策', '', tableHead);
  } else {
    L.push(`#### 6 業務の内容及び個人情報の保護対策`, '', tableHead);
    L.push(`業務の内容\t${f.procedure === 'outsourcing' ? `委託事業者は以下の業務を行う。 1 ${f.work}` : `${f.bizName}に係る事務`}`);
    if (f.contractor) L.push(`${f.procedure === 'outsourcing' ? '委託先' : f.procedure === 'external_provision' ? '提供先' : '相手方'}\t${f.contractor}`);
    L.push(`履行場所\t${ku}の指定する場所`);
  }
  L.push(`対象者\t${localize(f.biz.target, m)}`);
  const itemsCell = itemsText(rng, f, 'inline');
  L.push(`情報の内容\t${rng.chance(0.5) ? `<p>個人情報の項目</p> <p>${itemsCell}</p>` : itemsCell}`);
  L.push(`記録媒体\t${mediaText(rng, f)}`);
  if (f.management) L.push(`管理責任体制\t${f.management.text}`);
  if (f.contractorMeasures.length) L.push(`外部委託に係る対策\t${numberedMeasures(f.contractorMeasures, 'contractor')}`);
  if (f.procedure === 'external_link') {
    const half = Math.ceil(f.ward.length / 2);
    const linkSide = f.ward.slice(0, half);
    L.push(`外部結合先に係る対策\t${linkSide.map((s, i) => `${i + 1} ${s.text}`).join(' ')}`);
    L.push(`実施機関のセキュリティ対策\t${numberedMeasures(f.ward.slice(half), 'ward')}`);
  } else L.push(`実施機関の対策\t${numberedMeasures(f.ward, 'ward')}`);
  L.push('');
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Setagaya (numbered heading + indented body), text

export function renderSetagaya(ctx: DocContext, f: MatterFacts): string {
  const { rng, m } = ctx;
  const L: string[] = [];
  const ind = '　 ';
  L.push(f.marker as string, '');
  let n = 0;
  const sec = (label: string, body: string | string[]) => {
    L.push(`${++n} ${label}`);
    for (const b of Array.isArray(body) ? body : [body]) L.push(ind + (rng.chance(0.06) ? pdfSpaces(rng, b, 1) : b));
    L.push('');
  };
  sec(label(rng, 'title', m), f.title);
  sec(label(rng, 'department', m), `${f.department}${f.divisionsWritten}`);
  sec(label(rng, 'legal', m), `${m.ordinance}${f.article}(${rng.pick(PROCEDURE_WORDS[f.procedure])})`);
  const party = f.procedure === 'outsourcing' ? label(rng, 'contractor', m) : f.procedure === 'external_link' ? '結合先' : f.procedure === 'external_provision' ? '提供先' : null;
  if (party && f.contractor) sec(party, f.contractor);
  if (f.procedure === 'outsourcing') sec('委託内容', `${f.work}を行う。`);
  else sec('目的', localize(f.biz.purpose, m));
  sec(label(rng, 'items', m), itemsText(rng, f, 'lines').split('\n'));
  sec(label(rng, 'media', m), mediaText(rng, f));
  if (f.periodText) sec(label(rng, f.procedure === 'outsourcing' ? 'period' : 'periodOther', m), f.periodText);
  L.push(`${++n} 情報保護対策`);
  const circled = (xs: Measure[]) => xs.map((s, i) => `${ind}${String.fromCharCode(0x2460 + i)} ${s.text}`);
  if (f.contractorMeasures.length) {
    L.push(`(1) ${label(rng, 'ward', m)}`, ...circled(f.ward));
    L.push(`(2) ${label(rng, 'contractor_measures', m)}`, ...circled(f.contractorMeasures));
  } else {
    L.push(`${ind}${label(rng, 'ward', m)}`, ...f.ward.map((s, i) => `${ind}${i + 1} ${s.text}`));
  }
  L.push('');
  const annex = annexText(rng, f, 'text');
  if (annex.length) {
    L.push('');
    for (const a of annex) L.push(a);
    L.push('');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Nakano (HTML table)

export function renderNakano(ctx: DocContext, f: MatterFacts): string {
  const { rng, m } = ctx;
  const rows: [string, string][] = [];
  const row = (th: string, td: string) => rows.push([th, td]);
  row(label(rng, 'title', m), esc(f.title));
  row(label(rng, 'department', m), esc(`${f.department}${f.divisionsWritten}`));
  const kanjiArticle = f.article.replace(/\d+/g, (d) => kanjiNum(Number(d)));
  row(label(rng, 'legal', m), esc(`${m.ordinance}${rng.chance(0.5) ? kanjiArticle : f.article}`) + (rng.chance(0.5) ? esc(`（${rng.pick(PROCEDURE_WORDS[f.procedure])}）`) : ''));
  if (f.contractor) row(f.procedure === 'outsourcing' ? label(rng, 'contractor', m) : f.procedure === 'external_link' ? '結合先' : '提供先', esc(f.contractor));
  if (f.periodText) row(label(rng, f.procedure === 'outsourcing' ? 'period' : 'periodOther', m), esc(f.periodText).replace(/ ?(（次年度|※翌年度|\(次年度)/, '<br>$1'));
  row(label(rng, 'items', m), itemsText(rng, f, 'html').split('<br>').map(esc).join('<br>'));
  row(label(rng, 'media', m), esc(mediaText(rng, f)));
  const list = (ms: Measure[]) => {
    const style = rng.pick(['ol', 'ul', 'inline'] as const);
    if (style === 'inline') return ms.map((s, i) => `${i + 1} ${esc(s.text)}`).join('');
    return `<${style}>${ms.map((s) => `<li>${esc(s.text)}</li>`).join('')}</${style}>`;
  };
  if (f.ward.length) row(label(rng, 'ward', m), list(f.ward));
  if (f.contractorMeasures.length) row(label(rng, 'contractor_measures', m), list(f.contractorMeasures));
  const out = [`<h2>${f.marker}</h2>`, '<table>', ...rows.map(([th, td]) => `<tr><th>${th}</th><td>${td}</td></tr>`), '</table>'];
  const annex = annexText(rng, f, 'html');
  if (annex.length) {
    out.push(`<h3>${esc(annex[0])}</h3>`);
    for (const a of annex.slice(1)) out.push(`<p>${esc(a)}</p>`);
  }
  if (rng.chance(0.3)) out.push('<p><a href="javascript:void(0)">詳細</a></p>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Minato (Markdown: heading, GFM table, measure lists)

export function renderMinato(ctx: DocContext, f: MatterFacts): string {
  const { rng, m } = ctx;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const L: string[] = [];
  L.push(`## ${f.marker}`, '');
  L.push(`**${label(rng, 'title', m)}**：${f.title}`, '');
  L.push('| 項目 | 内容 |', '|---|---|');
  const row = (a: string, b: string) => L.push(`| ${a} | ${cell(b)} |`);
  row(label(rng, 'department', m), `${f.department}${f.divisionsWritten}`);
  row(label(rng, 'legal', m), `${m.ordinance}${f.article}（${rng.pick(PROCEDURE_WORDS[f.procedure])}）`);
  if (f.contractor) row(f.procedure === 'outsourcing' ? label(rng, 'contractor', m) : f.procedure === 'external_link' ? '結合先' : '提供先', f.contractor);
  if (f.periodText) row(f.procedure === 'outsourcing' ? label(rng, 'period', m) : f.procedure === 'external_link' ? '結合の期間' : label(rng, 'periodOther', m), f.periodText);
  row(rng.chance(0.3) ? '情報の内容' : label(rng, 'items', m), itemsText(rng, f, 'html'));
  row(label(rng, 'media', m), mediaText(rng, f));
  L.push('');
  const list = (ms: Measure[]) => {
    for (const [i, s] of ms.entries()) L.push(`${i + 1}. ${s.text}`);
    L.push('');
  };
  if (f.contractorMeasures.length) {
    L.push(`### ${label(rng, 'ward', m)}`, '');
    list(f.ward);
    L.push(`### ${label(rng, 'contractor_measures', m)}`, '');
    list(f.contractorMeasures);
  } else {
    L.push('### 情報保護対策', '');
    list(f.ward);
  }
  const annex = annexText(rng, f, 'md');
  if (annex.length) {
    L.push(`### ${annex[0]}`, '');
    for (const a of annex.slice(1)) L.push(a.replace(/^(\d+)\. /, '$1 '), '');
  }
  return L.join('\n');
}
