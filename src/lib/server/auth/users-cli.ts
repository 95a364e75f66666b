// npm run users: add, remove and list the people who may sign in (ATLAS_AUTH=basic or proxy).
// The password comes on standard input, never as an argument (arguments show in process lists
// and shell history); at a terminal it is asked for without echo.

import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../../domain/access';
import type { Io } from '../../export/cli';
import { hashPassword } from './passwords';
import { putUser, readUsers, removeUser, usersPath, UsersFileError } from './users';

export const USAGE = `usage: npm run users -- add NAME --role reader|editor [--no-password] [--file PATH]
       npm run users -- remove NAME [--file PATH]
       npm run users -- list [--file PATH]
  add            adds NAME, or replaces their role and password; the password is read from
                 standard input (asked for without echo at a terminal)
  --no-password  a user who signs in through the proxy only (ATLAS_AUTH=proxy)
  --file PATH    the users file (default: ATLAS_USERS, or data/users.json)`;

export const MIN_PASSWORD_LENGTH = 10;

/** The first line of standard input; at a terminal, asked for without echo. */
export async function readPassword(input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<string> {
  if (input.isTTY) process.stderr.write('password: ');
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input, output: silent, terminal: Boolean(input.isTTY) });
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
    if (input.isTTY) process.stderr.write('\n');
  }
}

const nodeIo: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

/** Returns the exit code: 0 done, 1 failed (the file is unchanged), 2 usage error. */
export async function run(argv: string[], io: Io = nodeIo, password: () => Promise<string> = () => readPassword()): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, file: { type: 'string' }, 'no-password': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
    });
  } catch (e) {
    io.err(`users: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, name, ...rest] = args.positionals;
  const file = args.values.file ?? usersPath();
  const usage = (why: string) => (io.err(`users: ${why}\n${USAGE}`), 2);
  try {
    if (command === 'list' && name === undefined) {
      const users = readUsers(file);
      if (users.length === 0) io.out(`no users in ${file}`);
      for (const u of users) io.out(`${u.name}\t${u.role}\t${u.password ? 'password' : 'proxy only'}\t${u.updated}`);
      return 0;
    }
    if (command === 'remove' && name && rest.length === 0) {
      if (!removeUser(name, file)) {
        io.err(`users: no user ${name} in ${file}`);
        return 1;
      }
      io.out(`removed ${name} from ${file}`);
      return 0;
    }
    if (command === 'add' && name && rest.length === 0) {
      const role = args.values.role;
      if (!isRole(role)) return usage(`--role must be one of ${ROLES.join(', ')}`);
      let hash: string | undefined;
      if (!args.values['no-password']) {
        const given = (await password()).replace(/\r$/, '');
        if (given.length < MIN_PASSWORD_LENGTH) {
          io.err(`users: the password must have at least ${MIN_PASSWORD_LENGTH} characters (none was changed)`);
          return 1;
        }
        hash = await hashPassword(given);
      }
      const done = putUser({ name, role, ...(hash ? { password: hash } : {}) }, file);
      io.out(`${done} ${name} (${role}) in ${file}`);
      return 0;
    }
    return usage(command ? `cannot read "${args.positionals.join(' ')}"` : 'a command is required');
  } catch (e) {
    if (e instanceof UsersFileError) {
      io.err(`users: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
