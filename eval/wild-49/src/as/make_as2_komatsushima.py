#!/usr/bin/env python3
"""Writes src/as/as2_komatsushima_2021.html, an imitation of a OneNote page printed
to PDF (notebook 「審議会」, section 「令和3年度」), and prints it with headless
Chromium to raw/as2_komatsushima_2021.pdf (A4 portrait).

OneNote traits imitated: page title with the creation date and time under it,
free-positioned note containers (absolute <div>s, staggered, so reading order is
by position), outlines with collapsible-bullet levels, tags (★ 重要, ？ 質問,
☐/☑ To Do), thin grey OneNote tables, a pasted-screenshot placeholder, a sticky-like
container and OneNote's print footer.  Every sentence was written for this set;
only 小松島市 is real.  Standard library only (Chromium is called through subprocess)."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HTML = os.path.join(HERE, 'as2_komatsushima_2021.html')
PDF = os.path.normpath(os.path.join(HERE, '..', '..', 'raw', 'as2_komatsushima_2021.pdf'))

PAGE_TITLE = '第3回審議会（11/25）案件整理'
NPAGES = 4

CSS = r'''
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; font-size: 9.6pt;
       color: #1e1e1e; line-height: 1.5; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden;
        page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.nc { position: absolute; }                    /* OneNote note container */
.ptitle { font-size: 19pt; font-weight: 300; letter-spacing: .02em;
          border-bottom: 1px solid #bdbdbd; padding-bottom: 1mm; width: 120mm; }
.stamp { color: #777; font-size: 8.6pt; margin-top: 1.2mm; }
.stamp span { margin-right: 6mm; }
.foot { position: absolute; bottom: 8mm; left: 18mm; right: 18mm; font-size: 7.6pt;
        color: #8a8a8a; display: flex; justify-content: space-between; }
p { margin: 0 0 .6mm 0; }
.h { font-weight: bold; font-size: 10.4pt; margin-bottom: 1mm; }
ul.ol { list-style: none; margin: 0; padding-left: 0; }
ul.ol ul.ol { padding-left: 5.2mm; }
ul.ol li { position: relative; padding-left: 4.2mm; margin: .35mm 0; }
ul.ol li::before { content: "\2022"; position: absolute; left: 0; color: #555; }
ul.ol ul.ol li::before { content: "\25E6"; }
ul.ol li.nob { padding-left: 0; }
ul.ol li.nob::before, ul.ol ul.ol li.nob::before { content: ""; }
li.grp > .gh { font-weight: bold; }
li.grp::before { content: "\25BE" !important; color: #7a7a7a !important; }
.tag { display: inline-block; min-width: 3.6mm; height: 3.6mm; line-height: 3.4mm;
       text-align: center; font-size: 7.4pt; border-radius: .6mm; margin-right: 1.2mm;
       vertical-align: .2mm; }
.t-star { color: #d49b00; font-size: 9pt; }
.t-q { background: #7d4fbf; color: #fff; font-weight: bold; }
.t-todo { color: #2b6e2b; font-size: 10pt; width: 3.6mm; }
.t-lbl { color: #666; font-size: 7.6pt; margin-right: 1mm; }
.ans { color: #34495e; }
table.on { border-collapse: collapse; margin-top: 1mm; }
table.on td, table.on th { border: 1px solid #a6a6a6; padding: .5mm 1.6mm; vertical-align: top;
                           font-weight: normal; text-align: left; }
table.on th { background: #f2f2f2; }
s { color: #8a8a8a; }
.sticky { background: #fff6a8; padding: 3mm 3.5mm; box-shadow: 1mm 1mm 1.4mm rgba(0,0,0,.18); }
.shot { border: 1px dashed #9a9a9a; background: #f4f4f4; color: #555; padding: 3mm;
        font-size: 8.4pt; }
.shot .ph { height: 24mm; border: 1px solid #d0d0d0; background:
            repeating-linear-gradient(45deg,#ececec,#ececec 2mm,#f7f7f7 2mm,#f7f7f7 4mm);
            margin-bottom: 2mm; text-align: center; line-height: 24mm; color: #9a9a9a; }
.art { margin: 0 0 1.4mm 0; }
.art b { display: block; }
.small { font-size: 8.4pt; color: #555; }
'''


def todo(done, text):
    mark = '☑' if done else '☐'
    return f'<li class="nob"><span class="tag t-todo">{mark}</span>{text}</li>'


def footer(n):
    return (f'<div class="foot"><span>審議会 › 令和3年度 › {PAGE_TITLE}</span>'
            f'<span>{n} / {NPAGES}</span></div>')


def page1():
    return f'''
<div class="page">
  <div class="nc" style="left:18mm; top:13mm; width:150mm;">
    <div class="ptitle">{PAGE_TITLE}</div>
    <div class="stamp"><span>令和3年11月8日 月曜日</span><span>14:32</span></div>
  </div>

  <div class="nc" style="left:18mm; top:40mm; width:86mm;">
    <p class="h"><span class="tag t-star">★</span><span class="t-lbl">重要</span>案件1　諮問第4号</p>
    <p>件名：障害福祉サービス受給者証等の作成及び発送業務の委託について</p>
    <ul class="ol">
      <li>区分：諮問（個人情報取扱事務の委託）</li>
      <li>根拠：小松島市個人情報保護条例第11条第2項</li>
      <li>担当：保健福祉部 障がい福祉課</li>
      <li>委託先：株式会社阿波ビジネスプリント
        <ul class="ol">
          <li class="nob"><span class="tag t-q">？</span><span class="t-lbl">質問</span>委託先はもう決まっているのか。入札はこれからでは？</li>
          <li class="nob ans">→ 障がい福祉課の回答：令和3年10月21日の指名競争入札で決定済み。</li>
        </ul>
      </li>
      <li>委託期間：令和4年1月11日～令和4年3月31日
        <ul class="ol">
          <li>令和4年度以降も、毎年度の受給者証の更新に合わせて同様に委託する予定</li>
        </ul>
      </li>
      <li>内容：受給者証と支給決定通知書の印字、封入封緘、郵便局への差出し</li>
      <li>件数：約1,100件（年度更新分）</li>
    </ul>
  </div>

  <div class="nc" style="left:110mm; top:57mm; width:84mm;">
    <p class="h"><span class="tag t-star">★</span><span class="t-lbl">重要</span>案件2　報告第6号</p>
    <p>件名：母子健康手帳アプリとの情報連携に伴う外部結合について</p>
    <ul class="ol">
      <li>区分：報告（通信回線による外部結合）</li>
      <li>根拠：小松島市個人情報保護条例第14条第1項</li>
      <li>担当：子育て健康部 母子保健課</li>
      <li>結合先：母子健康手帳アプリ「すくすくダイアリー」（運営：株式会社ミライエ・ヘルスケア）</li>
      <li>結合開始：令和4年2月1日（予定）
        <ul class="ol"><li>終期の定めはない</li></ul>
      </li>
      <li>目的：予防接種や健診の記録を、保護者が自分のスマートフォンで確かめられるようにする。アプリ上で連携に同意した利用者の分だけを送る。</li>
    </ul>
  </div>

  <div class="nc" style="left:18mm; top:170mm; width:84mm;">
    <p class="h">会議メモ（事務局）</p>
    <ul class="ol">
      <li>会議名：令和3年度第3回小松島市個人情報保護審議会</li>
      <li>開催：令和3年11月25日（木）13:30～　本庁舎4階 第1会議室</li>
      <li>事務局：総務部総務課 法制担当（内線 2214）</li>
      {todo(True, '委員への資料郵送（11/16 発送）')}
      {todo(False, '会議録署名委員の依頼')}
      {todo(False, '第2回の答申書の写しを配布')}
    </ul>
  </div>

  <div class="nc sticky" style="left:118mm; top:176mm; width:70mm;">
    <p class="small">委員個人メモ（貼り付け）</p>
    <p><b>次回確認：委託先の本社移転？</b></p>
    <p>阿波ビジネスプリントが本社を移すと聞いた。工場（作業場所）も変わるなら、作業場所の指定はどうなるのか。</p>
  </div>

  <div class="nc shot" style="left:110mm; top:222mm; width:84mm;">
    <div class="ph">［画像］</div>
    <p>スクリーンショット：すくすくダイアリー「予防接種の記録」画面</p>
    <p class="small">代替テキスト：アプリの画面。接種日ごとに、接種したワクチンの種類が一覧で表示されている。</p>
  </div>
  {footer(1)}
</div>'''


M1_ROWS = [
    ('受給者', '受給者証番号', ''),
    ('受給者', '氏名', 'フリガナを含む'),
    ('受給者', '生年月日', ''),
    ('受給者', '住所', ''),
    ('受給者', '障害種別', '身体・知的・精神・難病等の別'),
    ('受給者', '障害支援区分', '区分1～6'),
    ('受給者', '支給決定サービスの種類', '居宅介護、短期入所等'),
    ('受給者', '支給量', '1か月当たりの日数・時間'),
    ('受給者', '支給決定期間', ''),
    ('受給者', '利用者負担上限月額', ''),
    ('受給者', '生活保護受給の有無', '上限月額の確認用。受給者証には印字しない'),
    ('受給者', '上限額管理事業所名', ''),
    ('受給者', '<s>個人番号</s>', '委託先には渡さない（資料から削除済み）'),
    ('保護者', '氏名', '受給者が障害児の場合'),
    ('保護者', '続柄', '同上'),
    ('―', '送付先住所', '施設入所者等は施設あて'),
]

M2_ROWS = [
    ('妊婦', '氏名', ''),
    ('妊婦', '生年月日', ''),
    ('妊婦', '母子健康手帳交付番号', ''),
    ('妊婦', '妊娠週数', '手帳交付時点'),
    ('妊婦', '出産予定日', ''),
    ('妊婦', '妊婦健康診査の受診日', '各回'),
    ('乳幼児', '氏名', ''),
    ('乳幼児', '生年月日', ''),
    ('乳幼児', '性別', ''),
    ('乳幼児', '予防接種の接種日', ''),
    ('乳幼児', '接種したワクチンの種類', ''),
    ('乳幼児', '乳幼児健康診査の結果', '身長・体重の計測値と所見'),
    ('利用者', 'アプリ利用者ID', 'アプリ側で付番'),
    ('利用者', 'メールアドレス', ''),
]


def table(rows, w=(16, 46, 48)):
    head = (f'<tr><th style="width:{w[0]}mm">対象</th><th style="width:{w[1]}mm">項目</th>'
            f'<th style="width:{w[2]}mm">備考</th></tr>')
    body = ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in rows)
    return f'<table class="on">{head}{body}</table>'


def outline(head, items):
    lis = ''.join(f'<li>{x}</li>' for x in items)
    return f'<ul class="ol"><li class="grp"><span class="gh">{head}</span><ul class="ol">{lis}</ul></li></ul>'


M1_WARD = [
    '契約書に「個人情報取扱特記事項」を添え、小松島市個人情報保護条例を順守する義務を受託者に負わせる。',
    '印字用データはDVD-Rに書き込む前に暗号化し、復号のためのキーは受託者の責任者あてに別便で郵送する。',
    'DVD-Rは障がい福祉課の職員が工場へ持参して責任者に直接手渡し、受領の署名を受ける。',
    '作業期間中に少なくとも1回、職員が予告なしに工場を訪れ、作業と保管の状況を確認する。',
    '作業後に戻されたDVD-Rは課内の施錠できる書庫に保管し、保存期間を過ぎたものは裁断して処分する。',
]
M1_CONT = [
    '作業責任者及び作業者を選任させ、その名簿を作業開始前に提出させる。',
    '従事者全員から守秘の誓約書を取らせ、年1回以上、情報セキュリティの教育を受けさせる。',
    '受給者証の印字・封入を行う区画の出入りはカードキーで管理させ、入退室の記録を残させる。',
    '印刷管理サーバは社外のネットワークから切り離した構成とさせる。',
    'サーバの操作には担当者ごとのIDとパスワードによる認証を求め、操作履歴を記録させる。',
    '印刷枚数と封入件数を照合させ、書き損じや余った用紙は机上などに放置させず、その日のうちに裁断させる。',
    '誤封入、紛失その他の事故を把握したときは、即座に障がい福祉課へ連絡させ、その指示を受けて対応させる。',
    '作業が終わったら、サーバ上の印字用データを完全に消去させ、消去証明書を提出させる。',
]
M2_WARD = [
    '母子保健システムはインターネットに接続せず、連携用サーバを介してのみ結合先とデータをやり取りする。',
    '連携用サーバと結合先との通信は、TLS1.2以上の方式で暗号化する。',
    '母子保健システムにログインする職員は、IDと静脈認証で本人を確認する。',
    '連携の設定を変更できる職員は、課長が指名した2名に限る。',
    '連携用サーバの送信記録は毎月点検し、身に覚えのない送信がないか確認する。',
    '連携用サーバにはウイルス対策ソフトを導入し、セキュリティ更新を速やかに適用する。',
    'アプリ連携を担当する職員には、年度当初に個人情報の取扱いに関する研修を行う。',
]
M2_CONT = [
    'プライバシーマークの付与を受けていることを、契約前に確認した。',
    '連携したデータはアプリのサービス提供にだけ使わせ、広告の配信その他の目的での利用や第三者への提供をさせない。',
    '運用責任者と運用担当者を定めさせ、その名簿を市に提出させる。',
    'サーバへのアクセスログを取得させ、1年以上保存させる。',
    'データは毎日バックアップを取らせ、別の地域のデータセンターに保管させる。',
    '不正アクセスや情報の流出が疑われるときは、直ちに母子保健課へ報告させる。',
    '利用者がアプリを退会したとき及び契約が終了したときは、該当するデータを削除させる。',
]


def page2():
    return f'''
<div class="page">
  <div class="nc" style="left:18mm; top:14mm; width:112mm;">
    <p class="h">【案件1】取り扱う個人情報（障がい福祉課の提出資料から転記）</p>
    {table(M1_ROWS)}
  </div>

  <div class="nc" style="left:136mm; top:24mm; width:58mm;">
    <p class="h">【案件1】記録媒体</p>
    <p class="small">☑＝使用する　☐＝使用しない</p>
    <ul class="ol">
      {todo(True, '紙（受給者証用紙・封筒）')}
      {todo(True, 'DVD-R（印字用データの受渡し）')}
      {todo(True, '受託者の印刷管理サーバ（工場内に設置）')}
      {todo(False, '電子メール（データの送付には使わない）')}
    </ul>
  </div>

  <div class="nc" style="left:18mm; top:160mm; width:86mm;">
    <p class="h">【案件1】安全管理措置</p>
    {outline('市（障がい福祉課）が行う対策', M1_WARD)}
  </div>

  <div class="nc" style="left:108mm; top:172mm; width:88mm;">
    {outline('受託者に行わせる対策', M1_CONT)}
  </div>
  {footer(2)}
</div>'''


def page3():
    return f'''
<div class="page">
  <div class="nc" style="left:18mm; top:14mm; width:112mm;">
    <p class="h">【案件2】連携する個人情報</p>
    {table(M2_ROWS)}
    <ul class="ol" style="margin-top:2mm">
      <li class="nob"><span class="tag t-q">？</span><span class="t-lbl">質問</span>妊婦健康診査の検査結果（血液検査など）も送るのか。</li>
      <li class="nob ans">→ 母子保健課の回答：送らない。妊婦健康診査は受診日だけを連携する。</li>
    </ul>
  </div>

  <div class="nc" style="left:136mm; top:30mm; width:58mm;">
    <p class="h">【案件2】記録媒体</p>
    <ul class="ol">
      {todo(True, '母子保健システム（市の端末で操作）')}
      {todo(True, '結合先のクラウド環境（連携データの保存先）')}
      {todo(False, '紙（連携用の帳票は作らない）')}
      {todo(False, 'USBメモリ')}
    </ul>
  </div>

  <div class="nc" style="left:18mm; top:150mm; width:86mm;">
    <p class="h">【案件2】安全管理措置</p>
    {outline('市（母子保健課）が行う対策', M2_WARD)}
  </div>

  <div class="nc" style="left:108mm; top:163mm; width:88mm;">
    {outline('結合先（ミライエ・ヘルスケア）に求める対策', M2_CONT)}
  </div>
  {footer(3)}
</div>'''


ANNEX = [
    ('第１　基本的事項', '乙は、この契約による事務を処理するに当たっては、個人情報の保護に関する法令及び小松島市個人情報保護条例の趣旨を踏まえ、個人情報を適正に扱わなければならない。'),
    ('第２　秘密の保持', '乙は、この契約による事務に関して知ることのできた個人情報を外部に漏らしてはならない。契約期間の終了後も同様とする。'),
    ('第３　責任者等の届出', '乙は、個人情報の管理について責任を負う者及び事務に従事する者を定め、書面により甲に届け出なければならない。これらを変更するときも同様とする。'),
    ('第４　目的外利用及び提供の禁止', '乙は、甲の承諾なく、個人情報をこの契約の目的以外に使用し、又は第三者に提供してはならない。'),
    ('第５　複写等の禁止', '乙は、甲の承諾なく、甲から引き渡された個人情報を複写し、又は複製してはならない。'),
    ('第６　再委託の禁止', '乙は、この契約による事務を第三者に再委託してはならない。ただし、あらかじめ甲の書面による承諾を得た場合は、この限りでない。'),
    ('第７　持出しの禁止', '乙は、甲の承諾なく、個人情報を甲が指定する作業場所から搬出してはならない。'),
    ('第８　搬送時の措置', '乙は、個人情報が記録された媒体を甲との間で受け渡すときは、甲が指定する職員に直接手渡し、受渡しの日時及び数量を記録しなければならない。'),
    ('第９　保管', '乙は、個人情報が記録された媒体及び作成途中の受給者証を、施錠された保管庫に保管しなければならない。'),
    ('第１０　返還等', '乙は、事務の完了後、甲から引き渡されたDVD-Rその他の媒体を直ちに甲に返却し、乙の機器に記録した個人情報を消去しなければならない。'),
    ('第１１　消去等の報告', '乙は、前項の消去を終えたときは、消去の方法及び完了日を記載した書面を甲に提出しなければならない。'),
    ('第１２　調査', '甲は、この契約による事務が適正に処理されているかを確かめるため、職員を乙の作業場所に派遣し、個人情報の取扱いについて実地に調査させることができる。'),
    ('第１３　事故の報告', '乙は、個人情報が外部に流出し、失われ、又は損なわれる事故が起きたとき、又はその疑いがあるときは、速やかに甲に報告し、甲の指示に従わなければならない。'),
    ('第１４　損害賠償及び公表', '乙がこの特記事項に違反して甲又は第三者に損害を与えたときは、乙はその損害を賠償しなければならない。また、甲は、乙の違反の事実を公表することができる。'),
]


def page4():
    arts = ''.join(f'<div class="art"><b>{h}</b>{t}</div>' for h, t in ANNEX)
    return f'''
<div class="page">
  <div class="nc" style="left:18mm; top:14mm; width:174mm;">
    <p class="h">障害福祉サービス受給者証等の作成及び発送業務の委託について</p>
    <p class="small">契約書案の別記を貼り付け（甲：小松島市、乙：受託者）</p>
    <p style="text-align:center; font-weight:bold; margin:2mm 0 2mm 0;">個人情報取扱特記事項</p>
    {arts}
  </div>
  {footer(4)}
</div>'''


def build_html():
    return (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
            f'<title>{PAGE_TITLE} - OneNote</title><style>{CSS}</style></head><body>'
            f'{page1()}{page2()}{page3()}{page4()}\n</body></html>\n')


def chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        p = shutil.which(name)
        if p:
            return p
    sys.exit('chromium not found')


def main():
    with open(HTML, 'w', encoding='utf-8', newline='\n') as f:
        f.write(build_html())
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='as2-chromium-')
    cmd = [chromium(), '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
           '--no-first-run', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', f'--user-data-dir={prof}', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF}', 'file://' + HTML]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    if r.returncode != 0 or not os.path.exists(PDF):
        sys.stderr.write(r.stderr.decode('utf-8', 'replace'))
        sys.exit('chromium failed')
    print('wrote', HTML)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
