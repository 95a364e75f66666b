import { describe, expect, it } from 'vitest';
import { classify, MODEL_EVIDENCE_PREFIX } from '../../../../src/lib/domain/classify/classify';
import { TAXONOMY } from '../../../../src/lib/domain/taxonomy';
import { evaluateFile, formatEvaluation } from '../../../../eval/classifier/run';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';

const tokenizer = await loadTokenizer();
const cats = (text: string, heading: string | null = null, clause = false) => classify(tokenizer, text, heading, clause).map((c) => c.category);

describe('variant spellings and inflections', () => {
  it.each([
    ['データを消去する。', 'return_erasure'],
    ['データを消去させる。', 'return_erasure'],
    ['データを消去し、報告させる。', 'return_erasure'],
    ['個人情報の漏えいが発生した場合は直ちに報告させる。', 'incident_response'],
    ['個人情報の漏洩が発生した場合は直ちに報告させる。', 'incident_response'],
    ['最新のウイルス対策を行う。', 'malware_protection'],
    ['最新のウィルス対策を行う。', 'malware_protection'],
    ['ファイアウォールを設置する。', 'network_protection'],
    ['ファイア・ウォールを設置する。', 'network_protection'],
    ['取扱責任者を指定させる。', 'responsible_staff'],
    ['取り扱い責任者を指定させる。', 'responsible_staff'],
    ['ＩＤ及びパスワードにより認証する。', 'access_auth'],
    ['パソコンのアクセス権を設定する。', 'access_control'],
    ['個人情報を持ち出さない。', 'takeout_limit'],
    ['個人情報の持出しを禁止する。', 'takeout_limit']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
});

describe('word classes of real municipal wording', () => {
  it.each([
    ['保管庫の鍵は係長が管理し、帳票は施錠できる書庫に保管する。', 'locked_storage'],
    ['作業用端末は外部のネットワークに接続させず、単独で使用させる。', 'network_protection'],
    ['端末はインターネットから切り離して運用する。', 'network_protection'],
    ['閲覧及び更新の記録を1年間保存させる。', 'logging'],
    ['照会の履歴はシステムに記録され、課長が点検する。', 'logging'],
    ['端末の利用には暗証番号による認証を要する。', 'access_auth'],
    // A file protected by a password is encrypted in the taxonomy's sense (焼津市, eval/wild-36 s1).
    ['USBメモリに保存するデータはパスワードで保護し、当該パスワードはデータとは別に電話で受託者に伝える。', 'encryption'],
    ['管理画面へのログインはIDとパスワードにより行う。', 'access_auth'],
    ['台帳を閲覧できる職員は担当係の職員に限る。', 'access_control'],
    ['作業は市が指定する作業室でのみ行わせる。', 'takeout_limit'],
    ['データを外部記録媒体に書き出させない。', 'takeout_limit'],
    ['年1回、受託者の事業所で個人情報の管理状況を検査する。', 'audit'],
    ['取得する項目は審査に必要な最小限のものに限る。', 'collection_limit'],
    ['タブレット端末は、記録の入力に必要な機能のみ利用できるよう設定する。', 'access_control'],
    ['印字枚数を記録し、市が指示した数と照合させる。', 'print_control'],
    ['作業期間中、職員が作業室を随時巡回し、作業状況を確認する。', 'audit'],
    ['個人番号が記載された帳票は出力枚数を管理する。', 'print_control'],
    ['照会は、申請時に同意書を徴した場合に限って行い、照会する事項は助成の可否の判断に必要な最小限の範囲とする。', 'collection_limit'],
    ['提供した情報を他の用途に使用させない。', 'purpose_limit'],
    ['端末を紛失したときは、直ちに所管課に連絡させる。', 'incident_response'],
    ['メールを送るときは送信前に2名で宛先を確認させる。', 'email_safety'],
    ['通知はシステムからの自動送信に限る。', 'email_safety'],
    ['不要となった帳票はシュレッダーで細断する。', 'return_erasure'],
    ['作業従事者を書面により区に届け出させる。', 'responsible_staff'],
    ['事務の手順を定めたマニュアルを整備させる。', 'work_procedure'],
    ['相手方との間で覚書を締結し、目的外利用の禁止を明記する。', 'contract_terms'],
    ['受託者は、区の個人情報保護条例を遵守すること。', 'contract_terms'],
    ['CD-Rのパスワードは媒体とは別に電話で知らせる。', 'password_separation'],
    // eval/wild-19 (blind, tuned on after its first sight)
    ['業務の途中で1回以上、受託者の作業場所を訪れ、データの取扱いが契約どおりに行われているか確認する。', 'audit'],
    ['作業完了後、サーバ上のデータを消去し、消去したことを証する書面を市に提出する。', 'erasure_proof'],
    ['センター職員を対象に、システムの操作方法と個人情報の扱いに関する説明会を毎年度開催する。', 'training'],
    // eval/wild-20 (blind, tuned on after its first sight)
    ['甲は、必要があると認めるときは、乙の作業場所を調査することができる。', 'audit'],
    // eval/wild-21 (blind, tuned on after its first sight)
    ['取り込んだ申請データは、受付処理を終えた時点でプラットフォーム上から削除する。', 'return_erasure'],
    ['保護者がアプリを退会したときは、結合先のサーバーから子の情報を削除させる。', 'return_erasure'],
    ['作業はスタンドアロンの端末で行う。', 'network_protection'],
    ['管理画面には二段階認証でログインする。', 'access_auth'],
    ['Ｐマークを取得している事業者とする。', 'certification'],
    ['操作者用ICカードとパスワードを用いて端末を利用する。', 'access_auth'],
    ['通信相手となるコンピュータとの相互認証を行う。', 'network_protection'],
    ['受託者における安全対策の実施状況について随時調査する。', 'audit'],
    ['本人から収集し、思想・信条に関する情報は収集しません。', 'collection_limit'],
    ['職員に対し、個人情報の取扱いについて注意喚起を行う。', 'training'],
    ['ノートパソコンはワイヤーで固定し、盗難を防止する。', 'device_lock']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  it('a password for logging in is authentication, not encryption', () => {
    expect(cats('作業者ごとにID及びパスワードを付与し、利用者を認証する。')).toEqual(['access_auth']);
  });
  it('a division named for education is no training', () => {
    expect(cats('申請書は特別支援教育課の施錠できる書庫に保管する。')).toEqual(['locked_storage']);
  });
  it('erasure reported as done (`その旨を…報告`) is erasure and its proof (eval/wild-35 q1)', () => {
    expect(cats('受託者は、作成した個人情報の記録を確実に消去した上で、その旨を書面により市に報告しなければならない。', null, true)).toEqual(expect.arrayContaining(['return_erasure', 'erasure_proof']));
  });
  it('erasure written as a condition of a certificate is the proof only', () => {
    expect(cats('乙は、データを消去したときは、消去証明書を甲に提出しなければならない。', null, true)).toEqual(['erasure_proof']);
  });
  it('who may enter a room is entry control, and a password that limits users is authentication, not access control', () => {
    expect(cats('作業室に入室できる者を限定し、入退室の記録をとらせる。')).toEqual(['entry_control']);
    expect(cats('パソコンは利用者ID及びパスワードにより使用者を限定させる。')).toEqual(['access_auth']);
  });
  it('making staff keep the rules is training, not a contract term', () => {
    expect(cats('従事者に条例を遵守させるよう指導する。')).not.toContain('contract_terms');
  });
  // eval/wild-40 (丸亀市, 小山市, 高岡市, 米子市), tuned on after its first sight: wordings the cues missed.
  it.each([
    ['職員がUSBメモリを初期化してから次の貸出しに回す。', 'return_erasure'],
    ['利用をやめた方の台帳は、翌月の実績報告の際に受託者から回収します。', 'return_erasure'],
    ['職員が受託者の事務所に出向き、調査票の保管方法などを実地に確かめる。', 'audit'],
    ['年2回、職員が予告なしに受託者の事務所を訪れ、台帳の保管状況を確かめます。', 'audit'],
    ['認定調査員の名簿を作らせ、業務の開始前に市に提出させる。', 'responsible_staff'],
    ['運用に携わる社員をあらかじめ決めさせ、その氏名を市に届け出させる。', 'responsible_staff'],
    ['専用端末を操作する職員は、危機管理課長が指名する。', 'responsible_staff'],
    ['タブレット端末は、調査員ごとのIDと指紋認証がなければ起動できないようにさせる。', 'access_auth'],
    ['タブレットは、配達員ごとのIDとパスコードでなければ使えないようにさせます。', 'access_auth'],
    ['結合先への接続は専用端末1台からに限り、ほかの端末からは接続できない設定とする。', 'access_control'],
    ['毎月の実績報告書に「個人情報の管理状況」欄を設け、受託者に記入させます。', 'status_report'],
    ['新たに加わる人からは、利用者の情報を口外しない旨の誓約書を取ります。', 'confidentiality'],
    ['紛失・誤配・漏えいなどが起きたときは、すぐに担当課へ電話で報告させます。', 'incident_response'],
    ['通知メールは専用の送信用アドレスから送らせます。', 'email_safety'],
    ['サーバ上の操作は全て記録し、作業責任者が毎日その記録を点検します。', 'logging'],
    ['保存期間を過ぎた書類は溶解処理し、処理したことを証明する書面を市に提出します。', 'erasure_proof']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
  // eval/wild-41 (弘前市, 苫小牧市), tuned on after its first sight: wordings the cues missed.
  it.each([
    ['相談記録票及び検査用紙は、鍵の掛かる書庫に収め、使用する時以外は出しておかせない。', 'locked_storage'],
    ['委員の委嘱時に、端末の扱い方と資料の管理上の留意点を説明する場を設ける。', 'training'],
    ['委員の閲覧画面では、資料を印刷する機能を停止しておく。', 'print_control'],
    ['管理者の操作やログインの記録を1年以上保存させ、不審な操作の有無を定期的に点検させる。', 'logging'],
    ['申請データの取込み作業は、こども支援課に設置した専用端末1台に限って行う。', 'access_control'],
    ['市の申請データは専用の領域に保存させ、他の利用団体からは参照できないよう分離させる。', 'access_control'],
    ['Webアプリケーションファイアウォールを設け、外部からの攻撃を遮断させる。', 'network_protection'],
    ['運用保守の業務を他社に行わせる場合は、事前に市の書面による承諾を得させる。', 'subcontract_limit'],
    ['復号に必要なパスワードは、CD-Rを渡した日とは別の日に電話で伝える。', 'password_separation'],
    ['調査を終えた認定調査票は、写しをとらせることなく、速やかに市に返却させる。', 'copy_limit'],
    ['保守作業に当たる技術者をあらかじめ特定し、その氏名を市に届け出させる。', 'responsible_staff'],
    // eval/wild-42 (豊川市, 新発田市), tuned on after its first sight.
    ['年1回以上、受託者の施設を訪れ、ケア記録票の保管状況を実地で確かめる', 'audit'],
    ['委員の委嘱時に端末と資料の取扱い方法を説明し、守秘義務を確認する書面に署名してもらう。', 'training'],
    ['市から受け取ったデータを、他の記録媒体に写してはならない。', 'copy_limit'],
    ['同パソコンにはEDRを導入し、検知用の定義情報を常に最新に保つ。', 'malware_protection'],
    ['契約終了後はパソコン内のデータを復元できない方法で消し、消去したことを書面で市に届け出る。', 'erasure_proof'],
    // eval/wild-43 (つくば市), tuned on after its first sight.
    ['受託者がまとめた作業フローを着手前に市が点検する。', 'work_procedure'],
    ['解除用のパスワードはメモリとは切り離して口頭で伝える。', 'password_separation'],
    ['業務が終わったときは、パソコンのデータを元に戻せない方法で抹消させる。', 'return_erasure'],
    ['サーバ室に入る者を生体認証で確認し、その記録を残させる。', 'entry_control'],
    ['システムの障害や情報漏えいに気づいたときの連絡体制を定めておく。', 'incident_response']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
  it('an annex’s first article on why personal data matters is its general duty', () => {
    expect(cats('受託者は、個人情報の保護の大切さを十分に認識し、本業務で扱う個人情報を慎重に取り扱わなければならない。', null, true)).toContain('general_duty');
    expect(cats('受注者は、個人情報の保護が個人の尊厳に関わるものであることを理解し、個人情報を適切に管理しなければならない。', null, true)).toContain('general_duty');
  });
  it('a server room entered by biometrics is entry control, not user authentication', () => {
    expect(cats('サービスを運用するデータセンターは国内に置かせ、サーバ室への入退室を生体認証により管理させる。')).not.toContain('access_auth');
  });
  it('a password kept apart from the memory is no network isolation, and a step that must not enter a decision no entry control (eval/wild-43)', () => {
    expect(cats('解除用のパスワードはメモリとは切り離して口頭で伝える。')).not.toContain('network_protection');
    expect(cats('作業フローに、給付の判断に立ち入る工程が含まれていないことを確かめる。')).not.toContain('entry_control');
    expect(cats('サーバ室に入る者を生体認証で確認し、その記録を残させる。')).not.toContain('access_auth');
    // A contact list or an ID deleted is neither.
    expect(cats('受託者は、責任者、作業体制及び連絡体制を書面で提出する。')).not.toContain('incident_response');
    expect(cats('ユーザーIDの登録、変更及び抹消を行う。')).not.toContain('return_erasure');
  });
  it('a mis-sent file told as an incident is no e-mail measure', () => {
    expect(cats('通信障害やデータの誤送信が起きたときは、直ちに送受信を停止し、国保連と連携して原因の究明と復旧に当たる。')).not.toContain('email_safety');
  });
  it('contacts and steps for a failure or a leak are incident response, not a work procedure', () => {
    expect(cats('障害や漏えいが起きた場合の連絡先と対応手順を定め、あらかじめ市に提出させる。')).not.toContain('work_procedure');
  });
  it('erasure with the date and way of it written down and handed in is its proof', () => {
    expect(cats('乙は、個人情報を復元できない方法で消去し、又は廃棄したうえで、その日時及び方法を記した書面を甲に提出しなければならない。', null, true)).toEqual(expect.arrayContaining(['return_erasure', 'erasure_proof']));
  });
});

describe('the taxonomy’s traps', () => {
  it('logs kept to prevent leaks are logging, not incident response', () => {
    expect(cats('個人情報の漏えい防止対策としてログ管理を徹底させる。')).toEqual(['logging']);
  });
  it('「ログ管理を徹底させる」 is not training', () => {
    expect(cats('ログ管理を徹底させる。')).not.toContain('training');
  });
  it('a lockable case in transit is transfer control, not locked storage', () => {
    expect(cats('媒体の搬送は施錠可能なケースを用いる。')).toEqual(['transfer_control']);
  });
  it('a sentence naming two measures gets both', () => {
    expect(cats('データは暗号化し、パスワードは別メールで通知させる。')).toEqual(expect.arrayContaining(['encryption', 'password_separation']));
  });
  it('the pandemic is not a computer virus', () => {
    expect(cats('新型コロナウイルスワクチンの接種記録を管理する。')).toEqual([]);
  });
  it('a login step is not logging', () => {
    expect(cats('職員は指定のURLからシステムにログインする。')).toEqual([]);
  });
  it('theft prevention of paper or cards is not device locking', () => {
    expect(cats('ICカードの紛失・盗難等を防止するため、施錠できる容器に保管する。')).not.toContain('device_lock');
  });
  it('a rule’s purpose clause, a definition and an incident narrative state no measure', () => {
    expect(cats('この要綱は、USBメモリの取扱いについて必要な事項を定め、情報漏えい及びウイルス感染を防止することを目的とする。')).toEqual([]);
    expect(cats('委託業者とは、守秘義務を明記した契約書により業務委託契約を締結したものをいう。')).toEqual([]);
    expect(cats('誤って全て宛先で一斉メールを送信したため、メールアドレスが流出する事案が発生しました。')).toEqual([]);
    expect(cats('諮問第11号 商品券発行事業に係る保有個人情報の目的外利用について')).toEqual([]);
  });
  it('a copy that is not made is a copy limit; a network closed to one route limits no person', () => {
    expect(cats('調査票の複写は行わない。')).toEqual(['copy_limit']);
    expect(cats('タブレット端末の通信は閉域網に限定し、インターネットには接続できない設定とする。')).toEqual(['network_protection']);
  });
  it('reads entry permits, bans on USB memory, the registration of IDs and the range a camera films', () => {
    expect(cats('電算室に入室しようとする者は、あらかじめ電算室を管理する課の長の許可を得なければならない。')).toEqual(['entry_control']);
    expect(cats('基幹業務に関わるネットワークで利用するコンピュータにおいて、USBメモリ等の利用を禁止する。')).toEqual(['takeout_limit']);
    expect(cats('庁内LAN管理者は、ユーザーIDの登録、変更及び抹消並びに利用権限の管理に関する業務を行う。')).toContain('access_auth');
    expect(cats('防犯カメラを設置する台数及びその撮影する範囲は必要な最小限度に限るものとする。')).toEqual(['collection_limit']);
    // Damages a contractor must pay are its liability, not a person in charge.
    expect(cats('受託者は、この特記事項に違反したことにより本市に損害が生じた場合は、その損害を賠償する責任を負う。')).not.toContain('responsible_staff');
  });
  it('a ban on taking records home limits take-out; a memorandum exchanged sets the terms', () => {
    expect(cats('ハンディターミナル及び検針票を従事者の自宅へ持ち帰ることを禁止する。')).toContain('takeout_limit');
    expect(cats('まず、各警察署と覚書を取り交わし、提供した情報を捜索以外の目的に使わないことを明記いたします。')).toContain('contract_terms');
  });
  it('an agreement concluded, a copy not allowed, readers kept few and a password put on a file (山形市, eval/wild-15)', () => {
    expect(cats('提供先とは名簿の管理に関する協定を結び、その中で秘密を守る義務を定めます。')).toContain('contract_terms');
    expect(cats('名簿のコピーをとることは認めません。')).toEqual(['copy_limit']);
    expect(cats('名簿を見ることができる者は、提供先の役員など必要最小限の範囲にとどめます。')).toContain('access_control');
    expect(cats('ＣＤ－Ｒに記録するデータにはパスワードを付け、そのパスワードは別に電話で伝えます。')).toContain('encryption');
  });
  it('a book of who looked up what and when is logging', () => {
    expect(cats('照会した日時、職員名及び対象家屋を記録簿に残し、税務課が定期的に点検する。')).toContain('logging');
    expect(cats('照会した記録は税務システムに残りますので、市民税課が毎月その記録を確認いたします。')).toContain('logging');
    expect(cats('照会及び提供の記録は7年間保存し、情報システム課が不正な照会の有無を毎月点検する。')).toContain('logging');
  });
  it('media carried by staff and handed over is transfer control; a password lock is encryption', () => {
    expect(cats('CD-Rは、実施機関の職員が提供先の事務所へ持参して引き渡す。')).toContain('transfer_control');
    expect(cats('CD-Rは、健康課の職員が受託者の事業所に持参し、受領書と引換えに渡す。')).toContain('transfer_control');
    expect(cats('名簿は、パスワードによるロック機能を備えたUSBメモリに格納する。')).toContain('encryption');
  });
  it('an incident named as a condition is still a measure', () => {
    expect(cats('事故が発生した場合は、直ちに区に報告させる。')).toContain('incident_response');
    expect(cats('漏えいなどが分かった時点で、直ちに市へ電話で一報させる。')).toContain('incident_response');
  });
  it('plain wordings of a newsletter (eval/wild-26, tuned on after its first sight)', () => {
    expect(cats('必要なときは受託者の事務所に立ち入り、取扱いの状況を調べます。')).toContain('audit');
    expect(cats('個人情報を扱う助産師をあらかじめ決め、その名簿を市に出すこと。')).toContain('responsible_staff');
    expect(cats('記録を入力するパソコンは、起動時にパスワードを入れなければ使えないようにすること。')).toContain('access_auth');
    expect(cats('事業が終わったらパソコン内のデータを完全に消し、消したことを書面で市へ報告すること。')).toContain('return_erasure');
  });
  it('wordings met in eval/wild-25 (tuned on after its first sight)', () => {
    expect(cats('システムの利用時は、静脈認証により登録された職員本人であることを確認する。')).toContain('access_auth');
    // Biometrics at a room's door are entry control, not a user's authentication.
    expect(cats('作業室入口に入室管理装置（静脈認証）を常備し、入室の際は、必ず認証を受けること。')).not.toContain('access_auth');
    expect(cats('結合先との通信は暗号化し、意見書の受信記録を保存する。')).toContain('logging');
    expect(cats('照会は指定した職員に限って行わせ、照会の都度、照会簿に日時と対象者を記録する。')).toContain('logging');
    expect(cats('作業は専用作業室に限って行わせ、作業室への入退出は記録簿で管理させます。')).toContain('entry_control');
    expect(cats('通知書や返信用はがきは、作業をしていない時間は施錠できる書庫にしまわせます。')).toContain('locked_storage');
    expect(cats('予約管理システムで申込データを見られるのは、担当職員のアカウントだけに設定する。')).toContain('access_control');
    expect(cats('委託先とのメールのやり取りは市の業務用アカウントに限り、送信の前に2人で宛先を確かめる。')).not.toContain('access_control');
  });
  it('wordings met in eval/wild-29 and eval/wild-26 (tuned on after their first sights)', () => {
    expect(cats('名簿の作成に当たっては、掲載の要否を判定するのに必要な項目だけを抽出し、それ以外の情報は取り込まない。')).toContain('collection_limit');
    expect(cats('市の書面による承諾がない限り、業務の一部であっても他の事業者に行わせない')).toContain('subcontract_limit');
    expect(cats('申込データは毎日、別の場所にあるサーバへ複製して保管させ、データの滅失に備えさせる')).toContain('backup');
    expect(cats('審査会資料は、開催日から14日を経過した時点でクラウド上から自動的に削除される設定とする。')).toContain('return_erasure');
    expect(cats('利用は保健事業の対象者の抽出と個別支援に限り、ほかの目的には用いません。')).toContain('purpose_limit');
  });
  it('clause-only categories need a clause', () => {
    expect(cats('その事実を公表することができる。')).toEqual([]);
    expect(cats('その事実を公表することができる。', null, true)).toEqual(['publication']);
  });
  it('uses the heading of an annex clause', () => {
    expect(cats('前項による確認は、年度当たり1回以上行うものとする。', '監査等', true)).toEqual(['audit']);
  });
  it('keeps the words that matched as evidence', () => {
    expect(classify(tokenizer, '個人情報消去証明書を提出させる。', null, false)).toContainEqual({ category: 'erasure_proof', cue: '消去証明' });
  });
  it('adds what the learned model finds and no cue does, with its strongest words marked 推定', () => {
    const got = classify(tokenizer, '思想や信条、基本的人権を損なうおそれのある個人情報は、法令等の定めがあるときなどを除いて取り扱いません。', null, false);
    expect(got).toContainEqual({ category: 'collection_limit', cue: expect.stringMatching(new RegExp(`^${MODEL_EVIDENCE_PREFIX}.*信条`)) });
  });
  it('lets a negative cue veto the model as it vetoes a cue', () => {
    expect(cats('タブレット端末の通信は閉域網に限定し、インターネットには接続できない設定とする。')).not.toContain('access_control');
  });
});

describe('precision and recall on labelled sentences not in the samples', () => {
  it('every code in the taxonomy has cues', () => {
    for (const c of TAXONOMY) expect(c.cues.length, c.code).toBeGreaterThan(0);
  });
  it('the working set stays at or above 0.9 micro precision and recall', () => {
    const e = evaluateFile('eval/classifier/sentences.tsv', tokenizer);
    expect(e.micro.precision, formatEvaluation(e)).toBeGreaterThanOrEqual(0.9);
    expect(e.micro.recall, formatEvaluation(e)).toBeGreaterThanOrEqual(0.9);
  });
  it('the sets of real wording tuned on after their first sight keep their figures (floors, less a margin)', () => {
    for (const [file, floor] of [
      ['eval/classifier/wild.tsv', 0.94],
      ['eval/classifier/wild-2.tsv', 0.92],
      ['eval/classifier/wild-3.tsv', 0.9],
      ['eval/classifier/wild-4.tsv', 0.92],
      ['eval/classifier/wild-5.tsv', 0.92]
    ] as const) {
      const e = evaluateFile(file, tokenizer);
      expect(e.micro.f1, `${file}\n${formatEvaluation(e)}`).toBeGreaterThanOrEqual(floor);
    }
  });
  it('the held-out set (never used to tune cues) stays at or above 0.9 micro F1', () => {
    const e = evaluateFile('eval/classifier/holdout.tsv', tokenizer);
    expect(e.micro.f1, formatEvaluation(e)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('plain-language measures and look-alikes (やさしい日本語 pages, eval/wild-31, tuned on after its first sight)', () => {
  it.each([
    ['市の職員がときどき会社へ行って、情報のあつかいかたを調べます。', 'audit'],
    ['タブレットでは、決められたアプリしか使えないように設定します。', 'access_control'],
    ['情報をあつかう人を決めて、その人だけがあつかいます。', 'responsible_staff'],
    ['情報をあつかう人を決めて、その人だけがあつかいます。', 'access_control'],
    ['メールを送るときは、あて先が正しいか2人でたしかめます。', 'email_safety'],
    ['名簿のデータにはパスワードをつけてCD-Rに入れます。', 'encryption'],
    ['情報がもれたりなくなったりしたときは、すぐに市に知らせます。', 'incident_response'],
    ['そして、消したことを書類で市に知らせます。', 'erasure_proof'],
    ['CD-Rは、市の職員が会社に持って行って、手わたしします。', 'transfer_control'],
    ['1年に1回より多く、会社から情報のあつかいかたについて報告をもらいます。', 'status_report'],
    ['事務所に入れる人を決めて、入った人と時間を記録します。', 'entry_control'],
    ['この仕事をほかの会社にさせません。', 'subcontract_limit'],
    ['この仕事で知ったことを、ほかの人に話しません。', 'confidentiality'],
    ['サービスへの接続は、インターネット接続系の専用端末からに限る。', 'access_control'],
    ['審査会委員に対し、就任時及び毎年度当初に、資料の適正な取扱いについて説明を行う。', 'training'],
    ['業務終了後、回答データを消去し、調査票は溶解処理したうえで、その結果を書面で市に報告する。', 'erasure_proof'],
    ['介護保険システムで情報を抽出した記録は、システムに自動で残り、後から確かめられるようにしています。', 'logging']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  it('reads a clause ending the contract as no publication, and biometric entry as no log-in', () => {
    expect(cats('県は、受託者がこの特記事項に違反したときは、契約を解除することができる。', '(契約の解除)', true)).not.toContain('publication');
    expect(cats('県は、受託者が違反したときは、その事実を公表することができる。', null, true)).toContain('publication');
    expect(cats('データセンターは国内に置き、生体認証による入退室管理を行っている。')).not.toContain('access_auth');
    expect(cats('データセンターは国内に置き、生体認証による入退室管理を行っている。')).toContain('entry_control');
  });
});

describe('measures worded by four other municipalities (eval/wild-46, tuned on after its first sight)', () => {
  it.each([
    ['業務が終わったときは、データを復元できない方法で抹消させて、抹消を証する書面を提出させる。', 'erasure_proof'],
    ['退会したときは、該当するデータを速やかに消去させ、消去した旨の記録を市に提出させる。', 'erasure_proof'],
    ['その利用者のデータを消去させ、消去を終えたことを文書で知らせさせる。', 'erasure_proof'],
    ['パソコン内のデータを消させ、訪問記録票は市へ返させたうえで、その結果を書面で報告させる。', 'erasure_proof'],
    ['資料等を返還し、記録は確実に消去し、又は廃棄した上で、その旨を記載した書面を甲に提出しなければならない。', 'erasure_proof'],
    ['分析用データの抽出は、課長があらかじめ指名した職員2名に限って行う。', 'access_control'],
    ['連携用のサーバはDMZに置き、結合先のサーバ以外からの接続は受け付けない設定とする。', 'network_protection'],
    ['パソコンはインターネットにつながせず、担当者ごとのIDとパスワードで起動させる。', 'network_protection'],
    ['結合先のサーバは国内のデータセンターに置かせ、サーバ室に入れる者を事前に登録された者に限らせる。', 'entry_control'],
    ['新しく担当になった職員には、連携の仕組みと取扱いの注意点を説明する場を設ける。', 'training'],
    ['集計用のファイルにはパスワードを掛けさせる。', 'encryption'],
    ['市から受け取った情報は、アプリでの情報配信にだけ使わせ、広告や商品の案内に流用させない。', 'purpose_limit'],
    ['運営・保守の作業を他の事業者に任せるときは、前もって市の書面による承諾を受けさせる。', 'subcontract_limit'],
    ['送信の前に、宛先のアドレスを担当者以外の職員が読み上げて照合する。', 'email_safety'],
    ['年度の途中に一度、委託先の事務所を訪ね、名簿の保管の状況を検分する。', 'audit'],
    ['配達にはその日のコースの抜粋だけを携行させる。', 'takeout_limit']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  it('reads a password sent to the manager, administrator rights, a room’s entry and a work plan’s span as what they are', () => {
    expect(cats('復号のためのパスワードは媒体の受渡しとは別の日に、受託者の責任者あてに封書で通知する。')).not.toContain('responsible_staff');
    expect(cats('データベースの管理者権限は、運用事業者が指名した運用担当者2名に限って与えさせる。')).toEqual(['access_control']);
    expect(cats('結合先のサーバ室に入れる者を事前に登録された者に限らせる。')).not.toContain('access_control');
    expect(cats('記録保管室への入室は管理責任者が許可した者に限らせ、入室簿に記入させる。')).toEqual(['entry_control']);
    expect(cats('受託者の作業着手前に、データの受領から消去までの作業手順書を提出させる。')).toEqual(['work_procedure']);
    expect(cats('集計用のファイルにはパスワードを掛けさせる。')).not.toContain('password_separation');
  });
});

describe('measures worded by four more municipalities (eval/wild-48, tuned on after its first sight)', () => {
  it.each([
    ['年に二度、職員が委託先の事業所を訪れ、書類の保管や端末の管理の実態を点検する。', 'audit'],
    ['申請書及び記録票は、使わないときは施錠した戸棚に納めさせる。', 'locked_storage'],
    ['連携用ファイルを送信できる職員を2名に絞る。', 'access_control'],
    ['送信の記録は自動で保存され、課長が月ごとに内容を点検する。', 'logging'],
    ['データセンターでは、サーバ室に入ることのできる者を登録した者に限らせる。', 'entry_control'],
    ['契約が終わったときは端末内のデータを削除させ、その旨を記した書面を提出させる。', 'erasure_proof'],
    ['乙は、前項の消去を行ったときは、その日時、方法及び対象を記載した書面により甲に報告しなければならない。', 'erasure_proof'],
    ['乙は、本業務のために個人情報を取得するときは、本業務を行うのに必要な範囲を超えてはならない。', 'collection_limit'],
    ['甲は、必要があると認めるときは、職員に乙の事業所を調査させることができる。', 'audit']
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  it('reads an annex’s first article that asks the contractor to be aware of the dignity at stake as its general duty', () => {
    expect(cats('乙は、個人情報の保護が個人の尊厳に関わる重要な事柄であることを自覚し、個人情報を適正に取り扱わなければならない。', null, true)).toContain('general_duty');
    expect(cats('乙は、個人情報を適正に取り扱わなければならない。', '基本原則', true)).toContain('general_duty');
  });

  it('reads a room’s entry as no access control, a return to the city as no transfer, a locked transport case as no storage', () => {
    expect(cats('データセンターでは、サーバ室に入ることのできる者を登録した者に限らせる。')).not.toContain('access_control');
    expect(cats('期間が満了したときは、記録票を市へ引き渡させ、記録用パソコン内のデータを削除させる。')).not.toContain('transfer_control');
    expect(cats('媒体は、施錠できる搬送用ケースに収め、受渡簿に記録したうえで手渡しにより受け渡す。')).not.toContain('locked_storage');
  });
});

describe('annex articles worded by 観音寺市 (eval/wild-49 ar2, tuned on after its first sight)', () => {
  it.each([
    ['受託者は、業務に要する最小限の個人情報に限って取得するものとし、不正な手段で取得してはならない。', 'collection_limit'],
    ['受託者は、個人の権利利益を守ることの大切さを踏まえ、その取扱いに万全を期すものとする。', 'general_duty'],
    ['受託者は、個人情報をこの契約の目的の外で使い、又は他者に渡してはならない。', 'purpose_limit']
  ])('%s → %s', (text, category) => {
    expect(cats(text, null, true)).toContain(category);
  });

  it('reads collecting only the least personal data as no access control', () => {
    expect(cats('受託者は、業務に要する最小限の個人情報に限って取得するものとする。', null, true)).not.toContain('access_control');
  });
});
