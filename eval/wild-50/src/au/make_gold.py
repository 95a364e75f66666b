#!/usr/bin/env python3
"""Writes gold/au1_yawatahama_2020.json and gold/au2_yoshinogawa_2023.json in the form
and key order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False).

The readings are kept here as data, one row per source line, so that self_check.py can
hold every row against the raw document:
  items     (subject, item)         as in the item table (qualifiers dropped, JC3)
  media     (word, category)        the checked / ✓ media, word as it stands in the document
  measures  (actor, snippet, codes) every live safeguard line, in document order
  withdrawn (actor, snippet, codes) struck-out lines: NOT in the gold
  articles  (heading, codes)        every annex article, in order
The gold's safeguard and clause lists are the ordered unions of these codes.
Every reading is explained in ../../NOTES-au.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


def its(subject, names):
    return [(subject, n) for n in names.split('、')]


# ====================================================================== au1 八幡浜市
AU1_SESSION = '令和2年度第2回'
AU1 = [
    dict(
        title='国民健康保険特定健康診査の結果分析及び受診勧奨通知作成業務の委託について',
        municipality='八幡浜市', kind='consultation', procedure='outsourcing',
        legal_basis='第11条第2項', department='市民生活部', divisions=['保険年金課'],
        contractor='南予データヘルス研究所',
        start='2020-11-02', end='2021-03-31', recurring=True, fy=2020, session=AU1_SESSION,
        items=its(None, '被保険者記号番号、氏名、生年月日、性別、住所、電話番号、健診受診日、健診結果、'
                        '服薬状況、既往歴、階層化区分、前年度までの受診回数、勧奨通知の送付履歴'),
        sensitive=['健診結果', '服薬状況', '既往歴'],
        media=[('紙（受診勧奨通知', 'paper'),
               ('DVD-R（市から受託者', 'removable'),
               ('受託者の分析用サーバ', 'contractor_server')],
        todo_lines=['媒体の欄を担当課に見てもらう'],
        measures=[
            ('ward', '「個人情報取扱特記事項」を添付し', ['contract_terms']),
            ('ward', '暗号化してDVD-Rに書き込み、復号用のパスワードは', ['encryption', 'password_separation']),
            ('ward', 'DVD-Rの受渡しは保険年金課の職員が', ['transfer_control']),
            ('ward', 'データに触れる職員は国保係の3名に絞り', ['access_control']),
            ('ward', '受託者のデータセンターと作業場所を訪ね', ['audit']),
            ('ward', '物理的に破砕して処分する', ['return_erasure']),
            ('contractor', '責任者と作業担当者をあらかじめ指名させ', ['responsible_staff']),
            ('contractor', 'インターネットから切り離した閉じたネットワーク', ['network_protection']),
            ('contractor', 'ワンタイムパスワードによる認証', ['access_auth']),
            ('contractor', '操作とファイル閲覧の履歴を自動で保存させ', ['logging']),
            ('contractor', 'ウイルス対策ソフトの定義ファイルとOSのセキュリティ修正', ['malware_protection']),
            ('contractor', '出力した枚数をその日のうちに指示枚数と突き合わせさせる', ['print_control']),
            ('contractor', 'データの流出やDVD-Rの紛失に気付いたときは', ['incident_response']),
            ('contractor', '復元できない方法で抹消させ、抹消の日時と方法を記した証明書',
             ['return_erasure', 'erasure_proof']),
        ],
        withdrawn=[
            ('ward', '分析結果へのアクセス記録を毎月点検する', ['logging']),
            ('contractor', '外付けハードディスクへ退避させる', ['backup']),
        ],
        articles=[
            ('基本的事項', ['general_duty']),
            ('秘密の保持', ['confidentiality']),
            ('収集の制限', ['collection_limit']),
            ('目的外利用及び提供の禁止', ['purpose_limit']),
            ('複写及び複製の禁止', ['copy_limit']),
            ('再委託の禁止', ['subcontract_limit']),
            ('持出しの禁止', ['takeout_limit']),
            ('従事者の教育', ['training']),
            ('資料等の返還等', ['return_erasure']),
            ('調査', ['audit']),
            ('事故報告', ['incident_response']),
            ('損害賠償', ['liability']),
            ('契約の解除', []),
        ],
    ),
    dict(
        title='母子健康手帳アプリ「すくすくみかんノート」の導入に伴う外部結合について',
        municipality='八幡浜市', kind='report', procedure='external_link',
        legal_basis='第13条第3項', department='保健福祉部', divisions=['子育て支援課', '健康づくり課'],
        contractor='すくすくみかんノート',
        start='2020-10-01', end='2021-03-31', recurring=True, fy=2020, session=AU1_SESSION,
        items=its('妊婦', '氏名、生年月日、出産予定日、妊娠週数、妊婦健康診査の受診日、妊婦健康診査の結果')
        + its('子', '氏名、生年月日、性別、接種したワクチンの種類、接種日、次回の接種予定日、乳幼児健康診査の結果')
        + its('保護者', '氏名、アプリ利用者ID'),
        sensitive=['妊娠週数', '妊婦健康診査の結果', '接種したワクチンの種類', '乳幼児健康診査の結果'],
        media=[('市の健康管理システム', 'ward_system'),
               ('「すくすくみかんノート」のクラウドサーバ', 'external_system')],
        todo_lines=['結合テストの日程を事業者と調整'],
        measures=[
            ('ward', '「個人情報の取扱いに関する協定書」を交わし、市が送ったデータを本アプリのサービス提供以外に使わない',
             ['contract_terms', 'purpose_limit']),
            ('ward', '操作の権限は母子保健の担当職員にだけ与える', ['access_control']),
            ('ward', '職員ICカードと暗証番号で本人であることを確かめて', ['access_auth']),
            ('ward', '通信の経路上で暗号化する', ['encryption']),
            ('ward', 'ファイアウォールで通し', ['network_protection']),
            ('ward', '連携の実行結果と送信件数の記録を残し', ['logging']),
            ('ward', 'アプリの仕組みと個人情報の扱い方についての研修', ['training']),
            ('ward', '誤った送信や不正なアクセスが疑われるときは、直ちに連携を止め', ['incident_response']),
            ('contractor', '（ISMS）の認証を維持させ', ['certification']),
            ('contractor', '入館と入室を登録者に限らせ、その記録を残させる', ['entry_control']),
            ('contractor', '暗号化した状態で保管させる', ['encryption']),
            ('contractor', '運用と保守の責任者及び担当者を定めさせ、その名簿を市に提出させる', ['responsible_staff']),
            ('contractor', '侵入検知の仕組み（IDS）', ['network_protection']),
            ('contractor', 'バックアップを毎日取得させ', ['backup']),
            ('contractor', '取扱いの状況を、四半期ごとに書面で市に報告させる', ['status_report']),
            ('contractor', 'その利用者のデータを速やかに消去させる', ['return_erasure']),
        ],
        withdrawn=[
            ('ward', '鍵付きキャビネットで保管する', ['locked_storage']),
            ('contractor', '市の職員が年1回データセンターに立ち入って検査する', ['audit']),
        ],
        articles=[],
    ),
]

# ====================================================================== au2 吉野川市
AU2_SESSION = '令和5年度第1回'
AU2 = [
    dict(
        title='高齢者見守り配食サービス事業の委託について',
        municipality='吉野川市', kind='report', procedure='outsourcing',
        legal_basis='第8条第2項', department='健康福祉部', divisions=['長寿介護課', '地域包括支援センター'],
        contractor='あわ見守りキッチン',
        start='2023-04-01', end='2024-03-31', recurring=True, fy=2023, session=AU2_SESSION,
        items=its('利用者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、世帯状況、'
                            'かかりつけ医療機関名、配食を希望する曜日、生活保護の受給状況、利用者負担区分、安否確認の結果')
        + its('緊急連絡先', '氏名、続柄、電話番号'),
        sensitive=['要介護度', 'かかりつけ医療機関名', '生活保護の受給状況'],
        # where the gold departs from the sheet's 要配慮 ○ (see NOTES-au.md)
        mark_disagree={'介護保険被保険者番号': 'marked, not sensitive (identifier)',
                       '世帯状況': 'marked, not sensitive (family relations)',
                       '利用者負担区分': 'marked, not sensitive (administrative class)',
                       'かかりつけ医療機関名': 'unmarked, sensitive (spec example)'},
        media=[('紙', 'paper'), ('電子メール', 'email'), ('受託者のパソコン', 'contractor_pc')],
        measures=[
            ('ward', '個人情報取扱特記事項（市の標準様式）を添え', ['contract_terms']),
            ('ward', 'ファイルにパスワードを掛け、そのパスワードは電話で別に伝える', ['encryption', 'password_separation']),
            ('ward', '宛先のアドレスを課内の別の職員と読み合わせて確かめる', ['email_safety']),
            ('ward', '受託者の事業所を訪ね、名簿の保管の状況を点検する', ['audit']),
            ('ward', '配達員を対象に市が説明会を開き', ['training']),
            ('ward', '古い名簿を回収し、市で溶解処理する', ['return_erasure']),
            ('contractor', '管理責任者を1名置かせ、配達員を含む取扱者の名簿を市に届け出させる', ['responsible_staff']),
            ('contractor', '鍵の掛かる書庫に収めさせる', ['locked_storage']),
            ('contractor', '担当者ごとのIDとパスワードによるログイン', ['access_auth']),
            ('contractor', 'ウイルス対策ソフトは、常に最新の定義ファイルに保たせる', ['malware_protection']),
            ('contractor', '事業所で1つに決めた専用のアドレスからだけ行わせる', ['email_safety']),
            ('contractor', '事故が起きたときは、直ちに長寿介護課へ報告させる', ['incident_response']),
            ('contractor', '個人情報の取扱いについての研修を受講させる', ['training']),
            ('contractor', '名簿データを消去させ、消去した旨の報告書を提出させる', ['return_erasure', 'erasure_proof']),
        ],
        withdrawn=[],
        articles=[],
        period_cells=('2023/4/1', '2024/3/31'),
    ),
    dict(
        title='障害支援区分認定調査業務の委託について',
        municipality='吉野川市', kind='consultation', procedure='outsourcing',
        legal_basis='第8条第1項', department='健康福祉部', divisions=['障がい者支援課'],
        contractor='阿波ケアマネジメント協会',
        start='2023-06-01', end='2024-03-31', recurring=False, fy=2023, session=AU2_SESSION,
        items=its('調査対象者', '氏名、生年月日、性別、住所、電話番号、受給者証番号、障害者手帳の種類及び等級、'
                              '障害支援区分、疾病名、服薬状況、調査実施日、調査の実施場所、利用者負担上限月額')
        + its('介護者', '氏名、続柄、電話番号'),
        sensitive=['障害者手帳の種類及び等級', '障害支援区分', '疾病名', '服薬状況'],
        mark_disagree={'受給者証番号': 'marked, not sensitive (identifier)',
                       '利用者負担上限月額': 'marked, not sensitive (amount)',
                       '服薬状況': 'unmarked, sensitive (spec example)'},
        media=[('紙', 'paper'), ('USBメモリ等', 'removable'), ('市のシステム', 'ward_system')],
        measures=[
            ('ward', '暗号化機能を備えたUSBメモリに保存し、職員が受託者の事務所へ持参して担当責任者に直接手渡す',
             ['encryption', 'transfer_control']),
            ('ward', 'ロックを解除するパスワードは、媒体の受渡しとは別に、電話で', ['password_separation']),
            ('ward', '調査員ごとのIDと指紋認証', ['access_auth']),
            ('ward', '使える機能は、障害福祉システムの認定調査入力画面に限る', ['access_control']),
            ('ward', 'インターネットへは出られない構成とする', ['network_protection']),
            ('ward', '入力と閲覧の履歴を市のサーバに残し', ['logging']),
            ('ward', '別記の個人情報取扱特記事項を添付し', ['contract_terms']),
            ('contractor', '調査員と事務担当者をあらかじめ指名させ、その名簿を', ['responsible_staff']),
            ('contractor', '障害支援区分認定調査員研修を、従事する前に修了させる', ['training']),
            ('contractor', '鍵のかかる保管庫に収めさせる', ['locked_storage']),
            ('contractor', '調査票をコピーしたり、写真に撮ったりさせない', ['copy_limit']),
            ('contractor', 'ほかの事業者に請け負わせることは認めない', ['subcontract_limit']),
            ('contractor', '事故が起きたときは、すぐに障がい者支援課へ連絡させ', ['incident_response']),
            ('contractor', '調査の進み具合と調査票の保管の状況を、毎月書面で報告させる', ['status_report']),
            ('contractor', 'USBメモリ及びタブレット端末をすべて市へ返させる', ['return_erasure']),
        ],
        withdrawn=[],
        articles=[
            ('基本的事項', ['general_duty']),
            ('秘密の保持', ['confidentiality']),
            ('安全管理', ['locked_storage']),
            ('収集の制限', ['collection_limit']),
            ('利用及び提供の制限', ['purpose_limit']),
            ('複写等の禁止', ['copy_limit']),
            ('再委託の禁止', ['subcontract_limit']),
            ('持出しの禁止', ['takeout_limit']),
            ('責任者等の届出', ['responsible_staff']),
            ('従事者への教育', ['training']),
            ('事故発生時の報告', ['incident_response']),
            ('資料等の返還及び廃棄', ['return_erasure', 'erasure_proof']),
            ('報告及び調査', ['status_report', 'audit']),
            ('損害賠償', ['liability']),
            ('違反の公表', ['publication']),
        ],
        period_cells=('2023/6/1', '2024/3/31'),
    ),
]

DOCS = {'au1_yawatahama_2020': AU1, 'au2_yoshinogawa_2023': AU2}


def union(lists):
    out = []
    for codes in lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def gold_matter(m):
    items = []
    for subject, name in m['items']:
        d = {'item': name}
        if subject:
            d['subject'] = subject
        items.append(d)
    return {
        'title': m['title'],
        'municipality': m['municipality'],
        'matter_kind': m['kind'],
        'procedure': m['procedure'],
        'legal_basis': m['legal_basis'],
        'department': m['department'],
        'divisions': m['divisions'],
        'contractor_contains': m['contractor'],
        'period_start': m['start'],
        'period_end': m['end'],
        'recurring': m['recurring'],
        'fiscal_year': m['fy'],
        'council_session': m['session'],
        'data_items': items,
        'sensitive_items': m['sensitive'],
        'media': [c for c in union([[cat] for _, cat in m['media']])],
        'safeguards': {
            'ward': union(codes for a, _, codes in m['measures'] if a == 'ward'),
            'contractor': union(codes for a, _, codes in m['measures'] if a == 'contractor'),
        },
        'clauses': union(codes for _, codes in m['articles']),
    }


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote gold/' + stem + '.json', len(matters), 'matters')


if __name__ == '__main__':
    main()
