#!/usr/bin/env python3
"""Writes gold/aq1_sakaide_2023.json and gold/aq2_anan_2020.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing
newline).  Every reading is explained in ../../NOTES-aq.md.

EVIDENCE (used by self_check.py, not written to the gold) ties each gold value to the
raw text: the matter's segment of the document, the period phrase, one fragment per
safeguard sentence with its codes, one fragment per annex article with its codes,
media phrases, and the traps (items and media mentioned only to be ruled out)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def items(*groups):
    """groups: (subject or None, 'a、b、c')"""
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def firsts(pairs):
    """Categories in order of first appearance, each once."""
    seen = []
    for _, codes in pairs:
        for c in codes:
            if c not in seen:
                seen.append(c)
    return seen


def matter(title, municipality, kind, procedure, legal_basis, department, divisions,
           contractor, start, end, recurring, fy, session, data_items, sensitive, media,
           ward, contractor_sg, clauses):
    return {
        'title': nfkc(title),
        'municipality': municipality,
        'matter_kind': kind,
        'procedure': procedure,
        'legal_basis': legal_basis,
        'department': department,
        'divisions': divisions,
        'contractor_contains': contractor,
        'period_start': start,
        'period_end': end,
        'recurring': recurring,
        'fiscal_year': fy,
        'council_session': session,
        'data_items': data_items,
        'sensitive_items': sensitive,
        'media': media,
        'safeguards': {'ward': firsts(ward), 'contractor': firsts(contractor_sg)},
        'clauses': firsts(clauses),
    }


# =============================================================================== aq1 坂出市
S1 = '令和5年度第1回'

AQ1_M1_WARD = [
    ('受託者に義務付ける', ['contract_terms']),
    ('記録用パソコンの管理の実態を点検する', ['audit']),
    ('連絡経路と対応の段取りをあらかじめ取り決めておく', ['incident_response']),
    ('受領の署名を得た引渡簿を取り交わす', ['transfer_control']),
    ('課内の鍵の掛かる書庫に収める', ['locked_storage']),
]
AQ1_M1_CONTR = [
    ('氏名を記した一覧を市に届け出させる', ['responsible_staff']),
    ('個人情報の扱い方についての講習を受けさせる', ['training']),
    ('口外しない旨の誓約書を、従事者から提出させる', ['confidentiality']),
    ('使用しないときは施錠した戸棚に納めさせる', ['locked_storage']),
    ('事務所の外へ持ち出すことは、訪問支援に必要な最小限のものを除いて認めない', ['takeout_limit']),
    ('専用のアドレスに限って送受信させ、返信するときは宛先を二人で確かめさせる', ['email_safety']),
    ('IDとパスワードを入力しなければ起動できない設定とさせる', ['access_auth']),
    ('不正プログラムを検知するソフトウェアを導入させ', ['malware_protection']),
    ('復元できない方法で削除させ、その旨を記した書面を提出させる', ['return_erasure', 'erasure_proof']),
]
AQ1_M1_CLAUSES = [
    ('第1条(基本的事項)', ['general_duty']),
    ('第2条(秘密の保持)', ['confidentiality']),
    ('第3条(取得の制限)', ['collection_limit']),
    ('第4条(利用及び提供の制限)', ['purpose_limit']),
    ('第5条(複写等の禁止)', ['copy_limit']),
    ('第6条(再委託の禁止)', ['subcontract_limit']),
    ('第7条(持出しの禁止)', ['takeout_limit']),
    ('第8条(適正な管理)', ['locked_storage']),
    ('第9条(従事者の指定)', ['responsible_staff']),
    ('第10条(従事者への教育)', ['training']),
    ('第11条(返還及び消去)', ['return_erasure', 'erasure_proof']),
    ('第12条(報告及び調査)', ['status_report', 'audit']),
    ('第13条(事故発生時の措置)', ['incident_response']),
    ('第14条(契約の解除及び損害賠償)', ['liability']),
]
AQ1_M2_WARD = [
    ('市の情報セキュリティポリシーを守ることを条件として明記する', ['contract_terms']),
    ('注意点を含めた研修を行う', ['training']),
    ('指定端末1台からのみ送信できるよう設定し、送信の操作ができる職員を3名に絞る', ['access_control']),
    ('ICカードと暗証番号の二つが揃わなければ操作できないようにする', ['access_auth']),
    ('LGWANを用い、インターネットとは経路を分離する', ['network_protection']),
    ('送信の記録は自動で保存され', ['logging']),
]
AQ1_M2_CONTR = [
    ('運用と保守の手順を文書にまとめさせ', ['work_procedure']),
    ('市のデータの取扱いの状況を文書で報告させる', ['status_report']),
    ('障害や情報の流出が起きたとき', ['incident_response']),
    ('市のデータを消去させ、消去したことを証する書面を提出させる', ['return_erasure', 'erasure_proof']),
    ('サーバ室に入ることのできる者をあらかじめ登録した者に限らせ、出入りの記録を残させる', ['entry_control']),
    ('いずれも暗号化させる', ['encryption']),
    ('ファイアウォールと侵入検知の仕組み', ['network_protection']),
    ('サーバの操作記録を1年以上保存させ', ['logging']),
    ('閲覧できる権限は、運用に必要な最小限の担当者にだけ付与させる', ['access_control']),
    ('ウイルス対策ソフトの定義ファイルも最新に保たせる', ['malware_protection']),
]

DOCS = {}
DOCS['aq1_sakaide_2023'] = [
    matter('ひきこもり地域支援センター運営業務の委託について', '坂出市', 'report', 'outsourcing',
           '第6条第2項', '健康福祉部', ['地域共生推進課'], 'さぬきリスタートネット',
           '2023-09-01', '2024-03-31', True, 2023, S1,
           items(('本人', '氏名、生年月日、性別、住所、電話番号、ひきこもりの状態にある期間、就労・就学の状況、'
                         '医療機関への通院歴、診断名、障害者手帳の種類及び等級、生活保護の受給状況、相談内容、支援の経過'),
                 ('相談者', '氏名、本人との続柄、電話番号、メールアドレス')),
           ['医療機関への通院歴', '診断名', '障害者手帳の種類及び等級', '生活保護の受給状況'],
           ['paper', 'contractor_pc', 'email'],
           AQ1_M1_WARD, AQ1_M1_CONTR, AQ1_M1_CLAUSES),
    matter('重度心身障害者等医療費及びこども医療費の助成に係る資格情報の連携のための外部結合について', '坂出市',
           'consultation', 'external_link', '第7条第1項', '市民生活部', ['保険年金課', '福祉医療課'],
           '医療費助成資格情報連携サービス', '2023-10-01', '2024-03-31', False, 2023, S1,
           items(('受給者', '氏名、カナ氏名、生年月日、性別、住所、受給者番号、保険者番号、被保険者記号・番号、助成の種別、'
                           '一部負担金の区分、資格の有効期間、身体障害者手帳の障害等級、療育手帳の区分、'
                           '精神障害者保健福祉手帳の等級、生活保護の受給の有無'),
                 ('保護者', '氏名、受給者との続柄')),
           ['身体障害者手帳の障害等級', '療育手帳の区分', '精神障害者保健福祉手帳の等級', '生活保護の受給の有無'],
           ['ward_system', 'external_system'],
           AQ1_M2_WARD, AQ1_M2_CONTR, []),
]

# =============================================================================== aq2 阿南市
S2 = '令和2年度第2回'

AQ2_M1_WARD = [
    ('受託者がこれに従う義務を負う旨を契約書の本文にも記載する', ['contract_terms']),
    ('授受の日付と件数を受渡簿に記録する', ['transfer_control']),
    ('利用者IDと指紋による認証を経なければ起動できない', ['access_auth']),
    ('暗号化した状態で保持する', ['encryption']),
    ('ウイルス対策ソフト及びOSの更新は市が一括して管理し', ['malware_protection']),
    ('受託者の事務所を訪問し、調査票の保管状況等を実地に確認する', ['audit']),
]
AQ2_M1_CONTR = [
    ('調査員の名簿とともに市へ届け出させる', ['responsible_staff']),
    ('認定調査員研修を修了させてから業務に従事させる', ['training']),
    ('鍵の掛かる保管庫に収めさせる', ['locked_storage']),
    ('本業務以外の目的に使用すること、及び市の承諾なく他者に示すことを禁ずる', ['purpose_limit']),
    ('認定調査票の写しを取ることを禁止する', ['copy_limit']),
    ('調査日から10日以内に市へ返還させ', ['return_erasure']),
    ('紛失し、又は盗まれたときは、直ちに市に電話で連絡させ', ['incident_response']),
    ('他に漏らさない旨の誓約書を提出させる', ['confidentiality']),
    ('他の事業者に行わせることを認めない', ['subcontract_limit']),
]
AQ2_M1_CLAUSES = [
    ('(基本原則)第1条', ['general_duty']),
    ('(秘密の保持)第2条', ['confidentiality']),
    ('(収集の制限)第3条', ['collection_limit']),
    ('(目的外利用及び提供の禁止)第4条', ['purpose_limit']),
    ('(複写及び複製の禁止)第5条', ['copy_limit']),
    ('(再委託の禁止)第6条', ['subcontract_limit']),
    ('(運搬時の措置)第7条', ['transfer_control']),
    ('(適正な保管)第8条', ['locked_storage']),
    ('(資料の返還)第9条', ['return_erasure']),
    ('(従事者への周知)第10条', ['training']),
    ('(事故発生時の報告)第11条', ['incident_response']),
    ('(実地調査)第12条', ['audit']),
    ('(違反時の措置)第13条', ['liability', 'publication']),
]
AQ2_M2_WARD = [
    ('阿南市個人情報保護条例の趣旨に沿った取扱いを義務付ける', ['contract_terms']),
    ('端末に導入した電子証明書による認証を行う', ['access_auth']),
    ('職務上必要な教職員に限定するよう、システムの権限を設定する', ['access_control']),
    ('クラウドサービスとの間の通信は、全て暗号化する', ['encryption']),
    ('外部記録媒体へのデータの書出しは端末の設定により禁止し、データの持出しを防止する', ['takeout_limit']),
    ('施錠できる書庫に保管し、不要となったものは校内でシュレッダーにより裁断する', ['locked_storage', 'return_erasure']),
    ('校務情報の取扱いに関する研修を実施する', ['training']),
]
AQ2_M2_CONTR = [
    ('サーバ室への入室は生体認証により管理させ、その記録を保存させる', ['entry_control']),
    ('ファイアウォール及び不正侵入防止装置により', ['network_protection']),
    ('保存するデータは暗号化させる', ['encryption']),
    ('サーバへのアクセスの履歴を取得させ', ['logging']),
    ('データのバックアップを毎日取得させ', ['backup']),
    ('契約の目的以外に利用し、又は第三者に提供することを禁止する', ['purpose_limit']),
    ('直ちに教育委員会に報告させ', ['incident_response']),
    ('復元できない方法で消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
    ('プライバシーマークの付与認定を契約期間中維持させる', ['certification']),
]

DOCS['aq2_anan_2020'] = [
    matter('要介護認定に係る認定調査業務の委託について', '阿南市', 'consultation', 'outsourcing',
           '第13条第2項', '保健福祉部', ['高齢介護課'], '阿南圏域介護支援専門員協議会',
           '2020-12-01', '2021-03-31', True, 2020, S2,
           items(('被保険者', '被保険者番号、氏名、生年月日、性別、住所、電話番号、申請区分、現在の要介護度、'
                           '基本調査の結果、受けている医療の内容、服薬の状況、主治医の医療機関名、'
                           '調査実施日、調査場所'),
                 ('立会者', '氏名、被保険者との続柄、電話番号')),
           ['現在の要介護度', '基本調査の結果', '受けている医療の内容', '服薬の状況', '主治医の医療機関名'],
           ['paper', 'ward_system'],
           AQ2_M1_WARD, AQ2_M1_CONTR, AQ2_M1_CLAUSES),
    matter('統合型校務支援システムのクラウド化に伴う外部結合について', '阿南市', 'consultation', 'external_link',
           '第12条第2項', '教育委員会事務局', ['学校教育課'], 'エデュリンク校務',
           '2021-04-01', None, None, 2020, S2,
           items(('児童生徒', '氏名、ふりがな、生年月日、性別、住所、学校名、学年、学級、出欠の状況、成績、'
                           '健康診断の結果、既往症、障害の種別、就学援助の認定の有無'),
                 ('保護者', '氏名、電話番号、緊急時の連絡先')),
           ['健康診断の結果', '既往症', '障害の種別'],
           ['external_system', 'ward_system', 'paper'],
           AQ2_M2_WARD, AQ2_M2_CONTR, []),
]

# =============================================================================== evidence
# Fragments are compared after NFKC and whitespace removal (see self_check.py).
EVIDENCE = {
    'aq1_sakaide_2023': [
        {
            'segment': ('報告事項1ひきこもり地域支援センターの運営委託について', '諮問事項1医療費助成の資格情報連携'),
            'period': '令和5年9月1日から令和6年3月31日まで',
            'recurring': '令和6年度以降も継続して委託する予定',
            'media': [('paper', '紙(相談受付票、支援記録票)'),
                      ('contractor_pc', '受託者の事務所に設置する相談記録用パソコン'),
                      ('email', '受託者の相談予約用の電子メール')],
            'media_not': [('removable', 'USBメモリ等の外部記録媒体は使用しません')],
            'not_items': ['犯罪歴', '非行歴'],
            'ward': AQ1_M1_WARD, 'contractor': AQ1_M1_CONTR,
            'annex': ('特記事項を表示', '報告に対する主な意見等'), 'articles': 14, 'clauses': AQ1_M1_CLAUSES,
        },
        {
            'segment': ('諮問事項1医療費助成の資格情報連携', '会議資料個人情報保護審議会資料'),
            'period': '令和5年10月1日から令和6年3月31日まで(先行実施期間)',
            'recurring': None,
            'media': [('ward_system', '福祉医療システム(市の基幹系システム)'),
                      ('ward_system', '福祉医療課の職員用端末'),
                      ('external_system', '医療費助成資格情報連携サービスのクラウド環境(LGWAN-ASP)')],
            'media_not': [('paper', '運営事業者に紙媒体を渡すことはありません')],
            'not_items': ['病名', '診療の内容'],
            'ward': AQ1_M2_WARD, 'contractor': AQ1_M2_CONTR,
            'annex': None, 'articles': 0, 'clauses': [],
        },
    ],
    'aq2_anan_2020': [
        {
            'segment': ('別紙1諮問第5号', '別紙2諮問第6号'),
            'period': '令和2年12月1日から令和3年3月31日まで',
            'recurring': '令和3年度以降も同様に委託する予定',
            'media': [('paper', '紙(認定調査票、概況調査票)'),
                      ('ward_system', '市が貸与するタブレット端末(認定調査支援システム)')],
            'media_not': [('contractor_pc', '受託者の事務所のパソコンには、個人情報を保存させない')],
            'not_items': [],
            'ward': AQ2_M1_WARD, 'contractor': AQ2_M1_CONTR,
            'annex': ('別記個人情報取扱特記事項', '正誤表'), 'articles': 13, 'clauses': AQ2_M1_CLAUSES,
        },
        {
            'segment': ('別紙2諮問第6号', '別記個人情報取扱特記事項'),
            'period': '結合の開始日令和3年4月1日',
            'recurring': None,
            'media': [('external_system', '校務支援クラウドサービス「エデュリンク校務」(インターネットを経由して利用する外部のクラウドサービス)'),
                      ('ward_system', '各学校の校務用端末'),
                      ('paper', '出力帳票(紙)')],
            'media_not': [('removable', 'USBメモリ等の外部記録媒体へのデータの書出しは端末の設定により禁止')],
            'not_items': ['健康診断の受診日', '生徒指導に関する記録'],
            'errata': ('健康診断の受診日', '健康診断の結果'),
            'ward': AQ2_M2_WARD, 'contractor': AQ2_M2_CONTR,
            'annex': None, 'articles': 0, 'clauses': [],
        },
    ],
}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path), f'({len(matters)} matters)')


if __name__ == '__main__':
    main()
