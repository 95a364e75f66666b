#!/usr/bin/env python3
"""Writes gold/ap1_niihama_2022.json and gold/ap2_saijo_2021.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False).

The readings are kept here sentence by sentence (READINGS): every data item with the
text as written, every medium with the words it rests on, every safeguard sentence
with its category codes, every annex article with its codes.  The gold lists are
derived from them (codes once each, in order of first appearance).  self_check.py
imports READINGS and checks each of them against the raw documents.  Every reading
is explained in ../../NOTES-ap.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, '..', '..', 'gold'))


def I(item, raw, subject=None):
    return dict(item=item, raw=raw, subject=subject)


# ------------------------------------------------------------------------------ ap1 新居浜市
AP1_1 = dict(
    title='糖尿病性腎症重症化予防のための保健指導業務の委託について',
    municipality='新居浜市', matter_kind='consultation', procedure='outsourcing',
    legal_basis='第11条第1項', department='市民部', divisions=['国保年金課', '保健センター'],
    contractor_contains='ミナト・ヘルスラボ',
    period_start='2022-07-01', period_end='2023-03-31', recurring=False,
    fiscal_year=2022, council_session='令和4年度第2回',
    items=[
        I('被保険者証の記号番号', '①被保険者証の記号番号'),
        I('氏名', '②氏名'),
        I('フリガナ', '③フリガナ'),
        I('生年月日', '④生年月日'),
        I('性別', '⑤性別'),
        I('住所', '⑥住所'),
        I('電話番号', '⑦電話番号'),
        I('特定健康診査の受診日', '⑧特定健康診査の受診日'),
        I('特定健康診査の結果', '⑨特定健康診査の結果(HbA1c・eGFR・尿蛋白)'),
        I('服薬状況', '⑩服薬状況'),
        I('かかりつけ医療機関名', '⑪かかりつけ医療機関名'),
        I('指導プログラムの区分', '⑫指導プログラムの区分'),
        I('保健指導の実施日', '⑬保健指導の実施日'),
        I('食事・運動等の生活習慣', '⑭食事・運動等の生活習慣'),
    ],
    not_items=['個人番号'],
    sensitive=['特定健康診査の結果', '服薬状況', 'かかりつけ医療機関名'],
    media=[('paper', '■紙'), ('removable', '■USBメモリ'), ('contractor_pc', '■受託者のパソコン'),
           ('contractor_server', '■その他(指導記録サーバー(受託者のデータセンター内))')],
    not_media=['□電子メール', '□CD-R・DVD-R', '□市の端末(庁内システム)', '□外部のシステム'],
    ward=[
        ('契約書に別記「個人情報取扱特記事項」を添付し、条例の遵守を受託者に義務付ける', ['contract_terms']),
        ('対象者名簿は暗号化機能付きUSBメモリに格納し、職員が受託者の事業所へ持参して手渡す', ['encryption', 'transfer_control']),
        ('USBメモリのパスワードは、媒体を渡した日とは別の日に電話で受託者へ知らせる', ['password_separation']),
        ('受託者の事業所を年1回以上訪れ、名簿等の保管状況を実地に点検する', ['audit']),
        ('保健指導の実施件数及び個人情報の取扱状況について、毎月、書面による報告を受託者に求める', ['status_report']),
        ('受託者から返された指導記録(紙)は、保健センターの鍵付き書庫で保管する', ['locked_storage']),
    ],
    contractor=[
        ('業務に携わる保健師等を指名し、従事者名簿を契約締結後速やかに市へ提出させる', ['responsible_staff']),
        ('従事者には、業務開始前に個人情報の取扱いに関する研修を受講させる', ['training']),
        ('名簿及び指導記録の紙媒体は、使用する時以外は施錠した書庫に収納させる', ['locked_storage']),
        ('訪問の際に携行する書類は当日の訪問先の分に限らせ、それ以外は事業所から持ち出させない', ['takeout_limit']),
        ('指導記録サーバーとパソコンの間は閉域網で接続させ、インターネットには接続させない', ['network_protection']),
        ('パソコンの起動及びサーバーへのログインは、担当者ごとのID・パスワードで認証させる', ['access_auth']),
        ('ウイルス対策ソフトを導入させ、定義ファイルは自動更新とさせる', ['malware_protection']),
        ('サーバーへのアクセス記録を保存させ、月に1度、不審な操作がないか点検させる', ['logging']),
        ('個人情報の流出、紛失等が発生し、又はそのおそれがあるときは、直ちに市へ報告させる', ['incident_response']),
        ('業務完了後、USBメモリと名簿を返却させ、サーバー内のデータを消去して証明書を提出させる', ['return_erasure', 'erasure_proof']),
    ],
    clauses=[
        ('第1条', '基本的事項', ['general_duty']),
        ('第2条', '秘密の保持', ['confidentiality']),
        ('第3条', '目的外利用及び提供の禁止', ['purpose_limit']),
        ('第4条', '複写又は複製の禁止', ['copy_limit']),
        ('第5条', '再委託の禁止', ['subcontract_limit']),
        ('第6条', '持出しの禁止', ['takeout_limit']),
        ('第7条', '適正な管理', ['locked_storage']),
        ('第8条', '従事者の指定及び教育', ['responsible_staff', 'training']),
        ('第9条', '資料等の返還及び消去', ['return_erasure', 'erasure_proof']),
        ('第10条', '報告及び調査', ['status_report', 'audit']),
        ('第11条', '事故発生時の報告', ['incident_response']),
        ('第12条', '損害賠償', ['liability']),
    ],
)

AP1_2 = dict(
    title='介護認定審査会のペーパーレス化に伴う審査会支援システムとの外部結合について',
    municipality='新居浜市', matter_kind='report', procedure='external_link',
    legal_basis='第10条第2項', department='福祉部', divisions=['介護保険課'],
    contractor_contains='せとうちクラウドワークス',
    period_start='2022-10-01', period_end='2023-03-31', recurring=True,
    fiscal_year=2022, council_session='令和4年度第2回',
    items=[
        I('被保険者番号', '①被保険者番号'),
        I('年齢', '②年齢'),
        I('性別', '③性別'),
        I('申請区分', '④申請区分'),
        I('前回の要介護状態区分', '⑤前回の要介護状態区分'),
        I('一次判定結果', '⑥一次判定結果(推計の要介護度)'),
        I('障害高齢者の日常生活自立度', '⑦障害高齢者の日常生活自立度'),
        I('認定調査の実施日', '⑧認定調査の実施日'),
        I('認知症高齢者の日常生活自立度', '⑨認知症高齢者の日常生活自立度'),
        I('主治医意見書の記載内容', '⑩主治医意見書の記載内容'),
        I('現在の居住形態', '⑪現在の居住形態(在宅・施設)'),
    ],
    not_items=['氏名', '住所', '生年月日'],
    sensitive=['前回の要介護状態区分', '一次判定結果', '障害高齢者の日常生活自立度',
               '認知症高齢者の日常生活自立度', '主治医意見書の記載内容'],
    media=[('ward_system', '■市の端末(庁内システム)'), ('external_system', '■外部のシステム'),
           ('ward_system', '■その他(審査会委員用タブレット端末(市が貸与))')],
    not_media=['□紙', '□電子メール', '□USBメモリ', '□CD-R・DVD-R', '□受託者のパソコン'],
    ward=[
        ('審査会支援システムへはLGWAN-ASP経由でのみ接続し、インターネットからは接続できない構成とする', ['network_protection']),
        ('市とシステムの間で送受信する資料データは、すべて暗号化して通信する', ['encryption']),
        ('タブレット端末の起動には、委員ごとに割り当てたIDと顔認証による二要素認証を用いる', ['access_auth']),
        ('委員が閲覧できる資料は、所属する合議体の当日の審査分に限る設定とする', ['access_control']),
        ('審査会の終了後、端末に一時保存された資料は自動で消去されるよう設定する', ['return_erasure']),
        ('タブレット端末は会場から持ち出させず、閉会後は介護保険課の保管庫に施錠して保管する', ['takeout_limit', 'locked_storage']),
        ('委員の委嘱時に、端末の取扱方法と注意事項についての説明会を開く', ['training']),
    ],
    contractor=[
        ('システムを設置するデータセンターは、ISMS認証(ISO/IEC27001)を取得した施設とさせる', ['certification']),
        ('サーバー室への入室は生体認証で許可された者に限り、入退室の記録を保存させる', ['entry_control']),
        ('操作ログ及びアクセスログを1年間保存させ、不正なアクセスがないか定期的に確認させる', ['logging']),
        ('資料データは毎日バックアップを取得させ、別の拠点に保管させる', ['backup']),
        ('システム障害や情報漏えいが起きたときは、直ちに市へ連絡させ、市の指示に従って対処させる', ['incident_response']),
        ('保守作業を行う技術者を指名させ、その名簿を事前に市へ提出させる', ['responsible_staff']),
        ('契約終了時には、本市の資料データをサーバーから完全に削除させ、削除完了報告書を提出させる', ['return_erasure', 'erasure_proof']),
    ],
    clauses=[],
)

# ------------------------------------------------------------------------------ ap2 西条市
AP2_1 = dict(
    title='産前産後ヘルパー派遣事業に係る家事・育児支援業務の委託について',
    municipality='西条市', matter_kind='consultation', procedure='outsourcing',
    legal_basis='第12条第1項', department='こども健康部', divisions=['子育て支援課', '健康増進課'],
    contractor_contains='ひうちケアサポート',
    period_start='2021-12-01', period_end='2022-03-31', recurring=True,
    fiscal_year=2021, council_session='令和3年度第2回',
    items=[
        I('氏名', '氏名', '利用者'),
        I('生年月日', '生年月日', '利用者'),
        I('住所', '住所', '利用者'),
        I('電話番号', '電話番号', '利用者'),
        I('母子健康手帳の交付番号', '母子健康手帳の交付番号', '利用者'),
        I('出産予定日', '出産予定日', '利用者'),
        I('妊娠週数', '妊娠週数', '利用者'),
        I('産後の心身の状態', '産後の心身の状態', '利用者'),
        I('かかりつけの産科医療機関名', 'かかりつけの産科医療機関名', '利用者'),
        I('生活保護の受給状況', '生活保護の受給状況', '利用者'),
        I('利用料の減免区分', '利用料の減免区分', '利用者'),
        I('希望する支援の内容', '希望する支援の内容', '利用者'),
        I('氏名', '氏名', '乳児'),
        I('生年月日', '生年月日', '乳児'),
        I('氏名', '氏名', '同居家族'),
        I('続柄', '続柄', '同居家族'),
    ],
    not_items=['勤務先', '個人番号'],
    sensitive=['妊娠週数', '産後の心身の状態', 'かかりつけの産科医療機関名', '生活保護の受給状況'],
    media=[('paper', '紙(利用申請書の写し、派遣記録票)'), ('contractor_pc', '受託者の事務所のパソコン'),
           ('email', '電子メール(派遣決定通知書の送付)')],
    not_media=['USBメモリ'],
    ward=[
        ('委託契約書に下記の特記事項を付け、条例を守ることを契約上の義務とする', ['contract_terms']),
        ('派遣決定通知書をメールで送るときは、ファイルにパスワードを掛け、パスワードは後から別のメールで知らせる', ['encryption', 'password_separation']),
        ('メールを送る前に、宛先と添付ファイルを係員2名で読み合わせて確かめる', ['email_safety']),
        ('送信先は、受託者の業務専用アドレス1件に限る', ['email_safety']),
        ('年に1回以上、職員が受託者の事務所を訪れ、書類の保管状況を実地に確かめる', ['audit']),
    ],
    contractor=[
        ('個人情報の管理責任者を1名置かせ、派遣に従事するヘルパーの名簿とあわせて市に届け出させる', ['responsible_staff']),
        ('ヘルパーには、派遣を始める前に個人情報の扱い方についての研修を受けさせる', ['training']),
        ('ヘルパーには、利用者の家庭で見聞きしたことを口外しない旨の誓約書を出させ、退職した後も守らせる', ['confidentiality']),
        ('申請書の写し及び派遣記録票は、鍵の掛かるキャビネットに入れて保管させる', ['locked_storage']),
        ('派遣予定表を印刷したときは、プリンターに置いたままにせず、すぐに取り出させる', ['print_control']),
        ('パソコンは、職員ごとのIDとパスワードでログインする設定とさせる', ['access_auth']),
        ('パソコンにウイルス対策ソフトを入れ、定義ファイルとOSを最新の状態に保たせる', ['malware_protection']),
        ('情報の漏えい、紛失などが起きたときは、直ちに市へ連絡させ、後日、経過を文書で報告させる', ['incident_response']),
        ('契約が終わったときは、パソコンに残る利用者のデータを消去させ、消去した日と方法を記した報告書を出させる', ['return_erasure', 'erasure_proof']),
        ('紙の書類は市に返却させる', ['return_erasure']),
    ],
    clauses=[
        ('第1条', '基本事項', ['general_duty']),
        ('第2条', '秘密の保持', ['confidentiality']),
        ('第3条', '収集の制限', ['collection_limit']),
        ('第4条', '目的外利用等の禁止', ['purpose_limit']),
        ('第5条', '再委託の制限', ['subcontract_limit']),
        ('第6条', '複写・複製の禁止', ['copy_limit']),
        ('第7条', '持出しの禁止', ['takeout_limit']),
        ('第8条', '安全管理', ['locked_storage']),
        ('第9条', '従事者への周知', ['training']),
        ('第10条', '返還及び廃棄', ['return_erasure', 'erasure_proof']),
        ('第11条', '事故発生時の報告', ['incident_response']),
        ('第12条', '調査', ['audit']),
        ('第13条', '公表', ['publication']),
        ('第14条', '契約の解除', []),
        ('第15条', '損害賠償', ['liability']),
    ],
)

AP2_2 = dict(
    title='重度心身障害者医療費受給者証の作成及び送付業務の委託について',
    municipality='西条市', matter_kind='report', procedure='outsourcing',
    legal_basis='第12条第1項', department='福祉部', divisions=['障がい福祉課'],
    contractor_contains='東予データプリント',
    period_start='2022-01-11', period_end='2022-03-18', recurring=False,
    fiscal_year=2021, council_session='令和3年度第2回',
    items=[
        I('受給者番号', '受給者番号', '受給者'),
        I('氏名', '氏名(フリガナを含む。)', '受給者'),
        I('住所', '住所', '受給者'),
        I('生年月日', '生年月日', '受給者'),
        I('性別', '性別', '受給者'),
        I('保険者名', '保険者名', '受給者'),
        I('被保険者証の記号番号', '被保険者証の記号番号', '受給者'),
        I('身体障害者手帳の等級', '身体障害者手帳の等級', '受給者'),
        I('療育手帳の判定', '療育手帳の判定(A・B)', '受給者'),
        I('精神障害者保健福祉手帳の等級', '精神障害者保健福祉手帳の等級', '受給者'),
        I('所得区分', '所得区分', '受給者'),
        I('一部負担金の有無', '一部負担金の有無', '受給者'),
        I('送付先住所', '送付先住所(施設入所等により住所と異なる場合)', '受給者'),
    ],
    not_items=['主たる障害の病名', '広域連合の名称'],
    sensitive=['身体障害者手帳の等級', '療育手帳の判定', '精神障害者保健福祉手帳の等級'],
    media=[('paper', '紙(受給者証、送付用封筒)'), ('removable', 'DVD-R(暗号化したもの)'),
           ('contractor_server', '受託者の印刷管理サーバー')],
    not_media=['電子メールによるデータのやり取りは行わない'],
    ward=[
        ('委託契約書に個人情報取扱特記事項を添付する', ['contract_terms']),
        ('受給者データは暗号化してDVD-Rに書き込み、職員が受託者の作業所へ持参して手渡す。受け渡しの際は、授受簿に双方が署名する', ['encryption', 'transfer_control']),
        ('復号のためのパスワードは、DVD-Rとは別に、受託者の責任者へ電話で伝える', ['password_separation']),
        ('データを抽出する権限は、障がい福祉課医療助成係の職員2名にのみ付与する', ['access_control']),
    ],
    contractor=[
        ('作業に従事する者を指名させ、その名簿を作業開始前に提出させる', ['responsible_staff']),
        ('作業は、入退室をICカードで記録する専用の作業室で行わせる', ['entry_control']),
        ('印刷した枚数を作業日ごとに記録させ、封入した数と突き合わせさせる', ['print_control']),
        ('封入封緘は、宛名と中身を機械で照合しながら行わせる', []),
        ('印刷管理サーバーは、社外のネットワークから切り離した構成とさせる', ['network_protection']),
        ('サーバーへのログインは作業者ごとのIDとパスワードで行わせ、操作の履歴を残させる', ['access_auth', 'logging']),
        ('ウイルス対策ソフトのパターンファイルを毎日更新させる', ['malware_protection']),
        ('作業が終わったときは、DVD-Rを市へ返させ、サーバー内のデータを消去して、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
        ('誤送付、紛失等の事故が起きたときは、直ちに市へ報告させる', ['incident_response']),
    ],
    clauses=[],
)

READINGS = {
    'ap1_niihama_2022': [AP1_1, AP1_2],
    'ap2_saijo_2021': [AP2_1, AP2_2],
}


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def gold_matter(m):
    items = []
    for it in m['items']:
        d = {'item': it['item']}
        if it['subject']:
            d['subject'] = it['subject']
        items.append(d)
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
        'data_items': items,
        'sensitive_items': m['sensitive'],
        'media': uniq(cat for cat, _ in m['media']),
        'safeguards': {
            'ward': uniq(c for _, cs in m['ward'] for c in cs),
            'contractor': uniq(c for _, cs in m['contractor'] for c in cs),
        },
        'clauses': uniq(c for _, _, cs in m['clauses'] for c in cs),
    }


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in READINGS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.join(GOLD, stem + '.json'))


if __name__ == '__main__':
    main()
