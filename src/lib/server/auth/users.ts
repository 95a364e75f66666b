// The users file (ATLAS_USERS): who may sign in, with which role, and the salted hash of their
// password. JSON, read again when it changes (so `npm run users` takes effect without a restart),
// written whole to a temporary file and renamed so a crash never leaves half a file, readable by
// its owner alone.

import { statSync } from 'node:fs';
import path from 'node:path';
import { isRole, userNameProblem, type Role } from '../../domain/access';
import { setting } from '../env';
import { readJsonFile, writeJsonFile } from '../json-file';

export interface UserEntry {
  name: string;
  role: Role;
  /** scrypt hash (passwords.ts); absent for a user who signs in through the proxy only. */
  password?: string;
  /** ISO time the entry was written. */
  updated: string;
}

export class UsersFileError extends Error {}

export const usersPath = () => path.resolve(setting('users'));

function parse(file: string, doc: unknown): UserEntry[] {
  const users = (doc as { users?: unknown })?.users;
  if (!Array.isArray(users)) throw new UsersFileError(`${file}: "users" の配列がありません`);
  const seen = new Set<string>();
  return users.map((u, i) => {
    const where = `${file}: users[${i}]`;
    if (typeof u?.name !== 'string' || userNameProblem(u.name)) throw new UsersFileError(`${where}: 利用者名が正しくありません`);
    if (seen.has(u.name)) throw new UsersFileError(`${where}: ${u.name} が重複しています`);
    seen.add(u.name);
    if (!isRole(u.role)) throw new UsersFileError(`${where}: 役割は reader か editor です`);
    if (u.password !== undefined && typeof u.password !== 'string') throw new UsersFileError(`${where}: password は文字列です`);
    return { name: u.name, role: u.role, ...(u.password ? { password: u.password } : {}), updated: typeof u.updated === 'string' ? u.updated : '' };
  });
}

/** The users, or an empty list when the file does not exist. Throws UsersFileError on a broken file. */
export function readUsers(file = usersPath()): UserEntry[] {
  return readJsonFile(file, (doc) => parse(file, doc), [], (reason) => new UsersFileError(`${file}: ${reason}`));
}

const parsed = new Map<string, { version: string; users: UserEntry[] }>();

/**
 * readUsers for the request path: the file is parsed again only when its version changes, so a
 * request costs one stat. A broken file still throws on every request until it is fixed.
 */
export function currentUsers(file = usersPath()): UserEntry[] {
  const version = usersVersion(file);
  const known = parsed.get(file);
  if (known && known.version === version) return known.users;
  const users = readUsers(file);
  parsed.set(file, { version, users });
  return users;
}

/** Identifies the file's current content cheaply: a change invalidates remembered sign-ins. */
export function usersVersion(file = usersPath()): string {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return 'none';
  }
}

/** Readable by its owner alone: it holds the password hashes. */
const write = (file: string, users: UserEntry[]) => writeJsonFile(file, { users }, 0o600);

/** Adds the user or replaces their role and password. */
export function putUser(entry: Omit<UserEntry, 'updated'>, file = usersPath()): 'added' | 'updated' {
  const problem = userNameProblem(entry.name);
  if (problem) throw new UsersFileError(problem);
  const users = readUsers(file);
  const next = { ...entry, updated: new Date().toISOString() };
  const known = users.some((u) => u.name === entry.name);
  write(file, known ? users.map((u) => (u.name === entry.name ? next : u)) : [...users, next]);
  return known ? 'updated' : 'added';
}

/** Whether the user was there. */
export function removeUser(name: string, file = usersPath()): boolean {
  const users = readUsers(file);
  if (!users.some((u) => u.name === name)) return false;
  write(file, users.filter((u) => u.name !== name));
  return true;
}
