#!/usr/bin/env python3
"""Writes raw/u1_gifu_2014.html: an old-style municipal page (nested layout tables,
<font>, <b> labels + <br>, &emsp;/&nbsp; indents, 「・」 lines) in Shift_JIS (cp932)."""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'raw', 'u1_gifu_2014.html')

HEAD = '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset=Shift_JIS>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>平成２６年度第３回岐阜市個人情報保護審議会　審議案件｜岐阜市</title>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#660099" topmargin="0" leftmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#336699" height="60">
 <table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>
  <td><font size="5" color="#FFFFFF"><b>岐阜市ホームページ</b></font></td>
  <td align="right"><font size="2" color="#FFFFFF">文字サイズ&nbsp;[<a href="#"><font color="#FFFFFF">大</font></a>][<a href="#"><font color="#FFFFFF">標準</font></a>]&nbsp;｜&nbsp;<a href="#"><font color="#FFFFFF">サイトマップ</font></a></font></td>
 </tr></table>
</td></tr>
<tr><td bgcolor="#E6EEF6"><font size="2">&nbsp;<a href="#">トップページ</a>&nbsp;＞&nbsp;<a href="#">市政情報</a>&nbsp;＞&nbsp;<a href="#">情報公開・個人情報保護</a>&nbsp;＞&nbsp;審議会の開催状況</font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="180" valign="top" bgcolor="#F2F2F2">
 <table width="100%" border="0" cellspacing="0" cellpadding="6">
 <tr><td><font size="2" color="#336699"><b>情報公開・個人情報保護</b></font></td></tr>
 <tr><td><font size="2">・<a href="#">情報公開制度</a><br>・<a href="#">個人情報保護制度</a><br>・<a href="#">個人情報保護審議会</a><br>&nbsp;&nbsp;－<a href="#">委員名簿</a><br>&nbsp;&nbsp;－<a href="#">開催状況</a><br>&nbsp;&nbsp;－<a href="#">答申一覧</a><br>・<a href="#">個人情報取扱事務登録簿</a></font></td></tr>
 </table>
</td>
<td width="10">&nbsp;</td>
<td valign="top">
'''

BODY = '''<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td>
<font size="4" color="#336699"><b>平成２６年度第３回岐阜市個人情報保護審議会</b></font><br>
<font size="2">（開催日：平成２６年１０月２０日（月曜日）午後２時から　会場：市庁舎５階　第２会議室）</font><br>
<hr size="1" noshade>
<font size="3">
本審議会では、次の２件について審議及び報告を受けました。各案件の概要は以下のとおりです。<br>
<br>
<font color="#990000"><b>案件１</b></font><br>
<br>
<b>◆案件名</b><br>
&emsp;特定健康診査未受診者に対する受診勧奨業務の委託について<br>
<br>
<b>◆諮問・報告の別</b><br>
&emsp;諮問（諮問第５号）<br>
<br>
<b>◆事務の区分</b><br>
&emsp;個人情報を取り扱う事務の外部委託<br>
<br>
<b>◆根拠条項</b><br>
&emsp;岐阜市個人情報保護条例第１１条第２項<br>
<br>
<b>◆担当部課</b><br>
&emsp;健康部&nbsp;&nbsp;健康増進課、地域保健課<br>
<br>
<b>◆委託する理由</b><br>
&emsp;国民健康保険の特定健康診査の受診率が伸び悩んでいることから、過去の受診歴や健診結果に応じて<br>
&emsp;内容を変えた勧奨通知を作成・発送し、電話による勧奨を行うため、専門的な分析手法を持つ事業者に委託するものです。<br>
<br>
<b>◆委託業者</b><br>
&emsp;株式会社長良ヘルスサポート（岐阜市内）<br>
<br>
<b>◆取り扱う個人情報</b><br>
&emsp;・被保険者証の記号番号<br>
&emsp;・氏名、性別、生年月日、年齢<br>
&emsp;・住所、電話番号<br>
&emsp;・健診結果（前年度分の血圧・血糖・脂質の検査値）<br>
&emsp;・特定健康診査の受診日<br>
&emsp;・服薬状況（問診票の回答によるもの）<br>
&emsp;・保健指導区分<br>
&emsp;<font size="2">※&nbsp;健診結果は、前年度に特定健康診査を受けた方の分に限って委託業者に渡します。<br>
&emsp;※&nbsp;データの抽出元（個人情報の保有課）：市民部&nbsp;国保年金課</font><br>
<br>
<b>◆記録の方式</b><br>
&emsp;紙（勧奨通知書、返信用はがき）、ＣＤ－Ｒ、委託業者の作業用パソコン<br>
<br>
<b>◆委託期間</b><br>
&emsp;平成２６年１１月４日から平成２７年３月３１日まで<br>
&emsp;（平成２７年度以降も、同じ内容で委託する予定です。）<br>
<br>
<b>◆個人情報を保護するための措置</b><br>
&emsp;<u>（市が行うこと）</u><br>
&emsp;・委託契約書には「個人情報取扱特記事項」を添付し、委託業者にその遵守を義務付けます。<br>
&emsp;・ＣＤ－Ｒの受渡しは、担当職員と委託業者の責任者が対面で行い、その都度受渡簿に記録します。<br>
&emsp;・ＣＤ－Ｒに書き込むファイルは暗号化し、解除用のパスワードは別途電話で伝えます。<br>
&emsp;・必要と認めるときは委託業者の作業場所に立ち入り、個人情報の取扱いを確認します。<br>
&emsp;<u>（委託業者に行わせること）</u><br>
&emsp;・個人情報の取扱責任者と作業従事者を定めさせ、その名簿を市へ提出させます。<br>
&emsp;・作業室に入室できる者は許可を受けた作業従事者に限らせ、入退室の記録をとらせます。<br>
&emsp;・作業用パソコンはインターネットにつながない端末とし、ＩＤとパスワードで使用者を認証させます。<br>
&emsp;・ウイルス対策ソフトを導入し、定義ファイルを常に最新の状態に保たせます。<br>
&emsp;・返信用はがき等の紙の資料は、作業時以外は鍵のかかる書庫にしまわせます。<br>
&emsp;・従業員に対し、個人情報の取扱いに関する研修を受けさせます。<br>
&emsp;・業務が終わったときは、ＣＤ－Ｒを市へ返却させ、パソコンに残るデータを消去させたうえで、消去証明書を提出させます。<br>
<br>
<b>◆審議の結果</b><br>
&emsp;原案のとおり承認されました。<br>
<br>
<table width="100%" border="1" cellspacing="0" cellpadding="6" bordercolor="#999999">
<tr><td bgcolor="#F7F7F0">
<font size="2">
<b>（別記）個人情報取扱特記事項</b><br>
<br>
<b>１&nbsp;基本的事項</b><br>
&nbsp;&nbsp;受託者は、個人情報の保護の重要性を認識し、この契約による業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。<br>
<b>２&nbsp;秘密の保持</b><br>
&nbsp;&nbsp;受託者は、この契約による業務に関して知り得た個人情報を他人に知らせ、又は不当な目的に使ってはならない。契約が終了し、又は解除された後も同様とする。<br>
<b>３&nbsp;収集の制限</b><br>
&nbsp;&nbsp;受託者は、業務のために個人情報を収集するときは、その目的を達成するために必要な範囲で、適法かつ公正な手段により行わなければならない。<br>
<b>４&nbsp;目的外利用及び提供の禁止</b><br>
&nbsp;&nbsp;受託者は、市の指示がある場合を除き、業務に関して知り得た個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。<br>
<b>５&nbsp;複写又は複製の禁止</b><br>
&nbsp;&nbsp;受託者は、市の承諾なしに、市から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。<br>
<b>６&nbsp;再委託の禁止</b><br>
&nbsp;&nbsp;受託者は、個人情報を取り扱う業務を第三者に委託してはならない。ただし、あらかじめ市の書面による承諾を得たときは、この限りでない。<br>
<b>７&nbsp;資料等の返還等</b><br>
&nbsp;&nbsp;受託者は、業務のために市から提供を受け、又は自ら収集し、若しくは作成した個人情報が記録された資料等を、業務完了後直ちに市に返還し、又は市の指示に従い確実に消去しなければならない。<br>
<b>８&nbsp;事故発生時における報告</b><br>
&nbsp;&nbsp;受託者は、個人情報の漏えい、滅失その他の事故が発生し、又は発生するおそれがあることを知ったときは、速やかに市に報告し、その指示に従わなければならない。<br>
<b>９&nbsp;調査</b><br>
&nbsp;&nbsp;市は、受託者が契約に基づき行う個人情報の取扱いについて、必要に応じて随時調査することができる。<br>
<b>１０&nbsp;損害賠償</b><br>
&nbsp;&nbsp;受託者は、この特記事項に違反したことにより市又は第三者に損害を与えたときは、その損害を賠償しなければならない。<br>
<b>１１&nbsp;契約の解除</b><br>
&nbsp;&nbsp;市は、受託者がこの特記事項に定める義務を果たさないときは、契約を解除することができる。<br>
</font>
</td></tr>
</table>
<br>
<hr size="1" noshade>
<font color="#990000"><b>案件２</b></font><br>
<br>
<b>◆案件名</b><br>
&emsp;介護認定審査会資料の電子化に伴う外部結合について<br>
<br>
<b>◆諮問・報告の別</b><br>
&emsp;報告（報告第２号）<br>
<br>
<b>◆事務の区分</b><br>
&emsp;電子計算機の外部結合<br>
<br>
<b>◆根拠条項</b><br>
&emsp;岐阜市個人情報保護条例第１３条第２項<br>
<br>
<b>◆担当部課</b><br>
&emsp;福祉部&nbsp;&nbsp;介護保険課<br>
<br>
<b>◆概要</b><br>
&emsp;要介護認定の審査判定に用いる資料を、これまでの紙による郵送から、タブレット端末で閲覧する方式に改めます。<br>
&emsp;資料は市の介護保険システムから作成し、結合先のクラウドサービスに登録して、審査会委員が閲覧します。<br>
<br>
<b>◆結合先</b><br>
&emsp;株式会社ジーエスケアネット（クラウドサービス「審査会ペーパーレス支援システム」）<br>
<br>
<b>◆結合により提供する個人情報</b><br>
&emsp;・被保険者番号<br>
&emsp;・年齢、性別<br>
&emsp;・要介護度（前回の認定結果）<br>
&emsp;・傷病名（主治医意見書に記載されたもの）<br>
&emsp;・認定調査の実施日<br>
&emsp;・居住形態（在宅・施設の別）<br>
&emsp;<font size="2">※&nbsp;氏名及び住所は審査会資料に表示せず、クラウドサービスにも登録しません。</font><br>
<br>
<b>◆記録の方式</b><br>
&emsp;介護保険システム（市）、結合先のクラウドサーバー、審査会委員用タブレット端末（市が貸与）<br>
<br>
<b>◆結合開始日</b><br>
&emsp;平成２７年２月１日から<br>
<br>
<b>◆個人情報を保護するための措置</b><br>
&emsp;<u>（市が行うこと）</u><br>
&emsp;・結合先とは行政専用の閉域網を経由して接続し、通信内容は暗号化します。<br>
&emsp;・タブレット端末の利用時には、審査会委員ごとに割り当てたＩＤとパスワードによる認証を行います。<br>
&emsp;・審査会の開催日以外は、タブレット端末を介護保険課の鍵付きキャビネットに保管します。<br>
&emsp;・資料の閲覧履歴をシステムに記録し、定期的に点検します。<br>
&emsp;<u>（結合先に求めること）</u><br>
&emsp;・情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得していること。<br>
&emsp;・サーバーを設置するデータセンターへの入退室は、事前に登録された者に限って認め、その記録を残すこと。<br>
&emsp;・審査会資料のデータは、審査会の終了後６０日を経過したときに自動で消去すること。<br>
<br>
<b>◆報告に対する意見</b><br>
&emsp;委員から、タブレット端末を紛失した場合の対応について質問があり、担当課から説明がありました。<br>
</font>
<br>
<hr size="1" noshade>
<font size="2">
<b>お問い合わせ先</b><br>
&emsp;総務部&nbsp;行政課&nbsp;情報公開係（個人情報保護審議会事務局）<br>
&emsp;電話：０５８－２６５－００００（代表）<br>
</font>
</td></tr>
</table>
'''

FOOT = '''</td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#336699" align="center"><font size="2" color="#FFFFFF">岐阜市役所　〒５００－００００　岐阜県岐阜市○○町１番地<br>Copyright (C) Gifu City. All Rights Reserved.</font></td></tr>
</table>
</body>
</html>
'''

text = (HEAD + BODY + FOOT).replace('\n', '\r\n')
with open(OUT, 'wb') as f:
    f.write(text.encode('cp932'))
print('wrote', os.path.normpath(OUT))
