import { describe, expect, it } from 'vitest';
import { withoutEmptyFirstColumn, withoutPageChrome } from '../../../../src/lib/domain/extract/page-chrome';
import { htmlToText } from '../../../../src/lib/domain/extract/markup';

// A responsive CMS page as eval/wild-40 z2 (高岡市) is saved: each matter as a table for a computer and as a card for a phone.
const STYLE = `<style>
.u-sp-only{display:none}
@media screen and (max-width:767px){ .u-pc-only{display:none} .u-sp-only{display:block} }
@media print{ .c-share{display:none} }
.c-accordion__panel{display:none}
</style>`;
const PAGE = `<html><head>${STYLE}</head><body>
<div class="u-pc-only"><table><tr><th>件名</th><td>病児保育事業の運営業務の委託について</td></tr></table></div>
<div class="u-sp-only c-card"><dl><dt>案件名</dt><dd>病児保育事業の運営業務の委託について</dd></dl></div>
<div class="c-accordion__panel">個人情報取扱特記事項 第1条 受託者は…</div>
<ul class="c-share"><li><a href="https://x.example/share">ポスト</a></li></ul>
<h2>このページを見ている人はこんなページも見ています</h2>
<ul><li><a href="/r3-4.html">ファミリー・サポート・センター事業の運営業務の委託について（令和3年度第4回）</a></li>
<li><a href="/r3-2.html">子ども医療費助成事務の外部結合について（令和3年度第2回）</a></li>
<li><a href="/kaisei.html">個人情報保護法の改正に伴う条例の見直しについて</a></li></ul>
<ol><li><a href="#m1">報告第5号 病児保育事業の運営業務の委託について</a></li><li><a href="#m2">諮問第3号 …</a></li><li><a href="#m3">諮問第4号 …</a></li></ol>
<ul><li><a href="/a.pdf">資料1</a>（PDF：120KB）</li><li><a href="/b.pdf">資料2</a>（PDF：80KB）</li><li><a href="/c.pdf">資料3</a>（PDF：90KB）</li></ul>
</body></html>`;

describe('a web page’s chrome', () => {
  const text = htmlToText(PAGE);

  it('keeps a responsive page’s content once, as a computer shows it', () => {
    expect(text.match(/病児保育事業の運営業務の委託について/g)?.length).toBe(2);
    expect(text).toContain('件名\t病児保育事業の運営業務の委託について');
    expect(text).not.toContain('案件名');
  });

  it('keeps what a class hides only until a click shows it (an accordion), and what print alone hides', () => {
    expect(text).toContain('個人情報取扱特記事項 第1条');
  });

  it('drops a list of links to other pages, not a list of links within the page nor links with more text', () => {
    expect(text).not.toMatch(/ファミリー・サポート|条例の見直し/);
    expect(text).toContain('報告第5号 病児保育事業の運営業務の委託について');
    expect(text).toContain('資料1（PDF：120KB）');
  });

  it('leaves a page with neither unchanged', () => {
    const plain = '<p>件名：〇〇の委託について</p><ul><li><a href="/x">一つ</a></li></ul>';
    expect(withoutPageChrome(plain)).toBe(plain);
  });
});

describe('a spreadsheet saved as a web page (Excel 「Web ページ」, eval/wild-44 ah1)', () => {
  const SHEET = `<table>
<col width=20><col width=120><col width=0 style='display:none'>
<tr><td></td><td>件名</td><td>児童クラブ運営業務の委託について</td><td style='display:none'></td></tr>
<tr><td></td><td>担当部課</td><td>次世代育成部\u3000子育て支援課</td><td style='display:none'></td></tr>
<tr><td></td><td>委託先</td><td>株式会社クローバー</td><td class=xl83 style='display:none'>特定非営利活動法人みどりの森</td></tr>
<tr height=0 style='display:none'><td></td><td>【旧案】</td><td>氏名、住所</td></tr>
<tr><td></td><td>備考</td><td><span style='mso-hide:all'>下書き</span>なし</td></tr>
</table>
<div id="sheet2" style="display:none"><p>件名：別のシートの案件について</p></div>`;
  const text = htmlToText(SHEET);

  it('leaves out the rows and cells it saved hidden, and what Office hides, but keeps a block a tab hides', () => {
    expect(text).not.toMatch(/みどりの森|旧案|下書き/);
    expect(text).toContain('別のシートの案件について');
  });

  it('drops the blank margin column every row opens with, so the labels open the rows', () => {
    expect(text).toMatch(/^件名\t児童クラブ運営業務の委託について$/m);
    expect(text).toMatch(/^委託先\t株式会社クローバー$/m);
  });
});

describe('withoutEmptyFirstColumn', () => {
  it('drops the first cell of a run of table rows that all open with an empty one', () => {
    expect(withoutEmptyFirstColumn('見出し\n\t件名\t委託について\n\t担当課\t福祉課\n本文')).toBe('見出し\n件名\t委託について\n担当課\t福祉課\n本文');
  });

  it('keeps a form whose labels open its rows, its value lines going on under them', () => {
    const form = '委託先\tA社\n\tB社\n件名\t委託について';
    expect(withoutEmptyFirstColumn(form)).toBe(form);
  });

  it('keeps a single line and lines with no cells', () => {
    expect(withoutEmptyFirstColumn('\t続き\n本文')).toBe('\t続き\n本文');
  });
});
