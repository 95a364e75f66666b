import { describe, expect, it } from 'vitest';
import { inferMedia, parseMedia } from '../../../../src/lib/domain/extract/media';

const cats = (v: string, p: Parameters<typeof parseMedia>[1] = 'outsourcing') => parseMedia(v, p).map((m) => `${m.medium}:${m.category}`);

describe('parseMedia', () => {
  it('replaces a generic electronic medium by what its parentheses name', () => {
    expect(cats('紙及び電磁的媒体(CD-R等及び委託先のパソコン)')).toEqual(['紙:paper', 'CD-R:removable', '委託先のパソコン:contractor_pc']);
    expect(cats('紙及び電磁的媒体(委託先のパソコン及び委託先が使用するサーバ)')).toEqual(['紙:paper', '委託先のパソコン:contractor_pc', '委託先が使用するサーバ:contractor_server']);
  });
  it('keeps a generic electronic medium when its parentheses name no medium', () => {
    expect(cats('電子データ(随時)')).toEqual(['電子データ:removable']);
  });
  it('reads the ward’s own systems and online links', () => {
    expect(cats('区の児童手当システム(サーバ)、紙')).toEqual(['区の児童手当システム:ward_system', '紙:paper']);
    expect(cats('電子データ(専用回線によるオンライン送信)', 'external_provision')).toEqual(['専用回線によるオンライン送信:external_system']);
  });
});

describe('inferMedia', () => {
  it('infers the linked system and the ward terminal of an external link', () => {
    expect(inferMedia('区が用意する総合行政インターネット接続端末からアクセスする。', 'external_link').map((m) => m.category)).toEqual(['external_system', 'ward_system']);
  });
  it('infers paper, removable media and ward systems from measures', () => {
    expect(inferMedia('電子媒体及び紙媒体は施錠保管する。参照システムを用いる。', 'outsourcing').map((m) => m.category)).toEqual(['paper', 'removable', 'ward_system']);
  });
});
