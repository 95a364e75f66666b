#!/usr/bin/env python3
"""Writes raw/ac2_ise_2021.txt: an e-mail (UTF-8, CRLF) saved as text from a mail client.

The 伊勢市 council secretariat sends the members the two matters of a written deliberation
(書面審議) because the meeting was cancelled.  Headers, greeting, the two 諮問 matters in plain
text (【】 labels, ・ lists, ──── rules, one ┌─┬─┐ table), the annex of matter 1 pasted as
text, the answering deadline, the signature block, the attachment list and, below it, the
earlier message with the draft of the same matters quoted with '> '.  The draft has a
different period for matter 1 and an item that was later removed from matter 2.
Everything except the municipality name is invented."""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'ac2_ise_2021.txt')

ZEN = str.maketrans('0123456789', '０１２３４５６７８９')
NO_START = set('、。，．）」』】〕・ー？！：；ぁぃぅぇぉっゃゅょァィゥェォッャュョ')
NO_END = set('（「『【〔')


def wrap(text, width=36, first='', rest=None):
    """Hard-wrap Japanese text at `width` characters, with simple kinsoku."""
    rest = first if rest is None else rest
    out, line = [], ''
    ind = first
    for ch in text:
        line += ch
        if len(line) >= width:
            out.append(ind + line)
            line, ind = '', rest
    if line:
        out.append(ind + line)
    # kinsoku: move a forbidden line-start char to the end of the previous line
    for i in range(1, len(out)):
        pref = rest
        body = out[i][len(pref):]
        while body and body[0] in NO_START:
            out[i - 1] += body[0]
            body = body[1:]
        out[i] = pref + body
        prev = out[i - 1]
        while prev and prev[-1] in NO_END:
            out[i] = pref + prev[-1] + out[i][len(pref):]
            prev = prev[:-1]
        out[i - 1] = prev
    return [l for l in out if l.strip()]


def bullets(items, width=34, ind='　　'):
    out = []
    for it in items:
        out += wrap(it, width, ind + '・', ind + '　')
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WFA' else 1 for c in s)


def cell_lines(text, w):
    """Split text into lines of display width <= 2*w (all full-width content)."""
    out, line = [], ''
    for ch in text:
        if dw(line + ch) > 2 * w:
            carry = ''
            if ch in NO_START:          # oidashi: push the last character(s) down with it
                carry, line = line[-1], line[:-1]
                while carry[0] in NO_START and line:
                    carry, line = line[-1] + carry, line[:-1]
            out.append(line)
            line = carry
        line += ch
    out.append(line)
    return out


def pad(s, w):
    return s + '　' * ((2 * w - dw(s)) // 2)


def box(header, rows, widths, ind='　　'):
    top = ind + '┌' + '┬'.join('─' * w for w in widths) + '┐'
    mid = ind + '├' + '┼'.join('─' * w for w in widths) + '┤'
    bot = ind + '└' + '┴'.join('─' * w for w in widths) + '┘'
    out = [top]
    for r_i, row in enumerate([header] + rows):
        cells = [cell_lines(c.translate(ZEN), w) for c, w in zip(row, widths)]
        n = max(len(c) for c in cells)
        for k in range(n):
            out.append(ind + '│' + '│'.join(pad(c[k] if k < len(c) else '', w)
                                             for c, w in zip(cells, widths)) + '│')
        out.append(mid if r_i < len(rows) else bot)
    return out


RULE = '────────────────────────────────────'
RULE2 = '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━'

# ------------------------------------------------------------------ matter 1
M1_TITLE = '養育支援訪問事業に係る訪問支援業務の委託について'
M1_WARD = [
    '委託契約書に下記の「個人情報取扱特記事項」を添付し、受託者にその遵守を求める。',
    '業務を始める前に、受託者から個人情報の取扱手順書を提出させ、市がその内容を確認する。',
    '支援対象世帯の情報を受託者に渡す際は、担当職員が受託者の事務所に持参し、授受簿に受領の確認を得る。',
    '委託期間中に少なくとも１回、受託者の事務所において訪問記録票の保管状況を点検する。',
]
M1_CON = [
    '訪問支援員その他個人情報を扱う者をあらかじめ定め、その名簿を市に提出させる。',
    '訪問支援員には、従事する前に個人情報保護に関する研修を受けさせる。',
    '訪問記録票等の書類は、事務所内の鍵のかかる書棚に収めさせる。',
    '記録を入力するパソコンは、従事者ごとのＩＤとパスワードにより起動させる。',
    '同パソコンにはウイルス対策ソフトを入れ、定義ファイルを自動で更新させる。',
    '支援対象者の情報を保存するファイルには、パスワードを設定させる。',
    '個人情報の漏えい、紛失等の事故が起きたときは、速やかにこども家庭相談課へ報告させる。',
    '年度の終わりには訪問記録票を市に引き渡させ、パソコン内のデータを消去させた上で、消去した旨を書面で報告させる。',
]
M1_ANNEX = [
    ('基本的事項', '受託者は、個人情報の保護の重要性を認識し、この契約に基づく業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '受託者は、この契約に基づく業務に関して知り得た個人情報を他に漏らしてはならない。この契約が終了し、又は解除された後も、同様とする。'),
    ('適正な管理', '受託者は、取り扱う個人情報について、施錠できる保管庫に収納するなど、漏えい、滅失及びき損の防止に必要な措置を講じなければならない。'),
    ('収集の制限', '受託者は、業務のために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。'),
    ('利用及び提供の制限', '受託者は、市の指示又は承諾がある場合を除き、業務に関して知り得た個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。'),
    ('複写等の制限', '受託者は、市の承諾がある場合を除き、市から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('再委託の禁止', '受託者は、業務の全部又は一部を第三者に委託してはならない。ただし、市の書面による承諾を得たときは、この限りでない。'),
    ('持出しの禁止', '受託者は、市が指示した場所以外へ個人情報を持ち出してはならない。ただし、訪問支援のために必要な書類を市が承認した方法により携行するときは、この限りでない。'),
    ('受渡し', '受託者は、市との間で個人情報が記録された資料等を受け渡すときは、市が指定する方法により行い、受渡しの記録を作成しなければならない。'),
    ('資料等の返還等', '受託者は、業務の終了後、市から引き渡された資料等を直ちに市に返還し、受託者が作成した記録は市の指示に従い廃棄し、又は消去した上で、その旨を記載した書面を市に提出しなければならない。'),
    ('従事者への指導', '受託者は、業務に従事する者に対し、在職中及び退職後において業務に関して知り得た個人情報を他に漏らしてはならないことなど、個人情報の保護に必要な事項を指導しなければならない。'),
    ('事故の報告', '受託者は、個人情報の漏えい、滅失その他の事故が発生し、又は発生するおそれがあることを知ったときは、直ちに市に報告し、市の指示に従わなければならない。'),
    ('調査', '市は、必要があると認めるときは、受託者の事務所に立ち入り、個人情報の管理の状況を調査することができる。'),
    ('損害賠償', '受託者は、この特記事項に違反したことにより市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
]

# ------------------------------------------------------------------ matter 2
M2_TITLE = '福祉医療費助成事務に係る三重県国民健康保険団体連合会との回線結合について'
M2_WARD = [
    '国保連との通信は、国保連が運用する閉域の専用回線のみを用い、インターネットを経由させない。',
    '送受信するデータファイルは、暗号化した上でやり取りする。',
    '審査支払システムを利用できる端末は、医療助成課に設置した専用端末２台に限る。',
    '専用端末へのログインは、職員ごとに交付したＩＣカードと暗証番号により行う。',
    '専用端末は、盗難防止用のワイヤーで執務机に固定する。',
    '専用端末の操作履歴は自動的に記録し、医療助成課長が毎月確認する。',
    '通信障害やデータの誤送信が起きたときは、直ちに送受信を停止し、国保連と連携して原因の究明と復旧に当たる。',
]
M2_CON = [
    '保守作業に当たる技術者をあらかじめ特定し、その氏名を市に届け出させる。',
    '保守作業は、事前に市の承認を受けた作業計画書に従って実施させる。',
    '受給者データを外部記録媒体に書き出させず、庁舎の外に持ち出させない。',
    '作業で知り得た受給者の情報を他に漏らさない旨を誓約させる。',
    '保守に用いる機器は、作業前にウイルス定義ファイルが最新であることを確認させる。',
]
M2_HEADER = ['対象者', '結合する情報項目', '送受信の方向']
M2_ROWS_FINAL = [
    ['受給者', '氏名、生年月日、性別、住所、受給者番号、保険者番号、被保険者証の記号番号、所得区分', '市→国保連'],
    ['受給者', '障害者手帳の等級（障がい者医療費の受給者に限る。）', '市→国保連'],
    ['受給者', '診療年月、受診した医療機関名、調剤を受けた薬局名、医療費の総額、一部負担金の額、助成額', '国保連→市'],
    ['保護者', '氏名（受給者が18歳未満の場合に限る。）', '市→国保連'],
]
M2_ROWS_DRAFT = [
    ['受給者', '氏名、生年月日、性別、住所、受給者番号、保険者番号、被保険者証の記号番号、所得区分', '市→国保連'],
    ['受給者', '障害者手帳の等級（障がい者医療費の受給者に限る。）', '市→国保連'],
    ['受給者', '診療年月、受診した医療機関名、傷病名、調剤を受けた薬局名、医療費の総額、一部負担金の額、助成額', '国保連→市'],
    ['保護者', '氏名（受給者が18歳未満の場合に限る。）', '市→国保連'],
]


def matter1(draft=False):
    L = []
    L.append('■諮問第３号' + ('（案）' if draft else ''))
    L.append('')
    L.append('【件名】')
    L.append('　　' + M1_TITLE)
    L.append('【根拠規定】')
    L.append('　　伊勢市個人情報保護条例第１２条第２項')
    L.append('【担当課】')
    L.append('　　こども未来部　こども家庭相談課')
    L.append('【委託先】')
    L.append('　　特定非営利活動法人こもれび家庭支援ネット' + ('（予定）' if draft else ''))
    L.append('【委託期間】')
    if draft:
        L.append('　　令和３年１０月１日から令和４年３月３１日まで')
    else:
        L.append('　　令和３年１１月１日から令和４年３月３１日まで')
    L.append('　　※令和４年度以降も同様に委託する予定です。')
    L.append('【委託の内容】')
    L += wrap('養育が困難な状況にある家庭や、出産後間もない時期に支援が必要な家庭を訪問支援員が訪問し、'
              '家事・育児に関する助言及び援助を行うとともに、訪問の結果を記録して市に報告する。', 34, '　　')
    L.append('【取り扱う個人情報】')
    L.append('　　・養育者：氏名、生年月日、住所、電話番号、就労状況、')
    L.append('　　　　　　　既往歴、妊娠週数（特定妊婦に限る。）')
    L.append('　　・児童：氏名、生年月日、性別、乳幼児健康診査の結果、')
    L.append('　　　　　　予防接種の接種日')
    L.append('　　・世帯：家族構成、生活保護の受給状況、')
    L.append('　　　　　　児童扶養手当の受給状況')
    L.append('【記録媒体】')
    L.append('　　・紙（訪問記録票、支援計画書の写し）')
    L.append('　　・受託者の事務所に設置するパソコン')
    L.append('　　※個人情報を電子メールで送受信することはいたしません。')
    if draft:
        return L
    L.append('【個人情報の保護措置】')
    L.append('　〈市が講ずる措置〉')
    L += bullets(M1_WARD)
    L.append('　〈受託者に講じさせる措置〉')
    L += bullets(M1_CON)
    L.append('【特記事項】')
    L += wrap('委託契約書に添付する特記事項は次のとおりです（資料１の別紙と同じものを貼り付けています。）。', 34, '　　')
    L.append('')
    L.append('　　- - - - - - - - - - - - - - - - - - - -')
    L.append('　　　　　　　個人情報取扱特記事項')
    L.append('')
    for i, (h, b) in enumerate(M1_ANNEX, 1):
        n = str(i).translate(ZEN)
        L.append(f'　　（{h}）')
        L += wrap(f'第{n}　{b}', 34, '　　', '　　　')
    L.append('　　- - - - - - - - - - - - - - - - - - - -')
    return L


def matter2(draft=False):
    L = []
    L.append('■諮問第４号' + ('（案）' if draft else ''))
    L.append('')
    L.append('【件名】')
    L.append('　　' + M2_TITLE[:21])
    L.append('　　' + M2_TITLE[21:])
    L.append('【根拠規定】')
    L.append('　　伊勢市個人情報保護条例第１４条第２項')
    L.append('【担当課】')
    L.append('　　健康福祉部　医療助成課')
    L.append('【結合先】')
    L.append('　　三重県国民健康保険団体連合会（福祉医療費審査支払システム）')
    L.append('【結合の開始日】')
    L.append('　　令和３年１２月１日（令和３年１１月診療分の請求から）')
    L.append('【結合の目的】')
    L += wrap('子ども、障がい者及びひとり親家庭等の医療費助成（福祉医療費助成）について、医療機関からの請求に基づく'
              '助成額の審査支払を国保連に委ねており、現在は毎月ＣＤ－Ｒにより受給者データ及び審査結果を'
              '受け渡している。媒体の搬送に伴う紛失のおそれをなくし、事務を迅速化するため、専用回線による'
              '結合に切り替える。', 34, '　　')
    L.append('【結合する情報項目】')
    L += box(M2_HEADER, M2_ROWS_DRAFT if draft else M2_ROWS_FINAL, [4, 19, 6])
    L.append('【記録媒体】')
    L.append('　　・医療助成課の専用端末（福祉医療システム）')
    L.append('　　・福祉医療費審査支払システム（国保連のサーバ）')
    L += wrap('※これまでＣＤ－Ｒで行っていた国保連とのデータの受渡しは、回線結合の開始後は行いません。', 34, '　　', '　　　')
    if draft:
        return L
    L.append('【個人情報の保護措置】')
    L.append('　〈市が講ずる措置〉')
    L += bullets(M2_WARD)
    L.append('　〈システム保守事業者に講じさせる措置〉')
    L += wrap('（本市の福祉医療システムの保守を委託している事業者に対し、次の措置を講じさせる。）', 34, '　　')
    L += bullets(M2_CON)
    return L


SIGNATURE = [
    '＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊',
    '伊勢市 総務部 法務文書課',
    '情報公開・個人情報保護係　中西 美穂',
    '〒516-8699 三重県伊勢市岩渕二丁目4番1号（本庁舎3階）',
    'TEL 0596-21-5517（直通）／FAX 0596-21-5540',
    'E-mail houmu-bunsho@city.ise.mie.lg.jp',
    '＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊',
]

HEADERS = [
    'From: 伊勢市総務部法務文書課 <houmu-bunsho@city.ise.mie.lg.jp>',
    'To: 田丸 和彦 <k.tamaru@tamaru-law.jp>, 宇治田 恵子 <ujita.keiko@mx2.ise-cc.ne.jp>,',
    ' 河崎 俊介 <kawasaki.s@office-kawasaki.jp>, 二見 由紀子 <yukiko.f@kamome-net.ne.jp>,',
    ' 小俣 健一 <obata.kenichi@obata-zeirishi.jp>',
    'Cc: 伊勢市総務部法務文書課 情報公開・個人情報保護係 <joho-kokai@city.ise.mie.lg.jp>',
    'Subject: 【書面審議】令和３年度第２回伊勢市個人情報保護審議会 審議資料の送付について',
    'Date: Mon, 30 Aug 2021 17:42:08 +0900',
    'Message-ID: <7c2e41d9-5b0a-4f3e-a6d1-90b8e2f4c315@city.ise.mie.lg.jp>',
    'In-Reply-To: <b3f09a6e-1d27-4c88-8e45-2a7d6c0f9e12@city.ise.mie.lg.jp>',
    'References: <b3f09a6e-1d27-4c88-8e45-2a7d6c0f9e12@city.ise.mie.lg.jp>',
    'MIME-Version: 1.0',
    'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101',
    ' Thunderbird/78.13.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    'Content-Language: ja',
]


def body():
    L = []
    L += ['伊勢市個人情報保護審議会', '委員 各位', '',
          'いつも大変お世話になっております。', '伊勢市総務部法務文書課の中西です。', '']
    L += wrap('９月７日（火）に開催を予定しておりました令和３年度第２回伊勢市個人情報保護審議会につきましては、'
              '三重県に緊急事態宣言が発出されたことを受け、会議の開催を取りやめ、書面により審議していただく'
              'こととなりました。急なご連絡となり、誠に申し訳ございません。', 36)
    L.append('')
    L += wrap('つきましては、下記２件の諮問事項について資料をお送りしますので、ご確認の上、添付の「意見書」に'
              '答申案に対する賛否及びご意見をご記入いただき、', 36)
    L.append('')
    L.append('　　　　令和３年９月１０日（金）午後５時まで')
    L.append('')
    L += wrap('に、本メールへの返信又はＦＡＸにより事務局までご提出くださいますようお願いいたします。'
              'いただいたご意見は事務局で取りまとめの上、会長と協議して答申とさせていただきます。', 36)
    L.append('')
    L += wrap('なお、８月６日にお送りした資料（案）（下に引用しています。）から、諮問第３号の委託期間及び'
              '諮問第４号の結合する情報項目を修正しております。審議は本メールの内容（添付の資料１・資料２）に'
              'よりお願いいたします。', 36)
    L.append('')
    L.append(RULE2)
    L.append('　令和３年度第２回伊勢市個人情報保護審議会（書面審議）')
    L.append('　諮問事項')
    L.append('　　１　' + M1_TITLE)
    L.append('　　２　' + M2_TITLE[:26])
    L.append('　　　　' + M2_TITLE[26:])
    L.append(RULE2)
    L.append('')
    L += matter1()
    L.append('')
    L.append(RULE)
    L.append('')
    L += matter2()
    L.append('')
    L.append(RULE)
    L.append('')
    L += wrap('ご不明な点がございましたら、下記までお問い合わせください。何とぞよろしくお願いいたします。', 36)
    L.append('')
    L += SIGNATURE
    L.append('')
    L.append('添付：資料1.pdf（諮問第3号 養育支援訪問事業）')
    L.append('　　　資料2.pdf（諮問第4号 福祉医療費助成 回線結合）')
    L.append('　　　意見書.docx')
    L.append('')
    L.append('2021/08/06 11:20, 伊勢市総務部法務文書課 wrote:')
    q = []
    q += ['伊勢市個人情報保護審議会', '委員 各位', '', 'お世話になっております。伊勢市総務部法務文書課の中西です。', '']
    q += wrap('次回の審議会（令和３年９月７日（火）午後２時から、本庁舎４階 庁議室）でご審議いただく予定の'
              '諮問事項について、担当課が作成した資料（案）の概要をお送りします。事前にお目通しいただけますと幸いです。'
              '正式な資料は、開催通知とあわせて後日お送りします。', 36)
    q.append('')
    q += matter1(draft=True)
    q.append('')
    q += matter2(draft=True)
    q.append('')
    q += ['以上、よろしくお願いいたします。', '', '--', '伊勢市 総務部 法務文書課', '情報公開・個人情報保護係　中西 美穂',
          'TEL 0596-21-5517（直通）']
    L += [('> ' + x) if x else '>' for x in q]
    L.append('')
    return L


def main():
    lines = HEADERS + [''] + body()
    text = '\r\n'.join(lines) + '\r\n'
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
