// Who may do what: two roles and the rule that says which a request needs. The server's hooks
// apply it; everything here is pure so the rule is tested on its own.

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { reader: '閲覧者', editor: '編集者' };

/** How people sign in: off (one person on their own machine), HTTP Basic with a users file, or a trusted proxy's header. */
export const AUTH_MODES = ['off', 'basic', 'proxy'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The editor may do everything a reader may. */
export const roleAllows = (role: Role, needed: Role): boolean => role === 'editor' || needed === 'reader';

/** Paths anyone may reach: the health check a proxy or orchestrator polls, which says nothing about the data. */
const OPEN_PATHS = new Set(['/api/ready']);

/** Posts that only read: a draft check stores nothing. */
const READING_POSTS = new Set(['/check', '/api/check']);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The role a request needs, or null when it needs none. */
export function requiredRole(method: string, pathname: string): Role | null {
  if (OPEN_PATHS.has(pathname)) return null;
  if (SAFE_METHODS.has(method.toUpperCase()) || READING_POSTS.has(pathname)) return 'reader';
  return 'editor';
}

/** The user of a request: a name when signed in (null when access control is off) and a role. */
export interface Access {
  user: string | null;
  role: Role;
}

/** Rules for user names: what a person types, never markup or a path. */
export function userNameProblem(name: string): string | null {
  if (name.length === 0) return '利用者名が空です';
  if (name.length > 64) return '利用者名は64文字までです';
  if (/[\s:/\\<>"'&\p{Cc}]/u.test(name)) return '利用者名に空白や記号（: / \\ < > " \' &）は使えません';
  return null;
}
