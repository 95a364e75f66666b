// The municipalities documents come from: their layout, ordinance articles, council and the names
// of their health centres and welfare offices, and how a ward's wording becomes a city's.

import type { Procedure } from '../../src/lib/domain/codes';
import type { Layout } from './types';

type ArticleSet = Record<Procedure, string>;
export const ARTICLES: Record<'A' | 'B' | 'C', Partial<ArticleSet>> = {
  A: { outsourcing: '第14条第1項', external_link: '第15条第1項', purpose_change: '第12条第2項', external_provision: '第12条第2項', indirect_collection: '第10条第2項', computer_processing: '第13条第1項' },
  B: { outsourcing: '第16条第1項', external_link: '第18条第1項', purpose_change: '第17条第1項', external_provision: '第19条第2項', indirect_collection: '第11条第2項', computer_processing: '第14条第1項' },
  C: { outsourcing: '第14条第3項', external_link: '第15条第1項', purpose_change: '第12条第1項第5号', external_provision: '第13条第1項第4号', indirect_collection: '第10条第1項第6号', computer_processing: '第11条第1項' }
};

export interface Municipality {
  name: string;
  city: boolean;
  /** Designated cities name their departments 局. */
  designated: boolean;
  layout: Layout;
  articles: 'A' | 'B' | 'C';
  council: string;
  ordinance: string;
  weight: number;
  /** Health centres (`牛込・四谷保健センター`): stems and the shared suffix. */
  centres: [string[], string];
  /** Welfare offices. */
  welfare: [string[], string];
  /** The ward's health office when it is a department of its own (みなと保健所). */
  hokenjo?: string;
}

function muni(name: string, layout: Layout, articles: 'A' | 'B' | 'C', opts: Partial<Municipality> = {}): Municipality {
  const city = name.endsWith('市');
  return {
    name,
    city,
    designated: false,
    layout,
    articles,
    council: `${name}情報公開・個人情報保護審議会`,
    ordinance: `${name}個人情報保護条例`,
    weight: city ? 0.6 : 1,
    centres: [['東部', '西部'], '保健センター'],
    welfare: [['東部', '西部'], '福祉事務所'],
    ...opts
  };
}

export const MUNICIPALITIES: Municipality[] = [
  muni('千代田区', 'minato', 'A', { centres: [['千代田'], '保健所'] }),
  muni('中央区', 'minato', 'A', { centres: [['日本橋', '月島'], '保健センター'] }),
  muni('港区', 'minato', 'B', { hokenjo: 'みなと保健所' }),
  muni('新宿区', 'shinjuku', 'A', { weight: 2.5, centres: [['牛込', '四谷', '東新宿', '落合'], '保健センター'] }),
  muni('文京区', 'shinjuku', 'A', { centres: [['文京', '本富士'], '保健サービスセンター'] }),
  muni('台東区', 'shinjuku', 'A', { council: '台東区情報公開・個人情報保護運営審議会' }),
  muni('墨田区', 'edogawa', 'C', { centres: [['向島', '本所'], '保健センター'] }),
  muni('江東区', 'minato', 'B', { centres: [['城東', '深川'], '保健相談所'] }),
  muni('品川区', 'nakano', 'B', { centres: [['品川', '大井', '荏原'], '保健センター'] }),
  muni('目黒区', 'setagaya', 'B', { centres: [['碑文谷', '中央'], '保健センター'] }),
  muni('大田区', 'setagaya', 'B', { centres: [['大森', '調布', '蒲田'], '地域庁舎'] }),
  muni('世田谷区', 'setagaya', 'B', { weight: 1.5, hokenjo: '世田谷保健所', centres: [['世田谷', '北沢', '玉川', '砧', '烏山'], '総合支所'] }),
  muni('渋谷区', 'nakano', 'A', { centres: [['恵比寿', '幡ヶ谷'], '保健相談所'] }),
  muni('中野区', 'nakano', 'A', { weight: 1.5, council: '中野区個人情報保護審議会', centres: [['北部', '南部'], 'すこやか福祉センター'] }),
  muni('杉並区', 'setagaya', 'B', { centres: [['荻窪', '高井戸', '高円寺', '上井草', '和泉'], '保健センター'] }),
  muni('豊島区', 'shinjuku', 'A', { centres: [['池袋', '長崎'], '保健センター'] }),
  muni('北区', 'nakano', 'A', { centres: [['王子', '赤羽', '滝野川'], '健康支援センター'] }),
  muni('荒川区', 'shinjuku', 'A'),
  muni('板橋区', 'nakano', 'B', { centres: [['板橋', '上板橋', '赤塚', '志村', '高島平'], '健康福祉センター'] }),
  muni('練馬区', 'setagaya', 'B', { centres: [['豊玉', '北', '光が丘', '石神井', '大泉', '関'], '保健相談所'] }),
  muni('足立区', 'edogawa', 'C', { centres: [['中央本町', '竹の塚', '江北', '千住', '東部'], '保健センター'] }),
  muni('葛飾区', 'edogawa', 'C', { centres: [['青戸', '金町', '水元'], '保健センター'] }),
  muni('江戸川区', 'edogawa', 'C', {
    weight: 2.5,
    hokenjo: '江戸川保健所',
    council: '江戸川区情報公開及び個人情報保護審査会',
    centres: [['中央', '小岩', '葛西', '清新町', '鹿骨'], '健康サポートセンター']
  }),
  muni('横浜市', 'nakano', 'B', { designated: true, ordinance: '横浜市個人情報の保護に関する条例', council: '横浜市個人情報保護審議会', centres: [['鶴見', '神奈川'], '福祉保健センター'] }),
  muni('川崎市', 'nakano', 'A', { designated: true, council: '川崎市個人情報保護委員会' }),
  muni('相模原市', 'minato', 'A', { designated: true }),
  muni('さいたま市', 'minato', 'B', { designated: true, council: 'さいたま市個人情報保護審議会' }),
  muni('千葉市', 'setagaya', 'B', { designated: true }),
  muni('八王子市', 'setagaya', 'A', { council: '八王子市個人情報保護運営審議会' }),
  muni('町田市', 'shinjuku', 'A', { council: '町田市個人情報保護運営審議会' }),
  muni('府中市', 'edogawa', 'C', { council: '府中市情報公開・個人情報保護審議会' })
];

/** `区` as the municipality's own word (区民, 区の, 区が …) becomes `市` in a city's documents. */
export function localize(s: string, m: Municipality): string {
  let t = s.replaceAll('{muni}', m.name);
  if (m.city) t = t.replace(/(?<![地特学選別])区(?=[がのへにはでと民長職内立議役有営外から])/g, '市');
  return t;
}

export const DESIGNATED_DEPT: Record<string, string> = {
  健康部: '健康福祉局',
  福祉部: '健康福祉局',
  高齢者福祉部: '健康福祉局',
  子ども家庭部: 'こども青少年局',
  区民部: '市民局',
  地域振興部: '市民局',
  総務部: '総務局',
  危機管理室: '総務局',
  環境清掃部: '資源循環局',
  都市計画部: '建築局',
  財務部: '財政局',
  政策経営部: '政策局'
};
