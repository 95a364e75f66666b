#!/usr/bin/env python3
"""Writes raw/aq1_sakaide_2023.html: a WordPress (block editor) post of 坂出市,
「令和5年度第1回個人情報保護審議会の結果」, as saved from the browser ("Webpage,
complete"): theme header with global menu and search form, Yoast breadcrumbs and
JSON-LD, <!-- wp:... --> block comments, wp-block-table figures, wp-block-columns
(city left, contractor right), a wp-block-details accordion holding the annex of
matter 1, a wp-block-file link, a wp-block-quote, sidebar, share buttons, author
box and footer.  UTF-8, LF.  Standard library only."""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'aq1_sakaide_2023.html')

SITE = 'https://www.city.sakaide.lg.jp'
SLUG = '/shisei/jouhou/kojinjouhou/shingikai/r5-1-kekka/'
FILES = './令和5年度第1回個人情報保護審議会の結果 _ 坂出市_files'


def esc(s):
    return html.escape(s, quote=False)


def li_list(items, ordered=False, cls='wp-block-list'):
    tag = 'ol' if ordered else 'ul'
    inner = ''.join(f'<li>{esc(x)}</li>' for x in items)
    return (f'<!-- wp:list {{"ordered":true}} -->\n' if ordered else '<!-- wp:list -->\n') + \
        f'<{tag} class="{cls}">{inner}</{tag}>\n<!-- /wp:list -->'


def para(text, raw=False):
    return f'<!-- wp:paragraph -->\n<p>{text if raw else esc(text)}</p>\n<!-- /wp:paragraph -->'


def heading(text, level=2, anchor=None):
    attrs = [] if level == 2 else [f'"level":{level}']
    if anchor:
        attrs.insert(0, f'"anchor":"{anchor}"')
    a = ('{' + ','.join(attrs) + '}') if attrs else ''
    ida = f' id="{anchor}"' if anchor else ''
    return f'<!-- wp:heading {a} -->\n<h{level} class="wp-block-heading"{ida}>{esc(text)}</h{level}>\n<!-- /wp:heading -->'.replace('wp:heading  -->', 'wp:heading -->')


def overview_table(rows, caption):
    body = ''.join(f'<tr><th>{esc(k)}</th><td>{v}</td></tr>' for k, v in rows)
    return ('<!-- wp:table {"hasFixedLayout":true,"className":"is-style-regular tbl-gaiyou"} -->\n'
            '<figure class="wp-block-table is-style-regular tbl-gaiyou"><table class="has-fixed-layout"><tbody>'
            f'{body}</tbody></table><figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>\n'
            '<!-- /wp:table -->')


def items_table(groups, caption, head=('区分', '個人情報の項目', '主な用途')):
    rows = []
    for label, entries in groups:
        for i, (item, use) in enumerate(entries):
            first = f'<td rowspan="{len(entries)}">{esc(label)}</td>' if i == 0 else ''
            rows.append(f'<tr>{first}<td>{esc(item)}</td><td>{esc(use)}</td></tr>')
    thead = ''.join(f'<th>{esc(h)}</th>' for h in head)
    return ('<!-- wp:table {"className":"tbl-koumoku"} -->\n'
            '<figure class="wp-block-table tbl-koumoku"><table><thead><tr>' + thead + '</tr></thead><tbody>'
            + ''.join(rows) +
            f'</tbody></table><figcaption class="wp-element-caption">{caption}</figcaption></figure>\n'
            '<!-- /wp:table -->')


def columns(left_title, left_groups, right_title, right_groups):
    def col(title, groups):
        parts = [f'<!-- wp:column {{"className":"col-sochi"}} -->\n<div class="wp-block-column col-sochi">',
                 heading(title, 4)]
        for sub, items in groups:
            parts.append(para(f'<strong>{esc(sub)}</strong>', raw=True))
            parts.append(li_list(items, ordered=True))
        parts.append('</div>\n<!-- /wp:column -->')
        return '\n'.join(parts)
    return ('<!-- wp:columns {"className":"sochi-2col"} -->\n<div class="wp-block-columns sochi-2col">\n'
            + col(left_title, left_groups) + '\n' + col(right_title, right_groups) +
            '\n</div>\n<!-- /wp:columns -->')


# ----------------------------------------------------------------------------- matter 1
M1_TITLE = 'ひきこもり地域支援センター運営業務の委託について'
M1_OVERVIEW = [
    ('件名', esc(M1_TITLE)),
    ('担当課', '健康福祉部　地域共生推進課'),
    ('区分', '報告（施行条例第6条第2項・個人情報の取扱いの委託）'),
    ('委託先', '特定非営利活動法人さぬきリスタートネット'),
    ('期間', '令和5年9月1日から令和6年3月31日まで<br>（令和6年度以降も継続して委託する予定）'),
]
M1_ITEMS = [
    ('本人', [
        ('氏名', '本人の確認、連絡'),
        ('生年月日', '本人の確認'),
        ('性別', '支援方法の検討'),
        ('住所', '訪問支援'),
        ('電話番号', '連絡'),
        ('ひきこもりの状態にある期間', '支援方法の検討'),
        ('就労・就学の状況', '支援方法の検討'),
        ('医療機関への通院歴', '関係機関との連携'),
        ('診断名（本人又は家族から申出があった場合）', '支援方針の検討'),
        ('障害者手帳の種類及び等級', '利用できる制度の案内'),
        ('生活保護の受給状況', '関係機関との連携'),
        ('相談内容', '支援記録の作成'),
        ('支援の経過', '支援記録の作成'),
    ]),
    ('相談者（家族等）', [
        ('氏名', '連絡'),
        ('本人との続柄', '支援方法の検討'),
        ('電話番号', '連絡'),
        ('メールアドレス', '相談予約の連絡'),
    ]),
]
M1_CAPTION = ('表2　委託先に取り扱わせる個人情報<br><small>※本人の犯罪歴や非行歴については、相談の中で話があった場合も'
              '記録しません。</small>')
M1_MEDIA = ['紙（相談受付票、支援記録票）',
            '受託者の事務所に設置する相談記録用パソコン',
            '受託者の相談予約用の電子メール（専用アドレス）']
M1_MEDIA_NOTE = '市と受託者との間の個人情報の受渡しは紙で行い、USBメモリ等の外部記録媒体は使用しません。'
M1_WARD = [
    ('組織的な措置', [
        '委託契約書には下記の特記事項を添付し、法及び市の個人情報保護に関する規程を守ることを受託者に義務付ける。',
        '年度内に少なくとも一度、職員が受託者の事務所を訪れ、記録票の保管や記録用パソコンの管理の実態を点検する。',
        '個人情報の漏えいなどの事故が起きた場合に備え、受託者との連絡経路と対応の段取りをあらかじめ取り決めておく。',
    ]),
    ('物理的な措置', [
        '市の窓口で受けた相談を受託者に引き継ぐときは、職員が相談受付票を封筒に入れて事務所へ持参し、受託者の責任者に直接手渡す。その際、受領の署名を得た引渡簿を取り交わす。',
        '受託者から提出された支援記録票の写しは、課内の鍵の掛かる書庫に収める。',
    ]),
]
M1_CONTR = [
    ('組織的・人的な措置', [
        '相談支援に当たる職員と、個人情報の管理を統括する者を定めさせ、氏名を記した一覧を市に届け出させる。',
        '相談支援に就く職員には、事前に個人情報の扱い方についての講習を受けさせる。',
        '業務上知り得た相談者の事情を、契約の終了後も含めて口外しない旨の誓約書を、従事者から提出させる。',
    ]),
    ('物理的な措置', [
        '相談受付票及び支援記録票は、使用しないときは施錠した戸棚に納めさせる。',
        '記録票等を事務所の外へ持ち出すことは、訪問支援に必要な最小限のものを除いて認めない。',
    ]),
    ('技術的な措置', [
        '予約受付のメールは専用のアドレスに限って送受信させ、返信するときは宛先を二人で確かめさせる。',
        '記録用パソコンは、担当者ごとのIDとパスワードを入力しなければ起動できない設定とさせる。',
        '記録用パソコンには不正プログラムを検知するソフトウェアを導入させ、検知用の定義データを常に新しい状態に保たせる。',
        '委託期間が満了したときは、支援記録票を市へ引き渡させるとともに、記録用パソコン内のデータを復元できない方法で削除させ、その旨を記した書面を提出させる。',
    ]),
]
M1_ANNEX = [
    ('第1条', '基本的事項', ['乙は、個人情報の保護に関する法律その他の関係法令を遵守し、この契約に基づく業務（以下「本業務」という。）に係る個人情報を、個人の権利利益を損なうことのないよう慎重に取り扱わなければならない。']),
    ('第2条', '秘密の保持', ['乙は、本業務を通じて知った個人情報を、正当な理由なく他人に知らせてはならない。契約期間が満了し、又は契約が解除された後も、同様とする。']),
    ('第3条', '取得の制限', ['乙は、本業務のために個人情報を取得するときは、本業務を行うのに必要な範囲を超えてはならず、偽りその他不正な手段によってはならない。']),
    ('第4条', '利用及び提供の制限', ['乙は、甲の書面による承諾がある場合を除き、本業務で扱う個人情報を本業務以外の用途に使い、又は他の者に渡してはならない。']),
    ('第5条', '複写等の禁止', ['乙は、甲の承諾なく、本業務で扱う個人情報が記載された書類及び記録の写しを作ってはならない。']),
    ('第6条', '再委託の禁止', ['乙は、本業務の処理を他の者に委ねてはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。']),
    ('第7条', '持出しの禁止', ['乙は、個人情報が記載された書類等を、本業務を行う施設の外に持ち出してはならない。']),
    ('第8条', '適正な管理', ['乙は、本業務で扱う書類等を施錠できる保管設備に収納するなど、その滅失及び毀損を防ぐための措置を講じなければならない。']),
    ('第9条', '従事者の指定', ['乙は、本業務において個人情報を扱う者及びこれらの者を監督する責任者を定め、その氏名を甲に届け出なければならない。これらの者を変更したときも、同様とする。']),
    ('第10条', '従事者への教育', ['乙は、本業務に従事する者に対し、個人情報の適切な扱いについて必要な教育を行わなければならない。']),
    ('第11条', '返還及び消去', ['乙は、本業務が完了し、又は契約が解除されたときは、甲から受け取った書類等を直ちに甲に返し、乙の機器に記録した個人情報は復元できない方法で消去しなければならない。',
                          '2　乙は、前項の消去を行ったときは、その日時、方法及び対象を記載した書面により甲に報告しなければならない。']),
    ('第12条', '報告及び調査', ['甲は、必要と認めるときは、乙に対し個人情報の取扱状況について報告を求め、又は職員を乙の施設に立ち入らせて調査することができる。']),
    ('第13条', '事故発生時の措置', ['乙は、個人情報の漏えい、滅失、毀損その他の事故が生じ、又はそのおそれがあるときは、直ちに甲に連絡し、甲の指示に従って必要な措置を講じるとともに、その経過を書面で報告しなければならない。']),
    ('第14条', '契約の解除及び損害賠償', ['甲は、乙がこの特記事項に違反したときは、契約を解除することができる。',
                               '2　乙は、この特記事項に違反し、甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。']),
]

# ----------------------------------------------------------------------------- matter 2
M2_TITLE = '重度心身障害者等医療費及びこども医療費の助成に係る資格情報の連携のための外部結合について'
M2_OVERVIEW = [
    ('件名', esc(M2_TITLE)),
    ('担当課', '市民生活部　保険年金課、福祉医療課'),
    ('区分', '諮問（施行条例第7条第1項・市の機関以外の者が管理する電子計算組織との結合）'),
    ('委託先', '結合先：医療費助成資格情報連携サービス（LGWAN-ASP）<br>運営事業者：株式会社せとうちメディカルリンク'),
    ('期間', '令和5年10月1日から令和6年3月31日まで（先行実施期間）'),
]
M2_ITEMS = [
    ('受給者', [
        ('氏名', '資格の照合'),
        ('カナ氏名', '資格の照合'),
        ('生年月日', '資格の照合'),
        ('性別', '資格の照合'),
        ('住所', '資格の照合'),
        ('受給者番号', '資格の照合'),
        ('保険者番号', '医療保険の確認'),
        ('被保険者記号・番号', '医療保険の確認'),
        ('助成の種別', '助成内容の判定'),
        ('一部負担金の区分', '窓口負担額の算定'),
        ('資格の有効期間', '資格の有無の判定'),
        ('身体障害者手帳の障害等級', '助成対象の判定'),
        ('療育手帳の区分（A・B）', '助成対象の判定'),
        ('精神障害者保健福祉手帳の等級', '助成対象の判定'),
        ('生活保護の受給の有無', '助成対象外の判定'),
    ]),
    ('保護者（受給者がこども医療費の対象児童である場合）', [
        ('氏名', '資格の照合'),
        ('受給者との続柄', '資格の照合'),
    ]),
]
M2_CAPTION = ('表4　結合により送信する個人情報<br><small>※病名、診療の内容及び受診した医療機関に関する情報は、'
              '送信しません。</small>')
M2_MEDIA = ['福祉医療システム（市の基幹系システム）',
            '連携用ファイルの作成に用いる福祉医療課の職員用端末',
            '医療費助成資格情報連携サービスのクラウド環境（LGWAN-ASP）']
M2_MEDIA_NOTE = '紙の受給資格証は従来どおり市から郵送し、運営事業者に紙媒体を渡すことはありません。'
M2_WARD = [
    ('運用上の措置', [
        '運営事業者との利用契約には、法の規定及び市の情報セキュリティポリシーを守ることを条件として明記する。',
        '職員に対しては、年に一度、障がいに関する情報を扱う際の注意点を含めた研修を行う。',
    ]),
    ('システム上の措置', [
        '連携用ファイルは福祉医療課の指定端末1台からのみ送信できるよう設定し、送信の操作ができる職員を3名に絞る。',
        '指定端末は、職員一人ひとりに配布したICカードと暗証番号の二つが揃わなければ操作できないようにする。',
        '連携サービスとの接続にはLGWANを用い、インターネットとは経路を分離する。',
        '送信の記録は自動で保存され、福祉医療課長が月ごとに内容を点検する。',
    ]),
]
M2_CONTR = [
    ('運用上の措置', [
        'サービスの運用と保守の手順を文書にまとめさせ、先行実施の開始前に市の確認を受けさせる。',
        '月に一度、サービスの稼働状況とあわせて、市のデータの取扱いの状況を文書で報告させる。',
        '障害や情報の流出が起きたとき、又はそのおそれがあるときは、直ちに市へ知らせ、市の指示に従って対処させる。',
        '先行実施期間が終わった後、サービス上の市のデータを消去させ、消去したことを証する書面を提出させる。',
    ]),
    ('物理的な措置', [
        'サーバを設置するデータセンターでは、サーバ室に入ることのできる者をあらかじめ登録した者に限らせ、出入りの記録を残させる。',
    ]),
    ('システム上の措置', [
        '通信の経路と保存するデータは、いずれも暗号化させる。',
        'ファイアウォールと侵入検知の仕組みにより、外部からの不正な接続を遮断させる。',
        'サーバの操作記録を1年以上保存させ、不審な操作がないかを定期的に確かめさせる。',
        '市のデータを閲覧できる権限は、運用に必要な最小限の担当者にだけ付与させる。',
        'ソフトウェアの脆弱性を修正する更新は速やかに適用させ、ウイルス対策ソフトの定義ファイルも最新に保たせる。',
    ]),
]


def annex_block(articles):
    parts = ['<!-- wp:details {"className":"tokki"} -->',
             '<details class="wp-block-details tokki"><summary>特記事項を表示</summary>',
             para('<strong>個人情報の取扱いに関する特記事項</strong>', raw=True),
             para('（甲：坂出市　乙：受託者）')]
    for num, head, paras in articles:
        parts.append(para(f'<strong>{num}（{esc(head)}）</strong>　{esc(paras[0])}', raw=True))
        for p in paras[1:]:
            parts.append(para(p))
    parts.append('</details>\n<!-- /wp:details -->')
    return '\n'.join(parts)


def content():
    c = []
    c.append(para('令和5年度第1回坂出市個人情報保護審議会を開催しました。会議の概要と、報告・審議された案件の内容をお知らせします。'))
    c.append(heading('会議の概要', 2, 'gaiyou'))
    c.append(li_list([
        '開催日時：令和5年7月26日（水曜日）午後2時00分から午後3時35分まで',
        '開催場所：坂出市役所　本庁舎5階　第2委員会室',
        '出席委員：5名（委員定数6名）',
        '事務局：総務部総務課',
        '傍聴者：なし',
        '案件：報告事項1件、諮問事項1件、その他1件',
    ]))
    c.append(para('坂出市個人情報保護審議会は、令和5年4月1日に個人情報の保護に関する法律（以下「法」といいます。）'
                  'の改正規定が施行されたことに伴い、坂出市個人情報の保護に関する法律施行条例（令和5年坂出市条例第4号。'
                  '以下「施行条例」といいます。）第9条の規定により置かれている附属機関です。法第129条の規定により、'
                  '市の機関が個人情報の適正な取扱いを確保するため専門的な知見に基づく意見を聴くことが特に必要と認める場合に、'
                  '審議会へ諮問しています。'))
    # --- matter 1
    c.append('<!-- wp:group {"className":"anken","layout":{"type":"constrained"}} -->\n<div class="wp-block-group anken">')
    c.append(heading('報告事項1　ひきこもり地域支援センターの運営委託について', 2, 'houkoku1'))
    c.append(para('健康福祉部地域共生推進課から、次の案件について報告がありました。'))
    c.append(overview_table(M1_OVERVIEW, '表1　報告事項1の概要'))
    c.append(heading('事業の内容', 3))
    c.append(para('ひきこもりの状態にある方とその家族からの相談に応じ、訪問による支援や居場所づくりを行う'
                  '「坂出市ひきこもり地域支援センター」の運営を、ひきこもり支援の実績がある法人に委託するものです。'
                  'センターは令和5年9月4日（月曜日）に開所します。市の窓口で受けた相談のうち継続的な支援が必要なものは、'
                  '本人又は家族の同意を得たうえでセンターへ引き継ぎます。'))
    c.append(heading('委託先に取り扱わせる個人情報', 3))
    c.append(items_table(M1_ITEMS, M1_CAPTION))
    c.append(heading('記録媒体', 3))
    c.append(li_list(M1_MEDIA))
    c.append(para(M1_MEDIA_NOTE))
    c.append(heading('個人情報の保護のための措置', 3))
    c.append(columns('市が講じる措置', M1_WARD, '受託者に講じさせる措置', M1_CONTR))
    c.append(annex_block(M1_ANNEX))
    c.append(heading('報告に対する主な意見等', 3))
    c.append(li_list([
        '委員：診断名はどのような場合に記録するのか。',
        '地域共生推進課：本人又は家族から申出があった場合に限り、支援の方針を考えるために記録します。',
        '委員：訪問支援の件数の見込みは。',
        '地域共生推進課：年間延べ120件程度を見込んでいます。',
    ]))
    c.append('<!-- wp:quote -->\n<blockquote class="wp-block-quote">' +
             para('ひきこもりの状態にある方やその家族にとっては、相談していること自体が周囲に知られたくない事柄です。'
                  '委託先には、この点を職員一人ひとりにまで浸透させていただきたい。') +
             '<cite>真鍋会長（審議会での発言から）</cite></blockquote>\n<!-- /wp:quote -->')
    c.append(para('報告の内容は、了承されました。'))
    c.append('</div>\n<!-- /wp:group -->')
    # --- matter 2
    c.append('<!-- wp:group {"className":"anken","layout":{"type":"constrained"}} -->\n<div class="wp-block-group anken">')
    c.append(heading('諮問事項1　医療費助成の資格情報連携に係る外部結合について', 2, 'shimon1'))
    c.append(para('市長から、次の案件について諮問がありました（令和5年7月10日付け坂福医第218号）。'))
    c.append(overview_table(M2_OVERVIEW, '表3　諮問事項1の概要'))
    c.append(heading('事業の内容', 3))
    c.append(para('医療機関や薬局の窓口で、紙の受給資格証に代えて受給者の資格を電子的に確かめられるようにするため、'
                  '県内の市町と医療関係団体が共同で進める先行実施の取組みに参加するものです。市の福祉医療システムから'
                  '受給者の資格情報を抽出して連携用ファイルを作成し、連携サービスへ毎日送信します。'
                  'なお、令和6年度以降の取扱いは、先行実施の結果を検証したうえで、改めて審議会にお諮りします。'))
    c.append(heading('結合により送信する個人情報', 3))
    c.append(items_table(M2_ITEMS, M2_CAPTION, head=('区分', '個人情報の項目', '利用の目的')))
    c.append(heading('記録媒体', 3))
    c.append(li_list(M2_MEDIA))
    c.append(para(M2_MEDIA_NOTE))
    c.append(heading('個人情報の保護のための措置', 3))
    c.append(columns('市が講じる措置', M2_WARD, '運営事業者に講じさせる措置', M2_CONTR))
    c.append(heading('審議の結果', 3))
    c.append(para('委員からの質疑の後、諮問のとおり結合を行うことは適当である旨を答申することとしました。'
                  '答申は、令和5年8月4日付けで市長に行いました。'))
    c.append('</div>\n<!-- /wp:group -->')
    # --- other
    c.append(heading('その他', 2, 'sonota'))
    c.append(para('事務局から、令和4年度第3回審議会で報告された「坂出市公式LINEアカウントを活用した粗大ごみ収集申込みの'
                  '受付業務の委託について」について、運用開始後の状況の説明がありました。'))
    c.append(heading('会議資料', 2, 'shiryou'))
    c.append('<!-- wp:file {"id":17342,"href":"' + SITE + '/wp-content/uploads/2023/03/R4-03_shingikai_shiryo.pdf"} -->\n'
             '<div class="wp-block-file"><a id="wp-block-file--media-5b1c0e7a-2f3d-4c59-9e1b-7c6a0d2e4f18" '
             'href="' + SITE + '/wp-content/uploads/2023/03/R4-03_shingikai_shiryo.pdf">'
             '個人情報保護審議会資料（PDF：1.2MB）</a><a href="' + SITE +
             '/wp-content/uploads/2023/03/R4-03_shingikai_shiryo.pdf" class="wp-block-file__button wp-element-button" '
             'download aria-describedby="wp-block-file--media-5b1c0e7a-2f3d-4c59-9e1b-7c6a0d2e4f18">ダウンロード</a></div>\n'
             '<!-- /wp:file -->')
    c.append(para('<small>PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。</small>', raw=True))
    return '\n\n'.join(c)


JSONLD = ('{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"' + SITE + SLUG + '#article",'
          '"isPartOf":{"@id":"' + SITE + SLUG + '"},"author":{"name":"総務課","@id":"' + SITE +
          '/#/schema/person/9c2e1f0a"},"headline":"令和5年度第1回個人情報保護審議会の結果",'
          '"datePublished":"2023-08-28T00:15:22+00:00","dateModified":"2024-02-05T04:12:31+00:00",'
          '"mainEntityOfPage":{"@id":"' + SITE + SLUG + '"},"wordCount":38,"publisher":{"@id":"' + SITE +
          '/#organization"},"keywords":["個人情報保護","審議会"],"articleSection":["個人情報保護審議会"],'
          '"inLanguage":"ja"},{"@type":"WebPage","@id":"' + SITE + SLUG + '","url":"' + SITE + SLUG + '",'
          '"name":"令和5年度第1回個人情報保護審議会の結果 | 坂出市","isPartOf":{"@id":"' + SITE + '/#website"},'
          '"datePublished":"2023-08-28T00:15:22+00:00","dateModified":"2024-02-05T04:12:31+00:00",'
          '"breadcrumb":{"@id":"' + SITE + SLUG + '#breadcrumb"},"inLanguage":"ja"},'
          '{"@type":"BreadcrumbList","@id":"' + SITE + SLUG + '#breadcrumb","itemListElement":['
          '{"@type":"ListItem","position":1,"name":"ホーム","item":"' + SITE + '/"},'
          '{"@type":"ListItem","position":2,"name":"市政情報","item":"' + SITE + '/shisei/"},'
          '{"@type":"ListItem","position":3,"name":"情報公開・個人情報保護","item":"' + SITE + '/shisei/jouhou/"},'
          '{"@type":"ListItem","position":4,"name":"個人情報保護審議会","item":"' + SITE +
          '/shisei/jouhou/kojinjouhou/shingikai/"},'
          '{"@type":"ListItem","position":5,"name":"令和5年度第1回個人情報保護審議会の結果"}]},'
          '{"@type":"WebSite","@id":"' + SITE + '/#website","url":"' + SITE + '/","name":"坂出市",'
          '"publisher":{"@id":"' + SITE + '/#organization"},"inLanguage":"ja"},'
          '{"@type":"Organization","@id":"' + SITE + '/#organization","name":"坂出市","url":"' + SITE + '/"}]}')


def page():
    nav = ['暮らし・手続き', '子育て・教育', '健康・福祉', '観光・文化', '産業・しごと', '市政情報']
    nav_html = ''.join(f'<li id="menu-item-{101 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category'
                       f'{" current-menu-ancestor" if n == "市政情報" else ""} menu-item-{101 + i}"><a href="{SITE}/'
                       f'{["kurashi", "kosodate", "kenkou", "kankou", "sangyou", "shisei"][i]}/">{n}</a></li>'
                       for i, n in enumerate(nav))
    recent = ['令和5年度第2回個人情報保護審議会の結果',
              '坂出市公式LINEで粗大ごみの収集申込みができるようになりました',
              '特定健康診査の受診勧奨業務の委託事業者が決まりました',
              '個人情報の保護に関する制度が変わりました（令和5年4月）',
              '令和4年度第3回個人情報保護審議会の結果']
    recent_html = ''.join(f'<li><a class="wp-block-latest-posts__post-title" href="{SITE}/?p={18410 - 37 * i}">{esc(t)}</a></li>'
                          for i, t in enumerate(recent))
    tags = [('個人情報保護', 22, 14), ('審議会', 18, 11), ('委託', 16, 9), ('外部結合', 10, 3), ('子育て', 13, 6),
            ('健康', 12, 5), ('福祉', 11, 4), ('マイナンバー', 9, 2), ('LINE', 8, 1)]
    tag_html = ' '.join(f'<a href="{SITE}/tag/t{n}/" class="tag-cloud-link tag-link-{30 + n} tag-link-position-{n + 1}" '
                        f'style="font-size: {sz}pt;" aria-label="{t} ({c}個の項目)">{t}</a>'
                        for n, (t, sz, c) in enumerate(tags))
    return f'''<!DOCTYPE html>
<!-- saved from url=(0086){SITE}{SLUG} -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>令和5年度第1回個人情報保護審議会の結果 | 坂出市</title>
<!-- This site is optimized with the Yoast SEO plugin v21.1 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="令和5年度第1回坂出市個人情報保護審議会の開催結果をお知らせします。">
<link rel="canonical" href="{SITE}{SLUG}">
<meta property="og:locale" content="ja_JP">
<meta property="og:type" content="article">
<meta property="og:title" content="令和5年度第1回個人情報保護審議会の結果 | 坂出市">
<meta property="og:url" content="{SITE}{SLUG}">
<meta property="og:site_name" content="坂出市">
<meta property="article:published_time" content="2023-08-28T00:15:22+00:00">
<meta property="article:modified_time" content="2024-02-05T04:12:31+00:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="執筆者">
<meta name="twitter:data1" content="総務課">
<script type="application/ld+json" class="yoast-schema-graph">{JSONLD}</script>
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="wp-block-library-css" href="{FILES}/style.min.css" media="all">
<link rel="stylesheet" id="sakaide-theme-style-css" href="{FILES}/style.css" media="all">
<script src="{FILES}/jquery.min.js" id="jquery-core-js"></script>
<style id="wp-block-columns-inline-css">.wp-block-columns{{display:flex;gap:2em}}.wp-block-column{{flex:1 1 0}}</style>
</head>
<body class="post-template-default single single-post postid-18342 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">本文へスキップ</a>
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="header-top">
<ul class="header-util"><li><a href="{SITE}/foreign/">Foreign Language</a></li><li><a href="{SITE}/sitemap/">サイトマップ</a></li><li><button class="fontsize" type="button">文字サイズ 標準</button><button class="fontsize" type="button">拡大</button></li><li><button class="color-change" type="button">背景色</button></li></ul>
</div>
<div class="site-branding"><p class="site-title"><a href="{SITE}/" rel="home"><img src="{FILES}/logo.svg" alt="坂出市" width="220" height="48"></a></p>
<p class="site-description">人が輝き　まちが輝く　坂出</p></div>
<form role="search" method="get" class="search-form" action="{SITE}/">
<label><span class="screen-reader-text">検索:</span><input type="search" class="search-field" placeholder="サイト内検索" value="" name="s"></label>
<input type="submit" class="search-submit" value="検索"></form>
<nav id="site-navigation" class="main-navigation" aria-label="グローバルメニュー">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">メニュー</button>
<div class="menu-global-container"><ul id="primary-menu" class="menu">{nav_html}</ul></div>
</nav>
</header>
<div class="breadcrumbs-wrap"><p id="breadcrumbs"><span><span><a href="{SITE}/">ホーム</a></span> » <span><a href="{SITE}/shisei/">市政情報</a></span> » <span><a href="{SITE}/shisei/jouhou/">情報公開・個人情報保護</a></span> » <span><a href="{SITE}/shisei/jouhou/kojinjouhou/shingikai/">個人情報保護審議会</a></span> » <span class="breadcrumb_last" aria-current="page">令和5年度第1回個人情報保護審議会の結果</span></span></p></div>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-18342" class="post-18342 post type-post status-publish format-standard hentry category-shingikai tag-kojinjouhou tag-shingikai">
<header class="entry-header">
<h1 class="entry-title">令和5年度第1回個人情報保護審議会の結果</h1>
<div class="entry-meta"><span class="posted-on">投稿日：<time class="entry-date published" datetime="2023-08-28T09:15:22+09:00">2023年8月28日</time></span> <span class="updated-on">最終更新日：<time class="updated" datetime="2024-02-05T13:12:31+09:00">2024年2月5日</time></span> <span class="cat-links">カテゴリー：<a href="{SITE}/category/shingikai/" rel="category tag">個人情報保護審議会</a></span></div>
</header>
<div class="entry-content">
{content()}
</div>
<footer class="entry-footer">
<div class="sns-share"><span class="sns-share__label">この記事をシェアする</span>
<a class="sns-share__x" href="https://twitter.com/intent/tweet?url={SITE}{SLUG}&amp;text=%E4%BB%A4%E5%92%8C5%E5%B9%B4%E5%BA%A6" target="_blank" rel="noopener">X（旧Twitter）</a>
<a class="sns-share__fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}{SLUG}" target="_blank" rel="noopener">Facebook</a>
<a class="sns-share__line" href="https://social-plugins.line.me/lineit/share?url={SITE}{SLUG}" target="_blank" rel="noopener">LINE</a>
<button class="sns-share__copy" type="button">URLをコピー</button></div>
<div class="tags-links">タグ：<a href="{SITE}/tag/t0/" rel="tag">個人情報保護</a>、<a href="{SITE}/tag/t1/" rel="tag">審議会</a></div>
<div class="author-box">
<h2 class="author-box__title">この記事を書いた人</h2>
<div class="author-box__inner"><img alt="" src="{FILES}/avatar-soumu.png" class="avatar avatar-64" height="64" width="64">
<p class="author-box__name">総務部 総務課 文書法制係</p>
<p class="author-box__desc">審議会の庶務、情報公開及び個人情報保護制度の運用を担当しています。</p>
<p class="author-box__tel">電話：0877-46-5512（直通）　ファクス：0877-46-5590</p>
<p><a href="{SITE}/author/soumu/">総務課の記事一覧</a></p></div>
</div>
<nav class="navigation post-navigation" aria-label="投稿"><h2 class="screen-reader-text">投稿ナビゲーション</h2><div class="nav-links"><div class="nav-previous"><a href="{SITE}/?p=18105" rel="prev">前の記事：令和4年度第3回個人情報保護審議会の結果</a></div><div class="nav-next"><a href="{SITE}/?p=18410" rel="next">次の記事：令和5年度第2回個人情報保護審議会の結果</a></div></div></nav>
</footer>
</article>
</main>
<aside id="secondary" class="widget-area">
<section id="block-3" class="widget widget_block"><!-- wp:group -->
<div class="wp-block-group"><!-- wp:heading -->
<h2 class="wp-block-heading">最近の投稿</h2>
<!-- /wp:heading --><!-- wp:latest-posts -->
<ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent_html}</ul>
<!-- /wp:latest-posts --></div>
<!-- /wp:group --></section>
<section id="block-5" class="widget widget_block"><!-- wp:group -->
<div class="wp-block-group"><!-- wp:heading -->
<h2 class="wp-block-heading">カテゴリー</h2>
<!-- /wp:heading --><!-- wp:categories -->
<ul class="wp-block-categories-list wp-block-categories"><li class="cat-item cat-item-12"><a href="{SITE}/category/shingikai/">個人情報保護審議会</a> (14)</li><li class="cat-item cat-item-9"><a href="{SITE}/category/jouhoukoukai/">情報公開</a> (6)</li><li class="cat-item cat-item-4"><a href="{SITE}/category/oshirase/">お知らせ</a> (231)</li></ul>
<!-- /wp:categories --></div>
<!-- /wp:group --></section>
<section id="block-7" class="widget widget_block widget_tag_cloud"><!-- wp:tag-cloud -->
<p class="wp-block-tag-cloud">{tag_html}</p>
<!-- /wp:tag-cloud --></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-nav"><ul><li><a href="{SITE}/about-site/">このサイトについて</a></li><li><a href="{SITE}/privacy/">個人情報の取扱い</a></li><li><a href="{SITE}/accessibility/">ウェブアクセシビリティ方針</a></li><li><a href="{SITE}/link/">リンク集</a></li></ul></div>
<div class="site-info">
<p class="footer-name">坂出市役所</p>
<p class="footer-address">〒762-8601　香川県坂出市本町一丁目9番20号　<a href="{SITE}/access/">庁舎へのアクセス</a></p>
<p class="footer-tel">電話：0877-46-0101（代表）</p>
<p class="footer-hours">開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、12月29日から1月3日までを除く）</p>
<p class="copyright"><small>Copyright © Sakaide City. All Rights Reserved.</small></p>
</div>
<a href="#page" class="pagetop">ページの先頭へ</a>
</footer>
</div>
<script src="{FILES}/navigation.js" id="sakaide-navigation-js"></script>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png"}}</script>
</body></html>
'''


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(page())
    print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
