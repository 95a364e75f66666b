#!/usr/bin/env python3
"""Writes gold/aj1_ueda_2022.json and gold/aj2_kakegawa_2023.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False).

The readings are written down here once, with the evidence self_check.py looks for in
the raw documents: the period as written, each medium's word, each safeguard sentence
(a snippet of it, its actor, its codes) and each annex article (a snippet of its heading
and its codes).  The gold lists are derived from these: safeguard and clause codes in
order of first appearance, each once.  Every reading is explained in ../../NOTES-aj.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, '..', '..', 'gold'))

S1 = '令和4年度第2回'
S2 = '令和5年度第1回'

MATTERS = {}

# =============================================================== aj1 上田市 (MkDocs Markdown)
MATTERS['aj1_ueda_2022'] = [
    dict(
        title='上田市障害者基幹相談支援センター運営業務の委託について',
        municipality='上田市', matter_kind='consultation', procedure='outsourcing',
        legal_basis='第12条第2項', department='福祉部', divisions=['障がい者支援課'],
        contractor_contains='千曲の里福祉会',
        period_text='令和4年10月1日から令和5年3月31日まで',
        recurring_text='令和5年度以降も、同一の内容で委託を継続する予定',
        period_start='2022-10-01', period_end='2023-03-31', recurring=True,
        fiscal_year=2022, council_session=S1,
        items=[('相談者', '氏名、生年月日、性別、住所、電話番号、障害者手帳の種類及び等級、障害支援区分、'
                          '疾病名、通院先医療機関名、生活保護の受給状況、障害福祉サービス受給者証番号、'
                          '利用者負担上限月額、相談日、相談内容'),
               ('家族等', '氏名、続柄、電話番号')],
        sensitive=['障害者手帳の種類及び等級', '障害支援区分', '疾病名', '通院先医療機関名', '生活保護の受給状況'],
        not_items=['所得の額', '所得の区分'],
        media=[('紙|相談受付票', 'paper'), ('受託者のパソコン', 'contractor_pc'),
               ('市が貸与する端末|障害福祉総合システム', 'ward_system')],
        not_media=['USBメモリ'],
        sg=[
            ('ward', '別記「個人情報取扱特記事項」を綴じ込み', ['contract_terms']),
            ('ward', '職員がセンターまで持参し、引継簿に件数', ['transfer_control']),
            ('ward', '一人ずつ専用の利用者IDを発行し、パスワードと組み合わせて', ['access_auth']),
            ('ward', '登録や更新の機能は使えない設定', ['access_control']),
            ('ward', '机にワイヤーロックで固定します', ['device_lock']),
            ('ward', '操作履歴はシステムに自動で残り', ['logging']),
            ('ward', '年2回以上、職員がセンターに出向き', ['audit']),
            ('contractor', 'センター長を個人情報の管理責任者に充て', ['responsible_staff']),
            ('contractor', '個人情報の適正な取扱いに関する研修を受けさせ', ['training']),
            ('contractor', '鍵の掛かる書庫に収めさせます', ['locked_storage']),
            ('contractor', 'センター事務室の外へ持ち出させず', ['takeout_limit']),
            ('contractor', 'インターネットにつながらない事務所内のネットワーク', ['network_protection']),
            ('contractor', 'ウイルス対策ソフトを入れ、定義ファイル', ['malware_protection']),
            ('contractor', '従事者ごとのアカウントとパスワードで行わせ、相談記録のフォルダを開ける者を担当の相談員に限らせます',
             ['access_auth', 'access_control']),
            ('contractor', '暗号化された領域にのみ保存させます', ['encryption']),
            ('contractor', '当日中に障がい者支援課へ連絡させ', ['incident_response']),
            ('contractor', '復元できない方法で削除させ、削除を完了したことを証する書面', ['return_erasure', 'erasure_proof']),
        ],
        clauses=[
            ('基本原則', ['general_duty']),
            ('秘密の保持', ['confidentiality']),
            ('収集の制限', ['collection_limit']),
            ('目的外利用等の禁止', ['purpose_limit']),
            ('再委託の禁止', ['subcontract_limit']),
            ('複写等の禁止', ['copy_limit']),
            ('持出しの禁止', ['takeout_limit']),
            ('管理責任者等の届出', ['responsible_staff']),
            ('保管の方法', ['locked_storage']),
            ('従事者の教育', ['training']),
            ('資料等の返還及び消去', ['return_erasure']),
            ('消去の証明', ['erasure_proof']),
            ('調査及び報告', ['status_report', 'audit']),
            ('事故発生時の措置', ['incident_response']),
            ('契約の解除及び損害賠償', ['liability']),
        ],
    ),
    dict(
        title='がん検診等のWeb予約受付に係るクラウドサービスとの外部結合について',
        municipality='上田市', matter_kind='report', procedure='external_link',
        legal_basis='第14条第2項', department='健康こども未来部', divisions=['健康推進課'],
        contractor_contains='けんしんWeb予約',
        period_text='結合の開始時期|令和4年11月1日',
        recurring_text=None,
        period_start='2022-11-01', period_end=None, recurring=None,
        fiscal_year=2022, council_session=S1,
        items=[('予約者', '氏名、フリガナ、生年月日、性別、住所、電話番号、メールアドレス、被保険者証の記号番号、'
                          '検診の種類、受診希望日、受診会場、前回の受診年度、既往歴、妊娠の有無、'
                          '生活保護の受給の有無、自己負担区分')],
        sensitive=['既往歴', '妊娠の有無', '生活保護の受給の有無'],
        not_items=[],
        media=[('結合先のクラウドサービス「けんしんWeb予約」', 'external_system'),
               ('市の健康管理システム|インターネット接続系端末', 'ward_system')],
        not_media=['予約データを紙に印刷して保存することはしません'],
        sg=[
            ('ward', '条項を設け、予約データを本市が指示した目的以外に使わない', ['contract_terms', 'purpose_limit']),
            ('ward', '検診担当職員に限り、職員ごとのIDとワンタイムパスワードで認証', ['access_control', 'access_auth']),
            ('ward', '専用端末2台からに限ります', ['access_control']),
            ('ward', 'ウイルス対策ソフトを導入し、OSの更新プログラム', ['malware_protection']),
            ('ward', 'ファイル無害化の処理を経て健康管理システムに取り込んだ後、端末から直ちに削除', ['return_erasure', 'malware_protection']),
            ('ward', '操作履歴を月に1回出力し', ['logging']),
            ('ward', '照合及び削除の手順は、健康推進課が作業手順書に定めて運用します', ['work_procedure']),
            ('ward', '取扱手順についての研修を行います', ['training']),
            ('contractor', 'TLS1.2以上で暗号化します', ['encryption']),
            ('contractor', 'データベースは暗号化し、バックアップを毎日取得', ['encryption', 'backup']),
            ('contractor', 'ファイアウォールと侵入検知システム', ['network_protection']),
            ('contractor', '入館と入室を生体認証で管理し', ['entry_control']),
            ('contractor', '管理者権限は必要最小限とし、保守作業の操作ログを1年間保存', ['access_control', 'logging']),
            ('contractor', 'ISMS(ISO/IEC27001)の認証を取得', ['certification']),
            ('contractor', '障害や情報漏えいが発生したときは、直ちに市へ連絡', ['incident_response']),
            ('contractor', '予約データを消去し、その結果を書面で市に報告', ['return_erasure', 'erasure_proof']),
        ],
        clauses=[],
    ),
]

# =============================================================== aj2 掛川市 (Google Slides PDF)
MATTERS['aj2_kakegawa_2023'] = [
    dict(
        title='認知症高齢者等位置情報探索サービス事業に係る業務の委託について',
        municipality='掛川市', matter_kind='report', procedure='outsourcing',
        legal_basis='第8条第1項', department='健康福祉部', divisions=['長寿推進課'],
        contractor_contains='エンシュウ・ロケーションサービス',
        period_text='令和5年9月1日~令和6年8月31日',
        recurring_text=None,
        period_start='2023-09-01', period_end='2024-08-31', recurring=False,
        fiscal_year=2023, council_session=S2,
        items=[('登録者', '氏名、フリガナ、生年月日、性別、住所、身長、体格・服装の特徴、顔写真、要介護度、'
                          '服薬状況、かかりつけ医療機関名、介護保険被保険者番号、行方不明になった経験の有無'),
               ('家族等', '氏名、続柄、電話番号、メールアドレス'),
               (None, '端末番号、位置情報、探索日時')],
        sensitive=['要介護度', '服薬状況', 'かかりつけ医療機関名'],
        not_items=['病名', '診断名'],
        media=[('紙|登録申請書・同意書', 'paper'), ('受託者のサーバ', 'contractor_server'),
               ('電子メール|登録情報の送付', 'email')],
        not_media=['USBメモリ、CD-R等の外部記録媒体による受渡しは行わない'],
        sg=[
            ('ward', '契約書には個人情報の取扱いに関する特記事項を付け', ['contract_terms']),
            ('ward', 'ファイルを暗号化し、解除用のパスワードは電話で別に伝える', ['encryption', 'password_separation']),
            ('ward', '宛先と添付ファイルを職員2名で確かめる', ['email_safety']),
            ('ward', '長寿推進課の鍵付きキャビネットで保管', ['locked_storage']),
            ('ward', '受託者の事業所を訪ね、登録情報の管理状況を実地で確認', ['audit']),
            ('ward', 'その登録者の情報をシステムから削除させる', ['return_erasure']),
            ('contractor', '個人情報管理責任者を置き、業務に当たる者の名簿', ['responsible_staff']),
            ('contractor', '担当者ごとのIDとパスワードに加え、登録済みの端末からのみログイン', ['access_auth', 'access_control']),
            ('contractor', '日時と操作者を自動で記録させ', ['logging']),
            ('contractor', 'それ以外の者には提供させない', ['purpose_limit']),
            ('contractor', 'サーバとの通信は暗号化させる', ['encryption']),
            ('contractor', 'ファイアウォールで保護し、不正な侵入を監視', ['network_protection']),
            ('contractor', 'セキュリティ更新を速やかに適用させる', ['malware_protection']),
            ('contractor', '情報の漏えいや端末の紛失が起きたときは、直ちに市に報告', ['incident_response']),
            ('contractor', '位置情報の履歴を消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
            ('contractor', '個人情報保護の研修を受けさせる', ['training']),
        ],
        clauses=[],
    ),
    dict(
        title='救急活動記録票の電子化及び救急統計データ作成業務の委託について',
        municipality='掛川市', matter_kind='consultation', procedure='outsourcing',
        legal_basis='第9条第1項第2号', department='消防本部', divisions=['警防課'],
        contractor_contains='東海メディカルデータサービス',
        period_text='令和5年10月1日から令和6年3月31日まで',
        recurring_text='令和6年度以降も、毎年度同様に委託する予定',
        period_start='2023-10-01', period_end='2024-03-31', recurring=True,
        fiscal_year=2023, council_session=S2,
        items=[('傷病者', '氏名、年齢、性別、住所、傷病名、既往歴、かかりつけ医療機関名、バイタルサイン、'
                          '搬送先医療機関名、事故種別、発生場所、覚知時刻、病院到着時刻'),
               ('通報者', '氏名、電話番号、傷病者との関係')],
        sensitive=['傷病名', '既往歴', 'かかりつけ医療機関名', 'バイタルサイン', '搬送先医療機関名'],
        not_items=['個人番号', '被保険者番号', '救急隊員の氏名'],
        media=[('紙|救急活動記録票の写し', 'paper'), ('DVD-R', 'removable'), ('受託者のパソコン', 'contractor_pc')],
        not_media=['電子メールによる個人情報の送受信は行わない'],
        sg=[
            ('ward', '別記「個人情報の取扱いに関する特記事項」を添付し、その遵守を契約上の義務', ['contract_terms']),
            ('ward', '作業室まで持参して引き渡し、受渡記録簿に双方が署名', ['transfer_control']),
            ('ward', '暗号化を施し、復号用のキーは媒体とは別の日に書面で通知', ['encryption', 'password_separation']),
            ('ward', '予告なく作業室に立ち入り', ['audit']),
            ('ward', '返却されたDVD-Rは、消防本部内で裁断処理', ['return_erasure']),
            ('ward', 'プライバシーマーク又はISMS認証の取得を条件とした', ['certification']),
            ('contractor', '作業責任者及び作業従事者を指名し、その名簿', ['responsible_staff']),
            ('contractor', '入退室はICカードで作業従事者に限り、その記録を保存', ['entry_control']),
            ('contractor', '社内LAN及びインターネットから切り離した状態', ['network_protection']),
            ('contractor', 'USB端子は使用できない設定とし、外部媒体への書き出しによるデータの持出しを防止', ['takeout_limit']),
            ('contractor', '作業従事者ごとのIDとパスワードによる認証', ['access_auth']),
            ('contractor', '操作ログを取得させ、作業責任者に週1回確認', ['logging']),
            ('contractor', '作業時間外は施錠できる保管庫に収納', ['locked_storage']),
            ('contractor', '個人情報の取扱いに関する教育を受けさせる', ['training']),
            ('contractor', '専用ソフトで完全に消去させ、消去証明書を提出', ['return_erasure', 'erasure_proof']),
            ('contractor', '他社に再委託させない', ['subcontract_limit']),
        ],
        clauses=[
            ('第1基本的事項', ['general_duty']),
            ('第2秘密の保持', ['confidentiality']),
            ('第3目的外利用及び提供の禁止', ['purpose_limit']),
            ('第4複写及び複製の禁止', ['copy_limit']),
            ('第5再委託の禁止', ['subcontract_limit']),
            ('第6作業場所の指定', ['takeout_limit']),
            ('第7適正な管理', ['locked_storage']),
            ('第8資料の返還及び消去', ['return_erasure']),
            ('第9消去の報告', ['erasure_proof']),
            ('第10報告及び立入検査', ['status_report', 'audit']),
            ('第11事故発生時の報告', ['incident_response']),
            ('第12従事者の教育', ['training']),
            ('第13公表', ['publication']),
            ('第14損害賠償', ['liability']),
        ],
    ),
]


def ordered_union(lists):
    out = []
    for codes in lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def gold_matter(m):
    data_items = []
    for subject, names in m['items']:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            data_items.append(d)
    return {
        'title': m['title'],
        'municipality': m['municipality'],
        'matter_kind': m['matter_kind'],
        'procedure': m['procedure'],
        'legal_basis': m['legal_basis'],
        'department': m['department'],
        'divisions': m['divisions'],
        'contractor_contains': m['contractor_contains'],
        'period_start': m['period_start'],
        'period_end': m['period_end'],
        'recurring': m['recurring'],
        'fiscal_year': m['fiscal_year'],
        'council_session': m['council_session'],
        'data_items': data_items,
        'sensitive_items': m['sensitive'],
        'media': [c for _, c in m['media']],
        'safeguards': {
            'ward': ordered_union(c for a, _, c in m['sg'] if a == 'ward'),
            'contractor': ordered_union(c for a, _, c in m['sg'] if a == 'contractor'),
        },
        'clauses': ordered_union(c for _, c in m['clauses']),
    }


def gold_doc(stem):
    return {'source': stem, 'matters': [gold_matter(m) for m in MATTERS[stem]]}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem in MATTERS:
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(gold_doc(stem), ensure_ascii=False, indent=1) + '\n')
        print('wrote', path)


if __name__ == '__main__':
    main()
