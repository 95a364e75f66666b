// Who is asking: the user a request signs in as, by HTTP Basic against the users file or by a
// trusted proxy's header, or nobody. A password is checked once per process and user (scrypt costs
// tens of milliseconds and 32 MB); later requests are matched by a digest of the credentials, never
// the password itself, and only while the users file is unchanged.

import { createHash } from 'node:crypto';
import { AUTH_MODES, type Access, type AuthMode, type Role } from '../../domain/access';
import { setting } from '../env';
import { verifyPassword } from './passwords';
import { currentUsers, usersPath, usersVersion } from './users';

/** A setting that makes access control unusable: requests are refused until it is fixed, never let through. */
export class AuthConfigError extends Error {}

export function authMode(): AuthMode {
  const value = setting('auth').trim().toLowerCase();
  if (!(AUTH_MODES as readonly string[]).includes(value)) throw new AuthConfigError(`ATLAS_AUTH の値 "${value}" は使えません（off / basic / proxy）`);
  return value as AuthMode;
}

const REMEMBERED_MAX = 1000;
const remembered = new Map<string, { role: Role; version: string }>();
const checking = new Map<string, Promise<Role | null>>();

/** The name and password of an `Authorization: Basic` header, or null. */
export function basicCredentials(header: string | null): { name: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]{1,4096})\s*$/i.exec(header ?? '');
  if (!match) return null;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  return { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

async function checkPassword(name: string, password: string, file: string): Promise<Role | null> {
  const user = currentUsers(file).find((u) => u.name === name);
  // A user without a password signs in through the proxy only.
  if (!user?.password) return null;
  return (await verifyPassword(password, user.password)) ? user.role : null;
}

async function basic(headers: Headers, file: string): Promise<Access | null> {
  const credentials = basicCredentials(headers.get('authorization'));
  if (!credentials || credentials.password.length > 1024) return null;
  const version = usersVersion(file);
  const key = createHash('sha256').update(`${file}\0${credentials.name}\0${credentials.password}`).digest('hex');
  const known = remembered.get(key);
  if (known && known.version === version) return { user: credentials.name, role: known.role };
  // Reads the file first, so a broken one fails here, before any remembered answer is given.
  currentUsers(file);
  let pending = checking.get(key);
  if (!pending) {
    pending = checkPassword(credentials.name, credentials.password, file).finally(() => checking.delete(key));
    checking.set(key, pending);
  }
  const role = await pending;
  if (!role) return null;
  if (remembered.size >= REMEMBERED_MAX) remembered.clear();
  remembered.set(key, { role, version });
  return { user: credentials.name, role };
}

/** Proxy mode: the header names the user; the users file gives their role, reader when unlisted. */
function proxy(headers: Headers, file: string): Access | null {
  const name = headers.get(setting('authProxyHeader'))?.trim();
  if (!name) return null;
  const user = currentUsers(file).find((u) => u.name === name);
  return { user: name, role: user?.role ?? 'reader' };
}

/**
 * The request's user, or null when it signs in as nobody. Access control off gives everyone the
 * editor's role (one person on their own machine). Throws AuthConfigError or UsersFileError when
 * the settings or the users file are broken.
 */
export async function authenticate(headers: Headers, mode: AuthMode = authMode(), file = usersPath()): Promise<Access | null> {
  if (mode === 'off') return { user: null, role: 'editor' };
  return mode === 'basic' ? basic(headers, file) : proxy(headers, file);
}
