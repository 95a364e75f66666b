#!/usr/bin/env python3
"""Writes raw/an1_kanoya_2021.html: two records of the 鹿屋市 secretariat's kintone app
「個人情報保護審議会 諮問・報告管理」 (app 112), each record's detail screen as the browser
saves it, concatenated by a print plugin into one page (the second record under
<div style="page-break-before:always">).

kintone markup: header bar and breadcrumbs, the record number, the process-management
status bar, group fields (one collapsed, its body display:none but present), fields as
control-gaia / control-label-gaia / control-value-gaia, a sub-table (subtable-gaia) for the
data items, a check-box field listing only the checked media, ISO dates, a user-selection
field, an attachment field, a related-records field and the comment pane.
Everything except the municipality is invented."""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'an1_kanoya_2021.html')

APP = '個人情報保護審議会 諮問・報告管理'
FID = [5521000]


def e(s):
    return html.escape(s, quote=False)


def nid():
    FID[0] += 1
    return FID[0]


def field(kind, label, value_html, width=None, extra=''):
    i = nid()
    w = f' style="width:{width}px;"' if width else ''
    return (f'<div class="control-gaia control-{kind}-field-gaia field-{i}{extra}"{w}>'
            f'<div class="control-label-gaia"><span>{e(label)}</span></div>'
            f'<div class="control-value-gaia">{value_html}</div>'
            f'<div class="control-design-gaia"></div></div>')


def text(label, value, width=300):
    return field('single_line_text', label, f'<span class="control-value-content-gaia">{e(value)}</span>', width)


def mtext(label, lines, width=860):
    body = '<br>'.join(e(x) for x in lines)
    return field('multiple_line_text', label,
                 f'<span class="control-value-content-gaia control-value-content-multiline-gaia">{body}</span>', width)


def radio(label, value, width=220):
    return field('radio_button', label, f'<span class="control-value-content-gaia">{e(value)}</span>', width)


def dropdown(label, value, width=220):
    return field('dropdown', label, f'<span class="control-value-content-gaia">{e(value)}</span>', width)


def checkbox(label, values, width=300):
    body = '<br>'.join(e(v) for v in values)
    return field('check_box', label, f'<span class="control-value-content-gaia">{body}</span>', width)


def date(label, value, width=160):
    return field('date', label, f'<span class="control-value-content-gaia">{e(value)}</span>', width)


def datetime(label, value, width=180):
    return field('created_time' if label == '作成日時' else 'updated_time', label,
                 f'<span class="control-value-content-gaia">{e(value)}</span>', width)


def user(label, name, login, width=200, kind='user_select'):
    return field(kind, label,
                 f'<ul class="control-value-content-gaia"><li class="control-value-item-gaia">'
                 f'<a class="entity-user-gaia" href="/k/#/people/user/{login}" title="{e(name)}">'
                 f'<span class="entity-user-photo-gaia"></span>{e(name)}</a></li></ul>', width)


def recnum(n):
    return field('record_number', 'レコード番号', f'<span class="control-value-content-gaia">{n}</span>', 120)


def files(label, lst, width=420):
    rows = ''.join(f'<div class="file-image-container-gaia"><a class="file-link-gaia" '
                   f'href="/k/api/record/download.do/-/{e(n)}?app=112&amp;field=5521060&amp;detectType=true" '
                   f'target="_blank">{e(n)}</a><span class="file-size-gaia">({e(s)})</span></div>' for n, s in lst)
    return field('file', label, rows, width)


def subtable(label, head, rows, width=880):
    th = ''.join(f'<th class="subtable-label-gaia subtable-label-{k}-gaia"><span>{e(h)}</span></th>'
                 for k, h in enumerate(head))
    body = []
    for r in rows:
        tds = ''.join(
            f'<td><div class="control-gaia control-single_line_text-field-gaia">'
            f'<div class="control-value-gaia"><span class="control-value-content-gaia">{e(c)}</span></div></div></td>'
            for c in r)
        body.append(f'<tr>{tds}</tr>')
    tbl = (f'<table class="subtable-gaia"><thead><tr class="subtable-header-gaia">{th}</tr></thead>'
           f'<tbody>{"".join(body)}</tbody></table>')
    i = nid()
    return (f'<div class="control-gaia control-subtable-field-gaia field-{i}" style="width:{width}px;">'
            f'<div class="control-label-gaia"><span>{e(label)}</span></div>'
            f'<div class="subtable-row-gaia">{tbl}</div></div>')


def reference(label, rows, width=880):
    head = ['レコード番号', '件名', '区分', '審議会']
    th = ''.join(f'<th class="reference-subtable-label-gaia"><span>{h}</span></th>' for h in head)
    trs = ''.join(
        f'<tr><td><a href="/k/112/show#record={r[0]}">{r[0]}</a></td><td>{e(r[1])}</td><td>{e(r[2])}</td>'
        f'<td>{e(r[3])}</td></tr>' for r in rows)
    val = (f'<table class="reference-subtable-gaia"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'
           f'<div class="reference-subtable-footer-gaia"><span class="reference-subtable-count-gaia">'
           f'{len(rows)}件</span><a class="reference-subtable-showall-gaia" href="#">一覧で見る</a></div>')
    return field('reference_table', label, val, width)


def row(*fields):
    return f'<div class="row-gaia clearFix-cybozu">{"".join(fields)}</div>'


def group(label, rows, open_=True):
    arrow = 'group-label-arrow-open-gaia' if open_ else 'group-label-arrow-close-gaia'
    style = '' if open_ else ' style="display:none;"'
    i = nid()
    return (f'<div class="control-gaia control-group-field-gaia field-{i}">'
            f'<div class="control-group-gaia">'
            f'<div class="group-label-gaia"><span class="group-label-arrow-gaia {arrow}"></span>'
            f'<span class="group-label-text-gaia">{e(label)}</span></div>'
            f'<div class="group-body-gaia"{style}>{"".join(rows)}</div></div></div>')


def comment(no, who, login, when, body_html):
    return (f'<li class="itemlist-item-gaia" data-comment-id="{no}">'
            f'<div class="itemlist-user-gaia"><span class="itemlist-userImage-gaia"></span>'
            f'<a class="itemlist-userName-gaia" href="/k/#/people/user/{login}">{e(who)}</a></div>'
            f'<div class="itemlist-datetime-gaia"><a href="#comment={no}">{e(when)}</a></div>'
            f'<div class="commentlist-body-gaia"><div>{body_html}</div></div>'
            f'<div class="itemlist-footer-gaia"><span class="itemlist-commentNumber-gaia">{no}</span>'
            f'<a class="commentlist-footer-reply-gaia" href="#">返信する</a>'
            f'<a class="commentlist-footer-like-gaia" href="#">いいね！</a></div></li>')


def mention(name, login):
    return f'<a class="ocean-ui-plugin-mention-user" href="/k/#/people/user/{login}" data-mention-id="{login}">@{e(name)}</a>'


def screen(recno, status, assignee, groups, top_fields, comments):
    head = f"""
<div class="gaia-header-header">
 <div class="gaia-header-toolbar">
  <div class="gaia-header-logo"><a href="/k/#/portal" title="ポータル"><span class="gaia-header-logo-text">kintone</span></a></div>
  <div class="gaia-header-toolbar-navigation"><a class="gaia-header-toolbar-home" href="/k/#/portal">ポータル</a><a class="gaia-header-toolbar-history" href="#">履歴</a><a class="gaia-header-toolbar-favorite" href="#">お気に入り</a></div>
  <div class="gaia-header-toolbar-links"><a class="gaia-header-toolbar-notification" href="/k/#/ntf/mention">通知<span class="gaia-header-badge">3</span></a><span class="gaia-header-toolbar-user"><span class="gaia-header-toolbar-user-name">竹之内 亮</span></span><a class="gaia-header-toolbar-settings" href="#">設定</a><a class="gaia-header-toolbar-help" href="#">ヘルプ</a></div>
 </div>
 <div class="gaia-argoui-app-breadcrumb">
  <a class="gaia-argoui-app-breadcrumb-item" href="/k/#/portal">ポータル</a><span class="gaia-argoui-app-breadcrumb-separator">&gt;</span><a class="gaia-argoui-app-breadcrumb-item" href="/k/#/space/14">総務部 総務課（審議会事務局）</a><span class="gaia-argoui-app-breadcrumb-separator">&gt;</span><a class="gaia-argoui-app-breadcrumb-item" href="/k/112/">{APP}</a>
 </div>
 <div class="gaia-argoui-app-titlebar"><span class="gaia-argoui-app-titlebar-icon"></span><h2 class="gaia-argoui-app-titlebar-title">{APP}</h2></div>
</div>
<div class="gaia-argoui-app-toolbar">
 <div class="gaia-argoui-app-toolbar-recordnumber"><span class="gaia-argoui-app-toolbar-recordnumber-label">レコード番号</span> <span class="gaia-argoui-app-toolbar-recordnumber-value">{recno}</span></div>
 <div class="gaia-argoui-app-toolbar-pager"><a class="gaia-argoui-app-toolbar-prev" href="/k/112/show#record={recno - 1}" title="前のレコード">&lt;</a><a class="gaia-argoui-app-toolbar-next" href="/k/112/show#record={recno + 1}" title="次のレコード">&gt;</a></div>
 <div class="gaia-argoui-app-toolbar-menu"><button class="gaia-argoui-app-menu-edit" title="レコードを編集する">編集する</button><button class="gaia-argoui-app-menu-copy" title="レコードを再利用する">再利用する</button><button class="gaia-argoui-app-menu-option" title="オプション">…</button></div>
</div>
<div class="gaia-app-statusbar">
 <div class="gaia-app-statusbar-state"><span class="gaia-app-statusbar-state-label">ステータス：</span><span class="gaia-app-statusbar-state-label-text">{status}</span></div>
 <div class="gaia-app-statusbar-assignee"><span class="gaia-app-statusbar-assignee-label">作業者：</span><a class="gaia-app-statusbar-assignee-user" href="/k/#/people/user/takenouchi">{assignee}</a></div>
 <div class="gaia-app-statusbar-actions"><span class="gaia-app-statusbar-action"><span class="gaia-app-statusbar-action-label" title="申請する">申請する</span></span><span class="gaia-app-statusbar-action"><span class="gaia-app-statusbar-action-label" title="差し戻す">差し戻す</span></span></div>
 <a class="gaia-app-statusbar-history" href="#">プロセスの履歴を表示する</a>
</div>"""
    record = ('<div class="gaia-argoui-app-show-record"><div id="record-gaia" class="record-gaia">'
              '<div class="layout-gaia">' + row(*top_fields) + ''.join(groups) + '</div></div></div>')
    side = ('<div class="gaia-argoui-app-show-sidebar"><div class="gaia-argoui-app-show-sidebar-header">'
            '<span class="gaia-argoui-app-show-sidebar-tab gaia-argoui-app-show-sidebar-tab-selected">コメント</span>'
            '<span class="gaia-argoui-app-show-sidebar-tab">変更履歴</span></div>'
            '<div class="ocean-ui-comments-commentform"><div class="ocean-ui-editor-field" '
            'data-placeholder="コメントを書く"></div><button class="ocean-ui-comments-commentform-submit">書き込む</button></div>'
            '<ul class="itemlist-gaia">' + ''.join(comments) + '</ul>'
            '<div class="itemlist-more-gaia"><a href="#">さらに表示する</a></div></div>')
    return (f'<div class="kprint-record" data-record-id="{recno}"><div class="gaia-argoui-app-show">{head}'
            f'<div class="gaia-argoui-app-show-contents">{record}{side}</div></div></div>')


# ================================================================= record 37
ITEMS_37 = [
    ('1', '被保険者番号', '識別番号', ''),
    ('2', '氏名', '基本', ''),
    ('3', '生年月日', '基本', ''),
    ('4', '性別', '基本', ''),
    ('5', '住所', '基本', '施設に入所している場合は入所先'),
    ('6', '電話番号', '基本', ''),
    ('7', '申請区分（更新・区分変更の別）', '一般', ''),
    ('8', '要介護状態区分（前回認定結果）', '要配慮', ''),
    ('9', '特定疾病の名称', '要配慮（本人申告）', '第2号被保険者に限る'),
    ('10', '主治医の医療機関名', '一般', '主治医意見書の依頼先'),
    ('11', '心身の状況（認定調査票の基本調査・特記事項）', '要配慮', ''),
    ('12', '認知症高齢者の日常生活自立度', '要配慮', ''),
    ('13', '生活保護の受給の有無', '一般', '調査日程の調整に使用'),
    ('14', '利用者負担割合', '一般', ''),
    ('15', '調査実施場所', '要配慮（入院先の場合）', '自宅・施設・医療機関の別'),
    ('16', '調査予定日', '一般', ''),
    ('17', '立会者の氏名', '基本', '家族等'),
    ('18', '立会者の続柄', '基本', ''),
    ('19', '立会者の電話番号', '基本', ''),
]

WARD_37 = [
    '＜管理面＞',
    '・委託契約書に「個人情報取扱特記事項」を添付し、鹿屋市個人情報保護条例及び鹿屋市情報セキュリティポリシーを遵守する義務を受託者に負わせる。',
    '・調査票の引渡し及び返却は介護保険課の窓口で行い、その都度、件数と日付を受渡記録簿に記入して双方で確認する。',
    '・委託期間中に少なくとも1回は、職員が受託者の事務所を訪れ、調査票の保管状況を実地に点検する。',
    '＜技術面＞',
    '・貸与するタブレット端末は、調査員ごとに発行したIDとパスワードを入力しなければ起動しない設定とする。',
    '・端末に記録される調査データは、すべて暗号化された状態で保存されるようにする。',
    '・端末から参照できる情報は、その調査員に割り当てた調査対象者の分に限る。',
]

CONTR_37 = [
    '・個人情報の管理責任者と調査に従事する者の名簿を、契約締結後すみやかに市へ届け出させる。',
    '・従事者には、調査業務に就く前に、市が実施する個人情報保護研修を受講させる。',
    '・事務所内で調査票を保管するときは、施錠できる書庫に収め、業務時間外は必ず鍵を掛けさせる。',
    '・事務所から持ち出す調査票は訪問調査の当日分に限らせ、持ち出した枚数を記録させる。',
    '・調査で知り得た情報を認定調査以外の目的に使わせず、第三者にも提供させない。',
    '・貸与端末の紛失、調査票の盗難その他の事故が起きたときは、直ちに介護保険課へ電話で一報させ、その後、経過を書面で報告させる。',
    '・調査を終えた調査票は、翌週までにまとめて市に返却させ、その写しを手元に残させない。',
]

ANNEX_37 = [
    '（契約書別記）',
    '個人情報取扱特記事項',
    '',
    '第1条（基本的事項）乙は、個人情報の保護が個人の尊厳を守るうえで欠かせないことを理解し、この契約の業務を処理するに当たっては、個人情報を適切に扱わなければならない。',
    '第2条（秘密の保持）乙は、業務上知ることのできた個人情報を外部に漏らしてはならない。契約期間が満了した後も同じとする。',
    '第3条（目的外利用等の禁止）乙は、甲が指示した場合を除き、業務で扱う個人情報を契約の目的の範囲を超えて使用し、又は第三者に渡してはならない。',
    '第4条（再委託の禁止）乙は、業務の全部又は一部を他の者に請け負わせてはならない。ただし、甲の書面による承認を事前に得た場合は、この限りでない。',
    '第5条（複写等の禁止）乙は、甲の承諾を得た場合を除き、甲から受け取った調査票その他の資料の写しを作成してはならない。',
    '第6条（持出しの禁止）乙は、訪問調査のために甲が認めた場合を除き、個人情報を乙の事務所の外へ持ち出してはならない。',
    '第7条（適正な保管）乙は、個人情報の紛失、盗難及び改ざんを防ぐため、資料を鍵の掛かる保管庫に収める等の措置を講じなければならない。',
    '第8条（管理責任者等の届出）乙は、個人情報を管理する責任者及び業務に従事する者を定め、書面で甲に届け出なければならない。変更したときも同様とする。',
    '第9条（従事者への周知）乙は、業務に従事する者に対し、この特記事項の内容及び個人情報の取扱いに関する注意事項を周知し、必要な教育を行わなければならない。',
    '第10条（資料等の返還）乙は、業務が完了したとき、又は甲の求めがあったときは、甲から受け取った資料を速やかに甲に返さなければならない。',
    '第11条（調査及び報告）甲は、必要と認めるときは、乙の事務所に立ち入って個人情報の取扱いの状況を調べ、又は乙に対しその状況の報告を求めることができる。',
    '第12条（事故時の措置）乙は、個人情報の漏えい、紛失その他の事故が起き、又は起きるおそれがあると知ったときは、直ちに甲に知らせ、甲の指示に従って対応しなければならない。',
    '第13条（損害の賠償）乙は、この特記事項に違反したことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。',
    '',
    '※令和3年4月1日改正の標準様式による。',
]

rec37 = screen(
    37, '審議済', '竹之内 亮',
    [
        group('案件の概要', [
            row(text('受付番号', 'R3-報-05', 160), radio('区分', '報告', 160),
                dropdown('手続の種類', '業務の委託', 220)),
            row(text('件名', '介護保険の要介護認定等に係る訪問調査業務の委託について', 720)),
            row(text('根拠条項', '鹿屋市個人情報保護条例第12条第1項', 380), dropdown('担当部', '保健福祉部', 200)),
            row(text('担当課', '介護保険課、東部・西部地域包括支援センター', 420),
                user('担当者', '有村 千晶', 'arimura.c')),
            row(mtext('事業の概要', [
                '要介護認定等の申請に伴う認定調査（訪問調査）のうち、更新申請及び区分変更申請に係るものの一部を、市内の居宅介護支援事業所の介護支援専門員で構成する団体に委託する。',
                '新規申請に係る調査は、これまでどおり介護保険課の認定調査員が直接行う。',
                '東部・西部地域包括支援センターは、更新申請の受付と調査日程の取次ぎを担う。',
                '調査の結果は、市が貸与するタブレット端末から要介護認定支援システムに入力し、介護認定審査会の資料とする。',
                '生活保護を受けている方の調査日程は、福祉政策課保護係を通じて調整する。',
                '令和4年度以降も同様の方法で委託を継続する予定である。',
            ])),
            row(text('委託先', '一般社団法人おおすみ介護支援専門員協議会', 480),
                text('委託先の所在地', '鹿屋市西原四丁目（事務局）', 300)),
        ]),
        group('取り扱う個人情報', [
            row(text('対象者', '更新申請又は区分変更申請を行った被保険者（年間 約2,600件）', 620)),
            row(subtable('個人情報の項目', ['No.', '項目名', '区分', '備考'], ITEMS_37)),
            row(checkbox('記録媒体', ['紙', '市のシステム・端末'], 280),
                mtext('記録媒体（補足）', [
                    '調査票（紙）は、市が印字したものを介護保険課の窓口で受託者に引き渡す。',
                    '調査員は、市が貸与するタブレット端末（要介護認定支援システムの調査入力用端末）に調査結果を入力する。',
                    '受託者のパソコン、USBメモリ等の電子記録媒体及び電子メールは、調査データの受渡しに使用しない。',
                ], 560)),
        ]),
        group('委託期間', [
            row(date('委託期間（開始）', '2021-10-01'), date('委託期間（終了）', '2022-03-31'),
                radio('次年度以降の継続', '継続予定', 200)),
        ]),
        group('保護措置', [
            row(mtext('市が講ずる保護措置', WARD_37)),
            row(mtext('受託者に講じさせる保護措置', CONTR_37)),
        ]),
        group('特記事項', [
            row(mtext('特記事項（契約書添付）', ANNEX_37)),
        ]),
        group('添付資料・関連案件', [
            row(files('添付ファイル', [
                ('01_事業概要_認定調査業務委託.pdf', '246 KB'),
                ('02_個人情報の流れ図.pdf', '118 KB'),
                ('03_学校保健クラウド_結合構成図.pdf', '392 KB'),
            ])),
            row(reference('関連する案件', [
                ('29', '介護保険事務処理システムの保守業務の委託について', '報告', '令和2年度第4回'),
                ('33', '地域包括支援センター運営業務の委託について', '報告', '令和3年度第1回'),
            ])),
        ]),
        group('事務局処理欄', [
            row(dropdown('審議会', '令和3年度第2回', 200), date('開催日', '2021-08-26'),
                radio('審議結果', '了承', 160)),
            row(text('資料番号', '資料3-1', 160), checkbox('公開状況', ['会議録公開済', '資料公開済'], 200)),
        ], open_=False),
    ],
    [recnum(37), user('作成者', '有村 千晶', 'arimura.c', 160, 'creator'), datetime('作成日時', '2021-07-09 14:22'),
     user('更新者', '竹之内 亮', 'takenouchi', 160, 'modifier'), datetime('更新日時', '2021-08-27 09:38')],
    [
        comment(5, '竹之内 亮', 'takenouchi', '2021-08-27 09:41',
                mention('有村 千晶', 'arimura.c') + '&nbsp;さん<br>第2回審議会（8/26）で報告了承となりました。ステータスを「審議済」に進めています。<br>会議録の確認依頼は別途お送りします。'),
        comment(4, '有村 千晶', 'arimura.c', '2021-08-05 11:18',
                mention('竹之内 亮', 'takenouchi') + '&nbsp;さん<br>項目表から「個人番号」の行を削除しました（調査票に印字しないため）。<br>区分欄は課内で付けたものなので、事務局で直していただいて構いません。'),
        comment(3, '前田 恵', 'maeda.m', '2021-07-21 15:02',
                'タブレットの貸与は15台の予定です。端末管理（MDM）の設定は情報政策課で行いますので、内容が固まったら共有します。'),
        comment(2, '有村 千晶', 'arimura.c', '2021-07-14 16:40',
                '特記事項は総務課の標準様式（令和3年4月改正）をそのまま貼り付けています。'),
        comment(1, '竹之内 亮', 'takenouchi', '2021-07-12 10:05',
                '受付しました。委託期間の開始日が決まりましたら入力をお願いします。'),
    ])

# ================================================================= record 41
ITEMS_41 = [
    ('1', '氏名', '基本', ''),
    ('2', '性別', '基本', ''),
    ('3', '生年月日', '基本', ''),
    ('4', '学校名', '基本', ''),
    ('5', '学年', '基本', ''),
    ('6', '学級', '基本', ''),
    ('7', '出席番号', '識別番号', ''),
    ('8', '健康診断の結果（身長、体重、視力、聴力、歯・口腔等）', '要配慮', '学校保健安全法施行規則の様式による'),
    ('9', '心臓検診の結果', '一般', '1年生・4年生・中1のみ'),
    ('10', '既往歴', '要配慮（本人申告）', '保健調査票に保護者が記入'),
    ('11', 'アレルギー疾患の有無', '要配慮（本人申告）', '同上'),
    ('12', '健康診断の実施日', '一般', ''),
    ('13', '保健室来室日', '要配慮？', '来室の理由・症状は記録しない'),
    ('14', '要保護・準要保護の別', '一般', '学校病の医療券発行に使用（要保護＝生活保護受給世帯）'),
    ('15', '保護者の氏名', '基本', ''),
    ('16', '保護者の電話番号（緊急連絡先）', '基本', ''),
]

WARD_41 = [
    '・サービスに接続できる端末は、各学校の校務系ネットワークにつながる校務用端末に限定する。',
    '・ログインの際は、教職員ごとのIDとパスワードに加え、ワンタイムパスワードによる二要素の認証を求める。',
    '・閲覧・入力の権限は、養護教諭、学級担任及び管理職の別に設定し、学級担任は受け持つ学級の児童生徒の情報だけを閲覧できるようにする。',
    '・教育委員会は、サービスに残る操作履歴を学期ごとに取り寄せ、不自然な閲覧がないかを確かめる。',
    '・毎年度の初めに、全教職員を対象として健康情報の取扱いに関する校内研修を行う。',
    '・サービスの停止や情報漏えいのおそれがある場合に備え、事業者、学校及び教育委員会の間の緊急連絡網を整えておく。',
    '・利用契約書には、鹿屋市個人情報保護条例及び鹿屋市情報セキュリティポリシーを守る義務を明記する。',
]

CONTR_41 = [
    '・情報セキュリティマネジメントシステム（ISMS）の認証を取得し、契約期間中これを維持させる。',
    '・データセンターの入館は事前に登録された者に限らせ、入退室の記録を保存させる。',
    '・保存データ及び通信経路を、いずれも暗号化させる。',
    '・不正アクセスを検知して遮断する装置を設け、外部からの攻撃を常時監視させる。',
    '・毎日バックアップを取得し、遠隔地にある別のデータセンターに保管させる。',
    '・サーバには、提供され次第、セキュリティ更新プログラムを適用させる。',
    '・契約が終了したときは、保存していた全てのデータを復元できない方法で消去させ、消去を証明する書面を提出させる。',
]

rec41 = screen(
    41, '審議済', '竹之内 亮',
    [
        group('案件の概要', [
            row(text('受付番号', 'R3-諮-03', 160), radio('区分', '諮問', 160),
                dropdown('手続の種類', '外部結合（オンライン結合）', 260)),
            row(text('件名', '学校保健クラウドサービスとの外部結合による児童生徒の健康情報の管理について', 720)),
            row(text('根拠条項', '鹿屋市個人情報保護条例第１４条第２項', 380), dropdown('担当部', '教育委員会事務局', 200)),
            row(text('担当課', '学校教育課', 300), user('担当者', '川畑 悠斗', 'kawabata.y')),
            row(mtext('事業の概要', [
                '市立小・中学校では、児童生徒の健康診断の結果を紙の健康診断票に記入し、各校の保健室で保管している。',
                '転出入の際の健康診断票の送付や、学校医への結果の報告に多くの手間を要していることから、民間事業者が提供する学校保健クラウドサービスを導入し、健康診断の結果等を電子的に管理する。',
                '校務用端末と結合先のクラウドサービスとを通信回線で結ぶことが、条例に定める外部結合に当たるため、審議会に諮問する。',
                'なお、学校給食における食物アレルギーへの対応は、保健体育課が所管する別の仕組みで行っており、本件の対象外である。',
            ])),
            row(text('委託先・結合先', '株式会社さつま教育システムが提供する学校保健クラウドサービス「スクールヘルスノート」', 720)),
        ]),
        group('取り扱う個人情報', [
            row(text('対象者', '市立小・中学校に在籍する児童生徒（約9,400人）及びその保護者', 620)),
            row(subtable('個人情報の項目', ['No.', '項目名', '区分', '備考'], ITEMS_41)),
            row(checkbox('記録媒体', ['紙', '市のシステム・端末', '外部のシステム・クラウドサービス'], 280),
                mtext('記録媒体（補足）', [
                    '各学校の校務用端末から、結合先のクラウドサービスに接続して閲覧・入力する。',
                    'データは、事業者が国内のデータセンターで運用するクラウド環境に保存される。',
                    '保護者が記入する保健調査票（紙）は、従来どおり各学校の保健室で保管する。',
                    '既存の健康診断票のデータ移行は学校での手入力により行い、USBメモリ等の外部記録媒体は用いない。',
                ], 560)),
        ]),
        group('結合期間', [
            row(date('結合開始日', '2022-01-11'), date('契約期間の終了日', '2027-03-31'),
                radio('次年度以降の継続', '該当しない', 200)),
        ]),
        group('保護措置', [
            row(mtext('市が講ずる保護措置', WARD_41)),
            row(mtext('受託者・結合先に講じさせる保護措置', CONTR_41)),
        ]),
        group('特記事項', [
            row(mtext('特記事項（契約書添付）', [
                '利用契約書には、総務課の標準様式による個人情報取扱特記事項を添付する（契約書案は添付ファイルを参照）。',
            ])),
        ]),
        group('添付資料・関連案件', [
            row(files('添付ファイル', [
                ('諮問書_学校保健クラウド.pdf', '204 KB'),
                ('スクールヘルスノート_ネットワーク構成図.pdf', '512 KB'),
                ('図書館システム更新_委託仕様書.pdf', '331 KB'),
            ])),
            row(reference('関連する案件', [
                ('18', '校務支援システムの更新に伴う記録項目の追加について', '諮問', '令和2年度第3回'),
                ('40', '児童生徒1人1台端末の家庭への持ち帰りに伴う個人情報の取扱いについて', '報告', '令和3年度第3回'),
            ])),
        ]),
        group('事務局処理欄', [
            row(dropdown('審議会', '令和3年度第3回', 200), date('開催日', '2021-11-25'),
                radio('審議結果', '答申（原案のとおり適当）', 240)),
            row(text('資料番号', '資料2', 160), date('答申日', '2021-12-06'),
                checkbox('公開状況', ['会議録公開済'], 200)),
        ], open_=False),
    ],
    [recnum(41), user('作成者', '川畑 悠斗', 'kawabata.y', 160, 'creator'), datetime('作成日時', '2021-10-18 08:47'),
     user('更新者', '竹之内 亮', 'takenouchi', 160, 'modifier'), datetime('更新日時', '2021-12-07 08:52')],
    [
        comment(4, '竹之内 亮', 'takenouchi', '2021-12-07 08:55',
                mention('川畑 悠斗', 'kawabata.y') + '&nbsp;さん<br>12月6日付けで答申が出ました（付帯意見なし）。答申書のPDFを添付欄に追加してください。'),
        comment(3, '坂元 直樹', 'sakamoto.n', '2021-11-29 13:30',
                '契約は令和8年度末までの長期継続契約で起案します。結合開始は1月11日（3学期の始業日）で調整済みです。'),
        comment(2, '竹之内 亮', 'takenouchi', '2021-11-12 17:20',
                mention('川畑 悠斗', 'kawabata.y') + '&nbsp;さん<br>委員から事前質問がありました。「保健室来室日まで登録する必要があるか」とのことですので、当日ご説明をお願いします。'),
        comment(1, '川畑 悠斗', 'kawabata.y', '2021-10-25 09:12',
                '当初案にあった「視力矯正の有無」は、健康診断の結果に含めて1行にまとめました。'),
    ])

CSS = """
body{margin:0;font-family:"メイリオ",Meiryo,"Hiragino Kaku Gothic ProN","Noto Sans CJK JP",sans-serif;font-size:13px;color:#333;background:#f5f5f5}
.kprint-header{padding:6px 16px;font-size:11px;color:#666;border-bottom:1px solid #ccc;background:#fff}
.kprint-record{background:#fff}
.gaia-header-toolbar{display:flex;justify-content:space-between;height:48px;align-items:center;background:#fff;border-bottom:1px solid #e3e7e8;padding:0 16px}
.gaia-header-logo-text{font-weight:bold;color:#fcb900;font-size:18px}
.gaia-header-toolbar a{margin-right:14px;color:#888;text-decoration:none}
.gaia-header-badge{background:#e74c3c;color:#fff;border-radius:8px;padding:0 5px;margin-left:2px;font-size:10px}
.gaia-argoui-app-breadcrumb{padding:8px 16px;font-size:12px;background:#f7f9fa}
.gaia-argoui-app-breadcrumb a{color:#3498db;text-decoration:none}
.gaia-argoui-app-breadcrumb-separator{margin:0 6px;color:#999}
.gaia-argoui-app-titlebar{padding:6px 16px 10px;background:#f7f9fa}
.gaia-argoui-app-titlebar-title{display:inline;font-size:20px;font-weight:normal;margin:0}
.gaia-argoui-app-toolbar{display:flex;gap:24px;align-items:center;padding:8px 16px;border-top:1px solid #e3e7e8;border-bottom:1px solid #e3e7e8;background:#fff}
.gaia-argoui-app-toolbar button{border:1px solid #e3e7e8;background:#f7f9fa;padding:4px 10px;margin-right:6px}
.gaia-app-statusbar{display:flex;gap:20px;align-items:center;padding:10px 16px;background:#eef6fb;border-bottom:1px solid #d8e6ee}
.gaia-app-statusbar-state-label-text{font-weight:bold}
.gaia-app-statusbar-action{display:inline-block;border:1px solid #3498db;color:#3498db;background:#fff;padding:3px 12px;margin-right:8px;border-radius:2px}
.gaia-app-statusbar-history{font-size:11px;color:#3498db}
.gaia-argoui-app-show-contents{display:flex}
.gaia-argoui-app-show-record{flex:1;padding:12px 16px}
.gaia-argoui-app-show-sidebar{width:300px;border-left:1px solid #e3e7e8;padding:10px;background:#fff;font-size:12px}
.gaia-argoui-app-show-sidebar-tab{display:inline-block;padding:4px 10px;color:#888}
.gaia-argoui-app-show-sidebar-tab-selected{color:#333;border-bottom:2px solid #3498db}
.ocean-ui-editor-field{border:1px solid #e3e7e8;height:40px;margin:8px 0;color:#aaa}
.ocean-ui-editor-field:before{content:attr(data-placeholder)}
.itemlist-gaia{list-style:none;margin:0;padding:0}
.itemlist-item-gaia{border-bottom:1px solid #eee;padding:8px 0}
.itemlist-userName-gaia{font-weight:bold;color:#333;text-decoration:none}
.itemlist-datetime-gaia a{color:#999;font-size:11px;text-decoration:none}
.itemlist-footer-gaia a{color:#3498db;margin-left:8px;font-size:11px}
.itemlist-commentNumber-gaia{color:#bbb;font-size:11px}
.ocean-ui-plugin-mention-user{color:#3498db;text-decoration:none}
.row-gaia{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:8px}
.control-gaia{box-sizing:border-box;padding:4px 8px}
.control-label-gaia{color:#888;font-size:12px;margin-bottom:2px}
.control-value-gaia{min-height:20px;line-height:1.6;word-break:break-all}
.control-group-field-gaia{width:100%;padding:0}
.control-group-gaia{border:1px solid #e3e7e8;margin:6px 0;background:#fff}
.group-label-gaia{background:#f7f9fa;padding:6px 10px;font-weight:bold;cursor:pointer}
.group-label-arrow-gaia{display:inline-block;width:0;height:0;margin-right:6px;border:5px solid transparent}
.group-label-arrow-open-gaia{border-top-color:#888}
.group-label-arrow-close-gaia{border-left-color:#888}
.group-body-gaia{padding:6px}
.subtable-gaia,.reference-subtable-gaia{border-collapse:collapse;width:100%}
.subtable-gaia th,.reference-subtable-gaia th{background:#f7f9fa;border:1px solid #e3e7e8;font-weight:normal;color:#666;padding:3px 6px;text-align:left}
.subtable-gaia td,.reference-subtable-gaia td{border:1px solid #e3e7e8;padding:0 4px}
.subtable-gaia td .control-gaia{padding:2px}
.entity-user-gaia{color:#3498db;text-decoration:none}
.control-value-content-gaia{display:block}
ul.control-value-content-gaia{list-style:none;margin:0;padding:0}
.file-link-gaia{color:#3498db;margin-right:4px}
.file-size-gaia{color:#999;font-size:11px}
.reference-subtable-footer-gaia{font-size:11px;color:#888;margin-top:2px}
.reference-subtable-footer-gaia a{margin-left:8px;color:#3498db}
@media print{.gaia-argoui-app-show-sidebar{width:240px}}
"""

DOC = f"""<!DOCTYPE html>
<!-- saved from url=(0055)https://kny-soumu.cybozu.com/k/112/show#record=37&l.q -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{APP} - レコードの詳細 - kintone</title>
<link rel="shortcut icon" href="https://static.cybozu.com/contents/k/image/favicon.ico">
<link rel="stylesheet" type="text/css" href="./レコードの詳細_files/kintone-desktop-gaia.css">
<link rel="stylesheet" type="text/css" href="./レコードの詳細_files/ocean-ui.css">
<style type="text/css">{CSS}</style>
<script type="text/javascript">
var cybozu = cybozu || {{}}; cybozu.data = {{"LOGIN_USER":{{"id":"57","code":"takenouchi","name":"竹之内 亮","locale":"ja","timezone":"Asia/Tokyo"}},"APP_ID":"112","SPACE_ID":"14","THREAD_ID":"21","IS_MOBILE":false,"REVISION":"5.0.1-20211118"}};
</script>
<script type="text/javascript" src="./レコードの詳細_files/boot.js"></script>
<script type="text/javascript" src="./レコードの詳細_files/gaia-desktop.js"></script>
<script type="text/javascript" src="./レコードの詳細_files/kprint-plugin.js"></script>
</head>
<body class="body-top gaia-argoui-app-show-body">
<div class="kprint-header">kintone 一括印刷プラグイン　｜　アプリ：{APP}　｜　対象：2件（レコード番号 37, 41）　｜　出力日時：2021-12-08 17:05　｜　出力者：竹之内 亮</div>
{rec37}
<div style="page-break-before:always">
{rec41}
</div>
<div class="kprint-footer" style="padding:6px 16px;font-size:11px;color:#888">© Cybozu　｜　鹿屋市 kintone（kny-soumu）</div>
</body></html>
"""


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(DOC)
    print('wrote', os.path.relpath(OUT, ROOT))


if __name__ == '__main__':
    main()
