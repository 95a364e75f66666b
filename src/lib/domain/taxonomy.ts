// The safeguard taxonomy (情報保護対策の分類): one source of truth for the classifier,
// the dashboard's labels and the documentation. Codes are stable identifiers stored in
// safeguards.category; labels are what users read.

export type Group = 'organizational' | 'human' | 'physical' | 'technical' | 'clause';

export interface Category {
  code: string;
  label: string;
  group: Group;
  definition: string;
  /** Patterns over normalised text (NFKC, no spaces). The first that matches is kept as evidence. */
  cues: RegExp[];
  /** Phrases removed before the cues run: they look like a cue but mean something else. */
  negative?: RegExp[];
  /** Only annex clauses can carry this category. */
  clauseOnly?: boolean;
}

export const GROUP_LABELS: Record<Group, string> = {
  organizational: '組織的',
  human: '人的',
  physical: '物理的',
  technical: '技術的',
  clause: '特記事項のみ'
};

export const TAXONOMY: Category[] = [
  {
    code: 'contract_terms',
    label: '契約条項・遵守義務の明記',
    group: 'organizational',
    definition: '契約に特記事項を付す、またはセキュリティポリシー・条例・守秘の遵守義務を明記する',
    cues: [/特記事項.{0,6}(?:を付|を添付|を付与)/, /遵守義務.{0,12}明記/, /契約書.{0,12}明記/, /(?:特約条項|特記事項).{0,20}遵守を義務付/, /遵守を義務付/]
  },
  {
    code: 'responsible_staff',
    label: '責任者・取扱者の指定',
    group: 'organizational',
    definition: '管理責任者・取扱者の指定と名簿の報告、管理体制の整備',
    cues: [/取扱(?:い)?責任者/, /責任者.{0,12}(?:指定|報告|定め)/, /取扱(?:い)?者.{0,8}(?:を|の)?(?:指定|名簿)/, /名簿/, /管理(?:責任)?体制/, /運用管理(?:責任)?者/, /保護管理(?:責任者|事務取扱者)/, /セキュリティ責任者/, /従事者.{0,4}の?指定/]
  },
  {
    code: 'work_procedure',
    label: '業務手順・運用規程',
    group: 'organizational',
    definition: '業務フロー・作業手順・運用規程の策定、作業手順の事前確認',
    cues: [/業務フロー/, /作業手順/, /運用規程/, /手順書/, /工程.{0,12}点検/]
  },
  {
    code: 'status_report',
    label: '取扱状況の報告',
    group: 'organizational',
    definition: '受託者が個人情報の取扱状況を随時または定期に報告する',
    cues: [/取扱(?:い)?状況.{0,6}報告/, /状況報告/]
  },
  {
    code: 'audit',
    label: '立入調査・監査',
    group: 'organizational',
    definition: '受託者への立入調査・監査・現場査察・随時調査',
    cues: [/立入(?:り)?(?:調査|検査)/, /現場査察/, /監査/, /随時調査/, /実地調査/, /査察/]
  },
  {
    code: 'incident_response',
    label: '事故時の報告・対応',
    group: 'organizational',
    definition: '事故・漏えい時の報告と対応、緊急連絡体制、障害時対応',
    cues: [/事故/, /緊急時/, /障害時/, /トラブル/, /漏(?:えい|洩).{0,8}(?:発生|報告|時)/, /侵害.{0,4}対応/, /直ちに.{0,12}報告/],
    negative: [/(?:情報)?漏(?:えい|洩)?等?(?:の)?(?:事故)?防止(?:策|対策)?/, /事故防止(?:策|対策)?/, /事故対応マニュアル/]
  },
  {
    code: 'subcontract_limit',
    label: '再委託の禁止・制限',
    group: 'organizational',
    definition: '再委託の禁止、または承認を得た場合に限る',
    cues: [/再委託/, /再々委託/, /第三者に(?:委託|請け負わせ)/]
  },
  {
    code: 'purpose_limit',
    label: '目的外利用・提供の禁止',
    group: 'organizational',
    definition: '目的外の利用・第三者への提供をしない',
    cues: [/目的(?:以)?外/, /第三者(?:に|へ(?:の)?)提供/]
  },
  {
    code: 'copy_limit',
    label: '複写・複製の禁止',
    group: 'organizational',
    definition: '複写・複製の禁止',
    cues: [/複写/, /複製/]
  },
  {
    code: 'collection_limit',
    label: '収集の制限',
    group: 'organizational',
    definition: '必要な範囲で本人から直接、適正に収集し、要配慮事項は収集しない',
    cues: [/適正(?:な)?収集/, /本人から直接/, /収集(?:を行って|して)?はならない/, /収集禁止/, /必要な?最小限.{0,20}収集/]
  },
  {
    code: 'certification',
    label: '第三者認証',
    group: 'organizational',
    definition: 'プライバシーマーク・ISMS等の認証を受けた事業者',
    cues: [/プライバシーマーク/, /ISMS/, /ISO.?27001/, /JISQ.?15001/]
  },
  {
    code: 'confidentiality',
    label: '秘密の保持',
    group: 'human',
    definition: '守秘義務(契約終了後も)',
    cues: [/秘密(?:の)?保持/, /守秘/, /漏らしてはならない/, /他に漏らさ/]
  },
  {
    code: 'training',
    label: '研修・教育',
    group: 'human',
    definition: '従事者への研修・教育・周知、規程遵守の指導',
    cues: [/研修/, /教育(?!委員会)/, /周知/, /(?:従業員|従事者|職員|利用者).{0,20}(?:指導させ|指導する|徹底)/, /(?:責務|責任)を?(?:遵守し.{0,10})?徹底/, /遵守させることを徹底/]
  },
  {
    code: 'locked_storage',
    label: '施錠保管',
    group: 'physical',
    definition: '紙・媒体を施錠して保管する',
    cues: [/施錠(?!可能なケース)(?!できるケース)/, /金庫/, /鍵付き(?:の)?(?:キャビネット|書庫|ロッカー)/, /鍵のかかる/, /保管庫/, /キャビネット/]
  },
  {
    code: 'entry_control',
    label: '入退室管理',
    group: 'physical',
    definition: '入退室できる者の限定と記録',
    cues: [/入退室/, /入室.{0,12}(?:限定|制限|管理)/, /入館管理/]
  },
  {
    code: 'device_lock',
    label: '機器の固定・盗難防止',
    group: 'physical',
    definition: '端末の固定・盗難防止',
    cues: [/セキュリティワイヤー/, /ワイヤーロック/, /盗難(?:防止|を防)/]
  },
  {
    code: 'takeout_limit',
    label: '持出しの禁止・管理',
    group: 'physical',
    definition: '指定場所外への持出しの禁止・管理',
    cues: [/持ち?出(?:し|す|さ)/]
  },
  {
    code: 'transfer_control',
    label: '受渡し・搬送の管理',
    group: 'physical',
    definition: '手渡し・受渡し記録・施錠ケースでの搬送・電話での送付確認',
    cues: [/手渡し/, /受け?渡し/, /確認書/, /受払簿/, /施錠(?:可能|できる)なケース/, /鍵付き(?:の)?ケース/, /搬送/, /電話連絡/, /授受/]
  },
  {
    code: 'return_erasure',
    label: '返還・消去・廃棄',
    group: 'physical',
    definition: '媒体の返還、データの消去・廃棄',
    cues: [/返還/, /返却/, /消去/, /廃棄/, /溶解/, /裁断/]
  },
  {
    code: 'erasure_proof',
    label: '消去の証明・報告',
    group: 'physical',
    definition: '消去・廃棄の証明書または報告',
    cues: [/消去証明/, /消去(?:を)?したことの?(?:証明|報告|記録)/, /消去したことを.{0,8}報告/, /消去を行ったことの報告/, /消去報告/, /廃棄証明/, /(?:消去|廃棄).{0,12}証明書/]
  },
  {
    code: 'print_control',
    label: '印刷物・印刷の管理',
    group: 'physical',
    definition: '印刷物を放置しない、印刷ログ・枚数の管理',
    cues: [/印刷ログ/, /印刷した.{0,8}放置/, /印刷枚数/, /放置せず/]
  },
  {
    code: 'access_auth',
    label: '利用者の限定・認証',
    group: 'technical',
    definition: '特定された利用者のみがID・パスワード等で認証して利用する',
    cues: [/ID.{0,10}パスワード/, /パスワード等?により.{0,8}認証/, /利用(?:者)?認証/, /利用者ID/, /認証を行/, /取り?扱うことができる者を特定/]
  },
  {
    code: 'access_control',
    label: 'アクセス権限の制御',
    group: 'technical',
    definition: 'フォルダ・機能・端末・場所の権限制御、取扱者の限定',
    cues: [/アクセス権/, /アクセス制御/, /権限/, /利用できる端末/, /端末機?.{0,10}(?:限定|制限)/, /取扱者を限定/, /利用者.{0,24}限定/, /取り?扱うことができる者を限定/]
  },
  {
    code: 'encryption',
    label: '暗号化・パスワード保護',
    group: 'technical',
    definition: 'データ・ファイルの暗号化またはパスワード保護',
    cues: [/暗号化/, /パスワードを(?:付|設定)/, /パスワード(?:の)?設定/, /パスワード保護/]
  },
  {
    code: 'password_separation',
    label: 'パスワードの別送',
    group: 'technical',
    definition: 'パスワードをデータと別の経路・機会で伝える',
    cues: [/別メール/, /別の機会/, /パスワード通知書/, /パスワードは事前に/, /別送/, /パスワード.{0,16}別(?:途|に)/]
  },
  {
    code: 'logging',
    label: 'ログの記録・監視',
    group: 'technical',
    definition: '操作・アクセス・システムのログの記録と確認',
    cues: [/ログ(?!イン)(?!ラム)/, /操作履歴/, /アクセス記録/, /利用記録/, /操作記録/]
  },
  {
    code: 'network_protection',
    label: '不正接続の防止',
    group: 'technical',
    definition: 'ファイアウォール・IDS/IPS・ネットワーク分離・外部接続の遮断',
    cues: [/ファイア.?ウォール/, /IDS/, /IPS/, /インターネットから分離/, /外部から接続できない/, /不正接続/, /閉域/, /専用回線/, /VPN/]
  },
  {
    code: 'malware_protection',
    label: 'ウイルス対策・更新',
    group: 'technical',
    definition: 'ウイルス対策ソフト・パターンファイル・セキュリティ更新',
    cues: [/ウ[イィ]ルス/, /マルウェア/, /更新プログラム/, /パターンファイル/, /セキュリティパッチ/],
    // The pandemic's name is not a computer virus.
    negative: [/(?:新型)?コロナウ[イィ]ルス/]
  },
  {
    code: 'email_safety',
    label: 'メール誤送信対策',
    group: 'technical',
    definition: 'BCC・専用アカウント・複数人確認・自動返信',
    cues: [/BCC/i, /専用アカウント/, /複数(?:名|人)で.{0,24}確認/, /自動返信/, /誤送信/]
  },
  {
    code: 'backup',
    label: 'バックアップ',
    group: 'technical',
    definition: 'データのバックアップ',
    cues: [/バックアップ/]
  },
  {
    code: 'general_duty',
    label: '基本的事項',
    group: 'clause',
    definition: '特記事項の基本的事項(個人情報保護の重要性の認識)',
    cues: [/基本的事項/, /重要性について十分な認識/],
    clauseOnly: true
  },
  {
    code: 'publication',
    label: '違反の公表',
    group: 'clause',
    definition: '違反した場合に区が事実を公表できる',
    cues: [/公表/],
    clauseOnly: true
  },
  {
    code: 'liability',
    label: '損害賠償',
    group: 'clause',
    definition: '受託者が損害を賠償する',
    cues: [/損害.{0,4}賠償/, /賠償/],
    clauseOnly: true
  }
];

export const CATEGORY_BY_CODE = new Map(TAXONOMY.map((c) => [c.code, c]));
