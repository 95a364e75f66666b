#!/usr/bin/env python3
"""Writes src/b/r6_kure_2021.html and prints it to raw/r6_kure_2021.pdf with headless
Chromium: a portrait A4 council paper with a 会議次第 page, one bordered two-column form
(label left) per matter whose last rows run onto the next page, and a 個人情報取扱特記事項
annex (第1条…) that belongs to matter 1 but is printed after matter 2.  A CSS @page margin
box gives the running header and the page number."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
HTML = os.path.join(HERE, 'r6_kure_2021.html')
PDF = os.path.join(HERE, '..', '..', 'raw', 'r6_kure_2021.pdf')

CSS = """
@page {
  size: A4 portrait;
  margin: 22mm 20mm 20mm 22mm;
  @top-right { content: "令和３年度第４回呉市個人情報保護審議会"; font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #444; }
  @bottom-center { content: counter(page) " ／ 7"; font-family: "Noto Sans CJK JP"; font-size: 9pt; }
}
body { font-family: "Noto Serif CJK JP"; font-size: 10.5pt; line-height: 1.65; }
h1 { font-size: 15pt; text-align: center; margin: 4mm 0 8mm; font-weight: bold; }
h2 { font-size: 12pt; margin: 0 0 3mm; font-family: "Noto Sans CJK JP"; }
.doc-no { text-align: right; font-size: 9.5pt; font-family: "Noto Sans CJK JP"; }
.newpage { break-before: page; }
table.form { width: 100%; border-collapse: collapse; }
table.form td { border: 1px solid #000; padding: 2.2mm 2.6mm; vertical-align: top; }
table.form td.lbl { width: 25mm; background: #eee; font-family: "Noto Sans CJK JP"; font-size: 9.5pt; }
table.form tr { break-inside: avoid; }
ol.m { margin: 0; padding-left: 1.6em; }
ol.m li { margin: 0 0 1mm; }
.agenda p { margin: 1.2mm 0; }
.agenda .ind { padding-left: 2em; }
.agenda .ind2 { padding-left: 4em; }
.annex h2 { text-align: center; }
.annex h3 { font-size: 10.5pt; margin: 3mm 0 0.5mm; font-family: "Noto Sans CJK JP"; }
.annex p { margin: 0 0 1mm; text-indent: 1em; }
.small { font-size: 9pt; }
"""

AGENDA = """
<h1>令和３年度第４回　呉市個人情報保護審議会　会議次第</h1>
<div class="agenda">
<p>日時　令和４年２月１６日（水）　午前１０時から</p>
<p>場所　呉市役所本庁舎　５階　特別会議室</p>
<p>&nbsp;</p>
<p>１　開　会</p>
<p>２　諮問事項</p>
<p class="ind">⑴　新型コロナウイルスワクチン接種の予約受付業務の委託について　…………　資料１</p>
<p class="ind">⑵　ひとり暮らし高齢者等の見守り活動に係る民生委員・児童委員への名簿の提供について　…………　資料２</p>
<p>３　その他</p>
<p class="ind">・次回の開催予定について</p>
<p>４　閉　会</p>
<p>&nbsp;</p>
<p class="small">【配付資料】</p>
<p class="small ind">資料１　諮問事項⑴の概要（別記　個人情報取扱特記事項を含む。）</p>
<p class="small ind">資料２　諮問事項⑵の概要</p>
<p class="small ind">参考　　呉市個人情報保護審議会委員名簿</p>
<p>&nbsp;</p>
<p class="small">事務局：呉市総務部文書法制課（電話　０８２３－○○－○○○○）</p>
</div>
"""

M1 = """
<div class="newpage"></div>
<p class="doc-no">資料１</p>
<h2>諮問事項⑴</h2>
<table class="form">
<tr><td class="lbl">件名</td><td>新型コロナウイルスワクチン接種の予約受付業務の委託について</td></tr>
<tr><td class="lbl">担当課</td><td>福祉保健部　健康増進課（新型コロナウイルスワクチン接種推進担当）</td></tr>
<tr><td class="lbl">根拠規定</td><td>呉市個人情報保護条例第１３条第２項（個人情報取扱事務の委託）</td></tr>
<tr><td class="lbl">委託先</td><td>株式会社せとうちコンタクトサービス</td></tr>
<tr><td class="lbl">委託期間</td><td>令和４年４月１日から令和５年３月３１日まで</td></tr>
<tr><td class="lbl">委託の理由及び内容</td><td>３回目以降の追加接種の予約が集中する時期に、電話による予約受付と、Ｗｅｂ予約サイトの運用を一体的に行う必要がある。市の職員のみでは受付体制を確保できないため、コールセンター業務の実績を有する事業者に次の業務を委託する。<br>
⑴　コールセンターにおける電話予約の受付、変更及び取消し<br>
⑵　Ｗｅｂ予約サイトの運用及び予約状況の集計<br>
⑶　予約確認メールの送信</td></tr>
<tr><td class="lbl">取り扱う個人情報</td><td>接種対象者の氏名、フリガナ、生年月日、性別、住所、電話番号、メールアドレス、接種券番号、接種予約日時、接種会場、過去の接種歴（接種日及びワクチンの種類）、基礎疾患の有無<br>
代理予約者の氏名、電話番号</td></tr>
<tr><td class="lbl">記録媒体</td><td>・委託先の予約管理システム（委託先がデータセンターで運用するサーバ。Ｗｅｂ予約サイトを含む。）<br>
・コールセンターのオペレーター用パソコン<br>
・ＤＶＤ－Ｒ（市が作成する接種対象者データの受渡しに使用）<br>
・電子メール（予約確認メール）</td></tr>
<tr><td class="lbl">市が講じる措置</td><td><ol class="m">
<li>契約書に別記「個人情報取扱特記事項」を添付し、委託先にその遵守を義務付ける。</li>
<li>接種対象者データは暗号化してＤＶＤ－Ｒに記録し、解除用のパスワードはＤＶＤ－Ｒとは別に書面で通知する。</li>
<li>ＤＶＤ－Ｒは職員が委託先に持参し、受領書と引換えに手渡す。</li>
<li>業務開始前及び委託期間中に１回以上、コールセンターに立ち入り、個人情報の取扱状況を検査する。</li>
<li>業務終了後、ＤＶＤ－Ｒの返却を受けるとともに、予約管理システム上のデータが消去されたことを消去証明書により確認する。</li>
</ol></td></tr>
<tr><td class="lbl">委託先に講じさせる措置</td><td><ol class="m">
<li>個人情報取扱責任者及び業務従事者を定め、その名簿を市に提出させる。</li>
<li>オペレーターには、業務に就く前に、個人情報保護及び情報セキュリティに関する研修を受講させる。</li>
<li>コールセンターの執務室に入ることができる者は登録された従事者に限り、入退室の記録をとらせる。</li>
<li>予約管理システムへのログインは、オペレーターごとに付与したＩＤとパスワードによる認証に加え、登録された端末からに限る。</li>
<li>オペレーターの権限は予約の登録、変更及び取消しに限り、対象者データを一括して出力することはできない設定とする。</li>
<li>システムの操作ログを取得して１年間保存し、不審な操作がないか定期的に点検させる。</li>
<li>ファイアウォール及び侵入検知システムにより、外部からの不正なアクセスを遮断させる。</li>
<li>Ｗｅｂ予約サイトとの通信は、ＴＬＳにより暗号化する。</li>
<li>予約確認メールは送信専用のアドレスから自動で送信し、宛先は予約者が入力したアドレスに限る。</li>
<li>サーバ及びパソコンにはウイルス対策ソフトを導入し、パターンファイルを最新の状態に保たせる。</li>
<li>個人情報の漏えい、滅失等の事故が起きたときは、直ちに市に報告させ、市の指示に従わせる。</li>
<li>業務終了後、予約管理システム及びパソコンに保存したデータを消去させ、消去証明書を提出させる。</li>
<li>委託先は情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得しており、本業務もその適用範囲に含めさせる。</li>
</ol></td></tr>
<tr><td class="lbl">備考</td><td>令和５年度以降の追加接種の実施については国の方針が示されていないため、現時点では未定である。</td></tr>
</table>
"""

M2 = """
<div class="newpage"></div>
<p class="doc-no">資料２</p>
<h2>諮問事項⑵</h2>
<table class="form">
<tr><td class="lbl">件名</td><td>ひとり暮らし高齢者等の見守り活動に係る民生委員・児童委員への名簿の提供について</td></tr>
<tr><td class="lbl">担当課</td><td>福祉保健部　地域福祉課・高齢者支援課</td></tr>
<tr><td class="lbl">根拠規定</td><td>呉市個人情報保護条例第１１条第１項第６号（外部提供）</td></tr>
<tr><td class="lbl">提供先</td><td>市内の各地区民生委員児童委員協議会に所属する民生委員・児童委員（約４８０人）</td></tr>
<tr><td class="lbl">提供の目的</td><td>民生委員・児童委員が行う日常の見守り活動や、災害時の安否確認を円滑に行うため、支援を必要とする高齢者の情報を、各委員の担当区域ごとに提供する。これまでは本人から申出があった方のみを対象としていたが、見守りが必要な方の把握が十分でないとの声が地区協議会から寄せられていた。</td></tr>
<tr><td class="lbl">提供の期間</td><td>令和４年４月１日から（以後、毎年４月に名簿を更新して提供する。）</td></tr>
<tr><td class="lbl">提供する個人情報</td><td>対象者の氏名、性別、生年月日、住所、電話番号、世帯の状況（ひとり暮らし・高齢者のみの世帯の別）、要介護認定の有無、かかりつけ医療機関名、緊急連絡先（親族等の氏名及び電話番号）</td></tr>
<tr><td class="lbl">対象者</td><td>市内に住所を有する７５歳以上の方のうち、ひとり暮らしの方及び高齢者のみの世帯に属する方（施設に入所している方を除く。）<br>
ただし、提供を望まない旨を申し出た方は除く。</td></tr>
<tr><td class="lbl">記録媒体</td><td>高齢者見守り台帳システム（市）、同システムから出力した名簿（紙）</td></tr>
<tr><td class="lbl">提供方法</td><td>名簿（紙）を、地区協議会の定例会の場で各委員に配付する。</td></tr>
<tr><td class="lbl">根拠となる理由</td><td>高齢者の生命、身体又は財産の保護のために必要であり、かつ、本人の権利利益を不当に侵害するおそれがないと認められるため、審議会の意見を聴いて提供するものである。</td></tr>
<tr><td class="lbl">市が講じる措置</td><td><ol class="m">
<li>提供に先立ち、各委員から、名簿を見守り活動以外の目的に使用しないこと及び職務上知り得た秘密を漏らさないことを記した誓約書の提出を受ける。</li>
<li>名簿は地区ごとに分けて作成し、各委員には自らの担当区域の分だけを渡す。</li>
<li>名簿は、市が貸与する鍵付きの保管ケースに入れ、自宅の施錠できる場所で保管するよう求める。</li>
<li>名簿を複写し、又は複製することは認めない。</li>
<li>新たに委嘱された委員に対しては、名簿の取扱いについての説明会を開く。</li>
<li>名簿を更新するときは、古い名簿を全て回収し、市においてシュレッダーで裁断する。</li>
<li>名簿を紛失したときは、直ちに市へ連絡するよう求め、市は本人への説明などの対応を速やかにとる。</li>
</ol></td></tr>
<tr><td class="lbl">提供先に講じさせる措置</td><td>市が講じる措置のとおり</td></tr>
</table>
"""

ANNEX = """
<div class="newpage"></div>
<div class="annex">
<p class="doc-no">資料１　別記</p>
<h2>個人情報取扱特記事項</h2>
<p class="small" style="text-indent:0">（諮問事項⑴　新型コロナウイルスワクチン接種の予約受付業務の委託契約書に添付するもの）</p>
<h3>（基本的事項）</h3>
<p>第1条　乙は、個人情報の保護の重要性を認識し、この契約による業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。</p>
<h3>（秘密の保持）</h3>
<p>第2条　乙は、この契約による業務に関して知ることのできた個人情報を他に漏らしてはならない。この契約が終了し、又は解除された後においても、同様とする。</p>
<h3>（収集の制限）</h3>
<p>第3条　乙は、この契約による業務を行うために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により行わなければならない。</p>
<h3>（目的外利用及び提供の禁止）</h3>
<p>第4条　乙は、甲の指示がある場合を除き、この契約による業務に関して知ることのできた個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。</p>
<h3>（複写又は複製の禁止）</h3>
<p>第5条　乙は、甲の承諾があるときを除き、この契約による業務を処理するために甲から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。</p>
<h3>（再委託の禁止）</h3>
<p>第6条　乙は、この契約による業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。</p>
<h3>（持出しの禁止）</h3>
<p>第7条　乙は、甲の承諾を得ずに、個人情報が記録された資料等を、甲が指定する作業場所の外に持ち出してはならない。</p>
<h3>（適正管理）</h3>
<p>第8条　乙は、この契約による業務に関して知ることのできた個人情報が記録された資料等を、施錠できる保管庫に収納するなど、その適正な管理のために必要な措置を講じなければならない。</p>
<h3>（資料等の返還等）</h3>
<p>第9条　乙は、この契約による業務を処理するために甲から引き渡され、又は乙自らが収集し、若しくは作成した個人情報が記録された資料等を、業務完了後直ちに甲に返還し、又は引き渡さなければならない。ただし、甲が別に指示したときは、その指示に従い消去し、又は廃棄するものとする。</p>
<p>2　乙は、前項ただし書の規定により個人情報を消去し、又は廃棄したときは、その日時、方法等を記載した書面を甲に提出しなければならない。</p>
<h3>（従事者への周知）</h3>
<p>第10条　乙は、この契約による業務に従事している者に対して、在職中及び退職後においても、当該業務に関して知ることのできた個人情報を他に漏らしてはならないことなど、個人情報の保護に関して必要な事項を周知しなければならない。</p>
<h3>（報告及び調査）</h3>
<p>第11条　甲は、必要があると認めるときは、乙に対して個人情報の取扱状況について報告を求め、又は乙の作業場所に立ち入って調査することができる。</p>
<h3>（事故発生時における報告）</h3>
<p>第12条　乙は、この特記事項に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに甲に報告し、甲の指示に従わなければならない。</p>
<h3>（契約の解除及び損害賠償）</h3>
<p>第13条　甲は、乙がこの特記事項に違反していると認めたときは、契約の解除及び損害賠償の請求をすることができる。</p>
<h3>（公表）</h3>
<p>第14条　甲は、乙がこの特記事項に違反したときは、乙の名称及び違反の内容を公表することができる。</p>
</div>
"""


def main():
    html = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            '<title>令和３年度第４回呉市個人情報保護審議会　資料</title>\n<style>' + CSS +
            '</style>\n</head>\n<body>\n' + AGENDA + M1 + M2 + ANNEX + '</body>\n</html>\n')
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.abspath(PDF), HTML],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
