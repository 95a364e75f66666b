#!/usr/bin/env python3
"""Writes raw/ak2_sakata_2024.html: two record views of a kintone-style business app
(「個人情報保護審議会 案件管理」) printed from the browser and saved as HTML.  One record
is one matter; the two records follow each other, each with its own app header
(record number, creator / updater with timestamps), the form laid out in rows of
fields (control-gaia / control-label-gaia / control-value-gaia), subtables for the data
items and the measures, an attachment field, a related-records field and a comment
thread.  UTF-8, LF.  Everything except the name of the city is invented."""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'ak2_sakata_2024.html')

_fid = [5520300]


def _next_id():
    _fid[0] += 7
    return _fid[0]


def esc(s):
    return html.escape(s, quote=False)


def field(label, value, kind='single_line_text', width=260, raw=False, fid=None):
    """One form field: label above value, as the app's record view renders it."""
    fid = fid or _next_id()
    if raw:
        inner = value
    else:
        inner = '<span class="control-value-content-gaia">%s</span>' % esc(value)
    return ('<div class="control-gaia control-%s-field-gaia field-%d" style="box-sizing: border-box; width: %dpx;">'
            '<div class="control-label-gaia label-%d"><span class="control-label-text-gaia">%s</span></div>'
            '<div class="control-value-gaia value-%d">%s</div>'
            '<div class="control-design-gaia"></div></div>\n'
            % (kind, fid, width, fid, esc(label), fid, inner))


def multiline(label, lines, width=820):
    body = '<br>'.join(esc(x) for x in lines)
    return field(label, '<span class="control-value-content-gaia">%s</span>' % body,
                 kind='multiple_line_text', width=width, raw=True)


def user(label, name, login, width=200):
    inner = ('<ul class="control-member-list-gaia"><li class="control-member-item-gaia">'
             '<a class="control-member-user-gaia" href="/k/#/people/user/%s" title="%s">'
             '<img class="control-member-avatar-gaia" src="./kintone_files/user_%s.png" alt="" width="16" height="16">%s</a>'
             '</li></ul>' % (login, esc(name), login, esc(name)))
    return field(label, inner, kind='user_select', width=width, raw=True)


def files(label, entries, width=420):
    if not entries:
        inner = '<span class="control-value-content-gaia"></span>'
    else:
        lis = ''.join('<li class="file-image-container-gaia"><a class="file-image-link-gaia" '
                      'href="/k/api/record/download.do/-/%s?app=143&amp;field=5520511&amp;detectType=true&amp;fileKey=%s" '
                      'target="_blank">%s</a> <span class="file-size-gaia">(%s)</span></li>'
                      % (esc(n), key, esc(n), esc(sz)) for n, sz, key in entries)
        inner = '<ul class="control-file-list-gaia">%s</ul>' % lis
    return field(label, inner, kind='file', width=width, raw=True)


def row(*fields):
    return '<div class="layout-row-gaia">\n' + ''.join(fields) + '</div>\n'


def subtable(label, headers, rows, fid):
    th = ''.join('<th class="subtable-label-gaia label-%d"><span class="subtable-label-inner-gaia">%s</span></th>'
                 % (fid + i + 1, esc(h)) for i, h in enumerate(headers))
    body = []
    for r in rows:
        tds = ''.join('<td><div class="control-gaia control-%s-field-gaia field-%d"><div class="control-value-gaia value-%d">'
                      '<span class="control-value-content-gaia">%s</span></div></div></td>'
                      % ('check_box' if c in ('✔', '') and i == len(r) - 1 and headers[-1] == '要配慮' else 'single_line_text',
                         fid + i + 1, fid + i + 1, esc(c))
                      for i, c in enumerate(r))
        body.append('<tr>%s</tr>' % tds)
    return ('<div class="layout-row-gaia">\n<div class="control-gaia control-subtable-field-gaia subtable-%d">'
            '<div class="subtable-label-gaia label-%d"><span class="subtable-label-inner-gaia">%s</span></div>\n'
            '<table class="subtable-gaia">\n<thead><tr>%s</tr></thead>\n<tbody>\n%s\n</tbody>\n</table>\n'
            '</div>\n</div>\n' % (fid, fid, esc(label), th, '\n'.join(body)))


def reference(label, recs):
    if not recs:
        inner = '<div class="reference-table-empty-gaia">参照するレコードがありません。</div>'
    else:
        trs = ''.join('<tr><td><a href="/k/143/show#record=%s">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>'
                      % (n, n, esc(t), esc(d), esc(c)) for n, t, d, c in recs)
        inner = ('<table class="reference-table-gaia"><thead><tr><th>レコード番号</th><th>件名</th>'
                 '<th>所管課</th><th>委託先・結合先</th></tr></thead><tbody>%s</tbody></table>' % trs)
    return ('<div class="layout-row-gaia">\n<div class="control-gaia control-reference_table-field-gaia field-5520560">'
            '<div class="control-label-gaia label-5520560"><span class="control-label-text-gaia">%s</span></div>'
            '<div class="control-value-gaia value-5520560">%s</div></div>\n</div>\n' % (esc(label), inner))


def comments(entries):
    out = ['<div class="gaia-argoui-app-comments-gaia">',
           '<h2 class="gaia-argoui-app-comments-title-gaia">コメント</h2>',
           '<ul class="ocean-ui-comments-commentlist">']
    for who, login, ts, text in entries:
        out.append('<li class="ocean-ui-comments-commentbase"><div class="ocean-ui-comments-commentbase-header">'
                   '<a class="ocean-ui-comments-commentbase-user" href="/k/#/people/user/%s">%s</a>'
                   '<span class="ocean-ui-comments-commentbase-datetime">%s</span></div>'
                   '<div class="ocean-ui-comments-commentbase-body">%s</div>'
                   '<div class="ocean-ui-comments-commentbase-actions"><a href="javascript:void(0)">返信</a> '
                   '<a class="ocean-ui-comments-like" href="javascript:void(0)">いいね！</a></div></li>'
                   % (login, esc(who), esc(ts), '<br>'.join(esc(x) for x in text)))
    out.append('</ul></div>')
    return '\n'.join(out) + '\n'


def header(recno, creator, created, updater, updated, status):
    return ('<div class="gaia-argoui-app-print-header">\n'
            '<div class="gaia-argoui-app-breadcrumb-gaia"><a href="/k/#/portal">ポータル</a> ＞ '
            '<a href="/k/#/space/31">総務部 総務課（文書・情報公開）</a> ＞ '
            '<a href="/k/143/">個人情報保護審議会 案件管理</a></div>\n'
            '<div class="gaia-argoui-app-titlebar"><h1 class="gaia-argoui-app-titlebar-title">個人情報保護審議会 案件管理</h1>'
            '<span class="gaia-argoui-app-titlebar-appid">アプリID: 143</span></div>\n'
            '<div class="gaia-app-statusbar-gaia"><span class="gaia-app-statusbar-label">ステータス</span>'
            '<span class="gaia-app-statusbar-state">%s</span></div>\n'
            '<div class="gaia-argoui-app-infobar">'
            '<span class="gaia-argoui-app-infobar-recordid">レコード番号 %s</span>'
            '<span class="gaia-argoui-app-infobar-creator">作成者 <a href="/k/#/people/user/%s">%s</a> %s</span>'
            '<span class="gaia-argoui-app-infobar-modifier">更新者 <a href="/k/#/people/user/%s">%s</a> %s</span>'
            '</div>\n</div>\n' % (esc(status), recno, creator[1], esc(creator[0]), created,
                                  updater[1], esc(updater[0]), updated))


# ------------------------------------------------------------------ record 57
TOKKI = [
    '個人情報取扱特記事項',
    '（基本原則）',
    '第1条　受託者（以下「乙」という。）は、この契約に基づく業務で個人情報を扱うに当たり、その取扱いが個人の人格尊重の理念の下に慎重に行われるべきものであることを踏まえ、個人情報を適正に取り扱わなければならない。',
    '（秘密の保持）',
    '第2条　乙は、業務上知り得た個人情報の内容を他人に漏らしてはならない。この義務は、契約が終了し、又は解除された後も存続する。',
    '（目的外利用等の禁止）',
    '第3条　乙は、酒田市（以下「甲」という。）の指示による場合を除き、業務のために取得した個人情報を当該業務以外の用途に用い、又は第三者へ提供してはならない。',
    '（再委託の制限）',
    '第4条　乙は、業務の一部を再委託しようとするときは、あらかじめ再委託先の名称、再委託する業務の内容及び再委託先における安全管理の方法を甲に書面で示し、その承諾を得なければならない。',
    '（複写等の禁止）',
    '第5条　乙は、甲の承諾を得ないで、甲から引き渡された名簿その他の資料を複写し、又は複製してはならない。',
    '（持出しの制限）',
    '第6条　乙は、個人情報を記録した資料を甲が承認した場所以外に持ち出してはならない。配食のために配達表を携行するときは、甲が承認した範囲に限る。',
    '（安全管理）',
    '第7条　乙は、個人情報を記録した資料及び媒体を施錠できる書庫等に保管し、その滅失、毀損及び漏えいの防止に努めなければならない。',
    '（責任者等の届出）',
    '第8条　乙は、個人情報の管理責任者及び業務に従事する者を定め、その氏名を甲に届け出なければならない。これらを変更したときも、同様とする。',
    '（従事者の教育）',
    '第9条　乙は、従事者に対し、個人情報の適正な取扱いに必要な教育及び研修を行わなければならない。',
    '（報告及び検査）',
    '第10条　甲は、必要と認めるときは、乙に対して個人情報の取扱状況の報告を求め、又はその職員に乙の事業所を検査させることができる。',
    '（事故発生時の措置）',
    '第11条　乙は、個人情報の漏えい、滅失、毀損その他の事故が生じ、又は生ずるおそれがあるときは、直ちに甲に報告し、甲の指示に従って必要な措置を講じなければならない。',
    '（返還及び廃棄）',
    '第12条　乙は、業務の完了後、甲から提供を受けた資料及び媒体を速やかに甲に返還し、乙が作成した資料は裁断又は消去により廃棄しなければならない。廃棄したときは、その日時及び方法を記した書面を甲に提出しなければならない。',
    '（違反の公表）',
    '第13条　甲は、乙がこの特記事項に違反したときは、その事実を公表することができる。',
    '（損害賠償）',
    '第14条　乙は、この特記事項に違反したことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。',
]

ITEMS_57 = [
    ('利用者', '氏名', ''), ('利用者', '生年月日', ''), ('利用者', '性別', ''),
    ('利用者', '住所', ''), ('利用者', '電話番号', ''), ('利用者', '介護保険被保険者番号', ''),
    ('利用者', '要介護度', '✔'), ('利用者', '要支援認定の有無', '✔'),
    ('利用者', 'かかりつけ医療機関名', ''), ('利用者', '生活保護の受給状況', '✔'),
    ('利用者', '利用者負担区分', ''),
    ('利用者', '世帯の状況（ひとり暮らし・高齢者のみ世帯の別）', ''),
    ('利用者', '配食の希望曜日', ''),
    ('緊急連絡先', '氏名', ''), ('緊急連絡先', '電話番号', ''), ('緊急連絡先', '利用者との続柄', ''),
]

MEASURES_57 = [
    ('市', '組織的', '委託契約書に個人情報取扱特記事項を添え、個人情報保護法及び市の施行条例に基づく安全管理の義務を受託者が負うことを明らかにする。'),
    ('市', '技術的', '利用者名簿を収めるCD-Rは暗号化し、復号のためのパスワードは後日、別便の書面で受託者の責任者に通知する。'),
    ('市', '物理的', '名簿等の受渡しは長寿支援課の窓口で職員と受託者の責任者が対面で行い、受領書を取り交わす。'),
    ('市', '組織的', '年度内に二回、受託者の事業所に出向き、名簿の保管や配達記録の管理の状況を実地に確かめる。'),
    ('市', '組織的', '受託者から毎月、個人情報の取扱状況を書面で提出させ、その内容を確認する。'),
    ('委託先', '組織的', '個人情報管理責任者と、調理・配達に当たる従事者を定めさせ、その名簿を市に提出させる。'),
    ('委託先', '人的', '配達員を含む全従事者に、採用時と毎年一回、個人情報保護に関する研修を受けさせる。'),
    ('委託先', '人的', '従事者から、在職中はもとより退職後も業務上知った秘密を漏らさない旨の誓約書を取らせる。'),
    ('委託先', '物理的', '配達表を事業所の外に持ち出すのは配達の間に限らせ、持ち出した枚数と戻した枚数を台帳で突き合わせさせる。'),
    ('委託先', '物理的', '利用者名簿と配達表は、使わないときは施錠できる書庫にしまわせる。'),
    ('委託先', '技術的', '名簿を扱うパソコンは業務専用とし、インターネットにはつながせない。'),
    ('委託先', '技術的', 'パソコンの利用者ごとにIDとパスワードを設定させ、共用させない。'),
    ('委託先', '技術的', 'ウイルス対策ソフトの定義ファイルが自動で更新されるよう設定させる。'),
    ('委託先', '組織的', '名簿の紛失や配達表の誤配などの事故が起きたときは、直ちに長寿支援課に連絡させ、再発防止策とあわせて報告させる。'),
    ('委託先', '物理的', '契約が終わったときはCD-Rを市に返させ、パソコン内のデータを消去させたうえで、消去の報告書を提出させる。'),
]

ITEMS_58 = [
    ('利用者', '氏名', ''), ('利用者', '住所', ''), ('利用者', '電話番号', ''),
    ('利用者', '配達日', ''), ('利用者', '安否確認の結果（応答あり・不在・要連絡の別）', ''),
    ('利用者', '要介護度', '✔'), ('利用者', '認知症の有無', '✔'),
    ('利用者', '避難行動要支援者名簿への登録の有無', ''), ('利用者', '緊急時の対応メモ', ''),
    ('見守り協力者', '氏名', ''), ('見守り協力者', '電話番号', ''),
    ('見守り協力者', '所属団体（町内会・民生委員協議会等）', ''),
]

MEASURES_58 = [
    ('市', '技術的', '市の端末からの接続はLGWAN接続系に限り、インターネットを経由させない。'),
    ('市', '技術的', '台帳を閲覧・更新できる職員を地域福祉課と長寿支援課の担当者に絞り、アカウントごとに操作できる範囲を設定する。'),
    ('市', '技術的', '端末へのログインは、静脈認証とパスワードを組み合わせて行う。'),
    ('市', '技術的', '結合先との間で送受信するデータは、TLS1.3で暗号化する。'),
    ('市', '組織的', '結合先のアクセス記録を四半期ごとに取り寄せ、担当課長が確認する。'),
    ('市', '組織的', '結合に先立って運用手順書を定め、担当職員に周知する。'),
    ('結合先（運営事業者）', '物理的', 'サーバを国内のデータセンターに設置させ、データセンターへの入退館を本人確認のうえ記録させる。'),
    ('結合先（運営事業者）', '組織的', '運営事業者にISO/IEC 27001（ISMS）及びISO/IEC 27017の認証を維持させる。'),
    ('結合先（運営事業者）', '技術的', '台帳データは毎日バックアップを取らせ、30日分を保管させる。'),
    ('結合先（運営事業者）', '技術的', 'ファイアウォールと侵入検知システムを設け、外部からの不正な通信を遮断させる。'),
    ('結合先（運営事業者）', '技術的', 'OSやソフトウェアの脆弱性に対する修正プログラムを速やかに適用させ、ウイルス対策を講じさせる。'),
    ('結合先（運営事業者）', '組織的', '運用保守の担当者を限定させ、その一覧を市に届け出させる。'),
    ('結合先（運営事業者）', '組織的', '障害や情報漏えいが起きたときは、直ちに地域福祉課に連絡させ、原因と対策を報告させる。'),
    ('結合先（運営事業者）', '物理的', '契約が終わったときは台帳データを消去させ、消去証明書を提出させる。'),
]

TITLE_57 = '高齢者見守り配食サービス事業の運営業務の委託について'
TITLE_58 = '見守り配食サービスにおける安否確認情報の共有に係る地域見守り支援クラウドとの外部結合について'


def record_57():
    out = ['<div class="gaia-argoui-app-print-record" id="record-57">\n',
           header('57', ('斎藤 健', 'saito.ken'), '2024-08-05 09:12', ('本間 由香', 'honma.yuka'),
                  '2024-08-27 16:42', '審議会資料作成済'),
           '<div class="record-gaia" id="record-gaia-57">\n']
    out.append(row(field('レコード番号', '57', 'record_number', 130),
                   field('案件番号', '報告第4号', width=160),
                   field('審議会', '令和6年度第2回', 'dropdown', 200),
                   field('審議会開催日', '2024-08-20', 'date', 160)))
    out.append(row(field('件名', TITLE_57, width=820)))
    out.append(row(field('区分', '報告', 'radio_button', 130),
                   field('手続の種類', '業務委託', 'dropdown', 180),
                   field('根拠条項', '酒田市個人情報の保護に関する法律施行条例第9条第2項', width=500)))
    out.append(row(field('所管部', '健康福祉部', 'dropdown', 200),
                   field('所管課', '長寿支援課', width=260),
                   user('担当者', '本間 由香', 'honma.yuka')))
    out.append(row(field('委託先・結合先', '株式会社庄内ミールケア', width=420),
                   field('期間（開始）', '2024-10-01', 'date', 150),
                   field('期間（終了）', '2025-03-31', 'date', 150)))
    out.append(row(field('次年度以降', '継続予定あり', 'radio_button', 200),
                   field('契約予定日', '2024-09-24', 'date', 150)))
    out.append(row(multiline('事業の概要', [
        '65歳以上のひとり暮らしの方や高齢者のみの世帯で、自ら調理することが難しい方に夕食をお届けし、お渡しの際に声を掛けて安否を確かめる事業である。',
        'これまでは市内の3事業者と区域ごとに契約していたが、令和6年10月から配達区域を一本化し、献立作成・調理・配達・安否確認を1事業者にまとめて委託する。',
        '令和7年度以降も、同様に委託する予定である。'])))
    out.append(row(multiline('委託の内容', [
        '1　利用者名簿に基づく配達計画の作成',
        '2　配食（週5日まで）及び配達時の安否確認',
        '3　応答がない場合等の緊急連絡先及び市への連絡',
        '4　利用実績の集計と市への月次報告'])))
    out.append(subtable('取り扱う個人情報', ['区分', '項目', '要配慮'], ITEMS_57, 5520400))
    out.append(row(field('記録媒体', '紙, 電子媒体（CD-R）, 委託先のパソコン', 'check_box', 400),
                   multiline('媒体の補足', [
                       '電子メールによる個人情報の送受信は行わない。',
                       'CD-Rは、利用者名簿の引渡し（毎月1回）に限って使用する。'], width=420)))
    out.append(subtable('個人情報の保護措置', ['主体', '区分', '内容'], MEASURES_57, 5520450))
    out.append(row(files('添付ファイル', [('特記事項.pdf', '211 KB', '20240819080312B8C4'),
                                         ('仕様書_見守り配食.pdf', '364 KB', '20240805001544A7E1')])))
    out.append(row(multiline('特記事項（全文）', TOKKI)))
    out.append(reference('関連レコード', []))
    out.append(row(multiline('備考', [
        '本件は、令和5年度まで各事業者と個別に結んでいた契約を統合するものである。',
        '旧契約の3事業者が保有する利用者の個人情報は、令和6年9月30日までに各事業者から返還を受ける。'])))
    out.append('</div><!-- /.record-gaia -->\n')
    out.append(comments([
        ('斎藤 健', 'saito.ken', '2024-08-05 09:15',
         ['@本間 由香 さん', '報告案件として登録しました。特記事項は令和6年4月改正の様式でお願いします。']),
        ('本間 由香', 'honma.yuka', '2024-08-19 17:03',
         ['特記事項.pdf を差し替え、全文欄も更新しました。', 'CD-Rの暗号化の方法は情報政策課に確認済みです。']),
        ('斎藤 健', 'saito.ken', '2024-08-27 16:40',
         ['審議会資料（資料2）に反映しました。ステータスを進めます。']),
    ]))
    out.append('</div><!-- /record-57 -->\n')
    return ''.join(out)


def record_58():
    out = ['<div class="gaia-argoui-app-print-record" id="record-58">\n',
           header('58', ('伊藤 大輔', 'ito.daisuke'), '2024-08-06 11:02', ('斎藤 健', 'saito.ken'),
                  '2024-08-28 10:19', '審議会資料作成済'),
           '<div class="record-gaia" id="record-gaia-58">\n']
    out.append(row(field('レコード番号', '58', 'record_number', 130),
                   field('案件番号', '諮問第2号', width=160),
                   field('審議会', '令和6年度第2回', 'dropdown', 200),
                   field('審議会開催日', '2024-08-20', 'date', 160)))
    out.append(row(field('件名', TITLE_58, width=820)))
    out.append(row(field('区分', '諮問', 'radio_button', 130),
                   field('手続の種類', '外部結合', 'dropdown', 180),
                   field('根拠条項', '酒田市個人情報の保護に関する法律施行条例第9条第1項第2号', width=500)))
    out.append(row(field('所管部', '健康福祉部', 'dropdown', 200),
                   field('所管課', '地域福祉課・長寿支援課', width=260),
                   user('担当者', '伊藤 大輔', 'ito.daisuke')))
    out.append(row(field('委託先・結合先', '地域見守り支援クラウド「みまもりリンク」（運営：株式会社鳥海ライフテック）', width=420),
                   field('期間（開始）', '2024-11-01', 'date', 150),
                   field('期間（終了）', '', 'date', 150)))
    out.append(row(field('次年度以降', '該当なし', 'radio_button', 200),
                   field('契約予定日', '2024-10-15', 'date', 150)))
    out.append(row(multiline('事業の概要', [
        '見守り配食サービスの配達時に確かめた安否の結果と、地域の見守り協力者の連絡先を、クラウドサービス上の見守り台帳に集約する。',
        '市の端末から、LGWAN-ASPとして提供される結合先に接続し、地域福祉課と長寿支援課の職員が台帳の登録と閲覧を行う。',
        '安否確認の結果は、関連レコードの委託で受託者から受ける報告をもとに、長寿支援課の職員が入力する。配食事業者は結合先に接続しない。'])))
    out.append(row(multiline('委託の内容', ['（外部結合のため該当なし）'])))
    out.append(subtable('取り扱う個人情報', ['区分', '項目', '要配慮'], ITEMS_58, 5520400))
    out.append(row(multiline('項目の補足', [
        '生活保護の受給状況、かかりつけ医療機関名及び利用者負担区分は、関連レコードの委託では取り扱うが、結合先には登録しない。'])))
    out.append(row(field('記録媒体', '市の端末, 結合先のクラウドサーバ', 'check_box', 400),
                   multiline('媒体の補足', ['紙への出力及び電子媒体による受渡しは行わない。'], width=420)))
    out.append(subtable('個人情報の保護措置', ['主体', '区分', '内容'], MEASURES_58, 5520450))
    out.append(row(files('添付ファイル', [('結合構成図.pdf', '96 KB', '20240806020931C1D2')])))
    out.append(row(multiline('特記事項（全文）', [''])))
    out.append(reference('関連レコード', [('57', TITLE_57, '長寿支援課', '株式会社庄内ミールケア')]))
    out.append(row(multiline('備考', ['答申を受けた後に、結合先の運営事業者と利用契約を結ぶ。'])))
    out.append('</div><!-- /.record-gaia -->\n')
    out.append(comments([
        ('伊藤 大輔', 'ito.daisuke', '2024-08-06 11:20',
         ['関連レコードに配食サービスの委託（レコード番号57）を紐づけました。']),
        ('斎藤 健', 'saito.ken', '2024-08-22 10:05',
         ['審議会で、結合先の認証の取得状況を資料に書き込むよう委員から意見がありました。']),
        ('伊藤 大輔', 'ito.daisuke', '2024-08-26 15:48',
         ['認証の取得状況を保護措置の欄に追記しました。', '@斎藤 健 さん 確認をお願いします。']),
    ]))
    out.append('</div><!-- /record-58 -->\n')
    return ''.join(out)


HEAD = """<!DOCTYPE html>
<!-- saved from url=(0051)https://skt-jouhou.cybozu.com/k/143/show#record=57 -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>個人情報保護審議会 案件管理 - レコードの印刷</title>
<link rel="stylesheet" href="./kintone_files/gaia.css">
<link rel="stylesheet" href="./kintone_files/print.css">
<style>
body{font-family:"Noto Sans JP",sans-serif;font-size:13px;color:#333;margin:16px}
.gaia-argoui-app-print-record{page-break-after:always;margin-bottom:40px}
.gaia-argoui-app-breadcrumb-gaia{font-size:11px;color:#888}
.gaia-argoui-app-titlebar-title{font-size:20px;margin:4px 0}
.gaia-argoui-app-titlebar-appid{font-size:11px;color:#888}
.gaia-app-statusbar-gaia{display:inline-block;border:1px solid #3498db;border-radius:3px;padding:2px 8px;margin:4px 0}
.gaia-app-statusbar-label{color:#888;margin-right:6px}
.gaia-argoui-app-infobar{font-size:12px;color:#666;border-bottom:1px solid #e3e7e8;padding:6px 0}
.gaia-argoui-app-infobar span{margin-right:20px}
.layout-row-gaia{display:flex;flex-wrap:wrap;margin:0 0 2px}
.control-gaia{padding:8px;vertical-align:top}
.control-label-gaia{color:#888;font-size:12px;margin-bottom:4px}
.control-value-gaia{min-height:20px;border-bottom:1px solid #e3e7e8;padding:2px 0}
.control-member-list-gaia,.control-file-list-gaia{list-style:none;margin:0;padding:0}
.control-member-avatar-gaia{margin-right:4px;vertical-align:middle}
table.subtable-gaia,table.reference-table-gaia{border-collapse:collapse;margin:4px 0;min-width:600px}
table.subtable-gaia th,table.reference-table-gaia th{background:#eef3f5;color:#555;font-weight:normal;padding:4px 8px;border:1px solid #d8e0e3;text-align:left}
table.subtable-gaia td,table.reference-table-gaia td{border:1px solid #d8e0e3;padding:0 4px}
table.subtable-gaia td .control-gaia{padding:3px}
table.subtable-gaia td .control-value-gaia{border:none}
.subtable-label-gaia{color:#888;font-size:12px}
.gaia-argoui-app-comments-gaia{border-top:2px solid #e3e7e8;margin-top:16px;padding-top:8px}
.gaia-argoui-app-comments-title-gaia{font-size:14px}
.ocean-ui-comments-commentlist{list-style:none;padding:0}
.ocean-ui-comments-commentbase{border-bottom:1px dotted #ccc;padding:6px 0}
.ocean-ui-comments-commentbase-datetime{color:#999;margin-left:12px;font-size:11px}
.ocean-ui-comments-commentbase-actions{font-size:11px;color:#3498db}
@media print{.gaia-argoui-app-comments-gaia{font-size:11px}}
</style>
<script src="./kintone_files/require.js"></script>
<script src="./kintone_files/gaia-ui.js"></script>
</head>
<body class="gaia-argoui-print body-top">
<div id="container-gaia" class="container-gaia">
"""

TAIL = """</div><!-- /#container-gaia -->
<div class="gaia-argoui-print-footer-gaia"><span>kintone</span> <span class="gaia-argoui-print-footer-copy">© Cybozu</span></div>
<script>window.print && false;</script>
</body></html>
"""


def main():
    doc = HEAD + record_57() + record_58() + TAIL
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(doc)
    print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
