#!/usr/bin/env python3
"""Writes raw/ah2_ebetsu_2020.md: a Word 諮問書 of 江別市 converted to Markdown the way
`pandoc -f docx -t markdown` (pandoc 2.x defaults) writes it: a line block for the
address block, `[]{#_Toc… .anchor}` bookmarks, headings from Word's heading styles with
the numbering kept as text, a grid table (multi-line cells, lists inside cells, a cell
spanning two rows left blank on its continuation row) for matter 1, a multiline table
for the wider four-column form of matter 2, escapes (\\*, \\~, \\[), spans
([…]{.underline}, [**…**]{.mark}), hard line breaks as a trailing backslash, and
footnotes [^n] with their text at the end.  Cell text is wrapped by display width
(East Asian wide characters count 2).  UTF-8, LF.

Everything (people, companies, article numbers, divisions, dates) is invented except
the municipality's name."""
import os
import re
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'ah2_ebetsu_2020.md')


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


NO_START = set('、。）」』〕】・ー，．：')
NO_END = set('（「『〔【')


def units(text):
    """Break opportunities: between wide characters; never inside an ASCII run, a
    footnote reference, an escape (\\*, \\~) or a span marker."""
    return re.findall(r'[^\\]\[\^\d+\]|[^\\ ]\\[*~]|\[\^\d+\]|\\.|\[\*\*.|\[(?=[^\]]*\]\{)\S|.\*\*\]\{\.[a-z]+\}|.\]\{\.[a-z]+\}|[!-~]+|.', text)


def wrap(text, width):
    lines, cur = [], []
    for u in units(text):
        if cur and dw(''.join(cur) + u) > width:
            # keep closing punctuation off the line start, opening brackets off the end
            k = 1 if (u[0] in NO_START and len(cur) > 1) else 0
            while len(cur) - k > 1 and cur[-1 - k][0] in NO_END:
                k += 1
            if k:
                lines.append(''.join(cur[:-k]))
                cur = cur[-k:]
            else:
                lines.append(''.join(cur))
                cur = []
        cur.append(u)
    if cur:
        lines.append(''.join(cur))
    return lines


def para_lines(text, width):
    """A paragraph; '\n' inside it is a hard line break (trailing backslash)."""
    parts = text.split('\n')
    out = []
    for i, p in enumerate(parts):
        ls = wrap(p, width - (1 if i < len(parts) - 1 else 0))
        if i < len(parts) - 1:
            ls[-1] += '\\'
        out.extend(ls)
    return out


def cell_blocks(blocks, width):
    """blocks: str (paragraph) | ('-', str) bullet | ('1.', str) numbered item.
    Paragraphs are separated by a blank line; items of one list are not."""
    out, prev = [], None
    for b in blocks:
        kind = 'item' if isinstance(b, tuple) else 'para'
        if prev is not None and not (kind == 'item' and prev == 'item'):
            out.append('')
        if kind == 'item':
            mark, t = b
            head = mark + ' ' * max(1, 4 - len(mark))
            ls = para_lines(t, width - len(head))
            out.append(head + ls[0])
            out.extend(' ' * len(head) + l for l in ls[1:])
        else:
            out.extend(para_lines(b, width))
        prev = kind
    return out


def pad(s, w):
    return s + ' ' * (w - dw(s))


# ------------------------------------------------------------------ grid table
def grid(header, rows, widths):
    def sep(ch):
        return '+' + '+'.join(ch * (w + 2) for w in widths) + '+'

    def row(cells):
        cols = [cell_blocks(c, w) for c, w in zip(cells, widths)]
        h = max(len(c) for c in cols)
        cols = [c + [''] * (h - len(c)) for c in cols]
        return ['| ' + ' | '.join(pad(c[i], w) for c, w in zip(cols, widths)) + ' |' for i in range(h)]

    out = [sep('-')]
    out += row(header)
    out.append(sep('='))
    for r in rows:
        out += row(r)
        out.append(sep('-'))
    return out


# ------------------------------------------------------------------ multiline table
def multiline(header, rows, widths):
    total = sum(widths) + len(widths) - 1
    out = ['  ' + '-' * total]
    hcols = [wrap(h, w) for h, w in zip(header, widths)]
    hh = max(len(c) for c in hcols)
    for i in range(hh):
        out.append(('  ' + ' '.join(pad(c[i] if i < len(c) else '', w) for c, w in zip(hcols, widths))).rstrip())
    out.append('  ' + ' '.join('-' * w for w in widths))
    for n, r in enumerate(rows):
        cols = [para_lines(c, w) if c else [''] for c, w in zip(r, widths)]
        h = max(len(c) for c in cols)
        cols = [c + [''] * (h - len(c)) for c in cols]
        for i in range(h):
            out.append(('  ' + ' '.join(pad(c[i], w) for c, w in zip(cols, widths))).rstrip())
        if n < len(rows) - 1:
            out.append('')
    out.append('  ' + '-' * total)
    return out


# ------------------------------------------------------------------ content
T1 = '福祉除雪サービス事業に係る利用受付及び除雪作業調整業務の委託について'
T2 = '母子健康手帳アプリを活用した乳幼児健診・予防接種情報の配信に伴うオンライン結合について'

L = []
A = L.append
A('資料２（令和２年度第３回江別市個人情報保護審議会）')
A('')
A('| 江総法第２１４号')
A('| 令和２年１０月２２日')
A('')
A('| 江別市個人情報保護審議会')
A('| 会長　松　浦　恭　子　様')
A('')
A('| 江別市長　西　田　健　吾　\\[公印省略\\]')
A('')
A('# []{#_Toc54010231 .anchor}諮　問　書')
A('')
A('江別市個人情報保護条例第３１条第２項の規定に基づき、下記の事項について、貴審議会の意見を求めます。')
A('')
A('記')
A('')
A('-   諮問事項１　' + T1)
A('')
A('-   諮問事項２　' + T2)
A('')

# ================================================================ 諮問事項１
A('# []{#_Toc54010232 .anchor}諮問事項１')
A('')
A('## １　件名')
A('')
A(T1)
A('')
A('## ２　諮問の理由')
A('')
A('市は、自力で玄関先や通路の除雪を行うことが難しい高齢者世帯及び障がい者世帯を対象に、'
  '[冬期間の安全な外出と緊急時の出入口の確保]{.underline}を目的として福祉除雪サービス事業を実施している。'
  'これまで利用申請の受付、除雪作業員の手配及び作業日程の調整は市の職員が行ってきたが、利用世帯の増加に伴い、'
  '令和２年度の冬期からこれらの業務を一括して民間の団体に委託することとした。\\')
A('委託に伴い利用者の個人情報を受託者に取り扱わせることとなるため、江別市個人情報保護条例第１１条第２項の規定により'
  '諮問する。')
A('')
A('なお、市道の除雪は建設部土木事務所が別に実施しているものであり[^1]、本件には含まない。')
A('')
A('## ３　委託の概要')
A('')
W1, W2 = 18, 56
ward1 = [
    '委託契約書に個人情報取扱特記事項を付し、条例に定める受託者の責務を守ることを契約上の義務とする。',
    '利用者名簿のデータはＣＤ－Ｒに書き込む際に暗号化し、開封用のパスワードは媒体とは別に電話で受託者の責任者へ伝える。',
    'ＣＤ－Ｒと紙の名簿は職員が受託者の事務所へ持参して責任者に直接手渡し、受渡しの日時と数量を受渡記録簿に記入する。',
    '冬期間中は月に１回、高齢者支援課の職員が受託者の事務所を訪れ、書類の保管や作業の状況を実地に確認する。',
    '業務の開始前に、受託者の従事者を対象として、個人情報の扱いに関する講習会を市が開く。',
    'シーズンの終了後はＣＤ－Ｒと紙の名簿を受託者から回収し、市の責任において裁断及び破砕により廃棄する。',
]
contr1 = [
    '個人情報の取扱責任者を１名置かせ、従事者の名簿と併せて市に届け出させる。',
    '利用申請書の写し、作業台帳及びＣＤ－Ｒは、事務所内の施錠できるロッカーに保管させる。',
    '要介護度や障害の等級などを閲覧できる者は事務所の調整担当者に限らせ、除雪作業員に渡す作業指示書には住所と'
    '作業箇所の略図のみを記載させる。',
    '事務所のパソコンは、インターネットその他の外部の回線に接続させない。',
    'パソコンの起動時にパスワードの入力を求める設定とさせる。',
    '利用者の情報を複写機で写したり、データを別の媒体へ複製したりすることを禁じる。',
    '個人情報の漏えいや紛失に気付いたときは、直ちに市に報告させ、市の指示に従って対処させる。',
    '除雪期間が終わったら、パソコンに保存した利用者データを専用のソフトウェアで完全に消去させ、その結果を書面で'
    '市に報告させる。',
]
rows1 = [
    [['委託する事務'], ['福祉除雪サービス事業（利用受付及び作業調整）']],
    [['担当部課'], ['健康福祉部　高齢者支援課、障がい福祉課']],
    [['委託先'], ['一般社団法人江別ふれあい除雪ネットワーク']],
    [['委託の内容'], [('-', '利用申請書の受理及び記載内容の確認の補助'),
                   ('-', '除雪作業員の手配及び作業日程の調整'),
                   ('-', '利用世帯からの問合せ及び苦情への対応'),
                   ('-', '作業実績の取りまとめ及び市への報告')]],
    [['委託期間'], ['令和２年１１月１日\\~令和３年３月３１日\n'
                 '[**（令和３年度以降も、冬期ごとに同様の委託を行う予定）**]{.mark}']],
    [['取り扱う個人情報'], [('-', '利用者：氏名、生年月日、住所、電話番号、世帯構成、介護保険の被保険者番号、'
                              '要介護度\\*、要介護認定の有効期間\\*、身体障害者手帳の等級\\*、'
                              '生活保護の受給状況[^2]、市民税の課税状況'),
                       ('-', '親族（緊急連絡先）：氏名、続柄、電話番号'),
                       '\\* 該当する利用者に限る。\n個人番号及び市民税の所得割額は、受託者に提供しない。']],
    [['記録媒体'], ['紙（利用申請書の写し、除雪作業台帳）、ＣＤ－Ｒ（利用者名簿データ）、受託者の事務所に設置するパソコン',
                  '※ ＵＳＢメモリの使用及び電子メールによる個人情報の送付は行わない。']],
    [['個人情報の保護対策'], ['**【市が講じる対策】**'] +
     [('%d.' % (i + 1), s) for i, s in enumerate(ward1)]],
    [[], ['**【受託者に講じさせる対策】**'] +
     [('%d.' % (i + 1), s) for i, s in enumerate(contr1)]],
]
L.extend(grid([['項目'], ['内容']], rows1, [W1, W2]))
A('')
A('## ４　特記事項')
A('')
A('委託契約書には、別記「個人情報取扱特記事項」を添付する（本資料では、別記の添付を省略する。）。')
A('')

# ================================================================ 諮問事項２
A('# []{#_Toc54010233 .anchor}諮問事項２')
A('')
A('## １　件名')
A('')
A(T2)
A('')
A('## ２　諮問の理由')
A('')
A('市は、母子保健法第１６条に基づき妊娠の届出をした者に母子健康手帳を交付し、乳幼児健康診査や予防接種の記録は'
  '保護者が手帳に記入し、又は医療機関が記入している。子育て世帯の利便性を高めるため、令和３年２月から、'
  'スマートフォン向けの母子健康手帳アプリを導入し、市が保有する乳幼児健診及び予防接種の情報をアプリに配信する。\\')
A('配信に当たり、市の健康管理システムと受託事業者が管理するアプリ用サーバとを通信回線で結合することとなるため、'
  '江別市個人情報保護条例第１３条第１項第２号の規定により諮問する。')
A('')
A('## ３　結合の概要')
A('')
ward2 = ('【運用上の措置】\n'
         '（１）連携用データの作成を担当する職員をあらかじめ指定し、その名簿を子育て支援課で管理する。\n'
         '（２）連携用データを扱える端末は保健センター内の専用端末１台に限定し、他の端末からは健康管理システムの連携機能を'
         '使えない設定とする。\n'
         '（３）アプリ連携の開始前に、関係する職員に個人情報の取扱いに関する研修を行う。\n'
         '【技術的措置】\n'
         '（４）受託事業者のサーバへの送信にはインターネットから切り離されたＬＧＷＡＮ－ＡＳＰの回線を用い、通信内容を'
         '暗号化する。\n'
         '（５）管理画面への職員のログインには、職員ごとのＩＤとパスワードによる認証を求める。\n'
         '（６）管理画面での操作の記録を月に１回点検し、不審な操作がないかを確かめる。\n'
         '（７）連携に用いる端末にはウイルス対策ソフトを導入し、パターンファイルを毎日更新する。')
contr2 = ('【組織的措置】\n'
          '（１）プライバシーマークの付与を受けた状態を、契約期間を通じて維持させる。\n'
          '（２）サーバの運用担当者を定めさせ、その氏名の一覧を市に提出させる。\n'
          '（３）個人情報の取扱状況を四半期ごとに書面で市に報告させる。\n'
          '（４）市の承諾なく、アプリに蓄積された情報を広告の配信その他契約の目的以外のために使わせない。\n'
          '（５）システムの障害又は情報の漏えいが起きたときは、直ちに子育て支援課へ連絡させる。\n'
          '【技術的措置】\n'
          '（６）サーバはファイアウォール及び不正侵入検知装置により外部からの攻撃を防がせる。\n'
          '（７）サーバに保存するデータは暗号化させる。\n'
          '（８）保護者がアプリを退会したとき、又は子どもが小学校に入学した年度の末日を過ぎたときは、その子どもの情報を'
          'サーバから消去させる。')
rows2 = [
    ['1', '件名', T2, ''],
    ['2', '根拠規定', '江別市個人情報保護条例第１３条第１項第２号', ''],
    ['3', '担当部課', '子ども家庭部　子育て支援課（母子保健係）', '予防接種台帳の保有課は健康福祉部保健センター'],
    ['4', '結合先', '株式会社ノースブリッジ・ヘルスケア（本社：札幌市北区）が運営する母子健康手帳アプリ「こもれびノート」の'
                  'アプリ用サーバ', '市は同社とアプリの運営業務委託契約を締結する'],
    ['5', '結合の方法', '市の健康管理システムから対象となる子ども等の情報を１日１回抽出し、ＬＧＷＡＮ－ＡＳＰ回線を通じて'
                     'アプリ用サーバに送信する。保護者は、スマートフォンのアプリから自分の子どもの情報のみを閲覧する。', ''],
    ['6', '結合の開始日', '令和３年２月１日', '接続試験は令和３年１月１８日から同月２９日まで（架空データを使用）'],
    ['7', '結合により取り扱う個人情報',
     '子ども：氏名、生年月日、性別、予防接種の接種歴（ワクチンの種類及び接種回数）、乳幼児健康診査の結果（身長・体重の'
     '計測値を含む。）、健診の受診日、次回接種の予定日\n'
     '保護者：氏名、メールアドレス、アプリ利用者ＩＤ\n'
     '妊婦：妊娠週数[^3]、出産予定日',
     '母子健康手帳の交付番号及び個人番号は送信しない'],
    ['8', '記録媒体', '市の健康管理システム（保健センター設置の端末）、受託事業者が管理するアプリ用サーバ（データベース）',
     '紙及び外部記録媒体は用いない'],
    ['9', '市が講じる措置', ward2, ''],
    ['10', '受託事業者に講じさせる措置', contr2, '受託事業者は結合先のアプリ運営事業者'],
]
L.extend(multiline(['番号', '項目', '内容', '備考'], rows2, [4, 12, 42, 18]))
A('')
A('## ４　その他')
A('')
A('-   アプリの利用は任意であり、利用登録の際に、情報の配信について保護者の同意を得る。')
A('')
A('-   結合の開始に先立ち、令和３年１月１８日から同月２９日まで、架空のデータを用いた接続試験を行う。')
A('')
A('------------------------------------------------------------------------')
A('')
A('[**【問合せ先】**]{.mark}\\')
A('江別市総務部総務課　法制・文書係（審議会事務局）\\')
A('内線２２７')
A('')
A('[^1]: 市道の除雪業務の委託については、令和元年度第３回審議会において報告済みである。')
A('')
A('[^2]: 利用者負担額を免除するかどうかの判定にのみ用いる。')
A('')
A('[^3]: 妊娠届出の際に把握した出産予定日から算出する。')


def main():
    s = '\n'.join(L) + '\n'
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(s)
    print('wrote', os.path.normpath(OUT), len(s), 'chars')


if __name__ == '__main__':
    main()
