import { describe, expect, it } from 'vitest';
import { inJapanese } from '../../../../src/lib/server/http/japanese-refusals';

const res = (status: number, body: string, type: string, extra: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...extra } });

describe('refusals in Japanese', () => {
  it('replaces SvelteKit’s English 405 and keeps the allowed methods', async () => {
    const out = await inJapanese(res(405, 'PUT method not allowed', 'text/plain', { allow: 'GET, HEAD' }), 'PUT');
    expect(out.status).toBe(405);
    expect(out.headers.get('allow')).toBe('GET, HEAD');
    expect(await out.text()).toBe('この URL は PUT では使えません（使える方法: GET, HEAD）。（PUT method not allowed）\n');
  });
  it('keeps the JSON shape of an action’s error and of a plain {message}', async () => {
    const action = await inJapanese(res(404, '{"type":"error","error":{"message":"Not Found"}}', 'application/json'), 'POST');
    expect(await action.json()).toEqual({ type: 'error', error: { message: '見つかりません。URL を確認してください。（Not Found）' } });
    const plain = await inJapanese(res(400, '{"message":"Bad"}', 'application/json'), 'GET');
    expect(await plain.json()).toEqual({ message: '要求の形式が正しくありません。（Bad）' });
  });
  it('leaves Japanese refusals, pages, successes and server errors alone', async () => {
    for (const r of [res(400, '{"error":"空です"}', 'application/json'), res(404, '<p>x</p>', 'text/html'), res(200, 'ok', 'text/plain'), res(503, 'down', 'text/plain')]) {
      expect(await inJapanese(r, 'GET')).toBe(r);
    }
  });
});
