#!/usr/bin/env python3
"""Generates raw/q1_misato_2020.pdf: a two-column (段組み) A4 report of the
三郷市個人情報保護審議会, 令和2年度第3回.  Writes src/q/q1_misato_2020.html and prints
it with headless Chromium.  All names except 三郷市 are invented."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'q1_misato_2020.html')
PDF = os.path.join(ROOT, 'raw', 'q1_misato_2020.pdf')

CSS = r"""
@page {
  size: A4 portrait;
  margin: 20mm 15mm 18mm 15mm;
  @top-left { content: "三郷市個人情報保護審議会（令和２年度第３回）"; font-size: 8pt; color: #444;
              font-family: 'Noto Sans CJK JP'; border-bottom: 0.4pt solid #666; vertical-align: bottom; }
  @top-right { content: "資料３"; font-size: 8pt; color: #444; font-family: 'Noto Sans CJK JP';
               border-bottom: 0.4pt solid #666; vertical-align: bottom; }
  @bottom-center { content: "― " counter(page) " ―"; font-size: 8pt; font-family: 'Noto Sans CJK JP'; }
  @bottom-right { content: "取扱注意（審議会委員限り）"; font-size: 7pt; color: #666;
                  font-family: 'Noto Sans CJK JP'; }
}
html { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 9pt; line-height: 1.55; }
body { margin: 0; }
.title { border: 1pt solid #000; padding: 3mm 4mm; margin-bottom: 4mm; }
.title .kai { font-size: 9pt; }
.title h1 { font-size: 14pt; margin: 1mm 0; text-align: center; letter-spacing: 0.05em; }
.title .sub { text-align: right; font-size: 8.5pt; }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #777; column-fill: auto; }
h2 { font-size: 10.5pt; margin: 0 0 1.5mm 0; padding: 0.6mm 1.5mm; background: #e6e6e6;
     border-left: 3pt solid #333; break-after: avoid; }
.gaiyo { margin: 0 0 2mm 0; }
.h { font-weight: bold; margin: 1.6mm 0 0.3mm 0; break-after: avoid; }
p { margin: 0 0 0.6mm 0; text-align: justify; }
.ind { padding-left: 1em; }
table.mini { width: 100%; border-collapse: collapse; font-size: 8.3pt; margin: 0.8mm 0 1mm 0;
             break-inside: avoid; }
table.mini th, table.mini td { border: 0.5pt solid #333; padding: 0.4mm 1.2mm; vertical-align: top; }
table.mini th { background: #f0f0f0; font-weight: normal; white-space: nowrap; }
ol.m { margin: 0; padding-left: 1.6em; }
ol.m li { margin: 0 0 0.4mm 0; }
.party { font-weight: bold; margin: 1mm 0 0.3mm 0; text-decoration: underline; break-after: avoid; }
.note { font-size: 8pt; color: #222; }
.annex-title { text-align: center; font-weight: bold; font-size: 10.5pt; margin: 2mm 0 1mm 0; }
.art { margin: 0 0 0.8mm 0; }
.art b { font-weight: bold; }
.gap { height: 3mm; }
.keep { break-inside: avoid; }
"""

BODY = r"""
<div class="title">
  <div class="kai">令和２年度第３回三郷市個人情報保護審議会　（令和２年１１月１９日開催）</div>
  <h1>個人情報の取扱いに係る諮問事項及び報告事項</h1>
  <div class="sub">事務局：総務部法務文書課　情報公開・個人情報係</div>
</div>

<div class="cols">

<h2>諮問第４号</h2>
<p class="gaiyo">本件は、三郷市個人情報保護条例第９条第１項第６号の規定により、審議会の意見を求めるものである。</p>

<div class="h">◇ 事項名</div>
<p class="ind">ひとり親世帯臨時特別給付金の支給事務における住民基本台帳情報及び市民税課税情報の目的外利用について</p>

<div class="h">◇ 所管</div>
<p class="ind">子ども未来部　子育て支援課</p>

<div class="h">◇ 条例上の根拠</div>
<p class="ind">第９条第１項第６号（審議会の意見を聴いて公益上必要と認めるとき）</p>

<div class="h">◇ 利用の目的</div>
<p class="ind">児童扶養手当の受給者以外で、新型コロナウイルス感染症の影響により家計が急変したひとり親世帯を把握し、申請の勧奨及び支給要件の審査を迅速に行うため、他課が保有する情報を利用する。</p>

<div class="h">◇ 利用する情報の保有課</div>
<table class="mini">
 <tr><th>保有課</th><th>情報の名称</th></tr>
 <tr><td>市民生活部市民課</td><td>住民基本台帳情報</td></tr>
 <tr><td>財務部市民税課</td><td>市民税・県民税課税情報</td></tr>
</table>

<div class="h">◇ 目的外に利用する個人情報の項目</div>
<p class="ind">〔受給資格者〕氏名、住所、生年月日、性別、世帯構成、続柄、所得額、課税額、児童扶養手当の受給状況、公的年金給付等の受給状況、生活保護の受給状況</p>
<p class="ind">〔対象児童〕氏名、生年月日、続柄</p>
<p class="ind note">※個人番号は本件では利用しない。</p>

<div class="h">◇ 利用期間</div>
<p class="ind">令和２年１２月２１日から令和３年３月３１日まで</p>

<div class="h">◇ 記録媒体</div>
<table class="mini">
 <tr><th>区分</th><th>内容</th></tr>
 <tr><td>電子</td><td>福祉総合システム（庁内端末）</td></tr>
 <tr><td>紙</td><td>支給対象者一覧表</td></tr>
</table>
<p class="ind note">ＵＳＢメモリ等の外部記録媒体への書き出しは行わない。</p>

<div class="h">◇ 個人情報保護のための措置</div>
<div class="party">〈管理面〉</div>
<ol class="m">
 <li>課税情報の照会権限は、子育て支援課の給付担当職員に限って付与する。</li>
 <li>取得した情報は、給付金の支給事務以外には利用しない。</li>
 <li>事務に従事する職員には、事前に個人情報の取扱いに関する研修を受講させる。</li>
</ol>
<div class="party">〈物理面〉</div>
<ol class="m">
 <li>支給対象者一覧表は、執務時間外には施錠できる保管庫に収納する。</li>
 <li>不要となった一覧表は、支給事務の終了後に溶解処理により廃棄する。</li>
 <li>一覧表の印刷は必要な部数に限り、印刷した職員名と部数を記録する。</li>
 <li>照会に用いる端末は、セキュリティワイヤーで机に固定する。</li>
</ol>
<div class="party">〈技術面〉</div>
<ol class="m">
 <li>福祉総合システムへのログインは、職員ごとのＩＤ及びパスワードにより認証する。</li>
 <li>課税情報の照会履歴はシステムに記録され、所属長が毎月点検する。</li>
</ol>

<div class="gap"></div>

<h2>報告第７号</h2>

<div class="h">■ 件名</div>
<p class="ind">国民健康保険特定健康診査の受診勧奨業務の委託について</p>

<div class="h">■ 担当部署</div>
<p class="ind">健康福祉部　国民健康保険課・健康推進課</p>

<div class="h">■ 根拠条文</div>
<p class="ind">三郷市個人情報保護条例第１１条第２項（電子計算機処理を伴う委託）</p>

<div class="h">■ 委託の相手方</div>
<p class="ind">株式会社メディカルポスト北関東<br>（所在地：さいたま市浦和区高砂七丁目１４番３号）</p>

<div class="h">■ 委託期間</div>
<p class="ind">令和２年１２月１５日～令和３年３月３１日<br>なお、令和３年度以降も同様の内容で継続して委託する予定である。</p>

<div class="h">■ 委託する業務</div>
<p class="ind">(1) 過去の受診状況及び健診結果の分析による対象者の抽出<br>(2) 対象者の特性に応じた勧奨通知書の作成及び発送<br>(3) 勧奨後の受診状況の集計</p>

<div class="h">■ 委託先に取り扱わせる個人情報</div>
<p class="ind keep">対象者（４０歳から７４歳までの国民健康保険被保険者）の被保険者証の記号番号、氏名、フリガナ、性別、生年月日、住所、電話番号、過去３年間の受診年度、前年度の健診結果、服薬の有無（問診票の回答による）、特定保健指導の階層化区分</p>
<p class="ind note">（注）診療報酬明細書（レセプト）の情報は委託先に渡さない。</p>

<div class="h">■ 記録媒体</div>
<table class="mini">
 <tr><th>媒体</th><th>用途</th></tr>
 <tr><td>ＤＶＤ－Ｒ</td><td>対象者データの受渡し</td></tr>
 <tr><td>受託者のサーバ</td><td>分析及び通知データの作成</td></tr>
 <tr><td>受託者の作業用パソコン</td><td>データの加工</td></tr>
 <tr><td>紙</td><td>勧奨通知書（圧着はがき）</td></tr>
</table>
<p class="ind note">電子メールによるデータの送受信は行わない。</p>

<div class="h">■ 保護措置</div>
<div class="party">【市が講じる措置】</div>
<ol class="m">
 <li>契約書に別記「個人情報取扱特記事項」を添付し、条例の遵守を受託者に義務付ける。</li>
 <li>ＤＶＤ－Ｒは、国民健康保険課の窓口で受託者の責任者に直接手渡し、授受簿に記録する。</li>
 <li>データは暗号化し、復号用のパスワードは別途書面で受託者に通知する。</li>
 <li>委託期間中に１回以上、職員が受託者の作業場所に立ち入り、取扱いの状況を確認する。</li>
</ol>
<div class="party">【受託者に講じさせる措置】</div>
<ol class="m">
 <li>個人情報取扱責任者及び作業従事者を選任し、その名簿を市に提出させる。</li>
 <li>プライバシーマークの付与認定を委託期間中維持させる。</li>
 <li>作業室はＩＣカードにより入退室を管理し、その記録を保存させる。</li>
 <li>ＤＶＤ－Ｒ及び出力した帳票は、使用時以外は施錠できるキャビネットに保管させる。</li>
 <li>サーバ及びパソコンは、インターネットから切り離した閉域のネットワークで運用させる。</li>
 <li>作業従事者ごとにＩＤ及びパスワードを付与し、認証を行わせる。</li>
 <li>ウイルス対策ソフトを導入し、パターンファイルを常に最新の状態に保たせる。</li>
 <li>サーバの操作ログを取得し、定期的に点検させる。</li>
 <li>業務完了後はＤＶＤ－Ｒを返還させ、サーバ及びパソコン内のデータを消去させた上で、消去証明書を提出させる。</li>
 <li>事故が発生したときは、直ちに市に報告させ、市の指示に従わせる。</li>
 <li>作業従事者に対し、個人情報保護に関する研修を実施させる。</li>
</ol>

<div class="gap"></div>

<div class="annex-title">別記　個人情報取扱特記事項</div>
<p class="art"><b>第１条（基本的事項）</b>　受託者は、個人情報の保護の重要性を認識し、この契約による業務の実施に当たっては、個人の権利利益を侵害することのないよう個人情報を適正に取り扱わなければならない。</p>
<p class="art"><b>第２条（秘密の保持）</b>　受託者は、業務に関して知り得た個人情報をみだりに他人に知らせてはならない。契約が終了し、又は解除された後も同様とする。</p>
<p class="art"><b>第３条（収集の制限）</b>　受託者は、業務のために個人情報を収集するときは、目的を達成するために必要な範囲内で、適法かつ公正な手段により行わなければならない。</p>
<p class="art"><b>第４条（目的外利用及び提供の禁止）</b>　受託者は、市の指示又は承諾があるときを除き、業務に関して知り得た個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。</p>
<p class="art"><b>第５条（複写又は複製の禁止）</b>　受託者は、市の承諾なく、市から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。</p>
<p class="art"><b>第６条（再委託の禁止）</b>　受託者は、業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ市の書面による承諾を得たときは、この限りでない。</p>
<p class="art"><b>第７条（作業場所の指定等）</b>　受託者は、業務を市が承認した作業場所で行い、個人情報を当該作業場所から持ち出してはならない。</p>
<p class="art"><b>第８条（資料等の返還等）</b>　受託者は、業務が完了したときは、市から引き渡された資料等を直ちに返還し、受託者が作成した個人情報の記録は確実に消去した上で、その旨を書面により市に報告しなければならない。</p>
<p class="art"><b>第９条（従事者への周知）</b>　受託者は、業務に従事する者に対し、在職中及び退職後においても個人情報を漏らしてはならないこと等、個人情報の保護に関し必要な事項を周知しなければならない。</p>
<p class="art"><b>第１０条（調査及び報告）</b>　市は、必要があると認めるときは、受託者の作業場所に立ち入って調査し、又は受託者に対して個人情報の取扱状況について報告を求めることができる。</p>
<p class="art"><b>第１１条（事故の報告）</b>　受託者は、個人情報の漏えい、滅失、き損その他の事故が生じ、又は生じるおそれがあることを知ったときは、速やかに市に報告し、市の指示に従わなければならない。</p>
<p class="art"><b>第１２条（契約の解除及び損害賠償）</b>　市は、受託者がこの特記事項に違反したときは、契約を解除し、又は受託者に対して損害賠償を請求することができる。</p>
<p class="art"><b>第１３条（公表）</b>　市は、受託者がこの特記事項に違反した場合において必要と認めるときは、その事実を公表することができる。</p>

</div>
"""


def main():
    html = ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
            '<title>令和２年度第３回三郷市個人情報保護審議会 資料３</title>'
            f'<style>{CSS}</style></head><body>{BODY}</body></html>\n')
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--no-pdf-header-footer', f'--print-to-pdf={PDF}', HTML],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
