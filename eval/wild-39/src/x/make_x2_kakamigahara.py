#!/usr/bin/env python3
"""Writes raw/x2_kakamigahara_2021.html: the HTML preview that a document management system makes
of a Word file (資料1 of 各務原市's 令和3年度第1回 個人情報保護審議会).  Viewer toolbar, div.page
blocks, <p> with inline styles and split runs, tables with <colgroup>, Word footnotes turned into
endnotes, Word comments as <aside class="comment">.  All names except 各務原市 are invented."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'x2_kakamigahara_2021.html')

P = 'margin:0pt;line-height:150%;font-size:10.5pt;font-family:\'ＭＳ 明朝\''
PI = P + ';text-indent:-10.5pt;margin-left:10.5pt'
PC = P + ';text-align:center'
PR = P + ';text-align:right'
PH = 'margin:6pt 0pt 2pt 0pt;line-height:150%;font-size:11pt;font-family:\'ＭＳ ゴシック\';font-weight:bold'
TD = 'border:solid windowtext 0.5pt;padding:0pt 5.4pt;vertical-align:top'
TL = TD + ';background:#F2F2F2'


def p(text, style=P):
    return f'<p style="{style}">{text}</p>'


def run(text, extra=''):
    return f'<span style="font-family:\'ＭＳ 明朝\';{extra}">{text}</span>'


def fn(n):
    return f'<sup><a href="#fn{n}" id="fnref{n}">{n}</a></sup>'


def comment(cid, author, date, text):
    return (f'<aside class="comment" id="cmt{cid}" data-author="{author}" data-date="{date}">'
            f'<div class="comment-head">{author}　{date}</div><div class="comment-body">{text}</div></aside>')


def table(rows, widths=(118, 448)):
    out = ['<table class="MsoTableGrid" style="border-collapse:collapse;border:none;width:566pt">',
           '<colgroup>' + ''.join(f'<col style="width:{w}pt">' for w in widths) + '</colgroup>', '<tbody>']
    for label, cell in rows:
        out.append(f'<tr><td style="{TL}"><p style="{P}">{label}</p></td><td style="{TD}">{cell}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def page(n, body):
    return (f'<div class="page" id="page-{n}" data-page="{n}">\n'
            f'<div class="page-header"><p style="{PR};font-size:9pt">令和3年度第1回各務原市個人情報保護審議会　資料1</p></div>\n'
            f'{body}\n'
            f'<div class="page-footer"><p style="{PC};font-size:9pt">- {n} -</p></div>\n</div>')


# ---------------------------------------------------------------- page 1: cover + matter 1
p1 = '\n'.join([
    p('令和3年7月8日', PR),
    p('各務原市個人情報保護審議会　会長　様', P),
    p('各務原市長　（公印省略）', PR),
    p('&nbsp;', P),
    p('<b>個人情報の取扱いについて（諮問・報告）</b>', PC),
    p('&nbsp;', P),
    p('　各務原市個人情報保護条例の規定により、下記の事項について諮問し、又は報告します。', P),
    p('記', PC),
    p('　諮問第1号　国民健康保険被保険者の事業者健診結果の事業主等からの収集について', P),
    p('　報告第1号　放課後児童クラブ利用申請書のデータ入力業務の委託について', P),
    p('（事務局：総務部 総務課 文書法務係）', PR),
    p('&nbsp;', P),
    p('<b>諮問第1号</b>', PH),
    table([
        ('件　名', p('国民健康保険被保険者の事業者健診結果の事業主等からの収集について')),
        ('根拠条文', p('各務原市個人情報保護条例第8条第3項第6号（本人以外のものからの収集）')),
        ('担当部課', p(run('健康福祉部') + '　' + run('国保年金課') + '、' + run('健康づくり課'))),
        ('収集の目的', p('国民健康保険の被保険者のうち、勤務先で労働安全衛生法に基づく健康診断（事業者健診）を受診した者について、その結果を特定健康診査の結果として取り扱い、特定保健指導の対象者の選定及び受診勧奨に活用するため。')),
        ('収集先', p('被保険者が勤務する事業所の事業主及び事業者健診を実施した健診機関')),
    ]),
])

p2 = '\n'.join([
    table([
        ('収集する個人情報',
         p('被保険者の' + run('氏名、生年月日、性別、住所、被保険者証記') + run('号番号、健診受診日、健診結果、服薬状況') + fn(1)) +
         p('※問診票のうち、既往歴欄は収集しない。', PI)),
    ]),
    comment(1, '国保年金課 岡田', '2021/06/21 14:05',
            '勤務先名と心電図所見は今回の収集対象に含めない、で確定でよいですか。（前回打合せのメモでは削除済み）'),
    table([
        ('収集の期間', p('令和3年10月1日から令和4年3月31日まで' + fn(2))),
        ('記録媒体',
         p('紙（健診結果票の写し）') +
         p('CD-R（事業主等が電子データで提出する場合に限る。）') +
         p('健康管理システム（市の基幹系ネットワーク内で運用）') +
         p('※電子メールによる提出は受け付けない。', PI)),
    ]),
    comment(2, '健康づくり課 村瀬', '2021/06/24 09:12',
            'クラウド型の健診データ連携サービス（外部事業者のサービス）は、今年度は利用しない方針なので記載不要です。'),
    table([
        ('収集を必要とする理由',
         p('事業者健診の結果は本人が保有していることが少なく、本人からの提出のみでは特定健康診査の実施率を把握できないため、本人の同意を得た上で事業主等から直接収集する必要がある。')),
        ('保護措置（組織的）',
         p('・収集する項目は特定健康診査の検査項目に相当するものに限り、それ以外の項目は収集しない。', PI) +
         p('・事業者健診の結果を閲覧できる権限は、国保年金課及び健康づくり課の担当職員に限定する。', PI)),
        ('保護措置（物理的）',
         p('・健診結果票の写しは、施錠可能なキャビネットに保管する。', PI) +
         p('・受領したCD-Rは、健康管理システムへの取込み後、読取り不能となるよう破砕して廃棄する。', PI)),
        ('保護措置（技術的）',
         p('・CD-Rで提出を受ける場合は、提出するファイルに事業主等がパスワードを設定し、パスワードはCD-Rとは別の機会に通知するよう依頼する。', PI) +
         p('・健康管理システムは、ID及びパスワードにより認証された職員のみが操作できる。', PI) +
         p('・健康管理システムへのアクセス記録を保存し、不正な利用がないか定期的に確認する。', PI)),
    ]),
])

p3 = '\n'.join([
    p('<b>報告第1号</b>', PH),
    table([
        ('件　名', p('放課後児童クラブ利用申請書のデータ入力業務の委託について')),
        ('根拠条文', p('各務原市個人情報保護条例第11条第1項')),
        ('担当部課', p(run('教育委員会事務局') + '　' + run('青少年課'))),
        ('委託の内容', p('令和4年度の放課後児童クラブ利用申請書（約2,600件）の記載内容を、入所判定に用いる一覧表に入力する業務')),
        ('委託先', p('株式会社木曽川インフォテック（岐阜県各務原市那加桜町9丁目8番地（架空））')),
        ('委託期間', p('令和3年12月1日から令和4年2月28日まで' + fn(3))),
        ('取り扱う個人情報',
         p('【児童】氏名、生年月日、学校名、学年、障害の有無' + fn(4)) +
         p('【保護者】氏名、住所、電話番号、勤務先、就労状況')),
    ]),
    comment(3, '青少年課 佐藤', '2021/06/18 16:40',
            '申請書には保護者の年収欄もありますが、入力対象外としたので項目から外しました。'),
    table([
        ('記録媒体',
         p('紙（利用申請書）、委託先のパソコン（インターネットに接続しない入力専用端末）、DVD-R（入力済みデータの納品用）') +
         p('※USBメモリは使用しない。', PI)),
    ]),
    comment(4, '総務課 文書法務係', '2021/06/25 10:03',
            '前年度はオンラインストレージで納品を受けていましたが、今年度は使わないことを明記してください。'),
])

p4 = '\n'.join([
    table([
        ('市が講じる措置',
         p('1　委託契約書には個人情報取扱特記事項を付す。', PI) +
         p('2　申請書の受渡しは、市職員と委託先の業務責任者が立ち会い、双方が受渡票に署名して行う。', PI) +
         p('3　委託期間中、作業場所に職員が予告なく立入検査を行う。', PI)),
        ('委託先に講じさせる措置',
         p('1　業務責任者及び作業者を選任し、その名簿を作業開始前に市へ提出させる。', PI) +
         p('2　作業者から、秘密の保持に関する誓約書を徴取させる。', PI) +
         p('3　作業は委託先事業所内の専用作業室で行わせ、申請書を作業室の外へ持ち出させない。', PI) +
         p('4　作業時間外の申請書は、施錠した保管庫に保管させる。', PI) +
         p('5　入力用端末は、ID及びパスワードにより作業者を認証させる。', PI) +
         p('6　納品するDVD-Rのデータは暗号化させる。', PI) +
         p('7　業務完了後、端末内のデータを消去させ、消去した旨を書面で報告させる。', PI) +
         p('8　個人情報の漏えい等の事故が発生したときは、直ちに市へ報告させ、市の指示に従わせる。', PI)),
    ]),
    p('&nbsp;', P),
    p('以上', PR),
])

endnotes = '\n'.join([
    '<section class="endnotes"><hr style="width:33%;text-align:left;margin-left:0">',
    '<ol>',
    f'<li id="fn1"><p style="{P};font-size:9pt">血圧、血糖及び脂質を下げる薬の服用の有無に限る。 <a href="#fnref1">↩</a></p></li>',
    f'<li id="fn2"><p style="{P};font-size:9pt">令和4年度以降も、同様の方法により毎年度収集を継続する。 <a href="#fnref2">↩</a></p></li>',
    f'<li id="fn3"><p style="{P};font-size:9pt">申請の受付状況により、委託期間の終期を変更することがある。 <a href="#fnref3">↩</a></p></li>',
    f'<li id="fn4"><p style="{P};font-size:9pt">障害の有無のみを入力し、障害者手帳等の写しは委託先に渡さない。 <a href="#fnref4">↩</a></p></li>',
    '</ol></section>',
])

html = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>プレビュー - 資料1_個人情報の取扱いについて（諮問・報告）.docx</title>
<style>
body {{ background:#e9ebee; margin:0; font-family:'Meiryo',sans-serif; }}
.viewer-toolbar {{ position:sticky; top:0; background:#2f3b4c; color:#fff; font-size:12px; padding:6px 12px; display:flex; gap:18px; align-items:center; }}
.viewer-toolbar button {{ font-size:12px; }}
.page {{ background:#fff; width:595pt; min-height:842pt; margin:16px auto; padding:56pt 50pt; box-sizing:border-box; box-shadow:0 1px 4px rgba(0,0,0,.3); }}
.page-header, .page-footer {{ color:#666; }}
aside.comment {{ border:1px solid #e0b400; background:#fff8d6; margin:4pt 0 6pt 300pt; padding:3pt 6pt; font-size:9pt; font-family:'Meiryo',sans-serif; }}
aside.comment .comment-head {{ font-weight:bold; color:#7a5c00; }}
.endnotes {{ width:595pt; margin:0 auto 24px; background:#fff; padding:12pt 50pt; box-sizing:border-box; }}
</style>
</head>
<body>
<div class="viewer-toolbar" role="toolbar">
  <span class="vt-item">ファイル名：資料1_個人情報の取扱いについて（諮問・報告）.docx</span>
  <span class="vt-item">版：3（最終更新 2021/06/28 17:22 総務課）</span>
  <span class="vt-item">ページ：1 / 4</span>
  <button type="button">ダウンロード</button>
  <button type="button">印刷</button>
  <button type="button">閉じる</button>
</div>
<div class="document" data-source="docx">
{page(1, p1)}
{page(2, p2)}
{page(3, p3)}
{page(4, p4)}
{endnotes}
</div>
</body>
</html>
'''
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(html)
print('wrote', OUT)
