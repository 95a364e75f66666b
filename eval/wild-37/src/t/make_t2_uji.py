#!/usr/bin/env python3
"""Writes raw/t2_uji_2006.html: a 2006-era municipal page (宇治市個人情報保護審議会、平成18年度
第1回の会議の概要) as kept by the National Diet Library's web archive (WARP).

- An archive banner is injected after <body> (collection date, original URL, notice that the
  page is an archived copy, links to the live URL and to the list of other captures).
- Every link and image of the original page is rewritten to a warp.ndl.go.jp URL.
- The original page: HTML 4.01 Transitional, nested layout tables, spacer GIFs,
  <font size color>, <center>, bgcolor, a left navigation column, the first matter as a ruled
  <table border="1"> (with a nested table of 保有課), the second matter as <br>-separated lines
  aligned with full-width spaces, ■/●/・ markers, 「戻る」, 更新日 and an access counter.
- The file is encoded in strict Shift_JIS (the `shift_jis` codec: JIS X 0208 only, so no
  NEC/IBM extensions such as ①); any character outside it aborts the build.  CRLF line ends.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 't2_uji_2006.html')

PID = '2831907'
ORIG = 'www.city.uji.kyoto.jp'
W = f'https://warp.ndl.go.jp/info:ndljp/pid/{PID}/{ORIG}'
PAGE_PATH = '/soumu/bunsho/kojin/shingikai/h18_01.html'
SP = f'{W}/images/spacer.gif'

PAGE = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta name="keywords" content="宇治市,個人情報保護審議会,会議の概要">
<title>宇治市個人情報保護審議会（平成１８年度第１回）会議の概要／宇治市</title>
<link rel="stylesheet" type="text/css" href="{W}/css/common.css">
<script type="text/javascript" src="{W}/js/rollover.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#333333" link="#003399" vlink="#660099" alink="#FF3300" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">

<!-- ===== WARP: archive header (inserted at capture) ===== -->
<div id="warp_header" style="margin:0;padding:6px 10px;background:#F2F2F2;border-bottom:3px solid #7A1F2B;font-size:12px;line-height:1.5;">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="210" valign="middle"><a href="https://warp.ndl.go.jp/"><img src="https://warp.ndl.go.jp/img/warp_logo_s.gif" width="200" height="36" border="0" alt="国立国会図書館インターネット資料収集保存事業"></a></td>
<td valign="middle">
このページは、国立国会図書館がインターネット資料収集保存事業（ＷＡＲＰ）により収集・保存したものです。<br>
収集時点の内容を保存しているため、現在の内容とは異なる場合があります。また、リンク先のページは保存されていないことがあります。<br>
<b>収集日時：</b>2010年7月21日 10時42分　<b>元のURL：</b><a href="http://{ORIG}{PAGE_PATH}">http://{ORIG}{PAGE_PATH}</a>
</td>
<td width="170" align="right" valign="middle">
<a href="https://warp.ndl.go.jp/waid/{PID}">このサイトの保存日一覧</a><br>
<a href="http://{ORIG}{PAGE_PATH}">現在のページを見る</a>
</td>
</tr></table>
</div>
<!-- ===== WARP: end of archive header ===== -->

<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
<td colspan="3" bgcolor="#2E6B30"><img src="{SP}" width="1" height="4" alt=""></td>
</tr>
<tr>
<td width="300" height="62" bgcolor="#FFFFFF"><a href="{W}/index.html"><img src="{W}/images/head_logo.gif" width="280" height="56" border="0" alt="宇治市役所"></a></td>
<td width="20"><img src="{SP}" width="20" height="1" alt=""></td>
<td width="460" align="right" valign="bottom"><font size="1" color="#666666"><a href="{W}/sitemap.html">サイトマップ</a>　｜　<a href="{W}/mojisize.html">文字の大きさ</a>　｜　<a href="{W}/english/index.html">English</a></font><br><img src="{SP}" width="1" height="6" alt=""></td>
</tr>
<tr>
<td colspan="3" bgcolor="#9CC89E"><img src="{SP}" width="1" height="2" alt=""></td>
</tr>
</table>

<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
<!-- ===== left navigation ===== -->
<td width="160" valign="top" bgcolor="#EEF5E6">
<img src="{SP}" width="160" height="8" alt=""><br>
<table width="150" border="0" cellpadding="3" cellspacing="0" align="center">
<tr><td bgcolor="#2E6B30"><font size="2" color="#FFFFFF"><b>市政情報</b></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/index.html">総務部</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/bunsho/jouhou/index.html">情報公開制度</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/bunsho/kojin/index.html">個人情報保護制度</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/reiki/index.html">例規集</a></font></td></tr>
<tr><td><img src="{SP}" width="1" height="6" alt=""></td></tr>
<tr><td bgcolor="#2E6B30"><font size="2" color="#FFFFFF"><b>審議会の会議録</b></font></td></tr>
<tr><td><font size="2">・<b>平成18年度第1回</b></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/bunsho/kojin/shingikai/h17_03.html">平成17年度第3回</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/bunsho/kojin/shingikai/h17_02.html">平成17年度第2回</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/bunsho/kojin/shingikai/h17_01.html">平成17年度第1回</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/soumu/bunsho/kojin/shingikai/index.html">過去の会議録一覧</a></font></td></tr>
<tr><td><img src="{SP}" width="1" height="6" alt=""></td></tr>
<tr><td bgcolor="#2E6B30"><font size="2" color="#FFFFFF"><b>くらしの情報</b></font></td></tr>
<tr><td><font size="2">・<a href="{W}/kurashi/todokede.html">届出・証明</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/kurashi/kenko.html">健康・福祉</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/kurashi/kosodate.html">子育て・教育</a></font></td></tr>
<tr><td><font size="2">・<a href="{W}/kurashi/bousai.html">防災・安全</a></font></td></tr>
</table>
<img src="{SP}" width="160" height="20" alt="">
</td>
<td width="16"><img src="{SP}" width="16" height="1" alt=""></td>
<!-- ===== contents ===== -->
<td width="604" valign="top">
<img src="{SP}" width="1" height="10" alt=""><br>
<font size="1"><a href="{W}/index.html">トップ</a> &gt; <a href="{W}/soumu/bunsho/kojin/index.html">個人情報保護制度</a> &gt; 審議会の会議録</font><br>
<img src="{SP}" width="1" height="12" alt=""><br>
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td bgcolor="#DCEBD0" style="border-left:6px solid #2E6B30;">
<font size="4" color="#1F4F21"><b>平成１８年度第１回　宇治市個人情報保護審議会の概要</b></font>
</td></tr>
</table>
<img src="{SP}" width="1" height="10" alt=""><br>

<font size="2">
■開催日時　　平成18年7月26日（水曜日）　午後2時00分から午後4時10分まで<br>
■開催場所　　宇治市役所　8階　第2委員会室<br>
■出席委員　　岸本会長、大槻副会長、森田委員、長谷委員、西脇委員（5名）<br>
■説明のため出席した職員<br>
　　　　　　　健康福祉部地域福祉課　課長、同課福祉企画係長<br>
　　　　　　　健康福祉部健康推進課　課長、同課成人保健係長<br>
■事務局　　　総務部総務課（文書法制係）<br>
■傍聴者　　　なし<br>
</font>
<br>

<font size="2"><b>■議題</b></font><br>
<font size="2">
　（１）諮問第１号　災害時要援護者名簿の作成に伴う住民基本台帳等の目的外利用について<br>
　（２）報告第１号　基本健康診査結果データの入力業務の委託について<br>
　（３）その他（平成17年度の個人情報取扱事務登録件数の報告）<br>
</font>
<br>

<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#2E6B30"><img src="{SP}" width="1" height="1" alt=""></td></tr>
</table>
<img src="{SP}" width="1" height="8" alt=""><br>

<!-- ===== 諮問第1号 ===== -->
<font size="3" color="#1F4F21"><b>●諮問第１号</b></font><br>
<img src="{SP}" width="1" height="6" alt=""><br>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#808080">
<tr>
<td width="110" bgcolor="#EEF5E6" nowrap><font size="2">件名</font></td>
<td><font size="2">災害時要援護者名簿の作成に伴う住民基本台帳等の目的外利用について</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">実施機関・担当課</font></td>
<td><font size="2">宇治市長（健康福祉部　地域福祉課）</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">根拠規定</font></td>
<td><font size="2">宇治市個人情報保護条例第９条第１項第４号</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">目的</font></td>
<td><font size="2">地震、風水害等の災害時に、自力で避難することが困難な高齢者、障害者等を平常時から把握し、避難支援の体制づくりに役立てるため、各課が保有する個人情報を利用して災害時要援護者名簿を作成する。</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">対象者</font></td>
<td><font size="2">・６５歳以上のひとり暮らし高齢者及び高齢者のみの世帯に属する者<br>・要介護３以上の認定を受けている者<br>・身体障害者手帳１級・２級又は療育手帳Ａの交付を受けている者</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">利用する<br>個人情報</font></td>
<td>
<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#B0B0B0">
<tr bgcolor="#F7F7F7">
<td width="30%"><font size="2">保有課</font></td>
<td width="30%"><font size="2">個人情報の名称</font></td>
<td><font size="2">利用する項目</font></td>
</tr>
<tr>
<td><font size="2">市民環境部市民課</font></td>
<td><font size="2">住民基本台帳</font></td>
<td><font size="2">氏名、生年月日、性別、住所、世帯構成</font></td>
</tr>
<tr>
<td><font size="2">健康福祉部介護保険課</font></td>
<td><font size="2">介護保険受給者台帳</font></td>
<td><font size="2">要介護度</font></td>
</tr>
<tr>
<td><font size="2">健康福祉部障害福祉課</font></td>
<td><font size="2">身体障害者手帳・療育手帳交付台帳</font></td>
<td><font size="2">身体障害者手帳の等級、療育手帳の判定</font></td>
</tr>
</table>
<font size="2">※名簿への登録を希望する者の緊急連絡先及びかかりつけ医については、本人の申出により直接記入を受けるため、本件の目的外利用には含まない。</font>
</td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">利用開始</font></td>
<td><font size="2">平成１８年１０月１日<br>（以後、毎年４月１日を基準日として名簿を更新する際にも、同様に利用する。）</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">記録媒体</font></td>
<td><font size="2">福祉総合システム（庁内ＬＡＮ端末）、紙（名簿）</font></td>
</tr>
<tr>
<td bgcolor="#EEF5E6" nowrap><font size="2">個人情報の<br>保護対策</font></td>
<td><font size="2">
・名簿の抽出作業は、地域福祉課長が指定した職員に限って行うこととし、指定された職員以外の者が抽出機能を使用できないよう、システムの権限を設定する。<br>
・福祉総合システムの利用に当たっては、職員ごとのＩＤとパスワードによる認証を行う。<br>
・抽出の操作記録はシステムに自動で保存され、総務部情報管理課が定期的に点検する。<br>
・作成した名簿は施錠できる保管庫に保管し、庁舎の外への持出しを禁止する。<br>
・名簿の複写及び電子データの複製は行わない。<br>
・名簿の更新により不要となった旧名簿は、シュレッダーにより裁断処理する。<br>
・名簿を取り扱う職員に対し、個人情報保護に関する研修を実施する。
</font></td>
</tr>
</table>
<img src="{SP}" width="1" height="6" alt=""><br>
<font size="2">
<b>【審議結果】</b>　諮問のとおり承認することが適当である旨の答申を行うこととした。<br>
<b>【主な意見】</b><br>
・名簿を自治会や民生委員に提供する場合は、改めて審議会に諮問すること。（事務局：了承）<br>
・名簿の保管場所を所管課内で明確にしておくこと。（担当課：そのように対応する）<br>
</font>
<br>

<!-- ===== 報告第1号 ===== -->
<font size="3" color="#1F4F21"><b>●報告第１号</b></font><br>
<img src="{SP}" width="1" height="6" alt=""><br>
<font size="2">
■件　　　名　　基本健康診査結果データの入力業務の委託について<br>
■担　当　課　　健康福祉部　健康推進課<br>
■根拠規定　　　宇治市個人情報保護条例第１０条第２項<br>
■委　託　先　　株式会社洛南データサービス（宇治市伊勢田町）<br>
■委託期間　　　平成１８年６月１日〜平成１９年３月３１日<br>
■委託内容　　　基本健康診査受診票（約１万８千件）の記載事項の入力及び入力結果の検証<br>
■個人情報の項目（受診者）<br>
　　　　　　　　受診者番号、氏名、生年月日、性別、住所<br>
　　　　　　　　受診日、受診会場<br>
　　　　　　　　既往歴、服薬の有無、検査結果、総合判定<br>
■記録媒体　　　紙（受診票）、ＣＤ−Ｒ、受託者の入力用パソコン<br>
　　　　　　　　※電子メール及びインターネットによるデータの送受信は行わない。<br>
■市の保護対策<br>
　　●委託契約書に「個人情報取扱特記事項」を付し、個人情報の適正な取扱いを義務付ける。<br>
　　●受診票の受渡しは、市の職員が専用の搬送箱に入れて持参し、受渡票により件数を相互に確認する。<br>
　　●入力済みのデータを格納したＣＤ−Ｒにはパスワードを設定させ、パスワードは納品日とは別の日に書面で通知させる。<br>
　　●必要に応じて、受託者の作業場所へ立入検査を行う。<br>
■受託者に講じさせる保護対策<br>
　　●作業責任者及び作業従事者を定め、その名簿を市に提出すること。<br>
　　●作業従事者から、個人情報の秘密保持に関する誓約書を徴すること。<br>
　　●入力作業は、入退室管理を行っている専用作業室で行うこと。<br>
　　●受診票は、作業時間外は施錠した書庫に保管すること。<br>
　　●入力用パソコンは、外部のネットワークに接続しないこと。<br>
　　●入力用パソコンの起動時には、パスワードによる認証を行うこと。<br>
　　●作業完了後は、入力用パソコンに残るデータを完全に消去し、消去の結果を書面で市に報告すること。<br>
　　●個人情報の漏えい等の事故が発生したときは、直ちに市へ連絡すること。<br>
　　●業務の全部又は一部を第三者に再委託しないこと。<br>
■備　　　考　　平成17年度に引き続き、同一事業者への委託となる。<br>
<b>【結果】</b>　報告を了承した。<br>
</font>
<br>

<font size="2"><b>●その他</b></font><br>
<font size="2">　事務局から、平成17年度末現在の個人情報取扱事務の登録件数（４１２件）について報告があった。<br>
　次回は、平成18年11月に開催する予定。<br></font>
<br>

<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#9CC89E"><img src="{SP}" width="1" height="1" alt=""></td></tr>
</table>
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr>
<td><font size="2"><a href="{W}/soumu/bunsho/kojin/shingikai/index.html">&lt;&lt;戻る</a></font></td>
<td align="right"><font size="2"><a href="#top">ページの先頭へ</a></font></td>
</tr>
</table>
<center>
<table border="0" cellpadding="6" cellspacing="0" bgcolor="#F4F4F4" width="100%">
<tr><td align="center"><font size="2">
このページに関するお問い合わせ<br>
総務部総務課　文書法制係　（市役所3階）<br>
電話：市役所代表（内線2314）
</font></td></tr>
</table>
<img src="{SP}" width="1" height="8" alt=""><br>
<font size="1" color="#666666">更新日：2006年9月4日<br>
あなたは <img src="{W}/cgi-bin/Count.cgi?df=kojin_h18_01.dat&amp;dd=C&amp;ft=0" alt="003482" align="absmiddle"> 人目の訪問者です。</font>
</center>
<img src="{SP}" width="1" height="20" alt="">
</td>
</tr>
</table>

<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td bgcolor="#2E6B30" align="center"><img src="{SP}" width="1" height="22" align="absmiddle" alt=""><font size="1" color="#FFFFFF">Copyright (C) 2006 Uji City. All Rights Reserved.</font></td></tr>
</table>
</body>
</html>
"""


def main():
    data = PAGE.replace('\r\n', '\n').replace('\n', '\r\n').encode('shift_jis')  # strict
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'wb') as f:
        f.write(data)
    print('wrote', os.path.normpath(OUT), len(data), 'bytes')


if __name__ == '__main__':
    main()
