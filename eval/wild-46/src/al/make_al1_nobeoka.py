#!/usr/bin/env python3
"""Builds raw/al1_nobeoka_2022.pdf: the print view of two responses to the
secretariat's electronic application form (延岡市個人情報保護審議会 諮問・報告 申請フォーム),
printed with headless Chromium.  Writes src/al/al1_nobeoka_2022.html first.

Everything except the municipality name is invented for this evaluation set.
Standard library only; Chromium is called through subprocess."""
import html
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML_OUT = os.path.join(HERE, 'al1_nobeoka_2022.html')
PDF_OUT = os.path.join(ROOT, 'raw', 'al1_nobeoka_2022.pdf')

FORM_TITLE = '個人情報保護審議会 諮問・報告 申請フォーム'
PRINTED = '2022/09/05 10:13'


def wrap(text, width):
    """Hard-wrap every paragraph at `width` characters, as text pasted from a PDF."""
    out = []
    for para in text.split('\n'):
        while len(para) > width:
            cut = width
            # do not start a line with a closing mark
            while cut < len(para) and para[cut] in '、。）」':
                cut += 1
            out.append(para[:cut])
            para = para[cut:]
        out.append(para)
    return '\n'.join(out)


# ------------------------------------------------------------------ the form
# (no, required, question, help, type, options)
FORM = [
    (1, True, '審議会の開催回', '※開催日のおおむね30日前までに送信してください。', 'single',
     ['令和4年度第1回（7月開催）', '令和4年度第2回（10月開催）', '令和4年度第3回（1月開催）',
      '令和4年度第4回（3月開催）']),
    (2, True, '区分', '※条例の規定に基づき、審議会の意見を聴くものは「諮問」、事後に報告するものは「報告」を選んでください。',
     'single', ['諮問', '報告']),
    (3, True, '手続の種類', None, 'single',
     ['本人以外からの収集', '目的外利用', '外部提供', '業務の委託', 'オンライン結合（外部結合）',
      '電子計算機処理（記録項目の追加・変更）', 'その他']),
    (4, True, '根拠条文', '例）延岡市個人情報保護条例第○条第○項', 'text', None),
    (5, True, '件名', '※「～について」で終わる形で入力してください。審議会資料の件名になります。', 'text', None),
    (6, True, '所管部', None, 'single',
     ['総務部', '企画政策部', '市民環境部', '健康福祉部', 'こども未来部', '商工観光部', '農林水産部',
      '都市建設部', '上下水道局', '教育委員会事務局', 'その他']),
    (7, True, '所管課', '※複数の課にまたがる場合は、すべて記入してください。', 'long', None),
    (8, False, '担当者名・連絡先（内線）', None, 'text', None),
    (9, True, '事業の概要', '※審議会資料に転記します。400字程度で記入してください。', 'long', None),
    (10, False, '委託先・結合先', '※委託先が決まっていない場合は予定で可', 'long', None),
    (11, False, '委託先の選定方法', None, 'single',
     ['一般競争入札', '指名競争入札', '随意契約（見積合わせを含む）', 'プロポーザル方式', '未定', '該当なし']),
    (12, True, '期間（開始日）', '※委託期間・結合期間・利用期間などの始期', 'date', None),
    (13, False, '期間（終了日）', '※終期を定めない場合は空欄', 'date', None),
    (14, False, '次年度以降の実施', None, 'single',
     ['次年度以降も同様に実施する', '今年度限り', '未定・その他']),
    (15, False, '「未定・その他」の内容', None, 'text', None),
    (16, False, '契約締結日（予定）', None, 'date', None),
    (17, True, '個人情報の対象者', None, 'long', None),
    (18, True, '取り扱う個人情報の項目', '※主たる対象者について、該当するものをすべて選択してください。', 'multi',
     ['氏名', '生年月日', '性別', '住所', '電話番号', 'メールアドレス', '個人番号（マイナンバー）',
      '被保険者番号', '口座情報', '所得・課税情報', '世帯構成', '障害の状況', '病歴']),
    (19, False, 'その他の項目', '※上記の選択肢にない項目を、対象者ごとに改行して記入してください。', 'long', None),
    (20, True, '要配慮個人情報の有無', None, 'single', ['含む', '含まない', '不明（事務局に相談したい）']),
    (21, False, '要配慮個人情報に該当する項目', None, 'long', None),
    (22, True, '記録媒体', '※該当するものをすべて選択してください。', 'multi',
     ['紙', 'CD-R・DVD-R', 'USBメモリ等', '委託先のパソコン', '委託先のサーバ・クラウド',
      '市の情報システム・端末', '電子メール', 'その他']),
    (23, False, '記録媒体の補足', '※「その他」を選んだ場合はその内容を、使用しない媒体がある場合はその旨を記入', 'long', None),
    (24, True, '市が講じる保護対策', '※組織的・人的・物理的・技術的な観点から、具体的に記入してください。', 'long', None),
    (25, False, '委託先・結合先に講じさせる保護対策', '※委託・結合等を伴わない場合は空欄', 'long', None),
    (26, False, '添付資料', '※特記事項、システム構成図等（PDF又はWord、1ファイル10MBまで）', 'file', None),
    (27, False, '特記事項の本文', '※添付できない場合又は審議会資料に全文を掲載する場合は、本文を貼り付けてください。', 'long', None),
    (28, True, '所属長の確認', None, 'multi', ['所属長（課長）の確認を得ています']),
    (29, False, '備考', None, 'long', None),
]

# ------------------------------------------------------------------ response 1
ANNEX1 = """個人情報の取扱いに関する特記事項

（基本的事項）
第1条　受託者は、この契約による業務を行うに当たり、個人の権利利益を損なうことのないよう、個人情報を適正に取り扱わなければならない。
（秘密の保持）
第2条　受託者は、業務の過程で知った個人情報の内容を他人に知らせ、又は不当な目的に使ってはならない。契約期間が満了し、又は契約が解除された後も、同様とする。
（収集の制限）
第3条　受託者は、業務のために個人情報を集めるときは、業務の目的を達成するために必要な範囲に限り、適法かつ公正な方法によらなければならない。
（目的外利用及び提供の禁止）
第4条　受託者は、委託者の指示がある場合を除き、業務に関して知った個人情報を契約の目的以外に使い、又は第三者に渡してはならない。
（複写及び複製の禁止）
第5条　受託者は、委託者の承諾を得ずに、委託者から預かった個人情報が記録された資料を写し、又は複製してはならない。
（再委託の禁止）
第6条　受託者は、個人情報を取り扱う業務を自ら行うものとし、委託者が書面で承諾した場合を除き、他の者に行わせてはならない。
（持出しの禁止）
第7条　受託者は、委託者が指定した場所の外へ個人情報を持ち出してはならない。ただし、訪問のために必要な範囲で委託者が認めたときは、この限りでない。
（適正な保管）
第8条　受託者は、個人情報が記録された資料を、鍵のかかる書庫その他の安全な場所に保管しなければならない。
（従事者への教育）
第9条　受託者は、業務に従事する者に対し、個人情報の保護に関して必要な教育を行い、在職中及び離職後においても知り得た個人情報をみだりに口外しないよう指導しなければならない。
（資料の返還等）
第10条　受託者は、業務が終了したときは、委託者から預かり、又は自ら作成した個人情報の記録された資料を直ちに委託者に返し、電磁的記録は再生できない方法で消去したうえ、消去したことを証する書面を委託者に提出しなければならない。
（報告及び検査）
第11条　委託者は、必要があると認めるときは、受託者に対し個人情報の取扱いの状況について報告を求め、又はその職員に受託者の事務所等を検査させることができる。
（事故発生時の措置）
第12条　受託者は、個人情報の漏えい、滅失、き損その他の事故が生じ、又は生じるおそれがあることを知ったときは、直ちに委託者に報告し、その指示に従わなければならない。
（契約の解除及び損害賠償）
第13条　委託者は、受託者がこの特記事項に違反したときは、契約を解除することができる。受託者は、この特記事項に違反したことにより委託者又は第三者に損害を与えたときは、その損害を賠償しなければならない。"""

R1 = {
    'id': 'R-2022-00047',
    'at': '2022/08/19 16:42',
    'who': 'h-kuroki@city.nobeoka.lg.jp',
    'name': '黒木 ひかり',
    'status': '受付済（事務局確認済）',
    'answers': {
        1: '令和4年度第2回（10月開催）',
        2: '報告',
        3: '業務の委託',
        4: '延岡市個人情報保護条例第11条第2項',
        5: '高齢者の保健事業と介護予防の一体的実施に係る健康状態不明者等への訪問支援業務の委託について',
        6: '健康福祉部',
        7: '健康増進課（主管）\n介護保険課',
        8: '黒木（健康増進課 保健事業係）　内線3318',
        9: ('後期高齢者医療の被保険者のうち、直近1年間に健康診査の受診、医療機関の受診及び介護サービスの利用の'
            'いずれの記録もない方（以下「健康状態不明者」という。）の自宅を看護師等が訪ね、心身の状態を確かめたうえで、'
            '必要に応じて地域包括支援センターやかかりつけの医療機関につなぐ取組を本格的に実施する。\n'
            '令和3年度は保健師による試行（対象約60名）を市の直営で行ったが、今年度は対象者が約420名に増える見込みのため、'
            '訪問看護の経験が豊富な団体に訪問と訪問記録票の作成を委託する。\n'
            '対象者の抽出と訪問結果の評価は引き続き市が行い、委託先は訪問及び記録の作成のみを担う。'),
        10: '一般社団法人のべおか在宅ケアネット',
        11: '随意契約（見積合わせを含む）',
        12: '2022/11/01',
        13: '2023/03/24',
        14: '次年度以降も同様に実施する',
        15: None,
        16: '2022/10/21',
        17: '訪問対象者（市が抽出した健康状態不明者）及びその家族等',
        18: ['氏名', '生年月日', '性別', '住所', '電話番号', '被保険者番号'],
        19: ('【訪問対象者】\n最終健診受診年度\n要支援・要介護認定の状況\n既往歴（本人・家族からの聞き取りによる）\n'
             '服薬状況\n血圧測定値（訪問時に測定した場合）\n訪問日\n聞き取り内容（生活の状況・困りごと）\n'
             '【家族等（同居者又は緊急時の連絡先）】\n氏名\n続柄\n電話番号'),
        20: '含む',
        21: '既往歴、服薬状況、血圧測定値',
        22: ['紙', '委託先のパソコン', '市の情報システム・端末'],
        23: ('「市の情報システム・端末」は、市が委託先に貸与するタブレット端末（訪問先での記録入力用）を指します。'
             '入力した内容は端末内に残さず、市の健康管理システムに直接保存されます。\n'
             'USBメモリ等の外部記録媒体は使用しません。'),
        24: ('■組織的な対策\n'
             '1 委託契約書に「個人情報の取扱いに関する特記事項」を添え、延岡市個人情報保護条例を守る義務を受託者に負わせる。\n'
             '2 訪問対象者の一覧表は、健康増進課の職員が受託者の事務所まで持参して業務責任者に直接手渡し、授受簿に双方が署名する。\n'
             '3 委託期間の途中で少なくとも1回、職員が受託者の事務所に出向いて、一覧表や訪問記録票の保管の状況を実地に確かめる。\n'
             '■技術的な対策\n'
             '4 貸与するタブレット端末は、市が発行した利用者IDとパスワードを入力しなければ使えない設定とする。\n'
             '5 タブレット端末と健康管理システムとの通信は暗号化した閉域網に限り、インターネットには接続できないようにする。\n'
             '6 タブレット端末の操作の履歴は健康管理システムに記録され、健康増進課で月に1回点検する。'),
        25: ('（体制）\n'
             '・業務責任者と訪問に当たる看護師等をあらかじめ決め、その氏名を記した一覧を市に届け出させる。\n'
             '・従事者全員に、業務に就く前と毎年1回、個人情報の扱い方についての講習を受けさせる。\n'
             '・漏えいや紛失が起きたとき、又は起きたおそれがあるときは、その日のうちに健康増進課へ連絡させ、市の指示に沿って対処させる。\n'
             '（保管・持出し）\n'
             '・訪問記録票は、事務所内の鍵を掛けられるキャビネットにしまわせる。\n'
             '・訪問記録票を事務所から持ち出すのは訪問当日に必要な分に限らせ、持出しの記録を付けさせる。\n'
             '（パソコン）\n'
             '・記録の集計に使うパソコンにはウイルス対策ソフトを入れさせ、定義ファイルを常に新しい状態に保たせる。\n'
             '・集計用のファイルにはパスワードを掛けさせる。\n'
             '・業務の終了後は、パソコン内のデータを復元できない方法で消させ、紙の訪問記録票は市へ返させたうえで、その結果を書面で報告させる。'),
        26: [('特記事項（訪問支援業務）.pdf', '212 KB')],
        27: wrap(ANNEX1, 38),
        28: ['所属長（課長）の確認を得ています'],
        29: ('令和3年度の試行は市の直営で実施したため、審議会への報告は今回が初めてです。\n'
             '令和3年度第3回審議会で報告した「後期高齢者健康診査の受診券作成及び発送業務の委託について」とは別の案件です。'),
    },
    'office': [('受付番号', '報告第9号'), ('受付日', '2022/08/22'), ('確認者', '総務部総務課 行政係　松田'),
               ('事務局メモ', '特記事項は本文貼付けのため資料2-2として全文掲載')],
}

# ------------------------------------------------------------------ response 2
R2 = {
    'id': 'R-2022-00052',
    'at': '2022/08/26 09:07',
    'who': 't-sakata@city.nobeoka.lg.jp',
    'name': '坂田 拓海',
    'status': '受付済（事務局確認済）',
    'answers': {
        1: '令和4年度第2回（10月開催）',
        2: '諮問',
        3: 'オンライン結合（外部結合）',
        4: '延岡市個人情報保護条例　第１２条第１項',
        5: '子育て応援アプリを活用した乳幼児健康診査及び予防接種の情報配信に伴う外部結合について',
        6: 'こども未来部',
        7: 'こども家庭課',
        8: '【代理入力】総務部デジタル推進課 坂田（内線2107）／所管課担当：こども家庭課 母子保健係 甲斐（内線3425）',
        9: ('母子健康手帳の記録を保護者のスマートフォンで確認できる子育て応援アプリを導入する。'
            '市の健康管理システムに記録している乳幼児健康診査の結果と予防接種の履歴を、連携サーバを経由してアプリの配信基盤へ送り、'
            '保護者が健診の結果や次の接種の時期をいつでも確認できるようにする。\n'
            'アプリの利用は任意とし、利用登録の際に市の情報との連携に同意した保護者の分に限って送信する。\n'
            'なお、乳幼児健診の予約を電子申請（マイナポータル経由）で受け付ける仕組みは別途検討中であり、今回の結合には含まない。'),
        10: '子育て応援アプリ「すくすくのべおか」の配信基盤（運営：株式会社ミツバ・デジタルヘルス）',
        11: '該当なし',
        12: '2023/01/10',
        13: None,
        14: '未定・その他',
        15: '結合の終期は定めない。',
        16: '2022/12/01',
        17: '市内在住の乳幼児及びその保護者のうち、アプリの利用登録をして連携に同意した方',
        18: ['氏名', '生年月日', '性別', 'メールアドレス'],
        19: ('【乳幼児】\n乳幼児健康診査の受診日\n乳幼児健康診査の結果（身長・体重・発達の所見）\n'
             '予防接種の接種履歴（ワクチンの種類及び接種日）\n次回の接種予定日\n'
             '【保護者】\n続柄\nアプリ利用者ID\n妊娠週数（妊娠中に登録した方に限る）\n出産予定日'),
        20: '含む',
        21: '乳幼児健康診査の結果、予防接種の接種履歴、妊娠週数',
        22: ['市の情報システム・端末', 'その他'],
        23: ('その他：アプリ運営事業者が管理する配信基盤のクラウドサーバ（国内のデータセンター）\n'
             '市の健康管理システムとは、庁内に置く連携サーバを介して接続します。\n'
             '紙の台帳からの転記は行いません。保護者への通知はアプリのプッシュ通知のみとし、電子メールは使用しません。'),
        24: ('1) 運営事業者と結ぶ利用契約には、個人情報の取扱いに関する特記事項を付ける。\n'
             '2) 連携サーバで職員が行える操作は、職員ごとに割り当てた権限の範囲に限定する。\n'
             '3) 連携サーバから配信基盤へ送るデータは、TLS1.3で暗号化した通信で送る。\n'
             '4) 連携サーバはファイアウォールの内側に設置し、配信基盤以外の外部とはつながらない構成とする。\n'
             '5) 連携サーバの送受信の記録と職員の操作の記録を残し、母子保健係長が毎週目を通す。\n'
             '6) 連携サーバにはウイルス対策ソフトを入れ、OSの修正プログラムは公開後速やかに当てる。\n'
             '7) 配信基盤の側で障害や情報の流出が起きた場合に備え、運営事業者との連絡窓口と連絡の順番を前もって決めておく。\n'
             '8) 新しく担当になった職員には、連携の仕組みと取扱いの注意点を説明する場を設ける。'),
        25: ('①運営事業者には、ISMS（ISO/IEC 27001）の認証を契約期間中も継続して取得させておく。\n'
             '②配信基盤に保存するデータは、暗号化した状態で保管させる。\n'
             '③配信基盤の管理者権限は必要最小限の担当者にのみ与えさせ、その担当者の氏名を市に届け出させる。\n'
             '④保護者がアプリにログインする際は、パスワードのほか、登録したメールアドレスに届く確認コードの入力を求める二段階の認証とさせる。\n'
             '⑤市から受け取った情報は、アプリでの情報配信にだけ使わせ、広告や商品の案内に流用させない。\n'
             '⑥配信基盤へのアクセスの記録は、1年以上残させる。\n'
             '⑦運営・保守の作業を他の事業者に任せるときは、前もって市の書面による承諾を受けさせる。\n'
             '⑧保護者が退会したとき又は契約が終了したときは、該当するデータを消去させ、消去を終えたことを書面で報告させる。'),
        26: [('システム連携概要図.pdf', '1.4 MB'), ('個人情報の取扱いに関する特記事項（案）.docx', '38 KB')],
        27: None,
        28: ['所属長（課長）の確認を得ています'],
        29: ('令和4年度第1回審議会（7月）で概要を事前に説明済み（当日資料5）。\n'
             '特記事項は運営事業者と調整中のため、案をアップロードしています。'),
    },
    'office': [('受付番号', '諮問第3号'), ('受付日', '2022/08/29'), ('確認者', '総務部総務課 行政係　松田'),
               ('事務局メモ', '特記事項（案）は資料に添付しない。確定後に次回報告')],
}

RESPONSES = [R1, R2]

CSS = r"""
@page {
  size: A4 portrait;
  margin: 15mm 13mm 16mm 13mm;
  @top-left { content: "FormBridge for 自治体 ｜ 延岡市"; font-family: "Noto Sans CJK JP"; font-size: 7.5pt; color: #666; }
  @top-right { content: "回答の印刷"; font-family: "Noto Sans CJK JP"; font-size: 7.5pt; color: #666; }
  @bottom-left { content: "印刷日時 2022/09/05 10:13"; font-family: "Noto Sans CJK JP"; font-size: 7.5pt; color: #666; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #444; }
}
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9.5pt; color: #202124; margin: 0; line-height: 1.5; }
.response { break-before: page; }
.response:first-child { break-before: auto; }
.head { border-top: 8px solid #1a73a8; border-radius: 6px; border-left: 1px solid #dadce0; border-right: 1px solid #dadce0;
        border-bottom: 1px solid #dadce0; padding: 4mm 5mm 3mm; margin-bottom: 3mm; }
.head h1 { font-size: 15pt; font-weight: 500; margin: 0 0 1.5mm; }
.head .desc { font-size: 8.5pt; color: #5f6368; margin: 0 0 2.5mm; }
.meta { display: table; font-size: 8.5pt; border-top: 1px solid #e0e0e0; padding-top: 2mm; width: 100%; }
.meta div { display: table-row; }
.meta span { display: table-cell; padding: 0.3mm 3mm 0.3mm 0; }
.meta span.k { color: #5f6368; width: 22mm; }
.card { border: 1px solid #dadce0; border-radius: 6px; padding: 3mm 5mm 3mm; margin-bottom: 2.6mm; break-inside: avoid; }
.card.long { break-inside: auto; }
.q { font-size: 10pt; font-weight: 500; }
.q .no { color: #5f6368; margin-right: 1.5mm; }
.req { display: inline-block; background: #d93025; color: #fff; font-size: 7pt; border-radius: 3px; padding: 0 1.4mm;
       margin-left: 2mm; vertical-align: 1px; line-height: 1.5; }
.help { color: #80868b; font-size: 8pt; margin-top: 0.6mm; }
.ans { margin-top: 1.8mm; }
.ans.txt { background: #f8f9fa; border-bottom: 1px solid #9aa0a6; padding: 1.2mm 2mm; white-space: pre-wrap; }
.ans.none { color: #9aa0a6; }
.opt { padding: 0.3mm 0; }
.opt.on { font-weight: 500; }
.opt .mk { display: inline-block; width: 5mm; }
.file { border: 1px solid #dadce0; border-radius: 4px; padding: 1mm 2mm; margin: 1mm 0; display: inline-block; margin-right: 3mm; }
.file .sz { color: #80868b; margin-left: 3mm; }
.office { border: 1px dashed #9aa0a6; background: #f1f3f4; border-radius: 6px; padding: 3mm 5mm; font-size: 8.5pt; break-inside: avoid; }
.office .t { font-weight: 500; margin-bottom: 1mm; }
.office table { border-collapse: collapse; }
.office td { padding: 0.4mm 4mm 0.4mm 0; vertical-align: top; }
"""


def e(s):
    return html.escape(s, quote=False)


def card(q, ans):
    no, req, text, help_, typ, opts = q
    long_ = typ == 'long' and ans and len(ans) > 300
    h = [f'<div class="card{" long" if long_ else ""}">']
    h.append(f'<div class="q"><span class="no">{no}.</span>{e(text)}'
             + ('<span class="req">必須</span>' if req else '') + '</div>')
    if help_:
        h.append(f'<div class="help">{e(help_)}</div>')
    h.append('<div class="ans-wrap">')
    if typ == 'single':
        for o in opts:
            on = (o == ans)
            h.append(f'<div class="opt{" on" if on else ""}"><span class="mk">{"●" if on else "○"}</span>{e(o)}</div>')
        if ans not in opts:
            raise SystemExit(f'answer {ans!r} not an option of Q{no}')
    elif typ == 'multi':
        for o in opts:
            on = o in ans
            h.append(f'<div class="opt{" on" if on else ""}"><span class="mk">{"☑" if on else "☐"}</span>{e(o)}</div>')
        for a in ans:
            if a not in opts:
                raise SystemExit(f'answer {a!r} not an option of Q{no}')
    elif typ == 'file':
        if ans:
            h.append('<div class="ans">' + ''.join(
                f'<span class="file">添付：{e(n)}<span class="sz">{e(sz)}</span></span>' for n, sz in ans) + '</div>')
        else:
            h.append('<div class="ans none">（ファイルなし）</div>')
    else:
        if ans:
            h.append(f'<div class="ans txt">{e(ans)}</div>')
        else:
            h.append('<div class="ans none">（未回答）</div>')
    h.append('</div></div>')
    return '\n'.join(h)


def response(r, idx):
    h = [f'<section class="response">']
    h.append('<div class="head">')
    h.append(f'<h1>{e(FORM_TITLE)}</h1>')
    h.append('<p class="desc">このフォームは、延岡市個人情報保護審議会への諮問・報告を予定している所管課が入力するものです。'
             '送信された内容は審議会事務局（総務部総務課）で確認し、審議会資料として整理します。'
             '入力方法の問合せは事務局（内線2231）まで。</p>')
    h.append('<div class="meta">')
    for k, v in (('回答ID', r['id']), ('回答日時', r['at']), ('回答者', f'{r["name"]}（{r["who"]}）'),
                 ('状態', r['status']), ('回答', f'{idx} / {len(RESPONSES)} 件目')):
        h.append(f'<div><span class="k">{e(k)}</span><span>{e(v)}</span></div>')
    h.append('</div></div>')
    for q in FORM:
        h.append(card(q, r['answers'][q[0]]))
    h.append('<div class="office"><div class="t">事務局記入欄（回答者には表示されません）</div><table>')
    for k, v in r['office']:
        h.append(f'<tr><td>{e(k)}</td><td>{e(v)}</td></tr>')
    h.append('</table></div>')
    h.append('</section>')
    return '\n'.join(h)


def build():
    body = '\n'.join(response(r, i) for i, r in enumerate(RESPONSES, 1))
    doc = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(FORM_TITLE)} - 回答の印刷</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(doc)
    os.makedirs(os.path.dirname(PDF_OUT), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='chromium-al1-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={prof}', '--no-pdf-header-footer', f'--print-to-pdf={PDF_OUT}',
           'file://' + HTML_OUT]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0 or not os.path.exists(PDF_OUT):
        sys.stderr.write(res.stderr)
        raise SystemExit('chromium failed')
    print('wrote', HTML_OUT)
    print('wrote', PDF_OUT)


if __name__ == '__main__':
    build()
