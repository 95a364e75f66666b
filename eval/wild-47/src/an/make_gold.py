#!/usr/bin/env python3
"""Writes gold/an1_kanoya_2021.json and gold/an2_omuta_2022.json in the form and key order
of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).

The gold values are derived from SPEC below, which also keeps the evidence self_check.py
tests against the raw documents: every safeguard sentence (actor, a substring of it as it
stands in the document, its categories), every annex article (its number, heading and
categories), the raw form of every data item, the medium words, the raw period, session
and legal-basis strings.  Category lists are in order of first appearance, each once.
Every reading is explained in ../../NOTES-an.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'gold')


def I(raw, item, subject=None, sensitive=False):
    return {'raw': raw, 'item': item, 'subject': subject, 'sensitive': sensitive}


SPEC = {
    # ================================================================ an1 鹿屋市 (kintone)
    'an1_kanoya_2021': [
        {
            'title': '介護保険の要介護認定等に係る訪問調査業務の委託について',
            'municipality': '鹿屋市',
            'matter_kind': 'report',
            'procedure': 'outsourcing',
            'legal_basis': '第12条第1項',
            'department': '保健福祉部',
            'divisions': ['介護保険課', '東部地域包括支援センター', '西部地域包括支援センター'],
            'contractor_contains': 'おおすみ介護支援専門員協議会',
            'period_start': '2021-10-01',
            'period_end': '2022-03-31',
            'recurring': True,
            'fiscal_year': 2021,
            'council_session': '令和3年度第2回',
            'ev': {
                'region': ('受付番号R3-報-05', '受付番号R3-諮-03'),
                'kind_word': '報告',
                'legal_raw': '鹿屋市個人情報保護条例第12条第1項',
                'division_raw': '介護保険課、東部・西部地域包括支援センター',
                'period_raw': ['2021-10-01', '2022-03-31'],
                'recurring_raw': '令和4年度以降も同様の方法で委託を継続する予定',
                'session_raw': '令和3年度第2回',
                'ward_heading': ('市が講ずる保護措置', '受託者に講じさせる保護措置'),
                'contr_heading': ('受託者に講じさせる保護措置', '特記事項'),
                'annex': ('個人情報取扱特記事項', '※令和3年4月1日改正', 'arabic'),
            },
            'items': [
                I('被保険者番号', '被保険者番号'),
                I('氏名', '氏名'),
                I('生年月日', '生年月日'),
                I('性別', '性別'),
                I('住所', '住所'),
                I('電話番号', '電話番号'),
                I('申請区分（更新・区分変更の別）', '申請区分'),
                I('要介護状態区分（前回認定結果）', '要介護状態区分', sensitive=True),
                I('特定疾病の名称', '特定疾病の名称', sensitive=True),
                I('主治医の医療機関名', '主治医の医療機関名', sensitive=True),
                I('心身の状況（認定調査票の基本調査・特記事項）', '心身の状況', sensitive=True),
                I('認知症高齢者の日常生活自立度', '認知症高齢者の日常生活自立度', sensitive=True),
                I('生活保護の受給の有無', '生活保護の受給の有無', sensitive=True),
                I('利用者負担割合', '利用者負担割合'),
                I('調査実施場所', '調査実施場所'),
                I('調査予定日', '調査予定日'),
                I('立会者の氏名', '氏名', '立会者'),
                I('立会者の続柄', '続柄', '立会者'),
                I('立会者の電話番号', '電話番号', '立会者'),
            ],
            'media': [('紙', 'paper'), ('市のシステム・端末', 'ward_system')],
            'media_ruled_out': ['受託者のパソコン', 'USBメモリ', '電子メール'],
            'safeguards': [
                ('ward', '委託契約書に「個人情報取扱特記事項」を添付し', ['contract_terms']),
                ('ward', '件数と日付を受渡記録簿に記入して双方で確認する', ['transfer_control']),
                ('ward', '職員が受託者の事務所を訪れ、調査票の保管状況を実地に点検する', ['audit']),
                ('ward', '調査員ごとに発行したIDとパスワードを入力しなければ起動しない', ['access_auth']),
                ('ward', 'すべて暗号化された状態で保存されるようにする', ['encryption']),
                ('ward', '端末から参照できる情報は、その調査員に割り当てた調査対象者の分に限る', ['access_control']),
                ('contractor', '個人情報の管理責任者と調査に従事する者の名簿を', ['responsible_staff']),
                ('contractor', '市が実施する個人情報保護研修を受講させる', ['training']),
                ('contractor', '施錠できる書庫に収め、業務時間外は必ず鍵を掛けさせる', ['locked_storage']),
                ('contractor', '事務所から持ち出す調査票は訪問調査の当日分に限らせ', ['takeout_limit']),
                ('contractor', '調査で知り得た情報を認定調査以外の目的に使わせず、第三者にも提供させない', ['purpose_limit']),
                ('contractor', '直ちに介護保険課へ電話で一報させ、その後、経過を書面で報告させる', ['incident_response']),
                ('contractor', '翌週までにまとめて市に返却させ、その写しを手元に残させない', ['return_erasure', 'copy_limit']),
            ],
            'clauses': [
                ('第1条', '基本的事項', ['general_duty']),
                ('第2条', '秘密の保持', ['confidentiality']),
                ('第3条', '目的外利用等の禁止', ['purpose_limit']),
                ('第4条', '再委託の禁止', ['subcontract_limit']),
                ('第5条', '複写等の禁止', ['copy_limit']),
                ('第6条', '持出しの禁止', ['takeout_limit']),
                ('第7条', '適正な保管', ['locked_storage']),
                ('第8条', '管理責任者等の届出', ['responsible_staff']),
                ('第9条', '従事者への周知', ['training']),
                ('第10条', '資料等の返還', ['return_erasure']),
                ('第11条', '調査及び報告', ['audit', 'status_report']),
                ('第12条', '事故時の措置', ['incident_response']),
                ('第13条', '損害の賠償', ['liability']),
            ],
        },
        {
            'title': '学校保健クラウドサービスとの外部結合による児童生徒の健康情報の管理について',
            'municipality': '鹿屋市',
            'matter_kind': 'consultation',
            'procedure': 'external_link',
            'legal_basis': '第14条第2項',
            'department': '教育委員会事務局',
            'divisions': ['学校教育課'],
            'contractor_contains': 'スクールヘルスノート',
            'period_start': '2022-01-11',
            'period_end': '2027-03-31',
            'recurring': False,
            'fiscal_year': 2021,
            'council_session': '令和3年度第3回',
            'ev': {
                'region': ('受付番号R3-諮-03', None),
                'kind_word': '諮問',
                'legal_raw': '鹿屋市個人情報保護条例第１４条第２項',
                'division_raw': '学校教育課',
                'period_raw': ['2022-01-11', '2027-03-31'],
                'recurring_raw': '該当しない',
                'session_raw': '令和3年度第3回',
                'ward_heading': ('市が講ずる保護措置', '受託者・結合先に講じさせる保護措置'),
                'contr_heading': ('受託者・結合先に講じさせる保護措置', '特記事項'),
                'annex': None,
            },
            'items': [
                I('氏名', '氏名'),
                I('性別', '性別'),
                I('生年月日', '生年月日'),
                I('学校名', '学校名'),
                I('学年', '学年'),
                I('学級', '学級'),
                I('出席番号', '出席番号'),
                I('健康診断の結果（身長、体重、視力、聴力、歯・口腔等）', '健康診断の結果', sensitive=True),
                I('心臓検診の結果', '心臓検診の結果', sensitive=True),
                I('既往歴', '既往歴', sensitive=True),
                I('アレルギー疾患の有無', 'アレルギー疾患の有無', sensitive=True),
                I('健康診断の実施日', '健康診断の実施日'),
                I('保健室来室日', '保健室来室日'),
                I('要保護・準要保護の別', '要保護・準要保護の別', sensitive=True),
                I('保護者の氏名', '氏名', '保護者'),
                I('保護者の電話番号（緊急連絡先）', '電話番号', '保護者'),
            ],
            'media': [('紙', 'paper'), ('市のシステム・端末', 'ward_system'),
                      ('外部のシステム・クラウドサービス', 'external_system')],
            'media_ruled_out': ['USBメモリ'],
            'safeguards': [
                ('ward', 'サービスに接続できる端末は、各学校の校務系ネットワークにつながる校務用端末に限定する', ['access_control']),
                ('ward', 'ワンタイムパスワードによる二要素の認証を求める', ['access_auth']),
                ('ward', '学級担任は受け持つ学級の児童生徒の情報だけを閲覧できるようにする', ['access_control']),
                ('ward', 'サービスに残る操作履歴を学期ごとに取り寄せ', ['logging']),
                ('ward', '健康情報の取扱いに関する校内研修を行う', ['training']),
                ('ward', '教育委員会の間の緊急連絡網を整えておく', ['incident_response']),
                ('ward', '鹿屋市情報セキュリティポリシーを守る義務を明記する', ['contract_terms']),
                ('contractor', '情報セキュリティマネジメントシステム（ISMS）の認証を取得し', ['certification']),
                ('contractor', 'データセンターの入館は事前に登録された者に限らせ、入退室の記録を保存させる', ['entry_control']),
                ('contractor', '保存データ及び通信経路を、いずれも暗号化させる', ['encryption']),
                ('contractor', '不正アクセスを検知して遮断する装置を設け', ['network_protection']),
                ('contractor', '毎日バックアップを取得し', ['backup']),
                ('contractor', 'セキュリティ更新プログラムを適用させる', ['malware_protection']),
                ('contractor', '復元できない方法で消去させ、消去を証明する書面を提出させる', ['return_erasure', 'erasure_proof']),
            ],
            'clauses': [],
        },
    ],
    # ================================================================ an2 大牟田市 (vertical PDF)
    'an2_omuta_2022': [
        {
            'title': '高齢者の保健事業と介護予防の一体的実施に係る訪問支援業務の委託について',
            'municipality': '大牟田市',
            'matter_kind': 'consultation',
            'procedure': 'outsourcing',
            'legal_basis': '第13条第2項',
            'department': '市民部',
            'divisions': ['保険年金課'],
            'contractor_contains': 'みいけ訪問看護協議会',
            'period_start': '2022-07-01',
            'period_end': '2023-03-31',
            'recurring': True,
            'fiscal_year': 2022,
            'council_session': '令和4年度第2回',
            'ev': {
                'region': ('一件名高齢者の保健事業', '一件名認知症高齢者等'),
                'kind_word': '諮問第三号',
                'legal_raw': '大牟田市個人情報保護条例第十三条第二項',
                'division_raw': '市民部保険年金課',
                'period_raw': ['令和四年七月一日から令和五年三月三十一日まで'],
                'recurring_raw': '令和五年度以降も同様の内容で委託を継続する予定',
                'session_raw': '令和四年度第二回',
                'ward_heading': ('十市が講ずる保護措置', '十一受託者に講じさせる保護措置'),
                'contr_heading': ('十一受託者に講じさせる保護措置', None),
                'annex': ('別記（諮問第三号関係）', None, 'kanji'),
            },
            'items': [
                I('後期高齢者医療被保険者番号', '後期高齢者医療被保険者番号', '対象者'),
                I('氏名', '氏名', '対象者'),
                I('生年月日', '生年月日', '対象者'),
                I('性別', '性別', '対象者'),
                I('住所', '住所', '対象者'),
                I('電話番号', '電話番号', '対象者'),
                I('健康診査の受診日', '健康診査の受診日', '対象者'),
                I('健康診査の結果', '健康診査の結果', '対象者', True),
                I('傷病名（診療報酬明細書に記載されたもの）', '傷病名', '対象者', True),
                I('服薬の状況', '服薬の状況', '対象者', True),
                I('要介護認定の有無', '要介護認定の有無', '対象者', True),
                I('一部負担金の割合', '一部負担金の割合', '対象者'),
                I('支援区分（ハイリスク・ポピュレーションの別）', '支援区分', '対象者'),
                I('訪問予定日', '訪問予定日', '対象者'),
                I('同居家族の氏名及び続柄', '氏名', '同居家族'),
                I('同居家族の氏名及び続柄', '続柄', '同居家族'),
            ],
            'media': [('紙（対象者名簿及び訪問記録票）', 'paper'),
                      ('受託者の事務所に設置する業務専用のパソコン', 'contractor_pc')],
            'media_ruled_out': ['市の健康管理システムへの接続', 'ＵＳＢメモリその他の外部記録媒体の使用', '電子メールによるデータの送受信'],
            'safeguards': [
                ('ward', '委託契約書に別記の個人情報取扱特記事項を添付し', ['contract_terms']),
                ('ward', '管理責任者に直接手渡し、受領書を徴する', ['transfer_control']),
                ('ward', '受託者が定める訪問の手順書を業務の開始前に提出させ', ['work_procedure']),
                ('ward', '委託期間中に二回、受託者の事務所に立ち入り', ['audit']),
                ('ward', '毎月一回、受託者から書面で報告を受ける', ['status_report']),
                ('contractor', '個人情報を取り扱う者を訪問を担当する看護職二名及び事務職員一名に限り、その氏名を記した名簿を市に提出させる', ['responsible_staff', 'access_control']),
                ('contractor', '個人情報の保護に関する研修を受けさせる', ['training']),
                ('contractor', '鍵の掛かる書庫に収めさせる', ['locked_storage']),
                ('contractor', '携行する訪問記録票は当日訪問する者の分に限らせ', ['takeout_limit']),
                ('contractor', '専用のパソコンはインターネットに接続させず、起動の際にはＩＤ及びパスワードの入力を要する設定とさせる', ['network_protection', 'access_auth']),
                ('contractor', 'ウイルス対策ソフトを導入させ、定義ファイルを常に最新の状態に保たせる', ['malware_protection']),
                ('contractor', '直ちに市へ報告させ、市の指示に従って対応させる', ['incident_response']),
                ('contractor', 'パソコンに残るデータを消去させ、消去したことを証する書面を提出させる', ['return_erasure', 'erasure_proof']),
            ],
            'clauses': [
                ('第一条', '基本的事項', ['general_duty']),
                ('第二条', '秘密の保持', ['confidentiality']),
                ('第三条', '収集の制限', ['collection_limit']),
                ('第四条', '目的外利用及び提供の禁止', ['purpose_limit']),
                ('第五条', '再委託の禁止', ['subcontract_limit']),
                ('第六条', '複写又は複製の禁止', ['copy_limit']),
                ('第七条', '持出しの制限', ['takeout_limit']),
                ('第八条', '安全管理', ['locked_storage']),
                ('第九条', '従事者の教育', ['training']),
                ('第十条', '取扱状況の報告', ['status_report']),
                ('第十一条', '検査', ['audit']),
                ('第十二条', '事故の報告', ['incident_response']),
                ('第十三条', '資料等の返還及び消去', ['return_erasure', 'erasure_proof']),
                ('第十四条', '契約の解除及び損害賠償', ['liability']),
                ('第十五条', '違反の公表', ['publication']),
            ],
        },
        {
            'title': '認知症高齢者等の行方不明時における捜索協力のための見守り情報共有システムとの回線結合について',
            'municipality': '大牟田市',
            'matter_kind': 'consultation',
            'procedure': 'external_link',
            'legal_basis': '第11条第2項',
            'department': '保健福祉部',
            'divisions': ['長寿社会推進課'],
            'contractor_contains': 'みまもりリレー',
            'period_start': '2022-10-03',
            'period_end': '2027-03-31',
            'recurring': False,
            'fiscal_year': 2022,
            'council_session': '令和4年度第2回',
            'ev': {
                'region': ('一件名認知症高齢者等', '別記（諮問第三号関係）'),
                'kind_word': '諮問第四号',
                'legal_raw': '大牟田市個人情報保護条例第十一条第二項',
                'division_raw': '保健福祉部長寿社会推進課',
                'period_raw': ['令和四年十月三日から令和九年三月三十一日まで'],
                'recurring_raw': None,
                'session_raw': '令和四年度第二回',
                'ward_heading': ('十市が講ずる保護措置', '十一結合先事業者に講じさせる保護措置'),
                'contr_heading': ('十一結合先事業者に講じさせる保護措置', None),
                'annex': None,
            },
            'items': [
                I('氏名', '氏名', '登録者'),
                I('ふりがな', 'ふりがな', '登録者'),
                I('性別', '性別', '登録者'),
                I('生年月日', '生年月日', '登録者'),
                I('住所', '住所', '登録者'),
                I('身長', '身長', '登録者'),
                I('体格', '体格', '登録者'),
                I('顔写真', '顔写真', '登録者'),
                I('認知症の症状', '認知症の症状', '登録者', True),
                I('要介護度', '要介護度', '登録者', True),
                I('かかりつけ医療機関名', 'かかりつけ医療機関名', '登録者', True),
                I('よく出かける場所', 'よく出かける場所', '登録者'),
                I('行方不明時の服装', '行方不明時の服装', '登録者'),
                I('氏名', '氏名', '家族等'),
                I('登録者との続柄', '登録者との続柄', '家族等'),
                I('電話番号', '電話番号', '家族等'),
                I('メールアドレス', 'メールアドレス', '家族等'),
            ],
            'media': [('結合先のシステム（結合先事業者が契約するクラウドサービス上に構築されたもの）', 'external_system'),
                      ('長寿社会推進課に設置する専用端末', 'ward_system'),
                      ('登録申込書（紙）', 'paper')],
            'media_ruled_out': ['電子メール、ファクシミリ及びＵＳＢメモリ等の外部記録媒体は用いない'],
            'safeguards': [
                ('ward', '盗難防止用のワイヤーで机に固定する', ['device_lock']),
                ('ward', 'システムを操作できる職員は、課長が指名した四名に限る', ['access_control']),
                ('ward', '専用端末に導入した電子証明書による認証を要することとする', ['access_auth']),
                ('ward', '結合先との間の通信は、全て暗号化する', ['encryption']),
                ('ward', '登録申込書は、鍵の掛かるキャビネットに保管する', ['locked_storage']),
                ('ward', '結合先事業者との利用契約において、登録された情報を見守り及び捜索協力以外の目的に利用しないこと並びに第三者に提供しないことを定める', ['contract_terms', 'purpose_limit']),
                ('contractor', '個人情報の管理責任者を選任させ、市に書面で届け出させる', ['responsible_staff']),
                ('contractor', 'プライバシーマークの付与を受け', ['certification']),
                ('contractor', 'ファイアウォールを設置させ、外部からの不正な通信を常時監視させる', ['network_protection']),
                ('contractor', '登録情報のバックアップを毎日取得させる', ['backup']),
                ('contractor', '情報セキュリティに関する教育を行わせる', ['training']),
                ('contractor', '障害又は情報の漏えいが生じたときは、直ちに市へ連絡させ', ['incident_response']),
                ('contractor', '市の登録情報を全て消去させ、その結果を書面で報告させる', ['return_erasure', 'erasure_proof']),
            ],
            'clauses': [],
        },
    ],
}

KEYS = ['title', 'municipality', 'matter_kind', 'procedure', 'legal_basis', 'department', 'divisions',
        'contractor_contains', 'period_start', 'period_end', 'recurring', 'fiscal_year', 'council_session']


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def gold_matter(m):
    g = {k: m[k] for k in KEYS}
    items = []
    for it in m['items']:
        d = {'item': it['item']}
        if it['subject']:
            d['subject'] = it['subject']
        items.append(d)
    g['data_items'] = items
    g['sensitive_items'] = uniq(it['item'] for it in m['items'] if it['sensitive'])
    g['media'] = uniq(c for _, c in m['media'])
    g['safeguards'] = {
        'ward': uniq(c for a, _, cs in m['safeguards'] if a == 'ward' for c in cs),
        'contractor': uniq(c for a, _, cs in m['safeguards'] if a == 'contractor' for c in cs),
    }
    g['clauses'] = uniq(c for _, _, cs in m['clauses'] for c in cs)
    return g


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in SPEC.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote gold/' + stem + '.json', len(matters), 'matters')


if __name__ == '__main__':
    main()
