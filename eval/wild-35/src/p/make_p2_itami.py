#!/usr/bin/env python3
"""Builds raw/p2_itami_2022.html: a 伊丹市 council paper (令和4年度第1回) as Google Docs
exports it with 「ウェブページ（.html、zip 形式）」: one long <style> of generated classes,
every paragraph <p class><span class>, headings <h2 id="h.…">, lists whose numbers
live only in CSS counters (ol.lst-kix_…), tables of p/span cells, empty spacing
paragraphs, a header div, a comment anchor [a] with the comment at the end of the file,
and a suggested deletion kept as a line-through class.

Run from anywhere:  python3 src/p/make_p2_itami.py
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'p2_itami_2022.html')

LISTS = {
    # list id: (marker format, start-class counter style)
    'kix_7fq2ld9w1c3e-0': ('"(" counter(lst-ctn-kix_7fq2ld9w1c3e-0,decimal) ") "', 'ol'),
    'kix_m2p8xv0k4h1a-0': ('"" counter(lst-ctn-kix_m2p8xv0k4h1a-0,decimal) ". "', 'ol'),
    'kix_zz41q0r8u6tn-0': ('"\\25cf   "', 'ul'),
    'kix_zz41q0r8u6tn-1': ('"\\25cb   "', 'ul'),
    'kix_b9s3e7j2w5yd-0': ('"" counter(lst-ctn-kix_b9s3e7j2w5yd-0,cjk-ideographic) "  "', 'ol'),
    'kix_c0v6n1t8g3ka-0': ('"" counter(lst-ctn-kix_c0v6n1t8g3ka-0,decimal) ". "', 'ol'),  # unused list def
    'kix_r5h0d2q7l9fx-0': ('"(" counter(lst-ctn-kix_r5h0d2q7l9fx-0,lower-latin) ") "', 'ol'),
    'kix_a1e4w6y8o2pp-0': ('"" counter(lst-ctn-kix_a1e4w6y8o2pp-0,decimal) ". "', 'ol'),
}


def style():
    css = []
    css.append('@import url(https://themes.googleusercontent.com/fonts/css?kit=OPeqXG-QxW3ZD8BtmPikfA);')
    for lid, (marker, kind) in LISTS.items():
        if kind == 'ol':
            css.append(f'.lst-{lid}>li{{counter-increment:lst-ctn-{lid}}}')
            css.append(f'ol.lst-{lid}.start{{counter-reset:lst-ctn-{lid} 0}}')
        css.append(f'ul.lst-{lid}{{list-style-type:none}}' if kind == 'ul'
                   else f'ol.lst-{lid}{{list-style-type:none}}')
        css.append(f'.lst-{lid}>li:before{{content:{marker}}}')
    css.append('.lst-kix_zz41q0r8u6tn-1>li:before{content:"\\25cb   "}')
    css.append('ol{margin:0;padding:0}table td,table th{padding:0}')
    classes = {
        'c0': 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10.5pt;'
              'font-family:"MS Mincho";font-style:normal',
        'c1': 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;'
              'font-family:"MS Mincho";font-style:normal',
        'c2': 'padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt',
        'c3': 'padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-align:justify',
        'c4': 'border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
              'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
              'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;'
              'width:96.8pt;border-top-color:#000000;border-bottom-style:solid;background-color:#f3f3f3',
        'c5': 'border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
              'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
              'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;'
              'width:354.8pt;border-top-color:#000000;border-bottom-style:solid',
        'c6': 'padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left',
        'c7': 'height:0pt',
        'c8': 'margin-left:36pt;padding-left:0pt',
        'c9': 'padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;'
              'widows:2;text-align:left',
        'c10': 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:13pt;'
               'font-family:"MS Gothic";font-style:normal',
        'c11': 'padding-top:14pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid;orphans:2;'
               'widows:2;text-align:left',
        'c12': 'background-color:#ffffff;max-width:453.6pt;padding:56.7pt 70.9pt 56.7pt 70.9pt',
        'c13': 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11.5pt;'
               'font-family:"MS Gothic";font-style:normal',
        'c14': 'padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:right',
        'c15': 'margin-left:0pt;border-spacing:0;border-collapse:collapse;margin-right:auto',
        'c16': 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;'
               'font-family:"MS Gothic";font-style:normal',
        'c17': 'padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;'
               'widows:2;text-align:center',
        'c18': 'margin-left:72pt;padding-left:0pt',
        'c19': 'font-size:9pt;color:#666666',
        'c20': 'text-decoration:line-through;color:#b7b7b7',
        'c21': 'color:#1155cc;text-decoration:underline',
        'c22': 'padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left',
        'c23': 'margin-left:18pt;padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;'
               'text-align:justify',
        'c24': 'height:11pt',
        'c25': 'padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;padding-left:0pt;'
               'text-align:left',
        'c26': 'border:1px solid black;margin:5px',
    }
    for k, v in classes.items():
        css.append(f'.{k}{{{v}}}')
    css.append('.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
               'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    css.append('.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;'
               'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    css.append('li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;'
               'font-family:"Arial"}h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;'
               'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
               'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";'
               'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
               'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";'
               'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    return ''.join(css)


E = html.escape


def p(text, pc='c3', sc='c1'):
    if text == '':
        return f'<p class="{pc} c24"><span class="{sc}"></span></p>'
    return f'<p class="{pc}"><span class="{sc}">{E(text)}</span></p>'


def empty():
    return '<p class="c2"><span class="c1"></span></p>'


def h2(text, hid):
    return f'<h2 class="c9" id="h.{hid}"><span class="c10">{E(text)}</span></h2>'


def h3(text, hid):
    return f'<h3 class="c11" id="h.{hid}"><span class="c13">{E(text)}</span></h3>'


def lst(lid, items, start=True, tag=None, indent='c8', first=1):
    tag = tag or LISTS[lid][1]
    cls = f'{indent} lst-{lid}' + (' start' if start else '')
    st = f' start="{first}"' if tag == 'ol' else ''
    out = [f'<{tag} class="{cls}"{st}>']
    for it in items:
        if isinstance(it, tuple):      # (html already built)
            out.append(f'<li class="c25 li-bullet-0">{it[0]}</li>')
        else:
            out.append(f'<li class="c25 li-bullet-0"><span class="c1">{E(it)}</span></li>')
    out.append(f'</{tag}>')
    return ''.join(out)


def row(label, cell_html):
    return (f'<tr class="c7"><td class="c4" colspan="1" rowspan="1"><p class="c6"><span class="c0">'
            f'{E(label)}</span></p></td><td class="c5" colspan="1" rowspan="1">{cell_html}</td></tr>')


def cp(text):
    return f'<p class="c6"><span class="c0">{E(text)}</span></p>'


def table(rows):
    return '<table class="c15">' + ''.join(rows) + '</table>'


def build():
    b = []
    # header (Docs exports the page header as a leading div)
    b.append('<div><p class="c14"><span class="c19">令和4年度第1回伊丹市個人情報保護審議会　資料２</span></p></div>')
    b.append(f'<p class="c17 title" id="h.qk2x8m1w0d7s"><span class="c16">'
             f'{E("個人情報の取扱いに関する報告及び諮問について")}</span></p>')
    b.append(p('令和4年6月24日', 'c14'))
    b.append(p('伊丹市個人情報保護審議会事務局（総務部総務課）', 'c14'))
    b.append(empty())
    b.append(p('　本日の審議会では、次の報告事項１件及び諮問事項１件について御説明します。'))
    b.append(lst('kix_a1e4w6y8o2pp-0', [
        '報告事項　こども発達相談のオンライン予約受付業務の委託について',
        '諮問事項　ひとり暮らし高齢者等の熱中症予防訪問に係る個人情報の目的外利用について']))
    b.append(empty())

    # ------------------------------------------------------------ matter 1
    b.append(h2('報告事項', 'w3bq0n5l7y2c'))
    b.append(p('　伊丹市個人情報保護条例第10条第2項の規定により、個人情報を取り扱う事務を外部に委託したので、'
               '次のとおり報告します。'))
    b.append(empty())
    items1 = (
        cp('【保護者】')
        + lst('kix_zz41q0r8u6tn-0', ['氏名', '住所', '電話番号', 'メールアドレス',
                                     ('<span class="c20">勤務先</span>',)])
        + cp('【児童】')
        + lst('kix_zz41q0r8u6tn-0', ['氏名', '生年月日', '性別', '所属（保育所・幼稚園・学校）',
                                     '療育手帳の所持状況', '通院中の医療機関名', '相談したい内容',
                                     '希望する相談日時'], start=False)
    )
    media1 = (
        cp('受託者が運用する予約受付システムのサーバ')
        + cp('電子メール（予約の受付・変更の通知）')
        + cp('センター職員の業務用端末（管理画面による予約状況の閲覧）')
        + '<p class="c6"><span class="c0">紙の申込書は使用しない。</span><sup><a href="#cmnt1" '
          'id="cmnt_ref1">[a]</a></sup></p>'
    )
    b.append(table([
        row('件名', cp('こども発達相談のオンライン予約受付業務の委託について')),
        row('根拠規定', cp('伊丹市個人情報保護条例第10条第2項')),
        row('担当', cp('こども未来部　こども発達支援センター')),
        row('委託先', cp('株式会社ネクストリザーブ関西')
            + cp('（大阪市北区中之島二丁目11番5号　ノースゲート中之島ビル8階）')),
        row('委託期間', cp('令和4年6月1日から令和5年3月31日まで')),
        row('委託の内容', cp('発達に関する相談の予約を、スマートフォン等からいつでも受け付けられるよう、'
                            '受託者のオンライン予約受付システムを利用して予約の受付、変更及び取消しを'
                            '行わせるもの。')),
        row('取り扱う個人情報', items1),
        row('記録媒体', media1),
    ]))
    b.append(empty())
    b.append(h3('市が講ずる措置', 'c8n1r4t6v0xa'))
    b.append(lst('kix_7fq2ld9w1c3e-0', [
        '契約書に伊丹市個人情報取扱特記事項を添付し、受託者にその遵守を義務付ける。',
        '管理画面を利用できる職員をセンターの担当職員に限定し、職員ごとのIDとワンタイムパスワードにより認証する。',
        '年1回以上、受託者の事業所に立ち入り、個人情報の管理状況を検査する。',
        '管理画面を閲覧する端末には、最新の定義ファイルを適用したウイルス対策ソフトを導入する。',
    ]))
    b.append(empty())
    b.append(h3('受託者に講じさせる措置', 'k2d9f5h7j1lz'))
    b.append(lst('kix_m2p8xv0k4h1a-0', [
        'プライバシーマークの付与認定を契約期間中維持させる。',
        '個人情報管理責任者及び従事者を定め、その名簿を市に提出させる。',
        '従事者に対し、個人情報の保護に関する教育を年1回以上実施させる。',
        '予約受付システムのサーバはファイアウォールにより保護させ、不正なアクセスを遮断させる。',
        '利用者の端末とサーバとの間の通信はTLSにより暗号化させ、保存するデータも暗号化させる。',
    ]))
    # Docs splits a list when a paragraph sits between items; the counter continues
    b.append(p('（システム運用面）', 'c23'))
    b.append(lst('kix_m2p8xv0k4h1a-0', [
        'アクセスログを1年間保存させ、定期的に不審なアクセスの有無を確認させる。',
        '予約確認メールは送信専用アカウントから自動送信させ、本文には相談内容を記載させない。',
        'データのバックアップを毎日取得させる。',
        '個人情報の漏えい、滅失等の事故が発生したときは、直ちに市に報告させる。',
        '市の書面による承諾なく業務を再委託させない。',
        '契約終了時には、保有する個人情報を消去させ、消去証明書を提出させる。',
    ], start=False))
    b.append(empty())
    b.append(empty())

    # ------------------------------------------------------------ matter 2
    b.append(h2('諮問事項', 'p4g7s0u3x6zb'))
    b.append(p('　次の事務について、伊丹市個人情報保護条例第8条第2項第5号の規定により、個人情報を'
               '目的外に利用したいので、審議会の意見を求めます。'))
    b.append(empty())
    items2 = (
        cp('【住民基本台帳情報】')
        + lst('kix_zz41q0r8u6tn-0', ['氏名', '生年月日', '住所', '世帯構成'])
        + cp('【介護保険情報】')
        + lst('kix_zz41q0r8u6tn-0', ['被保険者番号', '要介護度', '要支援認定の有無'], start=False)
        + cp('※電話番号は保有課の台帳に記録がないため、利用しない。')
    )
    b.append(table([
        row('件名', cp('ひとり暮らし高齢者等の熱中症予防訪問に係る個人情報の目的外利用について')),
        row('根拠規定', cp('伊丹市個人情報保護条例第8条第2項第5号')),
        row('担当', cp('健康福祉部　高年福祉課')),
        row('保有課', cp('市民自治部　市民課（住民基本台帳）')
            + cp('健康福祉部　介護保険課（介護保険被保険者台帳）')),
        row('利用期間', cp('令和4年7月1日から令和4年9月30日まで')
            + cp('（令和5年度以降も、毎年同時期に利用する予定）')),
        row('利用目的', cp('熱中症の危険が高まる夏季に、75歳以上のひとり暮らし高齢者及び高齢者のみの世帯を'
                          '職員が訪問し、注意喚起と見守りを行うため、訪問対象者を抽出する。')),
        row('利用する個人情報', items2),
        row('記録媒体', cp('住民情報システム及び介護保険システム（対象者の抽出）')
            + cp('訪問対象者リスト（紙）')),
    ]))
    b.append(empty())
    b.append(h3('利用課（高年福祉課）の措置', 'e6y1a8c3g5ik'))
    b.append(lst('kix_b9s3e7j2w5yd-0', [
        '訪問対象者リストは、施錠できるキャビネットに保管する。',
        'リストを取り扱う職員は、高年福祉課の訪問担当職員に限定する。',
        '訪問時に携行するリストは当日訪問する分に限り、庁舎外への持出しは課長の承認を得て行う。',
        '訪問担当職員に対し、訪問の開始前に個人情報の取扱いに関する研修を行う。',
        '事業終了後、リストはシュレッダーにより裁断して廃棄する。',
    ]))
    b.append(empty())
    b.append(h3('保有課（市民課・介護保険課）の措置', 'n0q3s5u7w9ya'))
    b.append(lst('kix_r5h0d2q7l9fx-0', [
        'データの抽出は、システムの操作権限を付与された職員が行い、その操作ログを記録する。',
        '抽出したデータファイルにはパスワードを設定して受け渡す。',
        'パスワードは、データとは別に電話で利用課の担当者に伝える。',
    ]))
    b.append(empty())
    b.append(p('以上', 'c14'))
    b.append(empty())
    # comment (Docs puts comments after the body)
    b.append('<div class="c26"><p class="c22"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c1">'
             + E('窓口での申込みも受けるなら、紙の予約票やFAXでの受付、保護者の緊急連絡先（携帯電話番号）'
                 'も項目に入れる必要がありますか？') + '</span></p><p class="c22"><span class="c1">'
             + E('→ 今回の委託はオンライン予約のみです。窓口・電話での受付はセンター職員が従来どおり行うため、'
                 '追加は不要と考えます。（こども発達支援センター）') + '</span></p></div>')
    return ''.join(b)


def main():
    doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           '<style type="text/css">' + style() + '</style><title>R4-1_審議会資料2（報告・諮問）_事務局案v3'
           '</title></head><body class="c12 doc-content">' + build() + '</body></html>')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(doc)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
