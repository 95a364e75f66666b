#!/usr/bin/env python3
"""Builds raw/al2_ota_2021.html: a SharePoint Online modern page of the council
secretariat (太田市個人情報保護審議会 事務局), as saved by the browser with
「名前を付けて保存（完全）」.  Two matters, one section each; List web parts are
ARIA grids made of <div role="row"> / <div role="gridcell"> (no <table>); the
annex of matter 1 sits in a collapsed section.

Only the municipality name is real; the tenant, people, companies, divisions,
article numbers and dates are invented.  Standard library only."""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'al2_ota_2021.html')

FILES = './R3-dai3kai-anken_files'
SITE = 'https://otashi-jimukyoku.sharepoint.com/sites/kojinjoho-shingikai'


def e(s):
    return html.escape(s, quote=True)


# ------------------------------------------------------------------ web parts
_uid = [0]


def uid(prefix):
    _uid[0] += 1
    return f'{prefix}{_uid[0]:03d}'


def text_part(inner):
    return (f'<div class="ControlZone" data-automation-id="CanvasControl" id="{uid("cc-")}">'
            '<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart" data-sp-feature-instance-id="rte">'
            '<div data-automation-id="textBox" class="cke_editable rteEmphasis ck-content" role="textbox" '
            'aria-readonly="true" aria-multiline="true">\n' + inner + '\n</div></div></div>')


def grid(label, columns, rows, keys, footnote=None, title=None):
    """A List web part: title bar, command bar, an ARIA grid with no <table>."""
    gid = uid('grid-')
    out = [f'<div class="ControlZone" data-automation-id="CanvasControl" id="{uid("cc-")}">',
           '<div data-sp-feature-tag="List" class="ListWebPart" data-automation-id="ListWebPart">']
    if title:
        out.append(f'<div class="wp-title" role="heading" aria-level="3"><span>{e(title)}</span>'
                   '<a class="seeAll" href="#" aria-label="すべて表示">すべて表示</a></div>')
    out.append('<div class="od-CommandBar" role="menubar"><button type="button" role="menuitem" class="cmd">＋ 新規</button>'
               '<button type="button" role="menuitem" class="cmd">グリッド ビューで編集</button>'
               '<button type="button" role="menuitem" class="cmd">エクスポート</button></div>')
    out.append(f'<div role="grid" id="{gid}" aria-label="{e(label)}" aria-rowcount="{len(rows) + 1}" '
               f'aria-colcount="{len(columns)}" class="ms-DetailsList is-horizontalConstrained">')
    out.append('<div role="row" aria-rowindex="1" class="ms-DetailsHeader">')
    out.append('<div role="columnheader" class="ms-DetailsHeader-cellIsCheck" aria-label="すべての項目を選択">'
               '<span class="ms-Check" aria-hidden="true"></span></div>')
    for i, c in enumerate(columns, 1):
        out.append(f'<div role="columnheader" aria-colindex="{i}" aria-sort="none" class="ms-DetailsHeader-cell">'
                   f'<span class="ms-DetailsHeader-cellTitle"><span class="ms-DetailsHeader-cellName">{e(c)}</span>'
                   '<i class="ms-Icon ms-Icon--ChevronDown" aria-hidden="true"></i></span></div>')
    out.append('</div>')
    out.append('<div role="rowgroup" class="ms-List">')
    for r, row in enumerate(rows, 2):
        out.append(f'<div role="row" aria-rowindex="{r}" class="ms-DetailsRow" data-item-index="{r - 2}">')
        out.append('<div role="gridcell" class="ms-DetailsRow-cellCheck"><span class="ms-Check" aria-hidden="true">'
                   '</span></div>')
        for i, (cell, key) in enumerate(zip(row, keys), 1):
            if cell == '✓':
                val = '<span class="od-FieldRenderer-boolean" aria-label="はい">✓</span>'
            elif cell == '':
                val = '<span class="od-FieldRenderer-boolean" aria-label="いいえ"></span>'
            else:
                val = f'<span class="od-FieldRenderer-text">{e(cell)}</span>'
            out.append(f'<div role="gridcell" aria-colindex="{i}" class="ms-DetailsRow-cell" '
                       f'data-automation-key="{key}">{val}</div>')
        out.append('</div>')
    out.append('</div></div>')
    if footnote:
        out.append(f'<div class="wp-footnote">{e(footnote)}</div>')
    out.append('</div></div>')
    return '\n'.join(out)


def section(inner, cols='one'):
    return (f'<div class="CanvasZone CanvasZone--{cols}" data-automation-id="CanvasZone">'
            f'<div class="CanvasSection" data-automation-id="CanvasSection">\n{inner}\n</div></div>')


# ------------------------------------------------------------------ matter 1
M1_ITEMS = [
    ('相談者', '氏名', ''),
    ('相談者', 'フリガナ（ローマ字表記を含む）', ''),
    ('相談者', '国籍', '✓'),
    ('相談者', '在留資格', '✓'),
    ('相談者', '在留カード番号', ''),
    ('相談者', '使用言語', ''),
    ('相談者', '住所', ''),
    ('相談者', '電話番号', ''),
    ('相談者', '相談内容（窓口名・手続名を含む）', ''),
    ('相談者', '病歴（医療機関への同行通訳を行う場合）', '✓'),
    ('相談者', '障害者手帳の種類及び等級', '✓'),
    ('世帯', '生活保護の受給状況', ''),
    ('世帯員', '氏名', ''),
    ('世帯員', '続柄', ''),
    ('通訳記録', '通訳実施日時', ''),
]
M1_MEDIA = [
    ('紙（通訳記録票）', '○', '通訳者が記入し、月末にまとめて市へ提出する'),
    ('USBメモリ等の外部記録媒体', '－', '使用しない'),
    ('委託先のパソコン', '－', '通訳センターでは市民の情報をパソコンに保存しない'),
    ('委託先のサーバ（クラウド型映像通訳システム）', '○', '通話の録画・録音は行わない'),
    ('市のタブレット端末', '○', '各窓口に配置（7台）'),
    ('電子メール', '－', ''),
]
M1_WARD = [
    '委託契約書に別添の特記事項を付け、通訳を通じて知った内容を外部に漏らさない義務を契約書の本文にも書き込む。',
    '映像通訳システムに接続できる端末は、市が各窓口に配置したタブレットに限定する。',
    'タブレットは窓口のカウンターにワイヤーで固定し、庁舎の外へは持ち出さない。',
    '提出された通訳記録票は、多文化共生課内の施錠できる書庫に保管する。',
    '委託期間中に一度、委託先の通訳センターを訪ねて、記録票の扱いや端末の管理の状況を点検する。',
    '保存期間（3年）を過ぎた通訳記録票は、細断して処分する。',
]
M1_CONTRACTOR = [
    '通訳業務を統括する責任者と、太田市の案件を受け持つ通訳者の名簿を作らせ、市に提出させる。',
    '通訳者には、着任時に個人情報の取扱いに関する研修を受けさせ、受講の記録を残させる。',
    '映像通訳システムの通信経路は、すべて暗号化させる。',
    'システムの管理画面に入るときは、担当者ごとのIDとワンタイムパスワードで本人確認を行わせる。',
    'システムへの接続記録と操作記録を保存させ、不審な接続がないか定期的に確かめさせる。',
    'システムのサーバには、外部からの不正な侵入を防ぐファイアウォール等を設けさせる。',
    '通訳者が作業中に取ったメモを、通訳センターの外へ持ち出すことを禁じる。',
    '個人情報の漏えい、滅失等が生じたときは、把握した時点で多文化共生課に第一報を入れさせ、その後の経過を書面で報告させる。',
    '契約が終了したときは、システムに残る市民のデータを消去させ、消去証明書を提出させる。',
]
M1_ANNEX = [
    ('総則', '受注者は、この契約に基づく業務において個人情報を取り扱う際には、個人の権利利益を侵害することのないよう、'
           '太田市個人情報保護条例その他の関係法令を守り、適正に取り扱わなければならない。'),
    ('守秘義務', '受注者は、業務を通じて知り得た個人情報を、みだりに他人に知らせてはならない。'
             'この義務は、契約期間の満了後又は契約の解除後も継続する。'),
    ('取扱者の届出', '受注者は、個人情報を取り扱う者を定めて、発注者に書面で届け出なければならない。'
               '取り扱う者を変更するときも、同様とする。'),
    ('従事者への周知', '受注者は、業務に従事する者に対し、在職中はもとより退職後も個人情報を漏らしてはならないことその他'
                '個人情報の保護に必要な事項を周知し、教育しなければならない。'),
    ('目的外利用等の禁止', '受注者は、業務で扱う個人情報を、この契約の目的の範囲を超えて利用し、又は第三者に提供してはならない。'),
    ('再委託の禁止', '受注者は、発注者の書面による承諾を得た場合を除き、個人情報を取り扱う業務を第三者に取り扱わせてはならない。'),
    ('複製等の制限', '受注者は、発注者の指示又は承諾がある場合を除き、個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('持出しの禁止', '受注者は、発注者が指示した場所以外に個人情報を持ち出してはならない。'),
    ('適正管理', '受注者は、個人情報の漏えい、滅失及びき損を防ぐため、通訳記録票を施錠できる保管庫に収めるなど、'
             '個人情報を適切に管理しなければならない。'),
    ('返還及び消去', '受注者は、業務が完了したときは、発注者から引き渡された資料等を速やかに返還し、受注者の設備に記録された'
               '個人情報を確実に消去しなければならない。この場合において、受注者は、消去の日時及び方法を記した書面を'
               '発注者に提出しなければならない。'),
    ('実地調査', '発注者は、必要と認めるときは、受注者の事業所に立ち入り、個人情報の管理の状況を調査することができる。'),
    ('事故発生時の報告', '受注者は、個人情報の漏えい、滅失その他の事故が生じ、又は生じるおそれがあることを知ったときは、'
                 '速やかに発注者に報告し、その指示に従わなければならない。'),
    ('違反事実の公表', '発注者は、受注者がこの特記事項に違反したときは、その事実を公表することができる。'),
    ('損害賠償', '受注者は、この特記事項に違反したことにより発注者又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
]

# ------------------------------------------------------------------ matter 2
M2_ITEMS = [
    ('利用者', '利用者番号（図書館カードの番号）', ''),
    ('利用者', '氏名', ''),
    ('利用者', '生年月日', ''),
    ('利用者', '年齢区分（一般・中高生・児童）', ''),
    ('利用者', 'メールアドレス（パスワード再設定用）', ''),
    ('利用者', '利用登録の有効期限', ''),
    ('利用者', '電子書籍の貸出・予約の履歴', '✓'),
    ('利用者', '障害者サービスの登録区分（視覚障害・聴覚障害・肢体不自由等）', '✓'),
    ('利用者', '障害の状況（読み上げ対応の要否の判断に必要な範囲に限る）', '✓'),
    ('利用者', '音声読み上げ機能の利用設定', ''),
]
M2_MEDIA = [
    ('図書館システム（市のサーバ及び業務端末）', '○', ''),
    ('電子図書館サービスのクラウドサーバ（結合先）', '○', '国内リージョンで運用'),
    ('紙', '－', '利用の申込みは既存の利用登録申請書で受け付け、新たな様式は作らない'),
    ('USBメモリ等の外部記録媒体', '－', '初回の一括登録もオンラインで行う'),
    ('電子メール', '－', '市と結合先との間で、電子メールによる個人情報のやり取りは行わない'),
]
M2_WARD = [
    '図書館システムと結合先との間の通信は、TLSによって暗号化する。',
    '連携用のサーバは庁内ネットワークの中継区画（DMZ）に置き、結合先のサーバ以外からの接続は受け付けない設定とする。',
    '連携の処理を実行できる職員は図書館課の担当2名に限り、この2名にだけ操作の権限を与える。',
    '連携用サーバの処理の記録（ログ）は、毎月、図書館課長が内容を確かめる。',
    '連携用サーバにはウイルス対策ソフトを導入し、パターンファイルは自動で更新させる。',
    '連携データのバックアップを毎日夜間に取得し、7日分を保管する。',
    '結合先で障害や事故が起きた場合の連絡経路と、連携を止める手順をあらかじめ定めておく。',
]
M2_CONTRACTOR = [
    '結合先のサーバは国内のデータセンターに置かせ、サーバ室に入れる者を事前に登録された者に限らせる。',
    '利用者が電子図書館にログインする際は、利用者番号とパスワードで本人であることを確かめさせる。',
    '受け取った利用者の情報は、電子書籍の貸出サービスの提供以外には用いさせず、第三者へ渡させない。',
    '事業者の作業員が利用者のデータを扱う作業は、前もって市へ提出させた作業手順書のとおりに行わせる。',
    '利用者が登録を取り消したとき又は契約が終了したときは、その利用者のデータを消去させ、消去を終えたことを文書で知らせさせる。',
    'プライバシーマークの付与を受けた状態を、契約期間を通じて保たせる。',
    '四半期ごとに、個人情報の取扱いの状況を図書館課へ報告させる。',
]

DOCLIB = [
    ('pdf', '資料1_報告第7号_多言語通訳翻訳支援業務の委託.pdf', '2021/11/02 9:38', '清水 拓也'),
    ('docx', '資料1-2_特記事項（多言語通訳翻訳支援）.docx', '2021/10/29 17:05', '清水 拓也'),
    ('pdf', '資料2_諮問第4号_電子書籍貸出サービス外部結合.pdf', '2021/11/01 11:20', '新井 美咲'),
    ('pdf', '資料3_報告第8号_市営住宅入居者募集業務の委託について.pdf', '2021/10/27 13:54', '長谷川 亮'),
    ('docx', '第3回次第（案）.docx', '2021/10/28 10:12', '新井 美咲'),
]

COMMENTS = [
    ('小林 健太', '情報管理課', '2021年11月1日 14:22',
     'ヨミナビのクラウドがISMSクラウドセキュリティ認証を取っているかどうかも、図書館課に確認をお願いします。', 2),
    ('新井 美咲', '総務課', '2021年11月1日 15:03',
     '図書館課に照会しました。回答があり次第、このページに追記します。', 1),
    ('清水 拓也', '多文化共生課', '2021年11月2日 9:41',
     '多文化共生課です。委託期間の開始を12月1日に直しました（当初案は11月15日）。', 0),
]


def ul(items, ordered=False):
    tag = 'ol' if ordered else 'ul'
    return f'<{tag}>\n' + '\n'.join(f'<li>{e(x)}</li>' for x in items) + f'\n</{tag}>'


def matter1():
    parts = []
    parts.append(text_part(
        '<h2 id="houkoku7">報告第7号　外国人市民のための多言語通訳・翻訳支援業務の委託について</h2>\n'
        '<p><strong>区分</strong>：報告（太田市個人情報保護条例第15条第3項）</p>\n'
        '<p><strong>所管</strong>：市民協働部 多文化共生課</p>\n'
        '<p><strong>委託先</strong>：株式会社ことばブリッジ北関東</p>\n'
        '<p><strong>委託期間</strong>：令和3年12月1日から令和4年3月31日まで（令和4年度以降も同様の委託を継続する予定）</p>\n'
        '<h3>事業の概要</h3>\n'
        '<p>市内に暮らす外国人市民が市役所の窓口で手続や相談を円滑に行えるよう、タブレット端末を使った映像通訳と、'
        '通訳者の窓口への派遣及び医療機関等への同行通訳を一体として委託する。'
        '対応する言語は、ポルトガル語、スペイン語、英語、ベトナム語、フィリピノ語、中国語及びネパール語の7言語とする。</p>\n'
        '<p>主な派遣先（予定）：市民課（市民生活部）、障がい福祉課・社会支援課（福祉こども部）、学校教育課（教育部）</p>\n'
        '<p>通訳者は、通訳の都度、日時、窓口、使用言語及び相談の要旨を通訳記録票に記入し、月末に多文化共生課へ提出する。</p>\n'
        '<h3>取り扱う個人情報</h3>'))
    parts.append(grid('取り扱う個人情報の項目（報告第7号）', ['区分', '項目', '要配慮'], M1_ITEMS,
                      ['Kubun', 'Title', 'Yohairyo'],
                      footnote='※「要配慮」欄は所管課の記入をそのまま表示しています（事務局未確認）。',
                      title='個人情報の項目（多言語通訳）'))
    parts.append(text_part('<h3>記録媒体</h3>'))
    parts.append(grid('記録媒体（報告第7号）', ['媒体', '使用', '備考'], M1_MEDIA, ['Baitai', 'Shiyo', 'Biko'],
                      title='記録媒体（多言語通訳）'))
    parts.append(text_part(
        '<h3>個人情報の保護対策</h3>\n'
        '<p><strong>市が講じる措置</strong></p>\n' + ul(M1_WARD) + '\n'
        '<p><strong>委託先に講じさせる措置</strong></p>\n' + ul(M1_CONTRACTOR, ordered=True)))
    # collapsible section with the annex
    cid = 'cs-annex-houkoku7'
    annex = '\n'.join(f'<li><strong>（{e(h)}）</strong>{e(t)}</li>' for h, t in M1_ANNEX)
    parts.append(
        '<div class="CanvasZone CanvasZone--collapsible" data-automation-id="CollapsibleSection">'
        f'<div class="cs-header"><button type="button" class="cs-toggle" aria-expanded="false" aria-controls="{cid}">'
        '<i class="ms-Icon ms-Icon--ChevronRight" aria-hidden="true"></i>'
        '<span>別添　個人情報の取扱いに関する特記事項（報告第7号・全文）</span></button></div>'
        f'<div id="{cid}" class="cs-content" role="region" hidden>\n'
        + text_part('<p>委託契約書に添付する特記事項は次のとおりとする。</p>\n<ol>\n' + annex + '\n</ol>\n'
                    '<p>（注）契約書本文の「発注者」は太田市を、「受注者」は委託先をいう。</p>')
        + '\n</div></div>')
    return section('\n'.join(parts))


def matter2():
    parts = []
    parts.append(text_part(
        '<h2 id="shimon4">諮問第4号　太田市立図書館における電子書籍貸出サービスの導入に伴う外部結合について</h2>\n'
        '<p><strong>区分</strong>：諮問</p>\n'
        '<p><strong>根拠</strong>：太田市個人情報保護条例第17条第1項（外部結合の制限）</p>\n'
        '<p><strong>所管</strong>：教育委員会事務局 図書館課</p>\n'
        '<p><strong>結合先</strong>：株式会社ブックウェーブが提供する電子図書館サービス「ヨミナビ」のクラウドサーバ</p>\n'
        '<p><strong>結合開始予定日</strong>：令和4年2月1日（結合の終期は定めない）</p>\n'
        '<h3>事業の概要</h3>\n'
        '<p>来館が難しい方や若い世代の利用を広げるため、インターネットを通じて電子書籍を貸し出すサービスを導入する。'
        '図書館システムに登録された利用者の情報のうち、本人の確認と貸出の管理に必要な項目を、結合先へ連携する。</p>\n'
        '<p>また、著作権法第37条第3項の規定に基づき、視覚障害者等に読み上げ対応の電子書籍を提供するため、'
        '障害者サービスの登録に関する情報もあわせて連携する。</p>\n'
        '<p>なお、令和4年1月11日から1月31日までの試行期間は、職員用のテストアカウントだけで動作を確認し、'
        '利用者の個人情報は使用しない。</p>\n'
        '<h3>結合により提供する個人情報</h3>'))
    parts.append(grid('結合により提供する個人情報の項目（諮問第4号）', ['区分', '項目', '要配慮'], M2_ITEMS,
                      ['Kubun', 'Title', 'Yohairyo'],
                      footnote='※「要配慮」欄は所管課の記入をそのまま表示しています（事務局未確認）。',
                      title='個人情報の項目（電子書籍）'))
    parts.append(text_part('<h3>記録媒体</h3>'))
    parts.append(grid('記録媒体（諮問第4号）', ['媒体', '使用', '備考'], M2_MEDIA, ['Baitai', 'Shiyo', 'Biko'],
                      title='記録媒体（電子書籍）'))
    parts.append(text_part(
        '<h3>個人情報の保護対策</h3>\n'
        '<p><strong>市（図書館課）が講じる措置</strong></p>\n' + ul(M2_WARD, ordered=True) + '\n'
        '<p><strong>結合先の事業者に講じさせる措置</strong></p>\n' + ul(M2_CONTRACTOR)))
    return section('\n'.join(parts))


def intro():
    p = text_part(
        '<p>令和3年度第3回太田市個人情報保護審議会（令和3年11月16日（火）午後2時から、市役所9階 大会議室）に付議する案件を、'
        '各所管課から提出された資料をもとに事務局で整理したページです。審議会資料の確定版は、下の「審議会資料」ライブラリを見てください。</p>\n'
        '<p>本ページで整理しているのは、資料の提出があった次の2件です（報告第8号は資料の提出待ち）。</p>\n'
        '<ul>\n<li><a href="#houkoku7">報告第7号</a>（市民協働部）</li>\n<li><a href="#shimon4">諮問第4号</a>（教育委員会事務局）</li>\n</ul>\n'
        '<p>修正があるときは、このページを直接編集せず、下のコメント欄で事務局に知らせてください。</p>')
    links = [('太田市個人情報保護条例（例規集）', f'{SITE}/Shared%20Documents/reiki/kojinjoho_jorei.pdf'),
             ('審議会委員名簿（令和3年度）', f'{SITE}/Shared%20Documents/meibo_R3.pdf'),
             ('諮問・報告の手引き（令和3年4月改訂）', f'{SITE}/Shared%20Documents/tebiki_R0304.pdf'),
             ('第2回会議録（令和3年8月24日開催）', f'{SITE}/SitePages/R3-dai2kai-kaigiroku.aspx')]
    ql = [f'<div class="ControlZone" data-automation-id="CanvasControl" id="{uid("cc-")}">',
          '<div data-sp-feature-tag="QuickLinksWebPart" class="QuickLinks">',
          '<div class="wp-title" role="heading" aria-level="2"><span>クイック リンク</span></div>',
          '<div role="list" class="ql-list">']
    for t, href in links:
        ql.append(f'<div role="listitem" class="ql-item"><a href="{e(href)}" data-interception="off">'
                  f'<i class="ms-Icon ms-Icon--Link" aria-hidden="true"></i><span class="ql-text">{e(t)}</span></a></div>')
    ql.append('</div></div></div>')
    return section(p + '\n' + '\n'.join(ql), cols='two')


def doclib():
    rows = [(n, d, by) for _, n, d, by in DOCLIB]
    out = [f'<div class="ControlZone" data-automation-id="CanvasControl" id="{uid("cc-")}">',
           '<div data-sp-feature-tag="DocumentLibrary" class="DocLibWebPart">',
           '<div class="wp-title" role="heading" aria-level="2"><span>審議会資料（令和3年度第3回）</span>'
           '<a class="seeAll" href="#" aria-label="すべて表示">すべて表示</a></div>',
           '<div role="grid" aria-label="審議会資料" aria-rowcount="%d" aria-colcount="3" class="ms-DetailsList">' % (len(rows) + 1),
           '<div role="row" aria-rowindex="1" class="ms-DetailsHeader">'
           '<div role="columnheader" aria-colindex="1" class="ms-DetailsHeader-cell"><span>名前</span></div>'
           '<div role="columnheader" aria-colindex="2" class="ms-DetailsHeader-cell"><span>更新日時</span></div>'
           '<div role="columnheader" aria-colindex="3" class="ms-DetailsHeader-cell"><span>更新者</span></div></div>',
           '<div role="rowgroup" class="ms-List">']
    for i, (ext, n, d, by) in enumerate(DOCLIB, 2):
        out.append(f'<div role="row" aria-rowindex="{i}" class="ms-DetailsRow">'
                   f'<div role="gridcell" aria-colindex="1" class="ms-DetailsRow-cell" data-automation-key="FileLeafRef">'
                   f'<img class="fileTypeIcon" src="{FILES}/{ext}.svg" alt="{ext}"><a href="{SITE}/Shared%20Documents/R3-3/{e(n)}">{e(n)}</a></div>'
                   f'<div role="gridcell" aria-colindex="2" class="ms-DetailsRow-cell" data-automation-key="Modified">{e(d)}</div>'
                   f'<div role="gridcell" aria-colindex="3" class="ms-DetailsRow-cell" data-automation-key="Editor">{e(by)}</div></div>')
    out.append('</div></div></div></div>')
    return section('\n'.join(out))


def comments():
    out = ['<div class="CommentsWrapper" data-sp-feature-tag="Comments" id="CommentsWrapper">',
           '<h2 class="cm-title">コメント</h2>',
           '<div class="cm-box"><span class="persona-initials" aria-hidden="true">新</span>'
           '<div class="cm-input" role="textbox" aria-label="コメントを追加します。@ を使ってユーザーをメンションすることができます。">'
           'コメントを追加します。@ を使ってユーザーをメンションすることができます。</div></div>',
           '<div role="list" class="cm-list">']
    for name, dept, at, txt, likes in COMMENTS:
        out.append('<div role="listitem" class="cm-item">'
                   f'<span class="persona-initials" aria-hidden="true">{e(name[0])}</span>'
                   f'<div class="cm-body"><div class="cm-head"><span class="cm-name">{e(name)}</span>'
                   f'<span class="cm-dept">{e(dept)}</span><span class="cm-time">{e(at)}</span></div>'
                   f'<div class="cm-text">{e(txt)}</div>'
                   f'<div class="cm-actions"><button type="button" class="cm-like" aria-pressed="false">いいね！</button>'
                   f'<span class="cm-likes">{likes}</span><button type="button" class="cm-reply">返信</button></div></div></div>')
    out.append('</div></div>')
    return '\n'.join(out)


CSS = r"""
body{margin:0;font-family:"Segoe UI","Yu Gothic UI","Meiryo UI",sans-serif;font-size:14px;color:#323130;background:#fff}
#SuiteNavWrapper{height:48px;background:#036c70;color:#fff;display:flex;align-items:center;padding:0 8px}
#SuiteNavWrapper .waffle{width:48px;height:48px;border:0;background:transparent;color:#fff;font-size:18px}
#SuiteNavWrapper .brand{font-weight:600;font-size:16px;margin-right:24px}
#SuiteNavWrapper .search{flex:1;max-width:460px;background:#fff;color:#605e5c;border-radius:4px;padding:6px 10px;font-size:13px}
#SuiteNavWrapper .me{margin-left:auto;display:flex;gap:14px;align-items:center;font-size:13px}
.persona-initials{display:inline-flex;width:32px;height:32px;border-radius:50%;background:#8764b8;color:#fff;align-items:center;justify-content:center;font-size:13px;flex:none}
#spSiteHeader{display:flex;align-items:center;padding:16px 32px;border-bottom:1px solid #edebe9}
#spSiteHeader .logo{width:48px;height:48px;background:#038387;color:#fff;display:flex;align-items:center;justify-content:center;font-size:20px;border-radius:4px;margin-right:14px}
#spSiteHeader .sitename{font-size:24px;font-weight:600}
#spSiteHeader .privacy{font-size:12px;color:#605e5c;margin-left:12px}
#spSiteHeader .actions{margin-left:auto;display:flex;gap:16px;font-size:13px}
#spSiteHeader .actions button{background:none;border:0;color:#323130;font-size:13px}
.topnav{display:flex;gap:24px;padding:0 32px;height:40px;align-items:center;border-bottom:1px solid #edebe9;font-size:14px}
.topnav a{color:#323130;text-decoration:none}
#spPageChrome{display:flex}
#spLeftNav{width:200px;flex:none;border-right:1px solid #edebe9;padding-top:12px;font-size:14px}
#spLeftNav a{display:block;padding:8px 20px;color:#323130;text-decoration:none}
#spLeftNav a.is-selected{border-left:2px solid #038387;font-weight:600}
main{flex:1;min-width:0}
.cmdbar{display:flex;gap:18px;padding:8px 32px;border-bottom:1px solid #edebe9;font-size:13px;color:#323130}
.cmdbar .status{margin-left:auto;color:#605e5c}
.pageTitle{padding:32px 64px 8px}
.pageTitle h1{font-size:36px;font-weight:600;margin:0 0 12px}
.byline{display:flex;gap:12px;align-items:center;color:#605e5c;font-size:13px}
.byline .author{color:#323130;font-weight:600}
.CanvasZone{padding:12px 64px}
.CanvasZone--two .CanvasSection{display:grid;grid-template-columns:2fr 1fr;gap:24px}
.rte-webpart h2{font-size:24px;font-weight:600;margin:28px 0 10px;border-bottom:1px solid #edebe9;padding-bottom:6px}
.rte-webpart h3{font-size:18px;font-weight:600;margin:18px 0 8px}
.rte-webpart p{margin:6px 0;line-height:1.7}
.rte-webpart li{line-height:1.7;margin:2px 0}
.wp-title{display:flex;justify-content:space-between;font-size:16px;font-weight:600;margin:10px 0 6px}
.seeAll{font-size:13px;font-weight:400;color:#036c70}
.od-CommandBar{display:flex;gap:10px;margin-bottom:4px}
.od-CommandBar .cmd{background:none;border:0;font-size:13px;color:#323130}
[role=grid]{border-top:1px solid #edebe9;font-size:13px}
[role=row]{display:flex;border-bottom:1px solid #f3f2f1;min-height:36px;align-items:center}
.ms-DetailsHeader{font-weight:600}
[role=columnheader],[role=gridcell]{padding:6px 8px;flex:1 1 0;min-width:0}
.ms-DetailsHeader-cellIsCheck,.ms-DetailsRow-cellCheck{flex:0 0 24px!important}
[data-automation-key=Title],[data-automation-key=Baitai],[data-automation-key=FileLeafRef]{flex:3 1 0}
[data-automation-key=Biko]{flex:3 1 0}
.wp-footnote{font-size:12px;color:#605e5c;margin-top:4px}
.cs-toggle{background:none;border:0;font-size:18px;font-weight:600;color:#323130;padding:10px 0;cursor:pointer;display:flex;gap:8px}
.cs-content[hidden]{display:none}
.ql-list{display:flex;flex-direction:column;gap:6px}
.ql-item a{color:#036c70;text-decoration:none;font-size:14px}
.CommentsWrapper{padding:24px 64px 48px;border-top:1px solid #edebe9;margin-top:24px}
.cm-title{font-size:20px;font-weight:600}
.cm-box{display:flex;gap:10px;align-items:center;margin-bottom:18px}
.cm-input{flex:1;border:1px solid #8a8886;border-radius:2px;padding:8px;color:#605e5c;font-size:13px}
.cm-item{display:flex;gap:10px;margin:14px 0}
.cm-head{display:flex;gap:10px;font-size:13px}
.cm-name{font-weight:600}
.cm-dept,.cm-time{color:#605e5c}
.cm-text{margin:4px 0}
.cm-actions{display:flex;gap:8px;font-size:12px;color:#605e5c}
.cm-actions button{background:none;border:0;color:#036c70;font-size:12px}
footer.spFooter{padding:16px 64px;border-top:1px solid #edebe9;font-size:12px;color:#605e5c}
"""

CONTEXT = ('var _spPageContextInfo={"webServerRelativeUrl":"/sites/kojinjoho-shingikai",'
           f'"webAbsoluteUrl":"{SITE}","webTitle":"太田市個人情報保護審議会 事務局",'
           '"webLanguage":1041,"currentCultureName":"ja-JP","currentUICultureName":"ja-JP",'
           '"userDisplayName":"新井 美咲","userEmail":"m-arai@otashi-jimukyoku.onmicrosoft.com",'
           '"isSiteAdmin":false,"serverRequestPath":"/sites/kojinjoho-shingikai/SitePages/R3-dai3kai-anken.aspx",'
           '"pageItemId":42,"pageListId":"{6f1c2a7e-3b9d-4e51-a0c8-9d2e4f7b1c35}",'
           '"siteClassification":"庁内限り","groupType":"Private","env":"prodbubble","siteId":"{b3e0f5a1-7c24-4d8e-9a61-2f0c8e5d9b47}"};')


def build():
    head = (
        '<!DOCTYPE html>\n'
        f'<!-- saved from url=(0093){SITE}/SitePages/R3-dai3kai-anken.aspx -->\n'
        '<html dir="ltr" lang="ja-JP"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>令和3年度第3回審議会 付議案件の整理（事務局作業用）</title>\n'
        f'<link rel="shortcut icon" href="{FILES}/favicon.ico" type="image/vnd.microsoft.icon">\n'
        f'<link rel="stylesheet" href="{FILES}/sp-pages-assembly_ja-jp_4b7d1e2c9a.css">\n'
        f'<link rel="stylesheet" href="{FILES}/fabric.components.min.css">\n'
        f'<script type="text/javascript">{CONTEXT}</script>\n'
        f'<script type="text/javascript" src="{FILES}/sp-pages-assembly_ja-jp_0f3a9c55e1.js" defer=""></script>\n'
        f'<style type="text/css">{CSS}</style>\n'
        '</head>\n')
    suite = (
        '<div id="SuiteNavWrapper" role="banner">'
        '<button type="button" class="waffle" aria-label="アプリ起動ツール">⋮⋮⋮</button>'
        '<span class="brand">SharePoint</span>'
        '<div class="search" role="search"><span>このサイトを検索</span></div>'
        '<div class="me"><span aria-label="設定">⚙</span><span aria-label="ヘルプ">?</span>'
        '<span class="persona-initials" title="新井 美咲">新井</span></div></div>\n')
    site = (
        '<div id="spSiteHeader" role="banner" data-automation-id="SiteHeader">'
        '<div class="logo" aria-hidden="true">個</div>'
        '<div><div class="sitename"><a href="' + SITE + '" style="color:inherit;text-decoration:none">太田市個人情報保護審議会 事務局</a></div></div>'
        '<span class="privacy">非公開グループ ｜ 庁内限り</span>'
        '<div class="actions"><button type="button" aria-pressed="true">★ フォロー中</button>'
        '<button type="button">共有</button><span>メンバー 9 人</span></div></div>\n'
        '<nav class="topnav" aria-label="サイト ナビゲーション"><a href="#">ホーム</a><a href="#">審議会資料</a>'
        '<a href="#">会議録</a><a href="#">答申・報告一覧</a><a href="#">委員の皆様へ</a></nav>\n')
    leftnav = (
        '<nav id="spLeftNav" aria-label="サイト ナビゲーション">'
        '<a href="#">ホーム</a><a href="#">会話</a><a href="#">ドキュメント</a><a href="#">審議会資料</a>'
        '<a href="#">会議録</a><a href="#">ノートブック</a><a href="#" class="is-selected">ページ</a>'
        '<a href="#">予定表</a><a href="#">サイト コンテンツ</a><a href="#">ごみ箱</a>'
        '<a href="#" style="color:#605e5c">編集</a></nav>\n')
    cmd = ('<div class="cmdbar" role="menubar"><span>＋ 新規</span><span>ページの詳細</span><span>分析</span>'
           '<span>✎ 編集</span><span class="status">公開済み 2021/11/02 ｜ 閲覧数 37</span></div>\n')
    title = ('<div class="pageTitle" data-automation-id="pageHeader">'
             '<h1 data-automation-id="pageTitle">令和3年度第3回審議会 付議案件の整理（事務局作業用）</h1>'
             '<div class="byline"><span class="persona-initials" aria-hidden="true">新井</span>'
             '<span class="author">新井 美咲</span><span>総務部 総務課 法制担当</span>'
             '<span>公開日 2021年10月28日</span><span>最終更新 2021年11月2日</span></div></div>\n')
    body = '\n'.join([intro(), matter1(), matter2(), doclib()])
    footer = ('<footer class="spFooter" role="contentinfo">太田市個人情報保護審議会 事務局 ｜ '
              '問合せ：総務課 法制担当（内線2147） ｜ このページは庁内限りです。外部に共有しないでください。</footer>\n')
    doc = (head + '<body class="ms-Fabric" dir="ltr">\n<div id="spoAppComponent">\n' + suite + site
           + '<div id="spPageChrome">\n' + leftnav + '<main id="spPageCanvasContent" role="main">\n' + cmd + title
           + '<div class="Canvas" data-automation-id="Canvas">\n' + body + '\n</div>\n' + comments() + '\n'
           + footer + '</main>\n</div>\n</div>\n</body></html>\n')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(doc)
    print('wrote', OUT)


if __name__ == '__main__':
    build()
