#!/usr/bin/env python3
"""Writes gold/ak1_beppu_2021.json and gold/ak2_sakata_2024.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False).

The safeguard and clause lists are derived from the sentence-level readings below
(ANNOT): one entry per measure sentence / annex article, in document order, with the
taxonomy codes it gets.  The gold lists each actor's codes once, in order of first
appearance.  self_check.py re-reads the raw documents and checks these readings
against them (count, order, actor block).  Every reading is explained in
../../NOTES-ak.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')


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


def union(seq):
    out = []
    for codes in seq:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


# ---------------------------------------------------------------- sentence readings
# (actor, distinctive substring of the sentence as written, [codes])
ANNOT = {}
CLAUSES = {}

ANNOT[('ak1_beppu_2021', 1)] = [
    ('ward', '受託者が本市の個人情報保護条例に従う義務を負うことを明文で定める', ['contract_terms']),
    ('ward', '枚数を書き込んだ引渡票に双方の担当者が署名して', ['transfer_control']),
    ('ward', '市が指定する方式で暗号化させることとし、暗号化に用いるパスワードは市が定めて、媒体の受渡しとは別の機会に電話で',
     ['encryption', 'password_separation']),
    ('ward', '受託者の作業場所に赴き、受診票の保管や入力作業の実情をその場で検分する', ['audit']),
    ('ward', '子育て支援課の鍵が掛かる書庫に収め', ['locked_storage']),
    ('ward', '課長が指名した職員二名に限って使えるよう権限を設定する', ['access_control']),
    ('contractor', '管理責任者を置かせ、従事する社員の氏名を記した一覧を', ['responsible_staff']),
    ('contractor', '作業時間外には耐火金庫に納めさせ', ['locked_storage']),
    ('contractor', '届け出た従事者以外の者を立ち入らせず、出入りした日時と氏名を記帳させる', ['entry_control']),
    ('contractor', '社内ＬＡＮからもインターネットからも切り離した単独の端末とさせる', ['network_protection']),
    ('contractor', '割り当てたＩＤとパスワードで本人であることを確かめさせる', ['access_auth']),
    ('contractor', 'ウイルス対策ソフトを入れさせ、定義ファイルは毎日自動で新しくさせる', ['malware_protection']),
    ('contractor', '操作記録（ログ）を保存させ', ['logging']),
    ('contractor', '受診票の紛失や情報の流出が起きたとき', ['incident_response']),
    ('contractor', '個人情報の扱い方に関する社内講習を受けさせる', ['training']),
    ('contractor', '復元できない方法で消し去らせ、消去を済ませた旨を記した証明書を市へ提出させる',
     ['return_erasure', 'erasure_proof']),
]
CLAUSES[('ak1_beppu_2021', 1)] = [
    ('（基本的事項）', ['general_duty']),
    ('（秘密の保持）', ['confidentiality']),
    ('（収集の制限）', ['collection_limit']),
    ('（目的外利用及び提供の禁止）', ['purpose_limit']),
    ('（再委託の禁止）', ['subcontract_limit']),
    ('（複写及び複製の禁止）', ['copy_limit']),
    ('（持出しの禁止）', ['takeout_limit']),
    ('（適正な保管）', ['locked_storage']),
    ('（資料等の返還等）', ['return_erasure']),
    ('（消去の証明）', ['erasure_proof']),
    ('（従事者の教育）', ['training']),
    ('（調査及び報告）', ['audit', 'status_report']),
    ('（事故発生時の報告）', ['incident_response']),
    ('（損害賠償）', ['liability']),
]

ANNOT[('ak1_beppu_2021', 2)] = [
    ('ward', '登録のない職員には利用の権限を与えない', ['access_control']),
    ('ward', 'ＩＤとワンタイムパスワードによる二段階の認証を求める', ['access_auth']),
    ('ward', '総合行政ネットワークで結び、インターネットを経由した接続は行わない', ['network_protection']),
    ('ward', 'ＴＬＳにより暗号化する', ['encryption']),
    ('ward', '操作履歴を危機管理課で確認し、不審な操作がないか点検する', ['logging']),
    ('ward', '出力した日時と部数を出力管理簿に書き入れ、使い終えた写しは回収してシュレッダーで細断する',
     ['print_control', 'return_erasure']),
    ('ward', '危機管理課の鍵付きキャビネットにしまう', ['locked_storage']),
    ('ward', '取扱いの注意点を確かめる研修を年に一度開く', ['training']),
    ('contractor', 'サーバ室には登録された者だけが入れるようにして、入退室の記録を保存させる', ['entry_control']),
    ('contractor', '（ＩＳＭＳ）の認証を、契約期間を通じて維持させる', ['certification']),
    ('contractor', 'バックアップを毎日取得させ', ['backup']),
    ('contractor', 'ファイアウォールと不正侵入検知装置を設けさせ', ['network_protection']),
    ('contractor', '修正プログラムを遅滞なく当てさせ、ウイルス対策ソフトを常駐させる', ['malware_protection']),
    ('contractor', '運用・保守に携わる技術者を特定させ、その名簿を市へ提出させる', ['responsible_staff']),
    ('contractor', '障害や情報漏えいが発生し', ['incident_response']),
    ('contractor', '名簿データを完全に消去させ、消去を証明する書類を提出させる', ['return_erasure', 'erasure_proof']),
]
CLAUSES[('ak1_beppu_2021', 2)] = []

ANNOT[('ak2_sakata_2024', 1)] = [
    ('ward', '委託契約書に個人情報取扱特記事項を添え', ['contract_terms']),
    ('ward', 'CD-Rは暗号化し、復号のためのパスワードは後日、別便の書面で', ['encryption', 'password_separation']),
    ('ward', '職員と受託者の責任者が対面で行い、受領書を取り交わす', ['transfer_control']),
    ('ward', '受託者の事業所に出向き、名簿の保管や配達記録の管理の状況を実地に確かめる', ['audit']),
    ('ward', '個人情報の取扱状況を書面で提出させ', ['status_report']),
    ('contractor', '個人情報管理責任者と、調理・配達に当たる従事者を定めさせ', ['responsible_staff']),
    ('contractor', '個人情報保護に関する研修を受けさせる', ['training']),
    ('contractor', '業務上知った秘密を漏らさない旨の誓約書を取らせる', ['confidentiality']),
    ('contractor', '配達表を事業所の外に持ち出すのは配達の間に限らせ', ['takeout_limit']),
    ('contractor', '施錠できる書庫にしまわせる', ['locked_storage']),
    ('contractor', 'インターネットにはつながせない', ['network_protection']),
    ('contractor', '利用者ごとにIDとパスワードを設定させ', ['access_auth']),
    ('contractor', 'ウイルス対策ソフトの定義ファイルが自動で更新される', ['malware_protection']),
    ('contractor', '事故が起きたときは、直ちに長寿支援課に連絡させ', ['incident_response']),
    ('contractor', 'CD-Rを市に返させ、パソコン内のデータを消去させたうえで、消去の報告書を提出させる',
     ['return_erasure', 'erasure_proof']),
]
CLAUSES[('ak2_sakata_2024', 1)] = [
    ('（基本原則）', ['general_duty']),
    ('（秘密の保持）', ['confidentiality']),
    ('（目的外利用等の禁止）', ['purpose_limit']),
    ('（再委託の制限）', ['subcontract_limit']),
    ('（複写等の禁止）', ['copy_limit']),
    ('（持出しの制限）', ['takeout_limit']),
    ('（安全管理）', ['locked_storage']),
    ('（責任者等の届出）', ['responsible_staff']),
    ('（従事者の教育）', ['training']),
    ('（報告及び検査）', ['status_report', 'audit']),
    ('（事故発生時の措置）', ['incident_response']),
    ('（返還及び廃棄）', ['return_erasure', 'erasure_proof']),
    ('（違反の公表）', ['publication']),
    ('（損害賠償）', ['liability']),
]

ANNOT[('ak2_sakata_2024', 2)] = [
    ('ward', 'LGWAN接続系に限り、インターネットを経由させない', ['network_protection']),
    ('ward', '担当者に絞り、アカウントごとに操作できる範囲を設定する', ['access_control']),
    ('ward', '静脈認証とパスワードを組み合わせて行う', ['access_auth']),
    ('ward', 'TLS1.3で暗号化する', ['encryption']),
    ('ward', 'アクセス記録を四半期ごとに取り寄せ', ['logging']),
    ('ward', '運用手順書を定め、担当職員に周知する', ['work_procedure', 'training']),
    ('contractor', 'データセンターへの入退館を本人確認のうえ記録させる', ['entry_control']),
    ('contractor', 'ISO/IEC 27001（ISMS）及びISO/IEC 27017の認証を維持させる', ['certification']),
    ('contractor', '毎日バックアップを取らせ', ['backup']),
    ('contractor', 'ファイアウォールと侵入検知システムを設け', ['network_protection']),
    ('contractor', '修正プログラムを速やかに適用させ、ウイルス対策を講じさせる', ['malware_protection']),
    ('contractor', '運用保守の担当者を限定させ、その一覧を市に届け出させる', ['responsible_staff']),
    ('contractor', '障害や情報漏えいが起きたときは', ['incident_response']),
    ('contractor', '台帳データを消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
]
CLAUSES[('ak2_sakata_2024', 2)] = []


def safeguards(key):
    a = ANNOT[key]
    return {'ward': union(c for actor, _, c in a if actor == 'ward'),
            'contractor': union(c for actor, _, c in a if actor == 'contractor')}


def clauses(key):
    return union(c for _, c in CLAUSES[key])


def matter(key, title, municipality, kind, procedure, legal_basis, department, divisions,
           contractor, start, end, recurring, fy, session, data_items, sensitive, media):
    return {
        'title': title,
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
        'safeguards': safeguards(key),
        'clauses': clauses(key),
    }


DOCS = {}

# ---------------------------------------------------------------- ak1 別府市 (CMS tab page)
S1 = '令和3年度第2回'
DOCS['ak1_beppu_2021'] = [
    matter(('ak1_beppu_2021', 1),
           '妊婦健康診査及び乳児健康診査の受診票データ入力業務の委託について', '別府市',
           'consultation', 'outsourcing', '第12条第2項', '福祉こども部', ['子育て支援課'],
           'ゆのまちデータ工房', '2021-12-01', '2022-03-31', True, 2021, S1,
           items(('妊婦', '氏名、生年月日、住所、電話番号、母子健康手帳の交付番号、受診日、妊娠週数、'
                         '出産予定日、妊婦健康診査の結果'),
                 ('乳児', '氏名、生年月日、性別、乳児健康診査の結果、保健指導区分')),
           ['妊娠週数', '妊婦健康診査の結果', '乳児健康診査の結果'],
           ['paper', 'removable', 'contractor_pc', 'ward_system']),
    matter(('ak1_beppu_2021', 2),
           '避難行動要支援者名簿の管理に係るクラウド型防災支援サービスとの外部結合について', '別府市',
           'consultation', 'external_link', '第14条第1項', '市民安全部', ['危機管理課', '防災推進課'],
           'まもりネット', '2022-02-01', None, None, 2021, S1,
           items(('避難行動要支援者', '氏名、生年月日、性別、住所、電話番号、介護保険の被保険者番号、要介護度、'
                                   '身体障害者手帳の等級、療育手帳の判定、同居家族の有無、避難時に配慮が必要な事項'),
                 ('避難支援等関係者', '氏名、電話番号、要支援者との関係')),
           ['要介護度', '身体障害者手帳の等級', '療育手帳の判定'],
           ['ward_system', 'external_system', 'paper']),
]

# ---------------------------------------------------------------- ak2 酒田市 (kintone records)
S2 = '令和6年度第2回'
DOCS['ak2_sakata_2024'] = [
    matter(('ak2_sakata_2024', 1),
           '高齢者見守り配食サービス事業の運営業務の委託について', '酒田市',
           'report', 'outsourcing', '第9条第2項', '健康福祉部', ['長寿支援課'],
           '庄内ミールケア', '2024-10-01', '2025-03-31', True, 2024, S2,
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                           '要支援認定の有無、かかりつけ医療機関名、生活保護の受給状況、利用者負担区分、'
                           '世帯の状況、配食の希望曜日'),
                 ('緊急連絡先', '氏名、電話番号、利用者との続柄')),
           ['要介護度', '要支援認定の有無', 'かかりつけ医療機関名', '生活保護の受給状況'],
           ['paper', 'removable', 'contractor_pc']),
    matter(('ak2_sakata_2024', 2),
           '見守り配食サービスにおける安否確認情報の共有に係る地域見守り支援クラウドとの外部結合について',
           '酒田市', 'consultation', 'external_link', '第9条第1項第2号', '健康福祉部',
           ['地域福祉課', '長寿支援課'], 'みまもりリンク', '2024-11-01', None, None, 2024, S2,
           items(('利用者', '氏名、住所、電話番号、配達日、安否確認の結果、要介護度、認知症の有無、'
                           '避難行動要支援者名簿への登録の有無、緊急時の対応メモ'),
                 ('見守り協力者', '氏名、電話番号、所属団体')),
           ['要介護度', '認知症の有無'],
           ['ward_system', 'external_system']),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path), len(matters), 'matters')


if __name__ == '__main__':
    main()
