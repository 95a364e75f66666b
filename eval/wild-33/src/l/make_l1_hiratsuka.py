#!/usr/bin/env python3
"""Writes src/l/l1_hiratsuka_2022.html and prints it to raw/l1_hiratsuka_2022.pdf with
headless Chromium.

The page imitates a 諮問書 typed in 一太郎 and printed to PDF: A4 portrait, Mincho, no
ruling lines, labels set with 均等割付 over a fixed 7em box (CSS text-align-last:
justify, so every glyph of a label is placed apart), a colon-less gap, then the value,
whose wrapped lines hang under the value start.  A running header carries the document
number, a running footer 「― N ―」.  The contract annex (別記 特記事項) stands at the
very end, after matter 2, and says in its heading that it belongs to 記の１."""
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'l1_hiratsuka_2022.html')
PDF = os.path.join(ROOT, 'raw', 'l1_hiratsuka_2022.pdf')

DOCNO = '平総行第２１４号'


def fld(no, label, value_html):
    """A numbered sub-field: （n） + 7em justified label + hanging value."""
    return (f'<div class="fld"><span class="no">{no}</span>'
            f'<span class="lb">{label}</span><div class="v">{value_html}</div></div>\n')


def p(text, cls=''):
    c = f' class="{cls}"' if cls else ''
    return f'<p{c}>{text}</p>'


def measures(items):
    """①②… hanging under the circled number."""
    circ = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫'
    return ''.join(p(f'{circ[i]}　{t}', 'm') for i, t in enumerate(items))


CSS = """
@page {
  size: A4 portrait;
  margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "令和４年度第２回平塚市個人情報保護審議会　資料１"; font-family: "Noto Serif CJK JP"; font-size: 9pt; vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: "%s"; font-family: "Noto Serif CJK JP"; font-size: 9pt; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-center { content: "\\2015\\3000" counter(page) "\\3000\\2015"; font-family: "Noto Serif CJK JP"; font-size: 10pt; }
}
html { font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.7; }
body { margin: 0; }
p { margin: 0; }
.r { text-align: right; }
.c { text-align: center; }
.ttl { text-align: center; font-size: 13pt; margin: 7mm 0 5mm; letter-spacing: 0.05em; }
.ki { text-align: center; margin: 4mm 0 4mm; }
.par { text-indent: 1em; }
.mh { margin-top: 6mm; margin-bottom: 1mm; }
.mh .n { display: inline-block; width: 2em; }
.fld { display: flex; align-items: baseline; margin: 0.6mm 0; }
.fld .no { flex: none; width: 3em; }
.fld .lb { flex: none; display: inline-block; width: 7em; text-align: justify; text-align-last: justify; }
.fld .v { flex: 1; margin-left: 1em; }
.v p.m { padding-left: 1em; text-indent: -1em; }
.v p.g { margin-top: 1mm; }
.v p.gi { padding-left: 1em; }
.v p.gm { padding-left: 2em; text-indent: -1em; }
.v p.note { padding-left: 1em; text-indent: -1em; }
.v p.m2 { padding-left: 2em; text-indent: -1em; }
.pb { break-before: page; }
.annex h2 { font-size: 11pt; font-weight: normal; margin: 0 0 1mm; }
.annex .sub { text-align: center; margin: 3mm 0 4mm; font-size: 12pt; }
.art { margin: 1.2mm 0; padding-left: 1em; text-indent: -1em; }
.art .h { }
.contact { margin-top: 8mm; padding-left: 22em; font-size: 9.5pt; }
""" % DOCNO


def body():
    h = []
    h.append(p(DOCNO, 'r'))
    h.append(p('令和４年８月２４日', 'r'))
    h.append('<br>')
    h.append(p('平塚市個人情報保護審議会'))
    h.append(p('　会長　様'))
    h.append('<br>')
    h.append(p('平塚市長　　　　　　　　　', 'r'))
    h.append(p('（公印省略）　　　　　　　', 'r'))
    h.append(p('個人情報の取扱いに係る事項について（諮問）', 'ttl'))
    h.append(p('平塚市個人情報保護条例第１１条第２項及び第１４条第２項の規定に基づき、'
               '下記の事項について、貴審議会の意見を求めます。', 'par'))
    h.append(p('記', 'ki'))

    # ------------------------------------------------------------ matter 1
    h.append('<p class="mh"><span class="n">１</span>個人情報を取り扱う事務の委託について</p>')
    h.append(fld('（１）', '件名', p('妊産婦訪問指導事業に係る業務の委託について')))
    h.append(fld('（２）', '根拠条文', p('平塚市個人情報保護条例第１１条第２項')))
    h.append(fld('（３）', '担当課', p('こども未来部　母子保健課')))
    h.append(fld('（４）', '事業の概要', p(
        '妊娠中の方及び出産後間もない方の家庭を助産師が訪問し、妊娠経過や産後の体調、'
        '育児に関する相談に応じ、必要な保健指導を行う事業である。これまで市の保健師及び'
        '会計年度任用職員の助産師が訪問を行ってきたが、訪問希望の増加に対応し、'
        '産後の早い時期に確実に訪問できる体制を整えるため、訪問指導業務を'
        '助産師の団体に委託するものである。')))
    h.append(fld('（５）', '委託先', p('一般社団法人ひらつか母子訪問助産師会') +
                 p('（平塚市見附台町９番１４号　代表理事　宇佐美　典子）')))
    h.append(fld('（６）', '委託の期間', p('令和４年１０月１日から令和５年３月３１日まで') +
                 p('なお、令和５年度以降も同様の内容で委託を継続する予定である。')))
    h.append(fld('（７）', '委託する業務', p(
        '市が作成した訪問依頼票に基づく家庭訪問、保健指導、訪問記録票の作成及び'
        '市への訪問結果の報告')))
    h.append(fld('（８）', '個人情報の項目',
                 p('ア　妊産婦', 'g') +
                 p('氏名、生年月日、住所、電話番号、母子健康手帳の交付番号、妊娠週数、'
                   '出産予定日、分娩歴、既往歴、妊娠中の心身の状況、訪問希望日時', 'gi') +
                 p('イ　乳児（出産後の訪問に限る。）', 'g') +
                 p('氏名、生年月日、性別、出生順位', 'gi') +
                 p('※　項目の詳細は別添「訪問依頼票」の様式のとおり（本資料では省略）。', 'note') +
                 p('※　個人番号は取り扱わない。', 'note')))
    h.append(fld('（９）', '記録媒体', p(
        '紙（訪問依頼票、訪問記録票）、ＤＶＤ－Ｒ（訪問対象者一覧の受渡しに限る。）、'
        '受託者の事務所に設置するパソコン') +
        p('※　電子メールによる個人情報の送受信は行わない。', 'note')))
    h.append(fld('（10）', '保護の措置',
                 p('ア　実施機関（平塚市）が講ずる措置', 'g') +
                 '<div class="gi">' + measures([
                     '委託契約書には、別記「個人情報の取扱いに関する特記事項」を添付し、'
                     '受託者にその遵守を義務付ける。',
                     '訪問依頼票は、母子保健課の職員が受託者の事務所に持参して手渡しし、'
                     '受渡しの都度、授受記録簿に双方が押印する。',
                     '訪問対象者一覧のデータは、暗号化してＤＶＤ－Ｒに記録し、'
                     '復号に用いるパスワードは媒体とは別に電話で伝える。',
                     '契約期間中に１回以上、職員が受託者の事務所に立ち入り、'
                     '個人情報の管理の状況を検査する。',
                 ]) + '</div>' +
                 p('イ　受託者に講じさせる措置', 'g') +
                 '<div class="gi">' + measures([
                     '個人情報の取扱責任者を置き、訪問に従事する助産師の名簿とともに'
                     '市に届け出させる。',
                     '訪問依頼票、訪問記録票その他の書類は、事務所内の施錠できる書庫に'
                     '保管させる。',
                     '訪問記録票の持出しは当日の訪問に必要な分に限らせ、訪問を終えた'
                     'ときは速やかに事務所へ戻させる。',
                     '個人情報を入力するパソコンは、インターネットその他の外部の'
                     'ネットワークに接続させない。',
                     'パソコンの使用に当たっては、従事者ごとに付与したＩＤ及び'
                     'パスワードにより認証を行わせる。',
                     'ウイルス対策ソフトウェアを導入させ、定義ファイルを常に最新の'
                     '状態に保たせる。',
                     '従事者には、業務の開始前に個人情報の保護に関する研修を'
                     '受講させる。',
                     '漏えい、紛失その他の事故が発生し、又は発生するおそれがあるときは、'
                     '直ちに母子保健課に報告させ、市の指示に従わせる。',
                     '委託業務が終了したときは、パソコンに保存したデータを復元できない'
                     '方法で消去させ、消去証明書を提出させる。',
                     '受け渡したＤＶＤ－Ｒは、業務の終了後速やかに市へ返還させる。',
                 ]) + '</div>'))

    # ------------------------------------------------------------ matter 2
    h.append('<p class="mh"><span class="n">２</span>オンライン結合について</p>')
    h.append(fld('（１）', '件名', p(
        '要介護認定審査会資料の電子化に伴う審査会支援クラウドサービスとの'
        'オンライン結合について')))
    h.append(fld('（２）', '根拠条文', p('平塚市個人情報保護条例第１４条第２項')))
    h.append(fld('（３）', '担当課', p('福祉部　介護保険課（認定審査担当）')))
    h.append(fld('（４）', '結合の目的', p(
        '介護認定審査会の委員に紙で郵送している審査会資料を電子化し、委員が市の貸与する'
        'タブレット端末で閲覧できるようにすることで、資料の印刷・郵送に要する期間を'
        '短縮し、郵送中の紛失のおそれをなくすため、審査会支援クラウドサービスと'
        '本市の介護保険システムをオンラインで結合するものである。')))
    h.append(fld('（５）', '結合先', p(
        '株式会社湘南ケアテック（審査会支援クラウドサービス「ケアボードＰＬＵＳ」）')))
    h.append(fld('（６）', '結合の開始日', p('令和５年１月４日')))
    h.append(fld('（７）', '結合する項目',
                 p('ア　審査対象者', 'g') +
                 p('資料番号、性別、年齢、申請区分、前回の要介護度、一次判定結果'
                   '（要介護状態区分）、主治医意見書の記載内容、障害高齢者の日常生活自立度', 'gi') +
                 p('※　氏名、住所及び被保険者番号はマスキング処理を行い、結合先には'
                   '送信しない。', 'note') +
                 p('イ　審査会委員', 'g') +
                 p('氏名、委員番号、所属合議体', 'gi')))
    h.append(fld('（８）', '記録媒体', p(
        '審査会支援クラウドサービス（結合先事業者のデータセンター）、審査会委員に貸与する'
        'タブレット端末（市の所有）、介護保険システム（資料データの作成に使用）') +
        p('※　紙の審査会資料の郵送は、本件の開始に伴い廃止する。', 'note')))
    h.append(fld('（９）', '保護の措置',
                 p('ア　実施機関（平塚市）が講ずる措置', 'g') +
                 '<div class="gi">' + measures([
                     '審査会資料の作成及びクラウドサービスへの登録は、介護保険課の'
                     '認定審査担当の職員に限り行えるよう、操作権限を設定する。',
                     'タブレット端末の起動時には、委員ごとに設定した暗証番号と'
                     '指紋による認証を求める。',
                     '本市とクラウドサービスとの間の通信は、ＴＬＳ１．２以上により'
                     '暗号化する。',
                     'タブレット端末は、資料を端末の外部の記録媒体等へ書き出せない'
                     '設定とし、データの持出しを防止する。',
                     '委員を対象に端末の取扱いに関する説明会を開催し、注意事項を'
                     '周知する。',
                     '端末を紛失したときは、委員から直ちに介護保険課へ連絡させ、'
                     '遠隔操作により端末の利用を停止する。',
                     'クラウドサービスへのアクセス記録を毎月取得し、不審なアクセスの'
                     '有無を点検する。',
                     '審査会資料は、審査会の開催日から３０日を経過した時点で'
                     'クラウドサービス上から削除する。',
                 ]) + '</div>' +
                 p('イ　結合先事業者に講じさせる措置', 'g') +
                 '<div class="gi">' + measures([
                     '情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を'
                     '契約期間中維持させる。',
                     'サーバは国内のデータセンターに設置させ、サーバ室への入退室は'
                     '生体認証により制限し、その記録を保存させる。',
                     'ファイアウォール及び不正侵入防止システムにより、外部からの'
                     '不正な接続を遮断させる。',
                     '登録されたデータは暗号化して保存させ、日次でバックアップを'
                     '取得させる。',
                     '運用責任者を定め、運用に従事する者の名簿を市に提出させる。',
                     '契約が終了したときは、クラウドサービス上の全てのデータを'
                     '消去させ、消去した旨を書面で報告させる。',
                     '障害又は情報漏えい等の事故が発生したときは、速やかに市へ'
                     '報告させる。',
                 ]) + '</div>'))

    h.append('<div class="contact">' +
             p('事務局　総務部行政総務課') +
             p('　　　　文書・個人情報担当') +
             p('　　　　電話　０４６３－２３－１１１１（内線２１３４）') + '</div>')

    # ------------------------------------------------------------ annex (matter 1)
    h.append('<div class="annex pb">')
    h.append('<h2>別記（記の１　妊産婦訪問指導事業に係る業務の委託契約書に添付するもの）</h2>')
    h.append(p('個人情報の取扱いに関する特記事項', 'sub'))
    arts = [
        ('第１条', '基本的事項',
         '受託者は、個人情報の保護の重要性を認識し、この契約による業務を行うに当たっては、'
         '個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
        ('第２条', '秘密の保持',
         '受託者は、この契約による業務に関して知り得た個人情報をみだりに他人に知らせてはならない。'
         'この契約が終了し、又は解除された後においても、同様とする。'),
        ('第３条', '収集の制限',
         '受託者は、この契約による業務を行うために個人情報を収集するときは、その目的を達成する'
         'ために必要な範囲内で、適法かつ公正な手段により行わなければならない。'),
        ('第４条', '適正管理',
         '受託者は、個人情報の漏えい、滅失及びき損を防止するため、個人情報が記録された書類等を'
         '施錠できる保管庫に収納するなど、個人情報の適正な管理のために必要な措置を講じなければならない。'),
        ('第５条', '利用及び提供の制限',
         '受託者は、市の指示がある場合を除き、この契約による業務に関して知り得た個人情報を'
         '契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
        ('第６条', '複写又は複製の禁止',
         '受託者は、市の承諾があるときを除き、市から引き渡された個人情報が記録された資料等を'
         '複写し、又は複製してはならない。'),
        ('第７条', '再委託の禁止',
         '受託者は、この契約による業務を第三者に委託してはならない。ただし、あらかじめ市の'
         '書面による承諾を得たときは、この限りでない。'),
        ('第８条', '持出しの禁止',
         '受託者は、市の指示又は承諾があるときを除き、個人情報が記録された資料等を'
         '市が指定する場所の外へ持ち出してはならない。'),
        ('第９条', '取扱責任者等の届出',
         '受託者は、個人情報の取扱責任者及び業務に従事する者を定め、書面により市に'
         '届け出なければならない。これを変更するときも、同様とする。'),
        ('第１０条', '従事者への周知',
         '受託者は、業務に従事する者に対し、在職中及び退職後においても、この契約による業務に'
         '関して知り得た個人情報をみだりに他人に知らせ、又は不当な目的に使用してはならないこと'
         'など、個人情報の保護に関し必要な事項を周知しなければならない。'),
        ('第１１条', '資料等の返還等',
         '受託者は、この契約による業務を処理するために市から引き渡され、又は受託者自らが'
         '作成した個人情報が記録された資料等を、業務の完了後直ちに市に返還し、又は市の指示に'
         '従い消去し、若しくは廃棄しなければならない。この場合において、消去又は廃棄をしたときは、'
         'その旨を書面により市に報告しなければならない。'),
        ('第１２条', '調査及び報告',
         '市は、必要があると認めるときは、受託者に対し個人情報の取扱状況について報告を求め、'
         '又は受託者の事務所等に立ち入り、調査することができる。'),
        ('第１３条', '事故発生時における報告',
         '受託者は、この特記事項に違反する事態が生じ、又は生じるおそれがあることを知ったときは、'
         '速やかに市に報告し、市の指示に従わなければならない。'),
        ('第１４条', '契約の解除及び損害賠償',
         '市は、受託者がこの特記事項に違反していると認めたときは、契約の解除及び'
         '損害賠償の請求をすることができる。'),
    ]
    for no, head, text in arts:
        h.append(f'<p class="art"><span class="h">（{head}）</span><br>{no}　{text}</p>')
    h.append('</div>')
    return '\n'.join(h)


def main():
    html = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            '<title>個人情報の取扱いに係る事項について（諮問）</title>\n'
            f'<style>{CSS}</style>\n</head>\n<body>\n{body()}\n</body>\n</html>\n')
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)
    chrome = shutil.which('chromium') or shutil.which('chromium-browser')
    subprocess.run([chrome, '--headless', '--no-sandbox', '--disable-gpu',
                    '--no-pdf-header-footer', f'--print-to-pdf={PDF}', HTML],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
