// SvelteKit answers some refusals itself, in English: 405 "PUT method not allowed", 404 for a form
// action that does not exist. Every refusal this app gives is in Japanese, so a small non-page 4xx
// without Japanese gets its message replaced (the original kept in brackets), in the same shape.

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const LARGEST = 64 * 1024;

const MESSAGES: Record<number, string> = {
  400: '要求の形式が正しくありません。',
  404: '見つかりません。URL を確認してください。',
  405: 'この URL はこの方法では使えません。',
  406: '求められた形式では応答できません。',
  411: '送信の長さ（Content-Length）が必要です。',
  413: '送信が大きすぎます。',
  414: 'URL が長すぎます。',
  415: '対応していない送信形式です。'
};

export function refusalMessage(status: number, method: string, allow: string | null): string {
  if (status === 405) return `この URL は ${method} では使えません${allow ? `（使える方法: ${allow}）` : ''}。`;
  return MESSAGES[status] ?? '要求を受け付けられませんでした。';
}

/** The response, or a copy whose English refusal message is replaced by a Japanese one. */
export async function inJapanese(response: Response, method: string): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response;
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/html')) return response;
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (!(length <= LARGEST)) return response;
  const text = await response.clone().text();
  if (JAPANESE.test(text)) return response;
  const message = refusalMessage(response.status, method, response.headers.get('allow'));
  const said = (original: unknown) => (typeof original === 'string' && original ? `${message}（${original.slice(0, 200)}）` : message);
  let body = `${said(text.trim())}\n`;
  if (type.includes('json')) {
    try {
      const doc = JSON.parse(text) as Record<string, unknown>;
      const error = doc.error as Record<string, unknown> | string | undefined;
      if (error && typeof error === 'object') error.message = said(error.message);
      else if (typeof error === 'string') doc.error = said(error);
      else doc.message = said(doc.message);
      body = JSON.stringify(doc);
    } catch {
      // Not JSON after all: the text body above.
    }
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (!type) headers.set('content-type', 'text/plain; charset=utf-8');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
