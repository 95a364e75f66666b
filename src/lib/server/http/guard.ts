// What every request passes before a route sees it: a body within its limit, a signed-in user with
// the role the request needs, and the client's allowance for costly requests. Each refusal is a 4xx
// (or a 503 while the settings are broken) with a Japanese message, as text.

import { MAX_FORM_REQUEST_BYTES } from '../../config';
import { requiredRole, roleAllows, ROLE_LABELS, type Access } from '../../domain/access';
import { AuthConfigError, authenticate, authMode } from '../auth/authenticate';
import { isInternal } from '../auth/internal';
import { UsersFileError } from '../auth/users';
import { exhausted, rateBucket, take } from './rate-limit';

export interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const CHECK_PATHS = new Set(['/check', '/api/check']);

/**
 * A body too large (by its declared length) or of unknown length. The draft check's routes answer
 * their own limit (MAX_CHECK_REQUEST_BYTES) in their own shape, and BODY_SIZE_LIMIT cuts off any
 * body, of any route, sent without a length.
 */
export function bodyRefusal(method: string, pathname: string, contentLength: string | null): Refusal | null {
  if (!BODY_METHODS.has(method.toUpperCase()) || CHECK_PATHS.has(pathname)) return null;
  if (contentLength === null) return { status: 411, message: '送信の長さ（Content-Length）が必要です。' };
  const n = Number(contentLength);
  if (!/^\d+$/.test(contentLength.trim()) || !Number.isSafeInteger(n)) return { status: 400, message: '送信の長さ（Content-Length）が正しくありません。' };
  if (n > MAX_FORM_REQUEST_BYTES) return { status: 413, message: `送信が大きすぎます（${Math.ceil(n / 1024).toLocaleString('ja-JP')} KB。上限 ${(MAX_FORM_REQUEST_BYTES / 1024).toLocaleString('ja-JP')} KB）。` };
  return null;
}

const CHALLENGE = { 'www-authenticate': 'Basic realm="Shingikai Atlas", charset="UTF-8"' };

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * A form post (other than the draft check, which reads its own) whose body does not parse: a 400
 * here rather than an unexpected error in the form action. Bodies are at most 64 KB by then.
 */
async function formRefusal(request: Request, pathname: string): Promise<Refusal | null> {
  if (request.method.toUpperCase() !== 'POST' || CHECK_PATHS.has(pathname) || !FORM_TYPES.test(request.headers.get('content-type') ?? '')) return null;
  try {
    await request.clone().formData();
    return null;
  } catch {
    return { status: 400, message: '送信されたフォームを読み取れません。' };
  }
}

export type GuardResult = { access: Access | null } | { refusal: Refusal };

/**
 * Signs the request in and checks its role and allowance. `client` names the caller when nobody is
 * signed in (the address).
 */
export async function guard(request: Request, url: URL, client: string): Promise<GuardResult> {
  const body = bodyRefusal(request.method, url.pathname, request.headers.get('content-length'));
  if (body) return { refusal: body };
  const needed = requiredRole(request.method, url.pathname);
  // The report PDF's Chromium, sent by this process (internal.ts): reads, without a limit.
  if (needed === 'reader' && request.method === 'GET' && isInternal(request.headers)) return { access: { user: null, role: 'reader' } };
  let access: Access | null;
  try {
    const mode = authMode();
    if (needed !== null && mode === 'basic' && request.headers.has('authorization')) {
      const wait = await exhausted('signin', client);
      if (wait !== null) return { refusal: { status: 429, message: `サインインの失敗が続いたため、${wait} 秒後にもう一度お試しください。`, headers: { 'retry-after': String(wait) } } };
    }
    access = needed === null && mode !== 'off' ? null : await authenticate(request.headers, mode);
    if (needed !== null && access === null) {
      if (mode === 'basic' && request.headers.has('authorization')) await take('signin', client);
      return {
        refusal:
          mode === 'basic'
            ? { status: 401, message: 'サインインが必要です。利用者名とパスワードを入力してください。', headers: CHALLENGE }
            : { status: 401, message: 'サインインが必要です。組織のサインインを経由して開いてください。' }
      };
    }
  } catch (e) {
    if (e instanceof AuthConfigError || e instanceof UsersFileError) {
      console.error(`access control: ${e.message}`);
      // The users file's path and contents are the log's to say, not an anonymous caller's to read.
      const detail = e instanceof AuthConfigError ? `（${e.message}）` : '';
      return { refusal: { status: 503, message: `アクセス制御の設定に問題があるため、応答できません。管理者にお知らせください${detail}。` } };
    }
    throw e;
  }
  if (needed !== null && access && !roleAllows(access.role, needed)) {
    return { refusal: { status: 403, message: `この操作には${ROLE_LABELS[needed]}の権限が必要です（${access.user ?? ''}さんは${ROLE_LABELS[access.role]}）。` } };
  }
  const form = await formRefusal(request, url.pathname);
  if (form) return { refusal: form };
  const bucket = rateBucket(request.method, url);
  if (bucket) {
    const wait = await take(bucket, access?.user ?? client);
    if (wait !== null) {
      const what = bucket === 'search' ? '検索' : '草案チェック';
      return { refusal: { status: 429, message: `${what}の回数が上限に達しました。${wait} 秒後にもう一度お試しください。`, headers: { 'retry-after': String(wait) } } };
    }
  }
  return { access };
}
