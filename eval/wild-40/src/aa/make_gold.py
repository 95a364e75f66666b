#!/usr/bin/env python3
"""Gold for the two documents of letter aa (wild-40):

  aa1_marugame_2020.txt  丸亀市  reStructuredText (Sphinx source)   2 matters
  aa2_oyama_2023.md      小山市  Marp slide deck (Markdown)          2 matters

The gold has the form and key order of shared/corpus/more/gold/*.json
(json.dumps(indent=1, ensure_ascii=False) + newline).  Every reading is explained in
../../NOTES-aa.md.

Besides the gold values, each matter carries the evidence that self_check.py checks
against the raw text: the safeguard sentences (a distinctive snippet, the actor and
the codes), the media words with their category, the annex articles with their
codes, the section markers that delimit the ward / contractor lists and the annex,
and the decoys (items, media and dates the document mentions only to rule out).
Safeguard and clause code lists of the gold are derived from that evidence: each
actor's codes once, in order of first appearance."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, '..', '..', 'gold'))


def items(*groups):
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def ordered_codes(rows, actor=None):
    out = []
    for r in rows:
        if actor is not None and r[0] != actor:
            continue
        for c in r[-1]:
            if c not in out:
                out.append(c)
    return out


# --------------------------------------------------------------------------- aa1 丸亀市
S_AA1 = '令和2年度第3回'

AA1_M1 = dict(
    fields=dict(
        title='丸亀市介護保険要介護認定調査業務の一部委託について',
        municipality='丸亀市',
        matter_kind='report',
        procedure='outsourcing',
        legal_basis='第12条第2項',
        department='健康福祉部',
        divisions=['介護保険課'],
        contractor_contains='さぬき介護認定サポートセンター',
        period_start='2020-11-02',
        period_end='2021-03-31',
        recurring=False,
        fiscal_year=2020,
        council_session=S_AA1,
    ),
    data_items=items(
        ('被保険者', '被保険者番号、氏名、生年月日、性別、住所、電話番号、要介護度、認定の有効期間'),
        (None, '申請区分、認定申請日、調査日時、調査場所'),
        (None, '身体機能・起居動作の状況、認知機能の状況、特別な医療の内容、通院している医療機関名'),
        ('立会者', '氏名、続柄、連絡先電話番号'),
    ),
    sensitive=['要介護度', '身体機能・起居動作の状況', '認知機能の状況', '特別な医療の内容',
               '通院している医療機関名'],
    media=[('紙（調査依頼書、認定調査票）', 'paper'),
           ('暗号化機能付きUSBメモリ', 'removable'),
           ('受託者のタブレット端末', 'contractor_pc')],
    markers=dict(anchor='.. _hokoku-1:', ward='市が講ずる措置', contractor='受託者に講じさせる措置', end='.. tip::'),
    safeguards=[
        ('ward', '委託契約書に別記の特記事項を添え', ['contract_terms']),
        ('ward', '引渡し簿に件数と受領者の署名を', ['transfer_control']),
        ('ward', '書き込んだデータを自動的に暗号化する機能を持つものに限る', ['encryption']),
        ('ward', 'メモリ本体とは別に、封書で責任者あてに知らせる', ['password_separation']),
        ('ward', '職員がUSBメモリを初期化してから', ['return_erasure']),
        ('ward', '調査票の保管方法などを実地に確かめる', ['audit']),
        ('contractor', '認定調査員の名簿を作らせ、業務の開始前に市に提出させる', ['responsible_staff']),
        ('contractor', '年1回以上の研修を行わせる', ['training']),
        ('contractor', '当日訪問する対象者の分だけとし', ['takeout_limit']),
        ('contractor', '施錠できるキャビネットにしまわせる', ['locked_storage']),
        ('contractor', '調査員ごとのIDと指紋認証がなければ起動できない', ['access_auth']),
        ('contractor', 'モバイル回線を含め外部のネットワークにつながない', ['network_protection']),
        ('contractor', 'ウイルス対策ソフトを入れさせ、パターンファイル', ['malware_protection']),
        ('contractor', '暗号化された領域だけに保存させる', ['encryption']),
        ('contractor', '紛失、盗難、誤送付などが起きたときは、直ちに介護保険課へ連絡させ', ['incident_response']),
        ('contractor', '調査データを全て消去させ、消去した旨の報告書を', ['return_erasure', 'erasure_proof']),
    ],
    annex=dict(start='別記 個人情報取扱特記事項', end='問合せ先', article_re=r'^\d+\. \S'),
    clauses=[
        ('基本的事項', ['general_duty']),
        ('秘密の保持', ['confidentiality']),
        ('適正な管理', ['locked_storage']),
        ('収集の制限', ['collection_limit']),
        ('目的外利用及び提供の禁止', ['purpose_limit']),
        ('複写及び複製の禁止', ['copy_limit']),
        ('再委託の禁止', ['subcontract_limit']),
        ('持出しの禁止', ['takeout_limit']),
        ('資料等の返還等', ['return_erasure', 'erasure_proof']),
        ('従事者の教育', ['training']),
        ('調査及び報告', ['status_report', 'audit']),
        ('事故の報告', ['incident_response']),
        ('損害賠償', ['liability']),
        ('違反の公表', ['publication']),
    ],
    evidence=['第12条第2項', '期間の延長は予定していない', '指定市町村事務受託法人'],
    decoys=dict(items=['主治医意見書の内容'], media=['電子メール', 'サーバ'],
                departments=['総務部'], legal=['第27条第2項'],
                dates=['令和2年10月15日', '令和2年10月22日', '令和3年2月9日']),
)

AA1_M2 = dict(
    fields=dict(
        title='避難行動要支援者名簿の電子地図化に伴うクラウド型防災支援サービスとの外部結合について',
        municipality='丸亀市',
        matter_kind='consultation',
        procedure='external_link',
        legal_basis='第15条第2項',
        department='市民生活部',
        divisions=['危機管理課'],
        contractor_contains='そなえマップ',
        period_start='2021-01-12',
        period_end=None,
        recurring=None,
        fiscal_year=2020,
        council_session=S_AA1,
    ),
    data_items=items(
        ('要支援者', '氏名、ふりがな、生年月日、性別、住所、位置情報、電話番号、要介護度、'
                     '身体障害者手帳の等級、療育手帳の判定区分、人工呼吸器等の医療機器の使用の有無、'
                     '同居者の有無、指定避難所名'),
        ('避難支援者', '氏名、電話番号、要支援者との関係'),
    ),
    sensitive=['要介護度', '身体障害者手帳の等級', '療育手帳の判定区分', '人工呼吸器等の医療機器の使用の有無'],
    media=[('危機管理課の専用端末', 'ward_system'),
           ('結合先のクラウドサーバ', 'external_system')],
    markers=dict(anchor='.. _shimon-1:', ward='市が講ずる措置', contractor='結合先の事業者に講じさせる措置', end='.. _tokki-1:'),
    safeguards=[
        ('ward', 'ほかの庁内端末からは接続できない', ['access_control']),
        ('ward', '専用端末を操作する職員は、危機管理課長が指名する', ['responsible_staff']),
        ('ward', '職員証（ICカード）による認証を求める', ['access_auth']),
        ('ward', '閉域網だけを通し、インターネットには接続しない', ['network_protection']),
        ('ward', 'サーバとの間の通信は |TLS| で暗号化する', ['encryption']),
        ('ward', 'ワイヤー錠で執務机に固定する', ['device_lock']),
        ('ward', '操作ログを月1回確認し', ['logging']),
        ('ward', '取込み用のファイルを直ちに削除する', ['return_erasure']),
        ('contractor', '運用に携わる社員をあらかじめ決めさせ', ['responsible_staff']),
        ('contractor', '生体認証による入館と入室記録の保存', ['entry_control']),
        ('contractor', 'ISMS（ISO/IEC 27001）の認証を契約期間中維持させる', ['certification']),
        ('contractor', '暗号化した状態で保存させる', ['encryption']),
        ('contractor', '毎日バックアップを取らせ', ['backup']),
        ('contractor', '保守に必要な範囲でのみ扱わせ、それ以外の目的で閲覧させない', ['purpose_limit']),
        ('contractor', '障害や不正アクセスを検知したときは、直ちに危機管理課へ連絡させる', ['incident_response']),
        ('contractor', '市のデータを全て消去させ、その証明書を提出させる', ['return_erasure', 'erasure_proof']),
    ],
    annex=None,
    clauses=[],
    evidence=['第15条第2項', '令和3年1月12日から', '結合先'],
    decoys=dict(items=['障害支援区分'], media=['紙の名簿'],
                departments=['健康福祉部'], divisions=['福祉課', '高齢者支援課'],
                legal=['第49条の10'], dates=['令和2年12月']),
)

# --------------------------------------------------------------------------- aa2 小山市
S_AA2 = '令和5年度第2回'

AA2_M1 = dict(
    fields=dict(
        title='高齢者見守り配食サービス事業における配食及び安否確認業務の委託について',
        municipality='小山市',
        matter_kind='report',
        procedure='outsourcing',
        legal_basis='第6条第2項',
        department='保健福祉部',
        divisions=['高齢生きがい課'],
        contractor_contains='ハーモニーデリカ',
        period_start='2023-04-01',
        period_end='2024-03-31',
        recurring=True,
        fiscal_year=2023,
        council_session=S_AA2,
    ),
    data_items=items(
        ('利用者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                   '食物アレルギーの内容、治療食の種類、利用者負担区分、配達曜日、安否確認の結果'),
        ('緊急連絡先', '氏名、続柄、電話番号'),
    ),
    sensitive=['要介護度', '食物アレルギーの内容', '治療食の種類'],
    media=[('紙（利用者台帳、配達・安否確認記録票）', 'paper'),
           ('受託者の配達員用タブレット端末', 'contractor_pc'),
           ('受託者の配食管理サーバ', 'contractor_server')],
    markers=dict(anchor='# ① 配食見守り ｜ 概要', ward='### 🏛️ 市が行う対策',
                 contractor='### 🤝 受託者に行わせる対策', end='特記事項の全文は最後の参考資料'),
    safeguards=[
        ('ward', '契約書に「個人情報取扱特記事項」（別記）を付け', ['contract_terms']),
        ('ward', '受領書と引き換えに渡します', ['transfer_control']),
        ('ward', '予告なしに受託者の事務所を訪れ', ['audit']),
        ('ward', '「個人情報の管理状況」欄を設け', ['status_report']),
        ('ward', '利用をやめた方の台帳は、翌月の実績報告の際に受託者から回収します', ['return_erasure']),
        ('contractor', '全従事者の名簿を市に提出させます', ['responsible_staff']),
        ('contractor', '口外しない旨の誓約書を取り、着任前に研修を受けさせます', ['confidentiality', 'training']),
        ('contractor', '鍵付きキャビネットで保管させます', ['locked_storage']),
        ('contractor', '配達に持ち出すのは、その日の担当分の配達リストに限らせます', ['takeout_limit']),
        ('contractor', '配達員ごとのIDとパスコードでなければ使えない', ['access_auth']),
        ('contractor', 'ファイアウォールの内側に置き、外部から直接接続できない', ['network_protection']),
        ('contractor', 'ウイルス対策ソフトを入れ、定義ファイルを自動で更新させます', ['malware_protection']),
        ('contractor', '紛失・誤配・漏えいなどが起きたときは、すぐに高齢生きがい課へ電話で報告', ['incident_response']),
        ('contractor', '市の書面による承諾なしに他社へ再委託させません', ['subcontract_limit']),
        ('contractor', 'サーバとタブレットのデータを消去させ、消去証明書を提出させます', ['return_erasure', 'erasure_proof']),
    ],
    annex=dict(start='【参考】① 配食見守り ｜ 個人情報取扱特記事項（1/2）',
               end='②ウェブ問診の特記事項（電子版）', article_re=r'^第\d+条（'),
    clauses=[
        ('第1条（基本原則）', ['general_duty']),
        ('第2条（管理体制）', ['responsible_staff']),
        ('第3条（秘密の保持）', ['confidentiality']),
        ('第4条（利用及び提供の制限）', ['purpose_limit']),
        ('第5条（再委託の制限）', ['subcontract_limit']),
        ('第6条（複写等の制限）', ['copy_limit']),
        ('第7条（持出しの制限）', ['takeout_limit']),
        ('第8条（従事者の監督）', ['training']),
        ('第9条（事故発生時の対応）', ['incident_response']),
        ('第10条（返還及び廃棄）', ['return_erasure', 'erasure_proof']),
        ('第11条（検査）', ['audit']),
        ('第12条（契約の解除）', []),
        ('第13条（損害賠償）', ['liability']),
    ],
    evidence=['第6条第2項', '令和6年度以降も同様に委託する予定', '（報告）'],
    decoys=dict(items=['口座'], media=['USBメモリ'],
                departments=['総務部'], divisions=['行政経営課', '地域包括支援センター'],
                legal=['第66条第2項'], dates=['令和5年8月24日', '令和5年2月16日']),
)

AA2_M2 = dict(
    fields=dict(
        title='乳幼児健康診査の問診票電子化に伴うウェブ問診システム運用業務の委託について',
        municipality='小山市',
        matter_kind='consultation',
        procedure='outsourcing',
        legal_basis='第5条第1項第2号',
        department='こども未来部',
        divisions=['こども家庭課'],
        contractor_contains='ミライ健診ネット',
        period_start='2023-10-02',
        period_end='2024-03-31',
        recurring=True,
        fiscal_year=2023,
        council_session=S_AA2,
    ),
    data_items=items(
        ('受診児', '氏名、生年月日、性別、宛名番号、健診の種類、健診の予約日時、在胎週数、既往症、'
                   '予防接種歴、問診の回答内容'),
        ('保護者', '氏名、続柄、電話番号、メールアドレス'),
    ),
    sensitive=['在胎週数', '既往症', '予防接種歴'],
    media=[('ウェブ問診システム（受託者のサーバで運用）', 'contractor_server'),
           ('電子メール（予約の受付・前日のお知らせ）', 'email'),
           ('市の健康管理システム（こども家庭課の端末）', 'ward_system')],
    markers=dict(anchor='# ② ウェブ問診 ｜ 概要', ward='### 🏛️ 市が行う対策',
                 contractor='### 🤝 受託者に行わせる対策', end='ご審議のほど'),
    safeguards=[
        ('ward', '「個人情報取扱特記事項（電子版）」を付け', ['contract_terms']),
        ('ward', 'ISMS認証（ISO/IEC 27001）を受けていることを登録証の写しで確かめます', ['certification']),
        ('ward', '一人ずつIDを割り当て、ワンタイムパスワードと組み合わせて', ['access_auth']),
        ('ward', '母子保健係の職員に限るよう権限を設定します', ['access_control']),
        ('ward', '暗号化したファイルで取り出し、健康管理システムへの取込みが済んだら端末から削除します',
         ['encryption', 'return_erasure']),
        ('contractor', '運用担当者を指名させ、その名簿を市に届け出させます', ['responsible_staff']),
        ('contractor', 'すべてTLS1.3で暗号化させます', ['encryption']),
        ('contractor', 'ファイアウォールと侵入防止装置（IPS）', ['network_protection']),
        ('contractor', '脆弱性を直す修正プログラムを速やかに適用させます', ['malware_protection']),
        ('contractor', '専用の送信用アドレスから送らせ', ['email_safety']),
        ('contractor', 'アクセス記録を1年間保存させ、毎月点検させます', ['logging']),
        ('contractor', '毎日自動でバックアップさせます', ['backup']),
        ('contractor', '自動で削除させ、削除した件数を四半期ごとに市へ報告させます', ['return_erasure', 'erasure_proof']),
    ],
    annex=None,
    clauses=[],
    evidence=['第5条第1項第2号', '令和6年度以降も、年度ごとに契約して継続', '（諮問）',
              '【訂正】', '令和5年10月2日'],
    decoys=dict(items=['母子健康手帳の交付番号'], media=['紙の問診票'],
                departments=['総務部', '保健福祉部'], divisions=['行政経営課'],
                legal=['第66条第2項'], dates=['令和5年10月1日', '令和5年9月15日']),
)

DOCS = {
    'aa1_marugame_2020': [AA1_M1, AA1_M2],
    'aa2_oyama_2023': [AA2_M1, AA2_M2],
}


def gold_matter(m):
    f = m['fields']
    return {
        'title': f['title'],
        'municipality': f['municipality'],
        'matter_kind': f['matter_kind'],
        'procedure': f['procedure'],
        'legal_basis': f['legal_basis'],
        'department': f['department'],
        'divisions': f['divisions'],
        'contractor_contains': f['contractor_contains'],
        'period_start': f['period_start'],
        'period_end': f['period_end'],
        'recurring': f['recurring'],
        'fiscal_year': f['fiscal_year'],
        'council_session': f['council_session'],
        'data_items': m['data_items'],
        'sensitive_items': m['sensitive'],
        'media': [c for i, (_, c) in enumerate(m['media'])
                  if c not in [x[1] for x in m['media'][:i]]],
        'safeguards': {
            'ward': ordered_codes(m['safeguards'], 'ward'),
            'contractor': ordered_codes(m['safeguards'], 'contractor'),
        },
        'clauses': ordered_codes(m['clauses']),
    }


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, len(doc['matters']), 'matters')


if __name__ == '__main__':
    main()
