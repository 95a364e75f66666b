#!/usr/bin/env python3
"""Writes raw/at1_shimanto_2022.html: one Evernote note exported as HTML
(「HTML 形式でエクスポート」, single note) by the secretariat of the 四万十市
個人情報保護審議会 while preparing the 答申 of 令和4年度第2回.

Everything except the municipality is invented.  Standard library only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'raw', 'at1_shimanto_2022.html')

HL = 'style="--en-highlight:yellow;background-color: #ffef9e;"'
RED = 'style="color:rgb(227, 108, 9);"'
GREY = 'style="color:rgb(119, 119, 119);font-size:12px;"'
TD = ('style="border-style:solid;border-width:1px;border-color:rgb(211, 211, 211);'
      'padding:8px;margin:0px;vertical-align:top;"')
TH = ('style="border-style:solid;border-width:1px;border-color:rgb(211, 211, 211);'
      'padding:8px;margin:0px;vertical-align:top;background-color:rgb(239, 239, 239);"')


def d(text=''):
    """One Evernote line."""
    return '<div>%s</div>' % (text if text else '<br/>')


def b(text):
    return '<span style="font-weight: bold;">%s</span>' % text


def box(checked, text):
    if checked:
        return d('<input type="checkbox" checked="checked"/>' + text)
    return d('<input type="checkbox"/>' + text)


def todo(checked, text):
    return d('<en-todo checked="%s"/>%s' % ('true' if checked else 'false', text))


L = []
add = L.append

# ---------------------------------------------------------------- head
HEAD = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="exporter-version" content="Evernote Windows/308592 (ja-JP, DDL); Windows/10.0.19044 (Win64);"/>
<meta name="author" content="okabayashi.s@shimanto-soumu"/>
<meta name="created" content="2022-08-03 00:41:17 +0000"/>
<meta name="source-url" content="https://www.city.shimanto.lg.jp/gyosei/joho/kojinjoho/shingikai_r03.html"/>
<meta name="updated" content="2022-08-26 07:58:02 +0000"/>
<meta name="keywords" content="R4審議会, 答申案, 諮問第5号, 諮問第6号, 要確認, 行政係"/>
<title>【R4-2】個人情報保護審議会 答申準備メモ</title>
</head>
<body>
<div style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space; font-family: 'Meiryo UI', 'メイリオ', sans-serif; font-size: 14px;">'''

TAIL = '''</div>
</body>
</html>
'''

# ---------------------------------------------------------------- note header
add(d('<span style="font-size: 20px; font-weight: bold;">【R4-2】個人情報保護審議会　答申準備メモ</span>'))
add(d('<span %s>総務課 行政係（事務局）岡林／8/26 夕方 更新。答申書の原稿は共有フォルダ「\\\\fs01\\総務課\\審議会\\R4」に置いた版が正。</span>' % GREY))
add(d())
add(d(b('会議') + '：令和4年度第2回四万十市個人情報保護審議会'))
add(d(b('日時') + '：令和4年8月24日（水）13:30～15:20'))
add(d(b('場所') + '：本庁舎4階 第2会議室（1名はWeb参加）'))
add(d(b('出席') + '：委員7名中6名（欠席 宮地委員）　傍聴 なし'))
add(d(b('説明員') + '：諮問第5号 … 健康推進課長、保険課長補佐／諮問第6号 … 学校教育課長、同課 指導主事'))
add(d())
add(todo(True, '委員長に答申案の文言を確認してもらう（8/25 了）'))
add(todo(True, '諮問第6号の根拠条文の差替え資料を委員へ送付（8/10 了）'))
add(todo(False, '答申書に公印押印 → 健康福祉部・教育委員会へ発送'))
add(todo(False, '会議録（案）を出席委員に確認依頼（9/9まで）'))
add(d('<span %s>答申日は令和4年9月2日付けで調整中（委員長了解済み）</span>' % HL))
add(d())
add(d('<a href="【R4-2】個人情報保護審議会 答申準備メモ.resources/R4-2_会議録（案）.pdf">'
      '<img src="【R4-2】個人情報保護審議会 答申準備メモ.resources/application_pdf.png" '
      'alt="R4-2_会議録（案）.pdf" width="24" height="24" style="vertical-align:middle;"/>'
      'R4-2_会議録（案）.pdf</a>　<span %s>(318 KB)</span>' % GREY))
add(d('関連ノート：<a href="evernote:///view/48213377/s611/6c1f2a8e-0b7d-4e3b-9a2e-53c1d0f7e4b2/'
      '6c1f2a8e-0b7d-4e3b-9a2e-53c1d0f7e4b2/">令和3年度 第2回 介護認定調査票の点検業務の委託について（報告）</a>'))
add(d('<span %s>↑去年の答申の書きぶりを参考にする（付帯意見の書き方）</span>' % GREY))
add('<hr/>')

# ---------------------------------------------------------------- matter 1
add(d('<span style="font-size: 17px; font-weight: bold;">■ 諮問第5号</span>'))
add(d(b('件名') + '：特定健康診査の受診勧奨及び健診結果データ作成業務の委託について'))
add(d(b('区分') + '：諮問'))
add(d(b('根拠') + '：四万十市個人情報保護条例 第13条第2項（実施機関以外のものへの処理の委託）'))
add(d(b('所管部') + '：健康福祉部'))
add(d(b('所管課') + '：健康推進課、保険課'))
add(d(b('委託先') + '：株式会社くろしおメディカルデータ（高知市）'))
add(d(b('委託期間') + '：令和4年10月3日～令和5年3月31日'))
add(d('<span %s>　※令和5年度以降も同じ内容で毎年度委託する予定（所管課説明）</span>' % HL))
add(d(b('対象者') + '：40歳から74歳までの国民健康保険の被保険者で、前年度に特定健診を受けていない人（約4,800人）'))
add(d(b('委託内容') + '：①受診勧奨のはがきの作成・印刷 ②電話での受診勧奨 ③医療機関から届く健診結果票（紙）の電子データ化'))
add(d('<span %s>メモ：特定健診そのものの実施義務は高齢者の医療の確保に関する法律第20条。条例上の根拠は上のとおり（委員から質問あり）。</span>' % GREY))
add(d('<span %s>メモ：令和3年度（令和3年10月1日～令和4年3月31日）ははがきの印刷だけを別業者に委託。データ化を加えたので今回は諮問扱い。</span>' % GREY))
add(d('はがきの発送は11月中旬、電話勧奨は12月～翌年1月の予定。'))
add(d())
add(d(b('取り扱う個人情報') + '（所管課資料の別表をそのまま貼付）'))
rows1 = [
    ('基本情報', '被保険者番号', '国民健康保険被保険者証の記号・番号'),
    ('基本情報', '氏名', 'カナ氏名を含む'),
    ('基本情報', '生年月日', ''),
    ('基本情報', '性別', ''),
    ('基本情報', '住所', '送付先が別にある場合はその住所'),
    ('基本情報', '電話番号', '電話勧奨の対象者に限る'),
    ('基本情報', '受診券整理番号', ''),
    ('基本情報', '個人番号', '<span %s>取り扱わない（受託者には渡さない）</span>' % RED),
    ('健診情報', '受診日', ''),
    ('健診情報', '健診結果', '身長、体重、腹囲、血圧、脂質・血糖・肝機能の検査値、尿検査'),
    ('健診情報', 'メタボリックシンドローム判定', '基準該当／予備群該当／非該当'),
    ('健診情報', '保健指導レベル', '積極的支援／動機付け支援／情報提供'),
    ('問診情報', '服薬状況', '血圧・血糖・脂質を下げる薬の使用の有無'),
    ('問診情報', '既往歴', '脳卒中、心臓病、慢性腎臓病など'),
    ('その他', '自己負担額', '受診時に支払った額'),
]
add('<table style="border-collapse:collapse;min-width:100%;">'
    '<colgroup><col style="width:96px;"/><col style="width:230px;"/><col style="width:330px;"/></colgroup><tbody>')
add('<tr><td %s><div>%s</div></td><td %s><div>%s</div></td><td %s><div>%s</div></td></tr>'
    % (TH, b('区分'), TH, b('項目'), TH, b('備考')))
for k, item, note in rows1:
    add('<tr><td %s><div>%s</div></td><td %s><div>%s</div></td><td %s><div>%s</div></td></tr>'
        % (TD, k, TD, item, TD, note if note else '<br/>'))
add('</tbody></table>')
add(d())
add(d(b('記録媒体') + '（所管課様式のチェックを写した）'))
add(box(True, '紙（受診勧奨はがき、健診結果票）'))
add(box(True, 'CD-R'))
add(box(False, 'USBメモリ'))
add(box(True, '委託先の作業用パソコン'))
add(box(False, '電子メール'))
add(box(False, '委託先のサーバ・クラウドサービス'))
add(d())
add(d(b('市が講ずる措置')))
add(d('1．契約書に「個人情報取扱特記事項」を添付するほか、条例及び市の情報セキュリティポリシーに従うべきことを契約書の本文に書き込む。'))
add(d('2．健診データを受託者に渡すときは、暗号化を施したCD-Rを職員が受託者の事務所まで携行して手渡しし、受渡記録簿に双方が署名する。'))
add(d('3．CD-Rを開くためのパスワードは、媒体と一緒にせず、引渡しの翌日以降に書面で受託者の責任者に知らせる。'))
add(d('4．受託者から業務に従事する者の名簿を出させ、従事者が替わったときはその都度届け出させる。'))
add(d('5．委託期間中に少なくとも1回、職員が受託者の作業場所に出向き、取扱いが約束どおり行われているかを実地に確かめる。'))
add(d('<s>6．健康管理システムの健診データは、毎日夜間にバックアップを取得する。</s>'
      '<span %s>　←8/17 所管課から削除の連絡（委託と関係がないため）</span>' % RED))
add(d('6．医療機関から返ってきた結果票の原本は、健康推進課の鍵のかかる書庫にしまい、保存年限が来たら溶解処理する。'))
add(d())
add(d(b('受託者に講じさせる措置')))
add(d('1．業務の責任者と実際に作業する従業者をあらかじめ決めさせ、名簿として市に提出させる。'))
add(d('2．データ化の作業室の入退室は、カードキーの記録と入退室記録簿で管理させる。'))
add(d('3．作業用パソコンは、インターネットを含む外部の回線に一切つながない単独の機器とさせる。'))
add(d('4．パソコンの起動と入力用ソフトの利用には、従業者ごとの利用者IDとパスワードを要求させる。'))
add(d('5．ウイルス対策ソフトを入れさせ、定義ファイルとOSの修正プログラムを常に最新に保たせる。'))
add(d('<s>6．作業用パソコンは、盗難防止のためワイヤーで机に固定させる。</s>'))
add(d('6．従業者には、業務に入る前に個人情報の取扱いに関する研修を受けさせ、受講の記録を提出させる。'))
add(d('7．漏えい、紛失、滅失などの事故が起きたとき、又は起きるおそれがあるときは、すぐに市へ連絡させ、市の指示に従って対処させる。'))
add(d('8．業務が終わった時点で、作業用パソコンに残るデータを復元できない方法で消させ、消去を証明する書類を市に提出させる。CD-Rは市へ返却させる。'))
add(d())
add(d(b('審議会の結論（答申案）')))
add(d('<span %s>諮問第5号については、諮問のとおり委託することを認める。</span>' % HL))
add(d('ただし、次の意見を付す。'))
add(d('・電話で受診を勧める際は、相手が本人であることを確かめ、家族などに健診結果の中身を伝えることがないよう、受託者によく指導すること。'))
add(d('<span %s>（↑井上委員の発言を要約。委員長OK）</span>' % GREY))
add(d())
add(d(b('▼別紙（諮問第5号）個人情報取扱特記事項') + '　<span %s>所管課の契約書案（8/17版）から貼付</span>' % GREY))
add(d('個人情報取扱特記事項'))
annex1 = [
    '第1条（個人情報保護の基本原則）受託者は、この契約に基づく業務（以下「本業務」という。）を行うに当たり、個人の権利利益を侵すことのないよう、個人情報を適切に扱わなければならない。',
    '第2条（秘密保持）受託者は、本業務を通じて知り得た個人情報の内容を他人に知らせ、又は不当な目的に使用してはならない。契約期間が満了し、又は契約が解除された後も同様とする。',
    '第3条（収集の制限）受託者は、本業務のために個人情報を集めるときは、本業務の遂行に必要な範囲に限り、適法かつ公正な方法により行わなければならない。',
    '第4条（目的外利用及び第三者提供の禁止）受託者は、市の指示がある場合を除き、本業務で扱う個人情報を契約の目的以外に使用し、又は第三者に渡してはならない。',
    '第5条（複写及び複製の禁止）受託者は、市の承諾を得ないで、市から引き渡された資料等を複写し、又は複製してはならない。',
    '第6条（再委託の禁止）受託者は、本業務の全部又は一部を第三者に再委託してはならない。ただし、あらかじめ市の書面による承諾を得たときは、この限りでない。',
    '第7条（持出しの禁止）受託者は、個人情報が記録された資料等を、市が認めた作業場所の外へ持ち出してはならない。',
    '第8条（安全管理）受託者は、個人情報の漏えい、滅失及びき損を防ぐため、資料等を施錠できる保管庫に収納するなど、適切な管理のために必要な措置を講じなければならない。',
    '第9条（従事者の指定及び教育）受託者は、個人情報を扱う責任者及び従事者を定めて市に届け出るとともに、従事者に対し、在職中及び退職後の守秘の義務その他個人情報の保護に必要な事項を教育しなければならない。',
    '第10条（資料等の返還等）受託者は、本業務が終了したときは、市から引き渡された資料等を直ちに市に返還し、受託者が作成した電磁的記録は復元できない方法により消去しなければならない。',
    '第11条（消去等の報告）受託者は、前条の規定により消去又は廃棄をしたときは、その日時、方法及び担当者を記載した書面を市に提出しなければならない。',
    '第12条（取扱状況の報告及び調査）市は、必要があると認めるときは、受託者に対し個人情報の取扱状況について報告を求め、又は受託者の事業所に立ち入って調査することができる。',
    '第13条（事故発生時の報告）受託者は、この特記事項に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに市に報告し、その指示に従わなければならない。',
    '第14条（契約の解除及び損害賠償）市は、受託者がこの特記事項に違反したときは、契約を解除し、かつ、これにより生じた損害の賠償を請求することができる。',
    '第15条（公表）市は、受託者がこの特記事項に違反したときは、その事実を公表することができる。',
]
for a in annex1:
    add(d(a))
add(d())
add('<hr/>')

# ---------------------------------------------------------------- matter 2
add(d('<span style="font-size: 17px; font-weight: bold;">■ 諮問第6号</span>'))
add(d(b('件名') + '：児童生徒の健康診断結果等の管理に係るまなびヘルスクラウドとの外部結合について'))
add(d(b('区分') + '：諮問'))
add(d(b('根拠') + '：四万十市個人情報保護条例 第15条第1項（電子計算組織の結合）'))
add(d('<span %s>　※所管課の当初資料は「第14条第2項」と誤記 → 8/10に差替え済み</span>' % RED))
add(d(b('所管部') + '：教育委員会事務局'))
add(d(b('所管課') + '：学校教育課'))
add(d(b('結合先') + '：株式会社ヨツバ教育システム（東京都千代田区）が提供する学校保健クラウドサービス「まなびヘルスクラウド」'))
add(d(b('結合の方法') + '：校務系ネットワークから、暗号化した専用の経路（VPN）でクラウドに接続'))
add(d(b('結合開始') + '：令和4年12月1日（終期は定めない）'))
add(d('<span %s>　※11月中にダミーデータで接続試験（個人情報は使わない）</span>' % GREY))
add(d(b('対象') + '：市立小学校14校・中学校8校の児童生徒 約1,900人'))
add(d(b('目的') + '：紙の健康診断票と保健日誌を電子化し、養護教諭の転記作業をなくす。転校時の引継ぎも速くなる。'))
add(d('<span %s>メモ：健康診断の実施自体は学校保健安全法第13条。</span>' % GREY))
add(d())
add(d(b('取り扱う個人情報')))
add('<ul>')
add('<li><div>児童生徒</div><ul>')
for it in ['氏名', '性別', '生年月日', '学校名', '学年', '組', '出席番号',
           '健康診断の結果（内科・歯科・眼科・耳鼻科検診、視力、聴力）', '既往症', 'アレルギー疾患の有無',
           '健康診断の実施日', '保健室の利用日時']:
    add('<li><div>%s</div></li>' % it)
add('<li><div><s>心の健康に関する相談の記録</s><span %s>　←クラウドには登録しないことになったので削除</span></div></li>' % RED)
add('</ul></li>')
add('<li><div>保護者</div><ul>')
for it in ['氏名', '電話番号']:
    add('<li><div>%s</div></li>' % it)
add('</ul></li>')
add('</ul>')
add(d())
add(d(b('記録媒体')))
add(todo(True, 'まなびヘルスクラウド（提供事業者のデータセンター）'))
add(todo(True, '各学校の校務用パソコン'))
add(todo(False, '紙（健康診断票）'))
add(todo(False, 'USBメモリ等の外部記録媒体'))
add(d('<span %s>紙の健康診断票は今年度分まで学校で保管（本件の対象外）。外部記録媒体は使う予定なし（8/5 学校教育課に確認）。</span>' % GREY))
add(d())
add(d(b('市（教育委員会）の措置')))
add(d('1．クラウドを利用できる端末は、教育委員会が校務用として台帳に登録したパソコンに限る。'))
add(d('2．教職員ごとに利用者IDを割り当て、パスワードとワンタイムパスコードの二段階でログインさせる。'))
add(d('3．閲覧できる範囲は自校の児童生徒に限り、既往症とアレルギーの欄は養護教諭と管理職だけが開けるよう権限を設定する。'))
add(d('4．クラウドとの通信は、TLS1.2以上で暗号化した経路で行う。'))
add(d('5．各校の校長を情報管理の責任者とし、利用者の一覧を毎年度更新させる。'))
add(d('6．年度の初めに、利用する教職員全員に情報セキュリティと個人情報の扱いについての研修を行う。'))
add(d('<s>7．クラウド上のデータを月1回、教育委員会のNASにバックアップする。</s>'
      '<span %s>　←事業者側で日次の取得があるため削除</span>' % RED))
add(d('7．校務用パソコンにはウイルス対策ソフトを入れ、OSの更新プログラムを速やかに当てる。'))
add(d())
add(d(b('サービス提供事業者（ヨツバ教育システム）に求める措置')))
add(d('1．データセンターは国内に置き、サーバ室への出入りは事前に登録した者に限って記録を取る。'))
add(d('2．ISMS（ISO/IEC 27001）及びISMSクラウドセキュリティ（ISO/IEC 27017）の認証を取得していること。'))
add(d('3．サーバは、ファイアウォールと不正侵入検知の仕組みで外部からの攻撃を遮る。'))
add(d('4．保存するデータは暗号化し、毎日バックアップを取って別の拠点にも保管する。'))
add(d('5．事業者の運用担当者がデータにアクセスした記録はすべて残し、1年以上保存して定期的に点検する。'))
add(d('<s>6．運用担当者に守秘義務の誓約書を出させる。</s>'))
add(d('6．障害や情報の漏えいが起きたときは、直ちに教育委員会へ連絡し、原因と対応の経過を報告する。'))
add(d('7．契約が終わるときは、教育委員会の求める形式でデータを引き渡した上で全データを消去し、消去証明書を発行する。'))
add(d())
add(d(b('審議会の結論（答申案）')))
add(d('<span %s>諮問第6号については、外部結合を行うことを認める。</span>' % HL))
add(d('ただし、次の意見を付す。'))
add(d('・健康情報をクラウドで管理することについて、保護者に分かりやすく周知すること。'))
add(d('<span %s>特記事項は事業者の利用規約＋個別の覚書で対応とのこと（覚書の案は未提出 → 9月中に事務局へ）。</span>' % GREY))
add(d())
add('<hr/>')

# ---------------------------------------------------------------- web clip (last year's page)
add(d('<span %s>――― 以下、市HPの審議会ページ（昨年度版）をクリップ。委員名簿の確認用 ―――</span>' % GREY))
add('<div class="l-contents" style="margin-top:8px;">')
add('<div class="p-breadcrumb"><ol class="p-breadcrumb__list">'
    '<li class="p-breadcrumb__item"><a href="https://www.city.shimanto.lg.jp/">ホーム</a></li>'
    '<li class="p-breadcrumb__item"> &gt; <a href="https://www.city.shimanto.lg.jp/gyosei/">市政情報</a></li>'
    '<li class="p-breadcrumb__item"> &gt; <a href="https://www.city.shimanto.lg.jp/gyosei/joho/">情報公開・個人情報保護</a></li>'
    '<li class="p-breadcrumb__item"> &gt; 四万十市個人情報保護審議会</li></ol></div>')
add('<h1 class="c-page-title">四万十市個人情報保護審議会</h1>')
add('<p class="c-update">更新日：2021年12月10日　<span class="c-pageid">ページID：3147</span></p>')
add('<div class="c-wysiwyg">')
add('<h2 class="c-heading2">審議会の概要</h2>')
add('<p>四万十市個人情報保護条例に基づき、個人情報の適正な取扱いに関する重要事項について、市長その他の実施機関の諮問に応じて調査審議するため設置しています。委員は学識経験者、市民など7人以内で構成しています。</p>')
add('<h2 class="c-heading2">令和3年度の開催状況</h2>')
add('<table class="c-table"><thead><tr><th>回</th><th>開催日</th><th>案件</th></tr></thead><tbody>')
add('<tr><td>第1回</td><td>令和3年7月20日</td><td>市税の口座振替依頼書の読取り業務の委託について（報告）</td></tr>')
add('<tr><td>第2回</td><td>令和3年11月16日</td><td>介護認定調査票の点検業務の委託について（報告）<br/>防災行政無線戸別受信機の貸与台帳の整備業務の委託について（諮問）</td></tr>')
add('</tbody></table>')
add('<p class="c-note">※会議録は「会議録の公開」のページに掲載しています。</p>')
add('<div class="c-contact"><h2 class="c-contact__title">このページに関するお問い合わせ</h2>'
    '<p>総務課　行政係<br/>電話：0880-34-6190　ファックス：0880-34-6191<br/>'
    '<a class="c-contact__mail" href="https://www.city.shimanto.lg.jp/form/inquiry.html?id=gyosei">お問い合わせフォーム</a></p></div>')
add('<ul class="c-pagetop"><li><a href="#top">このページの先頭へ</a></li></ul>')
add('</div>')
add('</div>')
add(d())

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(HEAD + '\n' + '\n'.join(L) + '\n' + TAIL)
print('wrote', os.path.normpath(OUT))
