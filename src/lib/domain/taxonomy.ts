// The safeguard taxonomy (情報保護対策の分類): one source of truth for the classifier,
// the dashboard's labels and the documentation. Codes are stable identifiers stored in
// safeguards.category; labels are what users read.

export type Group = 'organizational' | 'human' | 'physical' | 'technical' | 'clause';

export interface Category {
  code: string;
  label: string;
  group: Group;
  definition: string;
  /** Cue patterns over kuromoji lemmas (syntax in cues.ts). The first that matches is kept as evidence. */
  cues: string[];
  /** Patterns that look like a cue but mean something else: a cue match they overlap does not count. */
  negative?: string[];
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
    cues: ['特記事項 … 付す|添付|付与|明記', '遵守義務 … 明記|規定|記載', '遵守 … 旨 … 明記|規定|記載|定める', '契約 … 旨 … 明記|定める|規定', '契約書 … 明記|規定|記載', '遵守 … 義務付け|義務付ける', '特約条項']
  },
  {
    code: 'responsible_staff',
    label: '責任者・取扱者の指定',
    group: 'organizational',
    definition: '管理責任者・取扱者の指定と名簿の報告、管理体制の整備',
    cues: ['取扱責任者', '責任者 … 指定|報告|定める|選任|置く|届出|届け出', '責任者 は … 課長|係長|部長|所長', '管理者 は … 課長|係長|部長|所長', '運用責任者', '取扱者 … 指定|報告', '従事者|取扱者|作業者|担当者|従業員 … 名簿', '名簿 … 提出|報告|届出|届け出', '管理責任体制|管理体制|責任体制', '運用管理者|運用管理責任者', '保護管理責任者|保護管理事務取扱者', 'セキュリティ責任者|情報セキュリティ責任者', '従事者 … 指定', 'システム管理者 … 指定']
  },
  {
    code: 'work_procedure',
    label: '業務手順・運用規程',
    group: 'organizational',
    definition: '業務フロー・作業手順・運用規程の策定、作業手順の事前確認',
    cues: ['業務フロー', '作業手順|業務手順|処理手順', '運用規程|運用規定|運用要領|運用マニュアル', '手順書', '工程 … 点検|確認']
  },
  {
    code: 'status_report',
    label: '取扱状況の報告',
    group: 'organizational',
    definition: '受託者が個人情報の取扱状況を随時または定期に報告する',
    cues: ['取扱状況 … 報告', '取扱 の? 状況 … 報告', '管理 の? 状況 … 報告', '状況報告', '管理状況 … 報告']
  },
  {
    code: 'audit',
    label: '立入調査・監査',
    group: 'organizational',
    definition: '受託者への立入調査・監査・現場査察・随時調査',
    cues: ['立入 … 調査|検査|確認', '立入調査|立入検査', '現場査察|査察', '監査', '随時調査|実地調査|実地検査|定期調査'],
    negative: ['立入 … 禁止']
  },
  {
    code: 'incident_response',
    label: '事故時の報告・対応',
    group: 'organizational',
    definition: '事故・漏えい時の報告と対応、緊急連絡体制、障害時対応',
    cues: ['事故', '緊急時', '障害時|障害発生', '障害 が 発生', 'トラブル', '漏洩 … 発生|報告|場合|時|おそれ', '侵害 … 対応', '直ちに … 報告'],
    negative: ['事故防止|事故防止策|事故防止対策', '漏洩防止', '事故対応マニュアル', '漏洩 が ない', '漏洩 等 が ない']
  },
  {
    code: 'subcontract_limit',
    label: '再委託の禁止・制限',
    group: 'organizational',
    definition: '再委託の禁止、または承認を得た場合に限る',
    cues: ['再委託|再々委託', '第三者 に 委託|請け負わ']
  },
  {
    code: 'purpose_limit',
    label: '目的外利用・提供の禁止',
    group: 'organizational',
    definition: '目的外の利用・第三者への提供をしない',
    cues: ['目的外', '目的 以外', '以外 の 目的', '目的 の 範囲 内 … 利用|使用', '第三者 に|へ 提供', '第三者 へ の 提供']
  },
  {
    code: 'copy_limit',
    label: '複写・複製の禁止',
    group: 'organizational',
    definition: '複写・複製の禁止',
    cues: ['複写|複製 … て|で は なら ない', '複写|複製 … 禁止|禁ずる', '複写|複製 … させ|し ない', '承諾|許可 … 複写|複製', '複写|複製 … 承諾|許可'],
    negative: ['複写機', 'なけれ ば']
  },
  {
    code: 'collection_limit',
    label: '収集の制限',
    group: 'organizational',
    definition: '必要な範囲で本人から直接、適正に収集し、要配慮事項は収集しない',
    cues: ['適正収集', '適正 な 収集', '本人 から 直接', '収集 … なら ない', '収集禁止', '最小限 … 収集', '必要 な 範囲 … 収集']
  },
  {
    code: 'certification',
    label: '第三者認証',
    group: 'organizational',
    definition: 'プライバシーマーク・ISMS等の認証を受けた事業者',
    cues: ['プライバシーマーク', 'isms', 'iso27001', 'iso … 27001', 'jisq15001', 'jis … 15001', '認証 を 取得', '認定 を 取得']
  },
  {
    code: 'confidentiality',
    label: '秘密の保持',
    group: 'human',
    definition: '守秘義務(契約終了後も)',
    cues: ['秘密保持', '秘密 の|を 保持', '守秘', '漏らす', '漏らさ', 'みだり に … 知らせる|漏らす|提供|利用', '他人 に 知らせる'],
    negative: ['秘密 が 侵害']
  },
  {
    code: 'training',
    label: '研修・教育',
    group: 'human',
    definition: '従事者への研修・教育・周知、規程遵守の指導',
    cues: ['研修', '教育', '周知', '従業員|従事者|職員|利用者|作業者 … 指導|徹底', '責務|責任 … 徹底', '遵守 … 徹底'],
    negative: ['教育委員会', '研修会 … 申込|参加']
  },
  {
    code: 'locked_storage',
    label: '施錠保管',
    group: 'physical',
    definition: '紙・媒体を施錠して保管する',
    cues: ['施錠 … 保管|管理', '施錠保管', '金庫', 'カギ付 … キャビネット|書庫|ロッカー|保管', 'カギ の かかる', '保管庫', 'キャビネット', '書庫 … 保管'],
    negative: ['施錠 できる|可能 な ケース', 'カギ付 … ケース']
  },
  {
    code: 'entry_control',
    label: '入退室管理',
    group: 'physical',
    definition: '入退室できる者の限定と記録',
    cues: ['入退室', '入室 … 限定|制限|管理|記録|限る', '入館 … 管理|制限', '入退館']
  },
  {
    code: 'device_lock',
    label: '機器の固定・盗難防止',
    group: 'physical',
    definition: '端末の固定・盗難防止',
    cues: ['セキュリティワイヤー', 'ワイヤーロック', '盗難 … 防止|防ぐ|対策', '固定 … 盗難']
  },
  {
    code: 'takeout_limit',
    label: '持出しの禁止・管理',
    group: 'physical',
    definition: '指定場所外への持出しの禁止・管理',
    cues: ['持出', '外部 へ の 持出', '場所 の 外 へ']
  },
  {
    code: 'transfer_control',
    label: '受渡し・搬送の管理',
    group: 'physical',
    definition: '手渡し・受渡し記録・施錠ケースでの搬送・電話での送付確認',
    cues: ['手渡し', '受渡', '引渡 … 記録|確認', '確認書', '受払簿', '施錠 できる|可能 な ケース', 'カギ付 … ケース', '搬送', '電話連絡', '授受', '送付 … 電話 … 確認', '運搬']
  },
  {
    code: 'return_erasure',
    label: '返還・消去・廃棄',
    group: 'physical',
    definition: '媒体の返還、データの消去・廃棄',
    cues: ['返還', '返却', '消去', '廃棄', '溶解', '裁断', 'データ … 削除', '削除 … データ'],
    negative: ['廃棄物', '消去証明書|廃棄証明書|溶解証明書|裁断証明書', '消去完了報告書|消去報告書']
  },
  {
    code: 'erasure_proof',
    label: '消去の証明・報告',
    group: 'physical',
    definition: '消去・廃棄の証明書または報告',
    cues: ['消去証明', '溶解証明|裁断証明|廃棄証明', '消去|廃棄|溶解|裁断 … 証明書', '消去 … 報告', '消去 … 記録 … 保存', '廃棄 … 報告', '消去報告', '削除 … 報告']
  },
  {
    code: 'print_control',
    label: '印刷物・印刷の管理',
    group: 'physical',
    definition: '印刷物を放置しない、印刷ログ・枚数の管理',
    cues: ['印刷ログ', '印刷 … 放置', '印刷枚数|指定枚数', '印刷 … 部数|枚数', '出力 … 放置', '放置 … せる|せず', '印刷物 … 管理|回収']
  },
  {
    code: 'access_auth',
    label: '利用者の限定・認証',
    group: 'technical',
    definition: '特定された利用者のみがID・パスワード等で認証して利用する',
    cues: ['id … パスワード', 'パスワード … 認証', 'パスワード は … 定期 的 に 変更|更新', '利用認証|利用者認証', '認証 を 行う', '利用者id', '取扱 こと が できる 者 を 特定', '取扱 者 を 特定', '生体認証|二要素認証|多要素認証']
  },
  {
    code: 'access_control',
    label: 'アクセス権限の制御',
    group: 'technical',
    definition: 'フォルダ・機能・端末・場所の権限制御、取扱者の限定',
    cues: ['アクセス権', 'アクセス制御', 'アクセス 権限', '権限', '利用 できる 端末', '端末 … 限定|制限', '者 … 限定', '者 … 限る', '機能 … 制限|制御|限定', 'アクセス … 制限'],
    negative: ['権限 を 有する']
  },
  {
    code: 'encryption',
    label: '暗号化・パスワード保護',
    group: 'technical',
    definition: 'データ・ファイルの暗号化またはパスワード保護',
    cues: ['暗号化', 'パスワード を|の? 付す|付与|設定|かける', 'パスワード 付き|付', 'パスワード設定', 'パスワード保護']
  },
  {
    code: 'password_separation',
    label: 'パスワードの別送',
    group: 'technical',
    definition: 'パスワードをデータと別の経路・機会で伝える',
    cues: ['別メール', '別 の メール|機会|手段|経路|方法', 'パスワード通知書', 'パスワード … 事前|あらかじめ', 'パスワード … 別途|別送|別便', 'パスワード … 別 に', 'パスワード … 電話', '別送']
  },
  {
    code: 'logging',
    label: 'ログの記録・監視',
    group: 'technical',
    definition: '操作・アクセス・システムのログの記録と確認',
    cues: ['ログ', '操作履歴|アクセス履歴', 'アクセス記録', '利用記録|操作記録'],
    negative: ['ログイン', 'ログオン', 'ブログ', 'カタログ', '印刷ログ']
  },
  {
    code: 'network_protection',
    label: '不正接続の防止',
    group: 'technical',
    definition: 'ファイアウォール・IDS/IPS・ネットワーク分離・外部接続の遮断',
    cues: ['ファイアウォール', 'ids', 'ips', 'インターネット から 分離', 'インターネット|外部 … 接続 … ない', '外部 … 接続 … 遮断', '不正接続', '不正 な 接続', '閉域', '専用回線', 'vpn', 'lgwan', '不正 アクセス … 防止|防ぐ|対策']
  },
  {
    code: 'malware_protection',
    label: 'ウイルス対策・更新',
    group: 'technical',
    definition: 'ウイルス対策ソフト・パターンファイル・セキュリティ更新',
    cues: ['ウイルス', 'マルウェア', '更新プログラム', 'パターンファイル', 'セキュリティパッチ', '脆弱性 … 対策|修正'],
    negative: ['コロナウイルス', '新型 コロナ ウイルス', 'ノロウイルス']
  },
  {
    code: 'email_safety',
    label: 'メール誤送信対策',
    group: 'technical',
    definition: 'BCC・専用アカウント・複数人確認・自動返信',
    cues: ['bcc', '専用 … アカウント', '複数名|複数人|二人|2人 … 確認', '自動返信', '誤送信', 'ダブルチェック']
  },
  {
    code: 'backup',
    label: 'バックアップ',
    group: 'technical',
    definition: 'データのバックアップ',
    cues: ['バックアップ を? 取得|保存|保管|作成|実施|行う|とる', 'データ の? バックアップ', 'バックアップ … 復旧|世代|媒体|保管|取得', 'バックアップ'],
    negative: ['バックアップ データ … 消去|削除|廃棄', 'バックアップ する 事業', '家庭 を バックアップ']
  },
  {
    code: 'general_duty',
    label: '基本的事項',
    group: 'clause',
    definition: '特記事項の基本的事項(個人情報保護の重要性の認識)',
    cues: ['基本的事項', '重要性 … 認識|理解', '権利利益 … 侵害|害する'],
    clauseOnly: true
  },
  {
    code: 'publication',
    label: '違反の公表',
    group: 'clause',
    definition: '違反した場合に区が事実を公表できる',
    cues: ['公表'],
    clauseOnly: true
  },
  {
    code: 'liability',
    label: '損害賠償',
    group: 'clause',
    definition: '受託者が損害を賠償する',
    cues: ['損害 … 賠償', '賠償'],
    clauseOnly: true
  }
];

export const CATEGORY_BY_CODE = new Map(TAXONOMY.map((c) => [c.code, c]));
