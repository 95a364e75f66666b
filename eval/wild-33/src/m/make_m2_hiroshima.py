#!/usr/bin/env python3
"""Writes src/m/m2_hiroshima_2020.html and prints it with headless Chromium to
raw/m2_hiroshima_2020.pdf: the 答申書 of 広島県個人情報保護審議会 (令和2年度第1回) and its
別紙, set entirely in vertical writing (writing-mode: vertical-rl) on A4 portrait.

Every page is a fixed A4 box, so the page breaks are the ones chosen here; the script
fails if Chromium's PDF has another page count, and --check-overflow rebuilds with
visible overflow and reports any glyph that left its page box (needs pdftotext).

All wording is invented for this evaluation set; only the prefecture is real."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'm2_hiroshima_2020.html')
OUT = os.path.join(HERE, '..', '..', 'raw', 'm2_hiroshima_2020.pdf')

# (class, text).  Classes: outline levels with (first-line indent, hanging indent) in em.
#   h0 一 level, h1 １ level, h2 （１） level, b2 body under （１）, h3 ア level,
#   b3 body under ア, h4 （ア） level; 'PAGE' starts a new page; 'FOLIO:n' sets the page number.
LETTER = [
    ('end', '広個審第十二号'),
    ('end', '令和二年七月十日'),
    ('gap', ''),
    ('addr', '広島県知事　様'),
    ('gap', ''),
    ('end2', '広島県個人情報保護審議会'),
    ('end2', '会長　森本　敏郎'),
    ('gap', ''),
    ('title', '個人情報の取扱いに係る事務について（答申）'),
    ('gap', ''),
    ('body', '令和二年六月五日付け総文第四百五号で諮問のあった下記の事項について、令和二年度第一回広島県'
             '個人情報保護審議会において慎重に審議した結果、別紙に掲げる保護措置が確実に講じられることを条件として、'
             'これを実施することは適当であると認めるので、答申します。'),
    ('ki', '記'),
    ('h0', '一　特定不妊治療費助成事業に係る申請書類の審査補助等業務の外部委託について（諮問第二十三号）'),
    ('h0', '二　私立高等学校等奨学給付金の支給事務における児童扶養手当受給者情報等の目的外利用について'
           '（諮問第二十四号）'),
    ('gap', ''),
    ('body', 'なお、一の事項については、委託期間中に実施する立入検査の結果を、次回以降の当審議会に報告されたい。'),
    ('gap', ''),
    ('gap', ''),
    ('end', '（事務局　総務局総務課文書・個人情報グループ　内線二一五四）'),
]

BESSHI = [
    ('PAGE', ''), ('FOLIO', '－１－'),
    ('tag', '別紙'),
    ('h0', '一　特定不妊治療費助成事業に係る申請書類の審査補助等業務の外部委託について'),
    ('h1', '１　事案の概要'),
    ('h2', '（１）担当所属　健康福祉局こども家庭課'),
    ('h2', '（２）根拠規定　広島県個人情報保護条例第十条第三項'),
    ('h2', '（３）委託の内容'),
    ('b2', '特定不妊治療費助成事業の申請件数の増加に対応するため、申請書類の記載内容及び添付書類の確認、'
           '助成額の算定並びに審査結果のデータ入力を外部に委託するもの。'),
    ('h2', '（４）委託先　一般財団法人ひろしま医療事務支援機構'),
    ('h2', '（５）委託期間　令和二年八月三日から令和三年三月三十一日まで'),
    ('h2', '（６）取り扱う個人情報'),
    ('h3', 'ア　申請者　氏名、生年月日、住所、電話番号、振込先口座'),
    ('h3', 'イ　申請者の配偶者　氏名、生年月日'),
    ('h3', 'ウ　治療に関する事項　治療期間、治療内容、治療を行った医療機関名、治療に要した費用の額'),
    ('h3', 'エ　その他　夫婦の前年の所得額、これまでの助成回数'),
    ('b3', 'なお、医療機関が記載する受診等証明書のうち診断名の欄は、県において黒塗りした上で受託者に引き渡す。'),
    ('h2', '（７）記録媒体　紙（申請書類の写し）、受託者の事務所に設置する専用パソコン、ＵＳＢメモリ'
           '（県が貸与する暗号化機能付きのもの）'),
    ('b2', '電子メールによる個人情報の送受信は行わない。'),
    ('h1', '２　保護措置'),
    ('h2', '（１）実施機関が講ずる措置'),
    ('h3', 'ア　委託契約書に個人情報取扱特記事項を付し、受託者がこれを遵守するよう義務付ける。'),
    ('h3', 'イ　申請書類の写しの受渡しは、県の職員が受託者の事務所において取扱責任者に直接手渡し、'
           'その都度、受渡簿に件数を記録する。'),
    ('h3', 'ウ　ＵＳＢメモリに保存するファイルは暗号化し、復号のためのパスワードはファイルとは別に口頭で伝える。'),
    ('h3', 'エ　委託期間中、受託者の事務所に立ち入り、個人情報の管理状況を検査する。'),
    ('PAGE', ''), ('FOLIO', '－２－'),
    ('h2', '（２）受託者に講じさせる措置'),
    ('h3', 'ア　人的な措置'),
    ('h4', '（ア）個人情報の取扱責任者を選任し、業務に従事する者の名簿とともに県に届け出ること。'),
    ('h4', '（イ）業務に従事する者から、在職中及び退職後の秘密の保持に関する誓約書を徴すること。'),
    ('h4', '（ウ）業務に従事する者に対し、業務の開始前に個人情報の保護に関する研修を行うこと。'),
    ('h3', 'イ　物理的な措置'),
    ('h4', '（ア）作業室の入口にＩＣカード式の錠を設け、入退室の記録を保存すること。'),
    ('h4', '（イ）申請書類の写し及びＵＳＢメモリは、使用するとき以外は耐火金庫に保管すること。'),
    ('h4', '（ウ）申請書類の写しを作業室の外に持ち出さないこと。'),
    ('h4', '（エ）業務の完了後、申請書類の写し及びＵＳＢメモリを県に返還し、専用パソコン内のデータを'
           '消去した上で、消去の方法及び日時を記載した報告書を提出すること。'),
    ('h3', 'ウ　技術的な措置'),
    ('h4', '（ア）専用パソコンは、インターネットその他の外部のネットワークに接続しないこと。'),
    ('h4', '（イ）専用パソコンの利用に当たっては、従事者ごとに付与したＩＤ及びパスワードによる認証を行うこと。'),
    ('h4', '（ウ）専用パソコンの操作ログを取得し、取扱責任者が毎月点検すること。'),
    ('h4', '（エ）ウイルス対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保つこと。'),
    ('h3', 'エ　その他'),
    ('h4', '（ア）個人情報の漏えい、滅失その他の事故が発生し、又は発生するおそれがあるときは、直ちに県に報告し、'
           'その指示に従うこと。'),
    ('h4', '（イ）業務の全部又は一部を第三者に再委託しないこと。'),
    ('h0', '二　私立高等学校等奨学給付金の支給事務における児童扶養手当受給者情報等の目的外利用について'),
    ('h1', '１　事案の概要'),
    ('h2', '（１）担当所属　環境県民局私学振興課'),
    ('h2', '（２）根拠規定　広島県個人情報保護条例第八条第二項第五号'),
    ('PAGE', ''), ('FOLIO', '－３－'),
    ('h2', '（３）利用する個人情報を保有する所属及び事務'),
    ('h3', 'ア　健康福祉局こども家庭課　児童扶養手当の支給に関する事務'),
    ('h3', 'イ　健康福祉局地域福祉課　生活保護の実施に関する事務（県が福祉事務所を設置する町の区域に係るものに限る。）'),
    ('h2', '（４）利用の目的'),
    ('b2', '奨学給付金の申請に際して保護者が児童扶養手当証書の写しや生活保護の受給証明書を提出する負担を'
           '軽減するため、申請者の同意を得た上で、県が保有する受給者の情報と照合して受給資格を確認する。'),
    ('h2', '（５）利用する個人情報の項目'),
    ('h3', 'ア　保護者　氏名、生年月日、住所、児童扶養手当の受給状況、生活保護の受給状況'),
    ('h3', 'イ　生徒　氏名、生年月日'),
    ('b3', '手当の支給額及び所得の額は、照合の対象としない。'),
    ('h2', '（６）利用の方法'),
    ('b2', 'こども家庭課及び地域福祉課の職員が、県の福祉総合情報システムにより申請者の受給状況を照会し、'
           'その結果を照合結果一覧表（紙）に記載して私学振興課に引き渡す。ＵＳＢメモリ等の電子記録媒体は使用しない。'),
    ('h2', '（７）利用の開始時期　令和二年九月一日（令和三年度以降も、毎年度の支給事務において同様に利用する。）'),
    ('h1', '２　保護措置'),
    ('h2', '（１）管理体制'),
    ('h3', 'ア　照合結果一覧表を取り扱う職員は、私学振興課の奨学給付金担当職員に限定する。'),
    ('h3', 'イ　照会及び照合の事務に従事する職員に対し、利用の範囲及び取扱い上の注意事項について事前に研修を行う。'),
    ('h2', '（２）物理的な措置'),
    ('h3', 'ア　照合結果一覧表の受渡しは、各課の職員が対面で行い、受渡しの日時及び件数を記録する。'),
    ('h3', 'イ　照合結果一覧表は、施錠できる書庫に保管し、保存期間の満了後は溶解処理により廃棄する。'),
    ('h3', 'ウ　照合結果一覧表は、執務室の外に持ち出さない。'),
    ('h2', '（３）技術的な措置'),
    ('h3', 'ア　福祉総合情報システムの利用には、職員ごとのＩＣカード及びパスワードによる認証を要する。'),
    ('PAGE', ''), ('FOLIO', '－４－'),
    ('h3', 'イ　システムの照会履歴は自動的に記録され、各課の所属長が定期的に確認する。'),
    ('h2', '（４）その他'),
    ('h3', 'ア　照合により得た情報は、奨学給付金の受給資格の確認以外の目的に利用しない。'),
    ('end2', '以上'),
]

CSS = """
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Serif CJK JP", "Noto Serif CJK", serif; font-size: 10.5pt; color: #000; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 24mm 22mm 26mm 22mm;
        writing-mode: vertical-rl; overflow: OVERFLOW; position: relative; line-height: 1.9;
        break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
p { margin: 0; }
.end   { text-align: end; }
.end2  { text-align: end; padding-inline-end: 2em; }
.addr  { padding-inline-start: 1em; }
.title { padding-inline-start: 4em; font-size: 11.5pt; }
.body  { text-indent: 1em; }
.ki    { text-align: center; margin-block: 0.4em; }
.gap   { height: auto; width: 1.2em; }
.tag   { padding-inline-start: 0; margin-block-end: 0.6em; }
.h0 { padding-inline-start: 2em; text-indent: -2em; margin-block-start: 0.4em; }
.h1 { padding-inline-start: 2em; text-indent: -1em; }
.h2 { padding-inline-start: 5em; text-indent: -3em; }
.b2 { padding-inline-start: 5em; text-indent: 1em; }
.h3 { padding-inline-start: 6em; text-indent: -1em; }
.b3 { padding-inline-start: 6em; text-indent: 1em; }
.h4 { padding-inline-start: 9em; text-indent: -3em; }
.folio { position: absolute; writing-mode: horizontal-tb; bottom: 12mm; left: 0; right: 0;
         text-align: center; font-size: 9pt; }
"""


def build(overflow='hidden'):
    pages = [[('letter', None)]]
    cur = LETTER[:]
    out_pages = [(None, cur)]
    folio = None
    for cls, text in BESSHI:
        if cls == 'PAGE':
            cur = []
            out_pages.append([None, cur])
        elif cls == 'FOLIO':
            out_pages[-1][0] = text
        else:
            cur.append((cls, text))
    parts = []
    for folio, paras in out_pages:
        ps = []
        for cls, text in paras:
            ps.append(f'<p class="{cls}">{html.escape(text) if text else ""}</p>')
        if folio:
            ps.append(f'<div class="folio">{folio}</div>')
        parts.append('<div class="page">\n' + '\n'.join(ps) + '\n</div>')
    doc = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
           '<title>令和２年度第１回広島県個人情報保護審議会答申</title>\n'
           f'<style>{CSS.replace("OVERFLOW", overflow)}</style>\n</head>\n<body>\n'
           + '\n'.join(parts) + '\n</body>\n</html>\n')
    return doc, len(out_pages)


def render(doc, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'm2.html')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(doc)
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        f'--print-to-pdf={pdf}', src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_pages(pdf):
    import re
    data = open(pdf, 'rb').read()
    return len(re.findall(rb'/Type\s*/Page[^s]', data))


def main():
    doc, n = build()
    with open(SRC, 'w', encoding='utf-8') as f:
        f.write(doc)
    render(doc, os.path.abspath(OUT))
    got = pdf_pages(OUT)
    print(OUT, got, 'pages (expected', n, ')')
    if got != n:
        sys.exit('page count differs: a page overflowed')
    if '--check-overflow' in sys.argv and shutil.which('pdftotext'):
        import re
        doc2, _ = build('visible')
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, 'o.pdf')
            render(doc2, pdf)
            bbox = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
        bad = 0
        page = 0
        for line in bbox.splitlines():
            if '<page ' in line:
                page += 1
            m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
            if m:
                x0, y0, x1, y1 = map(float, m.groups()[:4])
                if x0 < 50 or y1 > 842 - 55:
                    if m.group(5).startswith('－'):
                        continue
                    bad += 1
                    if bad < 10:
                        print('outside the text box on page', page, m.group(5), x0, y1)
        print('overflow glyphs:', bad)


if __name__ == '__main__':
    main()
