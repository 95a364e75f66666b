#!/usr/bin/env python3
"""Writes gold/o1_yamato_2020.json and gold/o2_kishiwada_2022.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).

The readings are kept sentence by sentence: every safeguard is a (fragment of the
sentence, [codes]) pair under its actor, every clause an (article heading, [codes]) pair,
every medium a (fragment, category) pair.  The gold's category lists are derived from
them (each code once, in order of first appearance).  self_check.py imports READINGS and
checks every fragment against the right region of the raw text.  The reasons for each
reading are in ../../NOTES-o.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')


def items(*groups):
    """groups: (subject or None, '、'-separated items)"""
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def codes(pairs):
    out = []
    for _, cs in pairs:
        for c in cs:
            if c not in out:
                out.append(c)
    return out


def media_of(pairs):
    out = []
    for _, c in pairs:
        if c not in out:
            out.append(c)
    return out


# Regions are given as (start anchor, end anchor) in the normalised text
# (NFKC, all whitespace removed, page furniture and line-number margins removed;
# end None = end of text).  See self_check.normalise().
READINGS = {}

# ======================================================================= o1 大和市
S1 = '令和2年度第3回'
READINGS['o1_yamato_2020'] = [
    dict(
        title='高齢者見守り配食サービス事業における配食及び安否確認業務の委託について',
        municipality='大和市', kind='consultation', procedure='outsourcing',
        legal_basis='第14条第2項', department='健康福祉部', divisions=['高齢福祉課'],
        contractor='つきみ野ライフサポート',
        start='2021-04-01', end='2022-03-31', recurring=True, fy=2020, session=S1,
        data_items=items(('利用者', '氏名、フリガナ、生年月日、性別、住所、電話番号、世帯の状況、'
                                   '要介護度、かかりつけ医療機関名、配食を希望する曜日、利用者負担区分'),
                         ('緊急連絡先', '氏名、利用者との続柄、電話番号')),
        sensitive=['要介護度', 'かかりつけ医療機関名'],
        media=[('紙(利用者名簿の写し、配達記録票)', 'paper'),
               ('USBメモリ(暗号化機能付きのもの', 'removable'),
               ('受託者の事業所に設置する専用のパソコン', 'contractor_pc')],
        media_negated=[('電子メールによる個人情報の送受信は行わない', 'email')],
        ward=[('委託契約書に別記「個人情報取扱特記事項」を付し', ['contract_terms']),
              ('職員が受託者の事業所に立ち入り', ['audit']),
              ('暗号化機能付きのUSBメモリに保存し', ['encryption', 'password_separation']),
              ('職員が受託者の取扱責任者に直接手渡し、受渡簿に', ['transfer_control'])],
        contractor_sg=[('取扱責任者及び取扱従事者を定め、その名簿を市に提出', ['responsible_staff']),
                       ('個人情報保護に関する研修を受講させる', ['training']),
                       ('事故が発生し、又は発生するおそれがあるときは、直ちに', ['incident_response']),
                       ('他の事業者に再委託させない', ['subcontract_limit']),
                       ('事業所内の施錠できる保管庫に保管させる', ['locked_storage']),
                       ('事業所の外へ持ち出す配達記録票は当日の配達分に限らせ', ['takeout_limit']),
                       ('USBメモリを市に返却させ、パソコン内の利用者情報を復元できない方法で消去'
                        'させた上で、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
                       ('インターネットその他の外部のネットワークに接続させない', ['network_protection']),
                       ('利用者IDとパスワードにより認証させる', ['access_auth']),
                       ('ウイルス対策ソフトウェアを導入させ、定義ファイル', ['malware_protection']),
                       ('操作ログを取得させ', ['logging'])],
        clauses=[('(基本的事項)第1条', ['general_duty']),
                 ('(秘密の保持)第2条', ['confidentiality']),
                 ('(収集の制限)第3条', ['collection_limit']),
                 ('(目的外利用及び提供の禁止)第4条', ['purpose_limit']),
                 ('(複写及び複製の禁止)第5条', ['copy_limit']),
                 ('(再委託の禁止)第6条', ['subcontract_limit']),
                 ('(持出しの禁止)第7条', ['takeout_limit']),
                 ('(安全管理)第8条受託者は、個人情報が記録された資料等を施錠', ['locked_storage']),
                 ('(資料等の返還等)第9条', ['return_erasure', 'erasure_proof']),
                 ('(調査及び報告)第10条', ['status_report', 'audit']),
                 ('(従事者の教育)第11条', ['training']),
                 ('(事故発生時の報告)第12条', ['incident_response']),
                 ('(契約の解除)第13条', []),
                 ('(損害賠償)第14条', ['liability'])],
        must_not=dict(items=['個人番号', '所得'], departments=['総務部']),
        regions=dict(section=('第1件名高齢者見守り', '議案第11号ひとり親'),
                     items=('2記録項目', '3記録媒体'),
                     media=('3記録媒体', '第7個人情報の保護対策'),
                     ward=('1市が講ずる措置', '2受託者に講じさせる措置'),
                     contractor=('2受託者に講じさせる措置', '第8その他'),
                     annex=('別記(議案第10号関係)', None)),
    ),
    dict(
        title='ひとり親世帯臨時特別給付金の支給に係る個人情報の目的外利用について',
        municipality='大和市', kind='report', procedure='purpose_change',
        legal_basis='第10条第2項第6号', department='こども部', divisions=['子育て支援課'],
        contractor=None,
        start='2020-07-27', end='2021-03-31', recurring=False, fy=2020, session=S1,
        data_items=items((None, '氏名、生年月日、住所、世帯主との続柄、転入年月日、受給者番号、支給区分、'
                                '対象児童数、振込先口座、合計所得金額、扶養親族の数')),
        sensitive=[],
        media=[('住民情報システム及び児童扶養手当システム(子育て支援課の端末から操作)', 'ward_system'),
               ('紙(支給対象者一覧表)', 'paper')],
        media_negated=[('外部記録媒体への書き出しは行っていない', 'removable')],
        ward=[('給付金の支給事務に限って用い、他の事務には一切使用しない', ['purpose_limit']),
              ('事務の開始前に個人情報の取扱いに関する研修を行った', ['training']),
              ('担当職員だけが閲覧できるよう権限を設定した', ['access_control']),
              ('職員ごとのIDとパスワードによる認証を経て行い、照会の履歴はシステムに自動で記録',
               ['access_auth', 'logging']),
              ('施錠したキャビネットに保管し、支給事務の終了後にシュレッダーで裁断する',
               ['locked_storage', 'return_erasure'])],
        contractor_sg=[],
        clauses=[],
        must_not=dict(items=['生活保護の受給状況'],
                      departments=['市民経済部', '財務部', '総務部'],
                      divisions=['市民課', '市民税課']),
        regions=dict(section=('第1件名ひとり親', '別記(議案第10号関係)'),
                     items=('2利用する個人情報', '3利用する課'),
                     media=('5記録媒体', '第5個人情報の保護措置'),
                     ward=('第5個人情報の保護措置', None)),
    ),
]

# ======================================================================= o2 岸和田市
S2 = '令和4年度第1回'
READINGS['o2_kishiwada_2022'] = [
    dict(
        title='乳幼児健康診査の予約受付及び予約管理業務の委託について',
        municipality='岸和田市', kind='report', procedure='outsourcing',
        legal_basis='第12条第2項', department='市民健康部', divisions=['健康推進課'],
        contractor='泉州ヘルスリンク',
        start='2022-08-01', end='2023-03-31', recurring=True, fy=2022, session=S2,
        data_items=items(('子ども', '氏名、フリガナ、生年月日、性別、既往歴、予防接種歴、健診の種別、予約日時'),
                         ('保護者', '氏名、子どもとの続柄、住所、電話番号、メールアドレス、相談したい事項')),
        sensitive=['既往歴', '予防接種歴'],
        media=[('✅予約管理システム(受託者がクラウド上で運用するWebアプリケーション)', 'contractor_server'),
               ('✅電子メール(予約完了・リマインドの自動送信に限る)', 'email'),
               ('✅市の健康管理システム(健康推進課の職員端末)', 'ward_system'),
               ('✅紙(健診当日の受付名簿、電話予約の受付票)', 'paper')],
        media_negated=[('❌USBメモリ・CD-Rなどの外部記録媒体', 'removable'),
                       ('❌受託者の社内パソコンへのデータ保存', 'contractor_pc')],
        ward=[('「個人情報取扱特記事項」を付け、条例と市の情報セキュリティポリシーを守る義務を契約書にも明記',
               ['contract_terms']),
              ('職員ごとのアカウントとワンタイムパスワードによる二要素認証', ['access_auth']),
              ('予約者一覧をダウンロードできる職員を、健康推進課の母子保健担当に限る', ['access_control']),
              ('個人情報の取扱状況の報告を受ける', ['status_report']),
              ('鍵のかかる書庫にしまい、健診の翌月末に溶解処理に出す', ['locked_storage', 'return_erasure'])],
        contractor_sg=[('個人情報管理責任者と作業従事者を選任させ、その名簿を提出', ['responsible_staff']),
                       ('個人情報保護の研修を受けさせる', ['training']),
                       ('漏えいなどの事故やそのおそれを把握したときは、直ちに', ['incident_response']),
                       ('を除き、再委託は認めない', ['subcontract_limit']),
                       ('サーバ室への入退室を記録させる', ['entry_control']),
                       ('通信はTLS1.2以上で暗号化させ、データベースに保存する予約データも暗号化',
                        ['encryption']),
                       ('WAFとファイアウォールで外部からの不正な通信を遮断', ['network_protection']),
                       ('アクセスログを1年間保存させ', ['logging']),
                       ('セキュリティ更新プログラムを速やかに適用させる', ['malware_protection']),
                       ('送信専用アドレスから自動で送らせ', ['email_safety']),
                       ('予約データを消去させ、消去証明書を出させる', ['return_erasure', 'erasure_proof'])],
        clauses=[],
        must_not=dict(items=['健診の結果', '身体計測値'], departments=['総務部'],
                      contractor_codes=['certification'], ward_codes=['audit'],
                      unticked=['-[]ISMS(ISO/IEC27001)認証の取得を受託の条件にする']),
        regions=dict(section=('##案件1', '##案件2'),
                     items=('|取り扱う個人情報|', '|件数|'),
                     media=('**記録媒体**', '```mermaid'),
                     ward=('###🏛市(健康推進課)の対策', '###🏢受託者'),
                     contractor=('###🏢受託者', '>**注**特記事項の本文')),
    ),
    dict(
        title='要介護認定申請等のオンライン化に伴うマイナポータルとの回線結合について',
        municipality='岸和田市', kind='consultation', procedure='external_link',
        legal_basis='第14条第1項', department='福祉部', divisions=['介護保険課'],
        contractor='マイナポータル',
        start='2022-10-03', end=None, recurring=None, fy=2022, session=S2,
        data_items=items(('被保険者', '氏名、フリガナ、生年月日、性別、住所、電話番号、被保険者番号、個人番号、'
                                     '医療保険の被保険者証の記号番号、申請区分、要介護状態区分、'
                                     'かかりつけ医療機関名、入院歴'),
                         ('申請代行者', '氏名、住所、電話番号、被保険者との関係')),
        sensitive=['要介護状態区分', 'かかりつけ医療機関名', '入院歴'],
        media=[('✅マイナポータル(ぴったりサービス):国が運用するシステム', 'external_system'),
               ('✅LGWAN接続端末(介護保険課内に2台)', 'ward_system'),
               ('✅介護保険システム(申請データを職員が取り込む)', 'ward_system'),
               ('✅紙(取り込んだ申請データの印刷物)', 'paper')],
        media_negated=[('❌電子メール', 'email'),
                       ('❌USBメモリ等の外部記録媒体', 'removable')],
        ward=[('事務処理手順書を作り、それに沿って処理する', ['work_procedure']),
              ('セキュリティワイヤーで机に固定する', ['device_lock']),
              ('職員ごとのICカードと暗証番号で認証する', ['access_auth']),
              ('申請データをダウンロードできる職員は、介護認定係の職員に限る', ['access_control']),
              ('その日のうちに端末から削除する', ['return_erasure']),
              ('施錠できるキャビネットで保管する', ['locked_storage']),
              ('ウイルス対策ソフトを入れ、定義ファイルを自動で更新する', ['malware_protection']),
              ('年1回の情報セキュリティ研修を受けさせる', ['training']),
              # under 「結合先（マイナポータル）との接続に関する対策」: still the ward (taxonomy.md)
              ('LGWANを経由し、TLSで暗号化される', ['encryption']),
              ('市の公開鍵で暗号化された状態で置かれ', ['encryption']),
              ('マイナンバーカードの電子証明書で本人確認され', ['access_auth']),
              ('アクセス記録はデジタル庁が保存し', ['logging']),
              ('システム障害や情報漏えいが起きたときは、デジタル庁からの連絡を受けて直ちに受付を止め',
               ['incident_response'])],
        contractor_sg=[],
        clauses=[],
        must_not=dict(items=['主治医意見書', '認定調査の結果'], departments=['総務部'],
                      ward_codes=['takeout_limit']),
        regions=dict(section=('##案件2', '##会議メモ'),
                     items=('|取り扱う個人情報|', '>**注**主治医意見書'),
                     media=('**記録媒体**', '```mermaid'),
                     ward=('###🏛市(介護保険課)の対策', '>**注**答申')),
    ),
]


def matter(r):
    return {
        'title': r['title'],
        'municipality': r['municipality'],
        'matter_kind': r['kind'],
        'procedure': r['procedure'],
        'legal_basis': r['legal_basis'],
        'department': r['department'],
        'divisions': r['divisions'],
        'contractor_contains': r['contractor'],
        'period_start': r['start'],
        'period_end': r['end'],
        'recurring': r['recurring'],
        'fiscal_year': r['fy'],
        'council_session': r['session'],
        'data_items': r['data_items'],
        'sensitive_items': r['sensitive'],
        'media': media_of(r['media']),
        'safeguards': {'ward': codes(r['ward']), 'contractor': codes(r['contractor_sg'])},
        'clauses': codes(r['clauses']),
    }


def build():
    return {stem: {'source': stem, 'matters': [matter(r) for r in rs]} for stem, rs in READINGS.items()}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, doc in build().items():
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')


if __name__ == '__main__':
    main()
