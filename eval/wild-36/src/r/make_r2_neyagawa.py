#!/usr/bin/env python3
"""Generates raw/r2_neyagawa_2022.md: what an automatic PDF-to-Markdown converter gives
for a ruled council paper of 寝屋川市 (令和４年度第１回).

Converter artefacts imitated on purpose:
- page breaks as `{N}------------------------------------------------` markers;
- the running header and the page number repeated as ordinary lines on every page;
- heading levels guessed badly: the document title as `####`, labels promoted to `##`;
- pipe tables with `<br>` for the lines inside a cell;
- matter 1's form table broken by the page break into two tables, the second without its
  header row (its first data row became the header);
- a wrapped label cell split into an extra row whose value cell is empty;
- the city logo and a stamp as `![](_page_N_Picture_M.jpeg)`;
- bold / italic runs split in odd places (`**個人情報**の**項目**`);
- a footnote marker left as a bare superscript digit (`受診券番号¹`).
The characters of the facts recorded in the gold are never altered.
Everything is invented for this evaluation set; only the municipality name is real."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'r2_neyagawa_2022.md')

DASH = '-' * 48
RUN = '令和４年度第１回寝屋川市個人情報保護審議会　資料１'


def page(n, body):
    return f'{{{n}}}{DASH}\n\n{RUN}\n\n{body.strip()}\n\n- {n + 1} -\n\n'


def cell(lines):
    return '<br>'.join(lines)


P0 = f'''
![](_page_0_Picture_0.jpeg)

#### 個人情報の取扱いに係る諮問及び報告について

令和４年６月２０日

寝屋川市個人情報保護審議会 会長 様

寝屋川市長

寝屋川市個人情報保護条例の規定に基づき、次の事項について**諮問**し、及び報告します。

## 1 諮問事項

(1) 妊婦健康診査結果の電子的受領に伴う健診データ連携システムとの回線結合について（こども健康部）

## 2 報告事項

(1) 障害福祉サービス受給者証の作成及び発送業務の委託について（福祉部）

*（事務局*　総務部 法制文書課 個人情報保護担当　内線２３４５）
'''

M1_ITEMS = cell([
    '【妊婦】',
    '氏名、生年月日、住所、受診券番号¹、受診日、妊娠週数、出産予定日、血圧、尿検査の結果、血液検査の結果、医師の所見',
    '※ 個人番号は連携しない。'])
M1_MEDIA = cell([
    '健診データ連携システムのサーバ（結合先）',
    '本市母子保健システム（庁内の端末）'])

P1 = f'''
# 諮問事項

| 項目 | 内容 |
|------|------|
| 件名 | 妊婦健康診査結果の電子的受領に伴う健診データ連携システムとの回線結合について |
| 担当部署 | こども健康部<br>母子保健課・健康づくり推進課 |
| 根拠条項 | 寝屋川市個人情報保護条例**第１０条第２項第２号** |
| 結合の目的 | 本市が委託する妊婦健康診査の結果は、これまで医療機関から紙の受診票で回収していたが、回収までに１か月以上を要していた。健診データ連携システムを通じて受診結果を電子的に受け取ることで、保健師が支援を要する妊婦を早期に把握し、訪問等の支援につなげる。 |
| 結合先 | 健診データ連携システム<br>（運営：一般社団法人北河内メディカルネット） |
| 結合の開始日 | 令和４年１０月３日<br>（令和５年度以降も継続して結合する。） |
| **個人情報**の**項目** | {M1_ITEMS} |
| 記録媒体 | {M1_MEDIA} |

¹ 受診券番号は、本市が交付する妊婦健康診査受診券に印字されている番号をいう。
'''

M1_WARD = cell([
    '・母子保健システムの端末は、職員ごとのＩＤ及びパスワードに加え、静脈認証により利用者を確認する。',
    '・健診結果を閲覧できる職員は、母子保健課の保健師及び担当職員に限り、閲覧の権限を付与する。',
    '・結合は地方公共団体の閉域網（ＬＧＷＡＮ）を経由して行い、インターネットには接続しない。',
    '・端末の操作履歴を保存し、四半期ごとに所属長が点検する。',
    '・担当職員に対し、年１回以上の情報セキュリティ研修を受講させる。'])
M1_PARTNER = cell([
    '・送受信するデータ及び保管するデータを暗号化すること。',
    '・サーバを設置する施設への入退室を記録し、管理すること。',
    '・*ウイルス対策*ソフトを導入し、セキュリティ更新プログラムを速やかに適用すること。',
    '・障害又は情報漏えいのおそれがあるときは、直ちに本市に連絡すること。',
    '・本市への連携が完了したデータは、３０日以内にサーバから消去すること。',
    '・運用の状況を年１回書面で本市に報告すること。'])

M2_ITEMS = cell([
    '【受給者】受給者証番号、氏名、生年月日、住所、障害支援区分、障害種別、支給決定期間、支給量、利用者負担上限月額',
    '【保護者（受給者が障害児の場合）】氏名、住所'])
M2_MEDIA = cell([
    '紙（受給者証及び封筒）',
    'ＣＤ－Ｒ',
    '受託者の印刷用サーバ（外部と接続しない社内サーバ）',
    '※ 電子メールによるデータの授受は行わない。'])
M2_WARD = cell([
    '1. 契約書に「個人情報取扱特記事項」を添付し、その遵守を受託者に義務付ける。',
    '2. 受給者証の印字データはＣＤ－Ｒに格納して暗号化し、職員が受託者に直接手渡す。',
    '3. 暗号化を解除するパスワードは、ＣＤ－Ｒとは別に電話で伝える。',
    '4. 委託期間中に受託者の作業場所を訪問し、個人情報の管理状況を実地に調査する。'])
M2_CONTRACTOR_A = cell([
    '1. 作業責任者及び作業従事者を選任し、名簿を本市に届け出ること。',
    '2. 作業手順書を作成し、作業の開始前に本市の確認を受けること。',
    '3. 印刷工場の入退室は、警備システムにより記録し、管理すること。',
    '4. ＣＤ－Ｒ及び印字済みの受給者証は、施錠できるキャビネットに保管すること。'])
M2_CONTRACTOR_B = cell([
    '5. 印刷枚数及び損紙の枚数を記録し、損紙は裁断の上廃棄すること。',
    '6. 業務の全部又は一部を第三者に再委託しないこと。',
    '7. 作業の終了後、印刷用サーバ内のデータを消去し、消去証明書を本市に提出すること。',
    '8. ＣＤ－Ｒは、作業の終了後速やかに本市へ返却すること。'])

P2 = f'''
| 本市が講ずる安全対策 | {M1_WARD} |
|------|------|
| 結合先に講じさせる安 | {M1_PARTNER} |
| 全対策 | |

# 報告事項

## 件名

障害福祉サービス受給者証の作成及び発送業務の委託について

| 担当部署 | 福祉部　障害福祉課 |
|------|------|
| 根拠条項 | 寝屋川市個人情報保護条例第１３条第１項 |
| 委託の内容 | 障害福祉サービス等の支給決定に伴い交付する受給者証の印字、封入及び郵便局への差出しを委託する。 |
| 委託先 | 株式会社淀北プリントサービス |
| 委託期間 | 令和４年７月１日から令和５年３月３１日まで |
| 取り扱う**個人**情報 | {M2_ITEMS} |
'''

P3 = f'''
| 記録媒体 | {M2_MEDIA} |
|------|------|
| 本市が講ずる措置 | {M2_WARD} |
| **受託者**に講じさせる措置 | {M2_CONTRACTOR_A}<br>{M2_CONTRACTOR_B} |
| 備考 | 契約書には「個人情報取扱特記事項」を添付する（特記事項の写しは省略）。 |

![](_page_3_Picture_1.jpeg)

以上
'''


def main():
    text = ''.join(page(n, b) for n, b in enumerate([P0, P1, P2, P3]))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text.rstrip('\n') + '\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
