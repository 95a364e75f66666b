import { describe, expect, it } from 'vitest';
import { splitJoinedFields } from '../../../../src/lib/domain/extract/inline-fields';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

describe('two fields on one line with a slash between them (eval/wild-47 ao2)', () => {
  it('sets each field on a line of its own', () => {
    expect(splitJoinedFields(['担当\u3000福祉部 高齢者支援課\u3000／\u3000委託先\u3000株式会社しゅうなん配食サポート'])).toEqual(['担当\u3000福祉部 高齢者支援課\n委託先\u3000株式会社しゅうなん配食サポート']);
    expect(splitJoinedFields(['所管：福祉部 / 委託先：A社'])).toEqual(['所管：福祉部\n委託先：A社']);
  });

  it('leaves a value that holds a slash, and pieces that are not fields, as they are', () => {
    expect(splitJoinedFields(['記録媒体\u3000紙 ／ 電子'])).toEqual(['記録媒体\u3000紙 ／ 電子']);
    expect(splitJoinedFields(['紙／USBメモリ'])).toEqual(['紙／USBメモリ']);
  });

  it('keeps the contractor out of the divisions', () => {
    const [m] = extractDocument(['件名\u3000配食サービスの委託について\n担当\u3000福祉部 高齢者支援課\u3000／\u3000委託先\u3000株式会社しゅうなん配食サポート（周南市内）\n委託期間\u3000令和5年8月1日から令和8年3月31日まで']);
    expect(m.divisions).toEqual(['高齢者支援課']);
    expect(m.contractor).toContain('しゅうなん配食サポート');
  });
});
