#!/usr/bin/env python3
"""Writes raw/z2_takaoka_2022.html: a responsive CMS page of 高岡市, as saved from the
browser with "Save page as, complete" (the saved-from comment, ./…_files/ asset paths).

Every matter is in the DOM three times:
- a desktop <table> inside <div class="u-pc-only">;
- a phone card list <div class="c-card"> with <dl> inside <div class="u-sp-only">,
  with slightly different labels (件名/案件名, 担当課/所管課, 委託先/受託事業者 …);
- the hydration blob <script type="application/json" id="__NEXT_DATA__">.
The two HTML versions are switched only by a media query of the inline stylesheet.
The 特記事項 of the first matter is an accordion <details> in the desktop version only;
the card links to it.

Page chrome: cookie banner, <noscript>, header with a mega menu (organisation list),
breadcrumbs, SNS share buttons, meeting documents, an inquiry box of the secretariat,
a survey, a "このページを見ている人はこんなページも見ています" list naming other years'
matters, a local side menu and the footer.

Everything except the municipality name (高岡市) is invented.

    python3 src/z/make_z2_takaoka.py
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'z2_takaoka_2022.html')

PAGE_TITLE = '令和4年度第3回高岡市個人情報保護審議会の審議案件について'
FILES = './' + PAGE_TITLE + '｜高岡市_files'
UPDATED = '2022年11月8日'

M1 = {
    'key': 'r4-houkoku-5',
    'no': '報告第5号',
    'kind': '報告',
    'title': '病児・病後児保育事業の運営業務の委託について',
    'dept': 'こども未来部',
    'div': '子育て支援課',
    'basis': '高岡市個人情報保護条例第10条第3項',
    'basis_short': '第10条第3項',
    'contractor': '医療法人社団ひかり会',
    'contractor_note': '（ひかりこどもクリニック併設病児保育室「すずらん」を運営）',
    'from': '令和4年12月1日', 'to': '令和5年3月31日',
    'from_iso': '2022-12-01', 'to_iso': '2023-03-31',
    'pc_period_note': '（令和5年度以降も同様の委託を継続する予定）',
    'sp_period_note': '※次年度以降も継続予定',
    'outline': [
        '病気の回復期に至らない児童又は回復期にある児童で、保護者の勤務等の事情により家庭で保育を行うことが困難なものを、医療機関に併設した専用の保育室で一時的に預かる事業（児童福祉法第6条の3第13項に規定する病児保育事業）の運営を委託します。',
        '受託者は、利用の予約受付、利用当日の受入れ及び保育、医師連絡票の確認、利用料の徴収を行います。利用の申込みは、市内の保育施設（こども未来部こども保育課所管）を通じても受け付けます。',
    ],
    'items': [
        ('児童', ['氏名', '生年月日', '性別', '病名', '当日の症状（体温、せき、発疹の有無等）',
                '医師連絡票の記載内容（安静度、与薬の指示等）', '予防接種歴', '通園先の保育施設名', '利用希望日']),
        ('保護者', ['氏名', '住所', '電話番号', '勤務先', '利用料の減免区分', '生活保護の受給状況', '市民税の課税状況']),
    ],
    'media': ['紙（利用申込書、医師連絡票）', '受託者の事務室に設置するパソコン',
              '受託者が運用するインターネット予約システム（サーバは受託者が管理）'],
    'media_note': '※医師連絡票をファクシミリで送付する運用は行いません。',
    'city': [
        '契約書に「個人情報取扱特記事項」を添付し、条例の規定を守る義務を受託者に負わせます。',
        '事業の開始前に、受託者が作成した個人情報の取扱手順書の提出を受け、その内容を確認します。',
        '市から受託者へ利用登録者の一覧を渡すときは、職員が直接持参し、受領書に受託者の押印を受けます。',
        '受託者の従事者に対し、事業の開始前に、市の担当職員が個人情報の適正な取扱いについて説明を行います。',
        '年度内に少なくとも1回、病児保育室に立ち入り、書類の保管とシステムの運用の状況を検査します。',
    ],
    'contractor_measures': [
        '保育室ごとに個人情報の管理責任者を置き、その氏名を市に届け出ます。',
        '予約システムは、保育士ごとに発行したIDとパスワードでのみ利用させます。',
        '予約システムの通信はTLSにより暗号化し、サーバはファイアウォールで外部からの不正な接続を遮断します。',
        '予約システムの閲覧・更新の記録を保存し、管理責任者が月に1回確認します。',
        '事務室のパソコンにはウイルス対策ソフトを導入し、常に最新の状態に保ちます。',
        '利用申込書と医師連絡票は、鍵の掛かる書庫に保管します。',
        '個人情報が記載された書類は、保育室の外へ持ち出しません。',
        '保存期間を過ぎた書類は溶解処理し、処理したことを証明する書面を市に提出します。',
        '個人情報の漏えいや紛失が起きたとき、又はそのおそれがあるときは、直ちに市に連絡し、指示に従います。',
    ],
    'annex': [
        ('総則', '受託者は、個人情報の保護の重要性を認識し、この契約に係る業務の実施に当たっては、個人の権利利益を損なうことのないよう、個人情報を適切に取り扱わなければならない。'),
        ('秘密保持', '受託者は、業務上知り得た個人情報の内容を他人に知らせてはならない。この契約が終了し、又は解除された後においても同様とする。'),
        ('目的外利用等の禁止', '受託者は、市の指示又は承諾があるときを除き、業務上知り得た個人情報を当該業務以外の目的に使い、又は第三者に渡してはならない。'),
        ('再委託の制限', '受託者は、市の書面による承諾を得た場合を除き、個人情報を取り扱う業務の全部又は一部を他の者に行わせてはならない。'),
        ('複写等の制限', '受託者は、市の承諾なく、業務のために市から提供を受けた個人情報を複写し、又は複製してはならない。'),
        ('持出しの禁止', '受託者は、市が承諾した場合を除き、個人情報が記載された書類等を病児保育室の外に持ち出してはならない。'),
        ('安全管理', '受託者は、個人情報が記載された書類等を施錠のできる書庫等に保管し、個人情報の漏えい、滅失及び毀損の防止に努めなければならない。'),
        ('従事者への周知', '受託者は、業務に従事する者に対し、この特記事項の内容その他個人情報の保護に関し必要な事項を周知し、遵守させなければならない。'),
        ('報告及び検査', '市は、必要に応じて、受託者に個人情報の管理の状況を報告させ、又は市の職員に病児保育室に立ち入らせて検査させることができる。'),
        ('事故時の対応', '受託者は、個人情報の漏えい、紛失その他の事故が発生し、又は発生するおそれがあるときは、直ちに市に報告し、その指示に従って対応しなければならない。'),
        ('返還及び廃棄', '受託者は、契約が終了したときは、市から提供を受けた個人情報を市に返し、受託者が作成した記録は確実に廃棄した上、廃棄の結果を書面で市に報告しなければならない。'),
        ('違反の公表', '市は、受託者がこの特記事項に違反したときは、その事実を公表することができる。'),
        ('損害賠償', '受託者は、この特記事項に違反したことにより市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
    ],
}

M2 = {
    'key': 'r4-shimon-3',
    'no': '諮問第3号',
    'kind': '諮問',
    'title': '障害福祉システムの更新に伴うデータ移行業務の委託について',
    'dept': '福祉保健部',
    'div': '障がい福祉課',
    'basis': '高岡市個人情報保護条例第10条第2項',
    'basis_short': '第10条第2項',
    'contractor': '株式会社こしじデータワークス',
    'contractor_note': '',
    'from': '令和4年12月12日', 'to': '令和5年3月24日',
    'from_iso': '2022-12-12', 'to_iso': '2023-03-24',
    'pc_period_note': '',
    'sp_period_note': '',
    'outline': [
        '障害者の日常生活及び社会生活を総合的に支援するための法律に基づく給付等の事務に用いている障害福祉システム（平成27年度導入）の更新に当たり、現行システムに記録されている受給者等のデータを新システムの形式に変換し、移行する作業を委託します。',
        '新システムの本稼働は令和5年4月3日を予定しています。移行するデータには、障害の程度や医療に関する情報など、特に配慮を要する情報が含まれるため、審議会の意見を伺うものです。',
    ],
    'items': [
        ('受給者', ['氏名', '生年月日', '性別', '住所', '電話番号', '個人番号', '身体障害者手帳の等級',
                 '療育手帳の判定区分', '障害支援区分', '自立支援医療の受給者番号', '指定自立支援医療機関名',
                 '所得区分', '利用者負担上限月額', '振込先口座番号']),
        ('世帯員', ['氏名', '続柄']),
    ],
    'media': ['市の障害福祉システム（現行システム及び新システム）', 'DVD-R（暗号化したもの）',
              '受託者のデータ変換用サーバ（受託者の開発センター内に設置）', '紙（移行結果の検証用リスト）'],
    'media_note': '※電子メールによるデータの送受信は行いません。',
    'city': [
        '契約書に個人情報の保護に関する条項を設け、条例の規定を守る義務を受託者に課します。',
        'DVD-Rに書き出すデータは暗号化し、復号のためのパスワードは、受け渡しの前日までに別途書面で受託者の作業責任者に通知します。',
        'DVD-Rは施錠できるケースに入れて職員が直接持参し、受け渡しの記録簿に双方が記名します。',
        '作業の開始前に、受託者の開発センターに立ち入り、作業室の安全管理の状況を確認します。',
        '移行作業を終えたDVD-Rは市に返却させ、市が破砕して廃棄します。',
    ],
    'contractor_measures': [
        '作業責任者及び作業従事者をあらかじめ書面で市に届け出ます。',
        '受託者は情報セキュリティマネジメントシステム（ISMS）の認証を取得しており、契約期間中これを維持します。',
        '作業室への入退室はICカードで管理し、その記録を保存します。',
        'データ変換用サーバは、インターネットを含む外部のネットワークと接続しない環境に設置します。',
        'サーバへのログインは、作業従事者ごとに割り当てたIDと生体認証を組み合わせて行います。',
        'サーバにはウイルス対策ソフトを導入し、パターンファイルを最新に保ちます。',
        'サーバ上の操作は全て記録し、作業責任者が毎日その記録を点検します。',
        '作業の進み具合とデータの取扱状況を、毎週書面で市に報告します。',
        '移行完了後、変換用サーバ上のデータを復元できない方法で消去し、消去証明書を市に提出します。',
    ],
    'annex': [],
}

MATTERS = [M1, M2]

RELATED = [
    ('/soshiki/somu/somu/shingikai/kojinjoho/r4-2.html', '令和4年度第2回高岡市個人情報保護審議会の審議案件について'),
    ('/soshiki/somu/somu/shingikai/kojinjoho/r3-4.html', 'ファミリー・サポート・センター事業の運営業務の委託について（令和3年度第4回）'),
    ('/soshiki/somu/somu/shingikai/kojinjoho/r3-2.html', '子ども医療費助成事務における県国民健康保険団体連合会の審査支払システムとの外部結合について（令和3年度第2回）'),
    ('/soshiki/somu/somu/kojinjoho/kaiji.html', '自分の個人情報の開示を請求するには'),
    ('/soshiki/somu/somu/kojinjoho/kaisei.html', '個人情報保護法の改正に伴う条例の見直しについて'),
]

MEGA = [
    ('くらし・手続き', ['戸籍・住民票・印鑑登録', '税金', '国民健康保険・年金', 'ごみ・リサイクル', '上下水道', '防災・安全']),
    ('子育て・教育', ['妊娠・出産', '保育園・認定こども園', '病児・病後児保育', '放課後児童クラブ', '小学校・中学校', '子育て相談']),
    ('健康・福祉', ['健康づくり・検診', '高齢者福祉・介護保険', '障がい者福祉', '生活支援', '地域福祉']),
    ('観光・文化・スポーツ', ['観光案内', '文化財・歴史', '生涯学習', 'スポーツ施設']),
    ('市政情報', ['市長の部屋', '計画・施策', '審議会・委員会', '情報公開・個人情報保護', '財政・予算', '職員採用']),
]
ORGS = ['総務部', '財政部', '市民生活部', '福祉保健部', 'こども未来部', '産業振興部', '都市創造部',
        '建設部', '上下水道局', '消防本部', '教育委員会', '議会事務局', '会計課']


def e(s):
    return html.escape(s, quote=False)


def pc_table(m):
    rows = []
    rows.append(('件名', e(m['title'])))
    rows.append(('区分', e(m['kind'])))
    rows.append(('担当課', f'{e(m["dept"])}　{e(m["div"])}'))
    rows.append(('根拠規定', e(m['basis'])))
    rows.append(('委託先', e(m['contractor']) + (f'<br><span class="c-note">{e(m["contractor_note"])}</span>' if m['contractor_note'] else '')))
    rows.append(('委託期間', f'{e(m["from"])}から{e(m["to"])}まで' + (f'<br><span class="c-note">{e(m["pc_period_note"])}</span>' if m['pc_period_note'] else '')))
    rows.append(('委託の内容', ''.join(f'<p>{e(p)}</p>' for p in m['outline'])))
    items = '<ul class="c-list">' + ''.join(
        f'<li>{e(subj)}<ul class="c-list c-list--sub">' + ''.join(f'<li>{e(x)}</li>' for x in xs) + '</ul></li>'
        for subj, xs in m['items']) + '</ul>'
    rows.append(('取り扱う個人情報', items))
    media = '<ul class="c-list">' + ''.join(f'<li>{e(x)}</li>' for x in m['media']) + '</ul>' + \
            f'<p class="c-note">{e(m["media_note"])}</p>'
    rows.append(('記録媒体', media))
    sg = ('<h4 class="c-heading-lv4">市が講ずる措置</h4><ul class="c-list c-list--disc">' +
          ''.join(f'<li>{e(x)}</li>' for x in m['city']) + '</ul>' +
          '<h4 class="c-heading-lv4">受託者に講じさせる措置</h4><ul class="c-list c-list--disc">' +
          ''.join(f'<li>{e(x)}</li>' for x in m['contractor_measures']) + '</ul>')
    rows.append(('個人情報の保護対策', sg))
    out = [f'<table class="c-table c-table--matter"><caption>{e(m["no"])}の概要</caption><tbody>']
    for th, td in rows:
        out.append(f'<tr><th scope="row">{th}</th><td>{td}</td></tr>')
    out.append('</tbody></table>')
    if m['annex']:
        out.append(f'<details class="c-accordion" id="tokki-{m["key"]}">')
        out.append(f'<summary class="c-accordion__summary">個人情報取扱特記事項（全{len(m["annex"])}条）を表示する</summary>')
        out.append('<div class="c-accordion__body"><p class="c-annex__title">個人情報取扱特記事項</p><dl class="c-annex">')
        for i, (h, t) in enumerate(m['annex'], 1):
            out.append(f'<dt>（{e(h)}）</dt><dd>第{i}条　{e(t)}</dd>')
        out.append('</dl></div></details>')
    return '\n'.join(out)


def sp_card(m):
    items = ''.join(f'<p>{e(subj)}：{"、".join(e(x) for x in xs)}</p>' for subj, xs in m['items'])
    period = f'{e(m["from"])}～{e(m["to"])}' + (f'<br>{e(m["sp_period_note"])}' if m['sp_period_note'] else '')
    out = [f'<div class="c-card" id="card-{m["key"]}">',
           f'<p class="c-card__tag c-card__tag--{"report" if m["kind"] == "報告" else "consult"}">{e(m["kind"])}</p>',
           '<dl class="c-card__list">',
           f'<dt>案件名</dt><dd>{e(m["title"])}</dd>',
           f'<dt>所管課</dt><dd>{e(m["div"])}（{e(m["dept"])}）</dd>',
           f'<dt>条例上の根拠</dt><dd>{e(m["basis_short"])}</dd>',
           f'<dt>受託事業者</dt><dd>{e(m["contractor"])}</dd>',
           f'<dt>期間</dt><dd>{period}</dd>',
           f'<dt>業務の概要</dt><dd>{"".join("<p>" + e(p) + "</p>" for p in m["outline"])}</dd>',
           f'<dt>個人情報の項目</dt><dd>{items}</dd>',
           f'<dt>記録の方法</dt><dd>{"、".join(e(x) for x in m["media"])}<br>{e(m["media_note"])}</dd>',
           '<dt>保護対策</dt><dd>'
           '<p class="c-card__label">市の対策</p><ul>' + ''.join(f'<li>{e(x)}</li>' for x in m['city']) + '</ul>'
           '<p class="c-card__label">受託者の対策</p><ul>' + ''.join(f'<li>{e(x)}</li>' for x in m['contractor_measures']) + '</ul></dd>']
    if m['annex']:
        out.append(f'<dt>特記事項</dt><dd><a class="c-card__link" href="#tokki-{m["key"]}">個人情報取扱特記事項（パソコン表示でご覧ください）</a></dd>')
    out.append('</dl></div>')
    return '\n'.join(out)


def next_data():
    page = {
        'id': 1008421,
        'title': PAGE_TITLE,
        'updatedAt': '2022-11-08T09:00:00+09:00',
        'breadcrumbs': [{'label': 'ホーム', 'href': '/'}, {'label': '市政情報', 'href': '/shisei/'},
                        {'label': '情報公開・個人情報保護', 'href': '/shisei/joho/'},
                        {'label': '高岡市個人情報保護審議会', 'href': '/soshiki/somu/somu/shingikai/kojinjoho/'}],
        'meeting': {'name': '令和4年度第3回高岡市個人情報保護審議会', 'date': '2022-10-27', 'place': '高岡市役所 8階 801会議室'},
        'matters': [],
        'related': [{'href': h, 'title': t} for h, t in RELATED],
        'contact': {'department': '総務部', 'division': '総務課', 'section': '法制・文書係', 'tel': '0766-20-1302', 'fax': '0766-20-1690'},
    }
    for m in MATTERS:
        page['matters'].append({
            'id': m['key'],
            'number': m['no'],
            'type': m['kind'],
            'title': m['title'],
            'department': m['dept'],
            'division': m['div'],
            'legalBasis': m['basis'],
            'contractor': m['contractor'],
            'period': {'start': m['from'], 'end': m['to'], 'startDate': m['from_iso'], 'endDate': m['to_iso'],
                       'note': m['pc_period_note'].strip('（）') or None},
            'summary': m['outline'],
            'personalData': [{'subject': s, 'items': xs} for s, xs in m['items']],
            'media': m['media'],
            'mediaNote': m['media_note'],
            'measures': {'city': m['city'], 'contractor': m['contractor_measures']},
            'specialClauses': ({'count': len(m['annex']), 'anchor': 'tokki-' + m['key']} if m['annex'] else None),
        })
    blob = {'props': {'pageProps': {'page': page, 'preview': False}, '__N_SSG': True},
            'page': '/[...slug]', 'query': {'slug': ['soshiki', 'somu', 'somu', 'shingikai', 'kojinjoho', 'r4-3']},
            'buildId': 'k2Xq9vTz1mR4pYc7LwN0a', 'isFallback': False, 'gsp': True, 'locale': 'ja',
            'locales': ['ja', 'en', 'zh', 'ko'], 'defaultLocale': 'ja', 'scriptLoader': []}
    return json.dumps(blob, ensure_ascii=False, separators=(',', ':')).replace('</', '<\\/')


CSS = """
:root{--c-main:#0b5e6b;--c-sub:#e7f2f3;--c-text:#222;--c-line:#c9d3d6}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans JP","Hiragino Sans","Yu Gothic",sans-serif;color:var(--c-text);line-height:1.8;font-size:16px}
a{color:#0645ad}
.c-skip{position:absolute;left:-9999px}
.c-skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:100}
.c-cookie{position:fixed;left:0;right:0;bottom:0;background:rgba(20,32,36,.95);color:#fff;padding:16px 24px;z-index:90;font-size:14px}
.c-cookie__buttons button{margin:8px 8px 0 0;padding:6px 18px;border:1px solid #fff;background:transparent;color:#fff;border-radius:4px}
.c-cookie__buttons .is-primary{background:#fff;color:#142024}
.l-header{border-top:6px solid var(--c-main);background:#fff;border-bottom:1px solid var(--c-line)}
.l-header__inner{max-width:1200px;margin:0 auto;padding:12px 16px;display:flex;align-items:center;justify-content:space-between}
.l-header__logo a{font-size:24px;font-weight:bold;text-decoration:none;color:var(--c-main)}
.l-header__utility{display:flex;gap:12px;list-style:none;margin:0;padding:0;font-size:13px}
.c-megamenu{background:var(--c-main)}
.c-megamenu>ul{max-width:1200px;margin:0 auto;padding:0;display:flex;list-style:none}
.c-megamenu>ul>li{flex:1;position:relative}
.c-megamenu>ul>li>button{width:100%;padding:12px;background:none;border:0;color:#fff;font-size:15px}
.c-megamenu__panel{display:none;position:absolute;left:0;top:100%;background:#fff;border:1px solid var(--c-line);padding:16px;width:320px;z-index:20}
.c-megamenu>ul>li:hover .c-megamenu__panel{display:block}
.c-breadcrumb ol{max-width:1200px;margin:0 auto;padding:8px 16px;list-style:none;display:flex;flex-wrap:wrap;font-size:13px}
.c-breadcrumb li+li::before{content:">";margin:0 .5em;color:#888}
.l-container{max-width:1200px;margin:0 auto;padding:0 16px 40px;display:flex;gap:40px}
.l-main{flex:1;min-width:0}
.l-side{width:260px;font-size:14px}
.p-article h1{font-size:28px;border-bottom:3px solid var(--c-main);padding-bottom:8px}
.p-article h2{font-size:22px;background:var(--c-sub);border-left:6px solid var(--c-main);padding:8px 12px;margin-top:48px}
.p-article__meta{font-size:13px;color:#555;display:flex;gap:16px}
.c-share{display:flex;gap:8px;list-style:none;padding:0}
.c-share a{display:inline-block;padding:4px 10px;border-radius:3px;color:#fff;text-decoration:none;font-size:13px}
.c-share__x{background:#000}.c-share__fb{background:#1877f2}.c-share__line{background:#06c755}
.c-table{width:100%;border-collapse:collapse;margin:16px 0}
.c-table caption{text-align:left;font-weight:bold;padding:4px 0}
.c-table th,.c-table td{border:1px solid var(--c-line);padding:10px 12px;vertical-align:top;text-align:left}
.c-table th{width:11em;background:var(--c-sub);font-weight:normal}
.c-table td p{margin:0 0 .5em}
.c-list{margin:0;padding-left:1.4em}
.c-list--sub{padding-left:1.2em;list-style:circle}
.c-heading-lv4{font-size:16px;margin:8px 0 4px;color:var(--c-main)}
.c-note{font-size:14px;color:#444}
.c-accordion{border:1px solid var(--c-line);border-radius:4px;margin:8px 0 24px}
.c-accordion__summary{cursor:pointer;padding:10px 14px;background:#f6f8f8;font-weight:bold}
.c-accordion__body{padding:8px 20px 16px}
.c-annex dt{font-weight:bold;margin-top:10px}
.c-annex dd{margin:0}
.c-card{border:1px solid var(--c-line);border-radius:8px;padding:16px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.c-card__tag{display:inline-block;margin:0 0 8px;padding:0 10px;border-radius:12px;font-size:12px;color:#fff;background:var(--c-main)}
.c-card__tag--consult{background:#8a4b08}
.c-card__list dt{font-weight:bold;margin-top:12px;font-size:14px;color:var(--c-main)}
.c-card__list dd{margin:0}
.c-card__label{font-weight:bold;margin:8px 0 0}
.c-filelist{list-style:none;padding:0}
.c-filelist a::after{content:"";}
.c-inquiry{border:2px solid var(--c-main);border-radius:6px;padding:16px 20px;margin-top:48px}
.c-survey{margin-top:32px;background:#f7f7f7;padding:16px 20px}
.c-related{margin-top:32px}
.l-footer{background:#142024;color:#fff;padding:32px 16px;font-size:14px}
.l-footer a{color:#fff}
.u-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.u-sp-only{display:none}
@media screen and (max-width:767px){
  .u-pc-only{display:none}
  .u-sp-only{display:block}
  .l-container{display:block}
  .l-side{width:auto}
  .c-megamenu{display:none}
  .l-header__utility{display:none}
  .p-article h1{font-size:22px}
}
@media print{.c-cookie,.c-megamenu,.c-share,.l-side{display:none}}
"""


def build():
    m1, m2 = MATTERS
    mega = '\n'.join(
        f'<li><button type="button" aria-expanded="false">{e(h)}</button><div class="c-megamenu__panel"><ul>' +
        ''.join(f'<li><a href="/category/{i}/{j}/">{e(x)}</a></li>' for j, x in enumerate(xs, 1)) +
        '</ul></div></li>' for i, (h, xs) in enumerate(MEGA, 1))
    orgs = ''.join(f'<li><a href="/soshiki/{i:02d}/">{e(o)}</a></li>' for i, o in enumerate(ORGS, 1))
    body_matters = []
    for m in MATTERS:
        body_matters.append(f'<h2 id="{m["key"]}">{e(m["no"])}　{e(m["title"])}</h2>')
        body_matters.append('<div class="u-pc-only">\n' + pc_table(m) + '\n</div>')
        body_matters.append('<div class="u-sp-only">\n' + sp_card(m) + '\n</div>')
    related = ''.join(f'<li><a href="{h}">{e(t)}</a></li>' for h, t in RELATED)
    side = ''.join(f'<li><a href="/soshiki/somu/somu/shingikai/kojinjoho/{k}.html">{e(t)}</a></li>' for k, t in [
        ('index', '高岡市個人情報保護審議会'), ('r4-1', '令和4年度第1回の審議案件'), ('r4-2', '令和4年度第2回の審議案件'),
        ('r4-3', '令和4年度第3回の審議案件'), ('iin', '委員名簿'), ('kako', '過去の審議案件（令和3年度以前）')])

    doc = f'''<!DOCTYPE html>
<!-- saved from url=(0078)https://www.city.takaoka.toyama.jp/soshiki/somu/somu/shingikai/kojinjoho/r4-3.html -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(PAGE_TITLE)}｜高岡市</title>
<meta name="description" content="令和4年10月27日に開催した令和4年度第3回高岡市個人情報保護審議会の報告案件及び諮問案件の概要を掲載しています。">
<meta property="og:title" content="{e(PAGE_TITLE)}｜高岡市">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.city.takaoka.toyama.jp/soshiki/somu/somu/shingikai/kojinjoho/r4-3.html">
<meta property="og:image" content="https://www.city.takaoka.toyama.jp/ogp.png">
<meta name="twitter:card" content="summary_large_image">
<meta name="next-head-count" content="9">
<link rel="icon" href="{FILES}/favicon.ico">
<link rel="preload" href="{FILES}/6f1c0a9e2b7d4c31.css" as="style">
<link rel="stylesheet" href="{FILES}/6f1c0a9e2b7d4c31.css" data-n-g="">
<style data-critical="">{CSS}</style>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="{FILES}/polyfills-c67a75d1b6f99dc8.js.ダウンロード"></script>
<script src="{FILES}/webpack-8fa1640cc84ba8fe.js.ダウンロード" defer=""></script>
<script src="{FILES}/framework-2c79e2a64abdb08b.js.ダウンロード" defer=""></script>
<script src="{FILES}/main-f11614d8aa7ee555.js.ダウンロード" defer=""></script>
<script src="{FILES}/_app-0b4c1f3e2d5a7c88.js.ダウンロード" defer=""></script>
<script src="{FILES}/[...slug]-3d9a4e1b0c2f6a71.js.ダウンロード" defer=""></script>
<script src="{FILES}/_buildManifest.js.ダウンロード" defer=""></script>
<script src="{FILES}/_ssgManifest.js.ダウンロード" defer=""></script>
<script async="" src="{FILES}/gtag.js.ダウンロード"></script>
</head>
<body>
<noscript><div class="c-noscript">このサイトはJavaScriptを使用しています。お使いのブラウザでJavaScriptが無効になっている場合は、一部の機能（メニューの開閉、ページ内の折りたたみ表示など）が正しく動作しません。</div></noscript>
<div id="__next">
<a class="c-skip" href="#main">本文へ移動</a>
<div class="c-cookie" role="dialog" aria-live="polite" aria-label="Cookieの使用について">
<p>高岡市ホームページでは、利便性の向上及び閲覧状況の分析のためにCookieを使用しています。Cookieにより取得した情報は、個人を特定するために利用することはありません。詳しくは<a href="/site/policy/cookie.html">Cookieの取扱いについて</a>をご覧ください。</p>
<div class="c-cookie__buttons"><button type="button" class="is-primary">同意する</button><button type="button">必要なCookieのみ許可</button></div>
</div>
<header class="l-header">
<div class="l-header__inner">
<p class="l-header__logo"><a href="/"><img src="{FILES}/logo.svg" alt="" width="40" height="40"> 高岡市</a></p>
<ul class="l-header__utility">
<li><a href="/site/foreign/">Foreign Language</a></li>
<li><a href="/site/moji/">文字サイズ・色の変更</a></li>
<li><a href="/site/yomiage/">音声読み上げ</a></li>
<li><a href="/sitemap.html">サイトマップ</a></li>
<li><form action="/search/" role="search"><label class="u-visually-hidden" for="q">サイト内検索</label><input id="q" type="search" name="q" placeholder="キーワードを入力"><button type="submit">検索</button></form></li>
</ul>
</div>
<nav class="c-megamenu" aria-label="グローバルナビゲーション">
<ul>
{mega}
<li><button type="button" aria-expanded="false">組織から探す</button><div class="c-megamenu__panel"><ul>{orgs}</ul></div></li>
</ul>
</nav>
</header>
<nav class="c-breadcrumb" aria-label="現在位置">
<ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/joho/">情報公開・個人情報保護</a></li>
<li><a href="/soshiki/somu/somu/shingikai/kojinjoho/">高岡市個人情報保護審議会</a></li>
<li aria-current="page">{e(PAGE_TITLE)}</li>
</ol>
</nav>
<div class="l-container">
<main id="main" class="l-main">
<article class="p-article">
<h1>{e(PAGE_TITLE)}</h1>
<div class="p-article__meta"><span>ページ番号：1008421</span><span>更新日：<time datetime="2022-11-08">{UPDATED}</time></span><a href="javascript:void(0);" class="c-print">印刷する</a></div>
<ul class="c-share" aria-label="このページをSNSで共有する">
<li><a class="c-share__x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.city.takaoka.toyama.jp%2Fsoshiki%2Fsomu%2Fsomu%2Fshingikai%2Fkojinjoho%2Fr4-3.html" target="_blank" rel="noopener">ポスト</a></li>
<li><a class="c-share__fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.city.takaoka.toyama.jp%2Fsoshiki%2Fsomu%2Fsomu%2Fshingikai%2Fkojinjoho%2Fr4-3.html" target="_blank" rel="noopener">シェア</a></li>
<li><a class="c-share__line" href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fwww.city.takaoka.toyama.jp%2Fsoshiki%2Fsomu%2Fsomu%2Fshingikai%2Fkojinjoho%2Fr4-3.html" target="_blank" rel="noopener">LINEで送る</a></li>
</ul>
<div class="p-article__body">
<p>令和4年10月27日（木曜日）に開催した令和4年度第3回高岡市個人情報保護審議会において、実施機関から次の案件について報告及び諮問を行いました。</p>
<p>高岡市個人情報保護条例第10条第2項の規定により、実施機関は、特に配慮を要する個人情報を含む事務を委託しようとするときは、あらかじめ審議会の意見を聴くこととされています。また、同条第3項の規定により、それ以外の委託については、審議会に報告することとされています。</p>
<ul class="c-toc">
<li><a href="#{m1["key"]}">{e(m1["no"])}　{e(m1["title"])}</a></li>
<li><a href="#{m2["key"]}">{e(m2["no"])}　{e(m2["title"])}</a></li>
</ul>
{chr(10).join(body_matters)}
<h2 id="kekka">審議の結果</h2>
<p>{e(m1["no"])}については、報告のとおり了承されました。{e(m2["no"])}については、諮問のとおり委託することは適当であるとの答申を、令和4年11月4日付けで受けました。</p>
<p>なお、次回（第4回）の審議会は、令和5年1月下旬に開催する予定です。</p>
<h2 id="shiryo">会議資料</h2>
<ul class="c-filelist">
<li><a href="/material/files/group/4/r4-3-shidai.pdf">次第（PDF：84KB）</a></li>
<li><a href="/material/files/group/4/r4-3-shiryo1.pdf">資料1　{e(m1["title"])}（PDF：412KB）</a></li>
<li><a href="/material/files/group/4/r4-3-shiryo2.pdf">資料2　{e(m2["title"])}（PDF：538KB）</a></li>
<li><a href="/material/files/group/4/r4-3-gijiroku.pdf">会議録（PDF：226KB）</a></li>
</ul>
<p class="c-note">PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。</p>
</div>
<section class="c-inquiry" aria-labelledby="inquiry-h">
<h2 id="inquiry-h">このページに関するお問い合わせ</h2>
<p>総務部　総務課　法制・文書係（高岡市個人情報保護審議会事務局）<br>
〒933-8601　高岡市中川本町3番21号　高岡市役所本庁舎4階<br>
電話：0766-20-1302　ファクス：0766-20-1690<br>
<a href="/form/inquiry.html?page=1008421">お問い合わせフォーム</a></p>
</section>
<section class="c-survey" aria-labelledby="survey-h">
<h2 id="survey-h">このページの情報は役に立ちましたか？</h2>
<form action="/survey/" method="post">
<fieldset><legend>このページの内容は分かりやすかったですか？</legend>
<label><input type="radio" name="q1" value="1">分かりやすかった</label>
<label><input type="radio" name="q1" value="2">どちらともいえない</label>
<label><input type="radio" name="q1" value="3">分かりにくかった</label></fieldset>
<p class="c-note">※このフォームに個人情報（氏名、住所、電話番号等）は入力しないでください。回答が必要なお問い合わせは、お問い合わせフォームをご利用ください。</p>
<button type="submit">送信</button>
</form>
</section>
<section class="c-related" aria-labelledby="related-h">
<h2 id="related-h">このページを見ている人はこんなページも見ています</h2>
<ul>{related}</ul>
</section>
</article>
</main>
<aside class="l-side" aria-label="ローカルナビゲーション">
<h2>高岡市個人情報保護審議会</h2>
<ul>{side}</ul>
</aside>
</div>
<footer class="l-footer">
<p class="l-footer__name">高岡市役所</p>
<p>〒933-8601　富山県高岡市中川本町3番21号　電話：0766-20-9000（代表）<br>
開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日及び12月29日から1月3日までを除く）</p>
<ul class="l-footer__links"><li><a href="/site/policy/">サイトポリシー</a></li><li><a href="/site/policy/privacy.html">個人情報の取扱いについて</a></li><li><a href="/site/policy/accessibility.html">ウェブアクセシビリティ方針</a></li><li><a href="/site/link/">リンク集</a></li></ul>
<p class="l-footer__copy"><small>Copyright © Takaoka City. All Rights Reserved.</small></p>
</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{next_data()}</script>
</body></html>
'''
    return doc


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(build())
    print('wrote', OUT)


if __name__ == '__main__':
    main()
