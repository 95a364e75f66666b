// The packed dictionary (fast-tokenizer.ts) kept in one file, so a process reads it straight into
// shared memory instead of running kuromoji's loader (about 3 s and a peak of several hundred MB of
// intermediate JavaScript objects) and packing its result again. The file is written once, beside
// the installed packages (node_modules/.cache), named after what it was built from: kuromoji's
// version, its dictionary files' sizes and dates, and this format's version. A file that does not
// match its recorded digest is ignored and built again, so a damaged cache can never change tokens.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PackedDictionary } from './packed-dictionary';
import { dictionaryPath } from './kuromoji-dict';

/** Raised when the layout of PackedDictionary or of this file changes: older files are then ignored. */
const FORMAT = 1;
const MAGIC = 'ATLASDIC';

const ARRAYS = ['base', 'check', 'costs', 'known.entries', 'known.features', 'known.offsets', 'known.ids', 'unknown.entries', 'unknown.features', 'unknown.offsets', 'unknown.ids', 'classIds'] as const;
type ArrayName = (typeof ARRAYS)[number];
type Typed = Uint8Array | Uint16Array | Int16Array | Int32Array;
const TYPES = { Uint8Array, Uint16Array, Int16Array, Int32Array } as const;
type TypeName = keyof typeof TYPES;

interface Header {
  format: number;
  arrays: { name: ArrayName; type: TypeName; offset: number; length: number }[];
  costStride: number;
  classes: PackedDictionary['classes'];
  bytes: number;
  sha256: string;
}

function get(d: PackedDictionary, name: ArrayName): Typed {
  const [a, b] = name.split('.') as [string, string | undefined];
  const v = (d as unknown as Record<string, unknown>)[a];
  return (b ? (v as Record<string, unknown>)[b] : v) as Typed;
}

function set(d: Record<string, unknown>, name: ArrayName, value: Typed): void {
  const [a, b] = name.split('.') as [string, string | undefined];
  if (b) ((d[a] ??= {}) as Record<string, unknown>)[b] = value;
  else d[a] = value;
}

const align8 = (n: number) => (n + 7) & ~7;

/** The folder the cache lives in: the installed packages' cache folder. */
export function defaultCacheDir(): string {
  return path.join(dictionaryPath(), '..', '..', '.cache', 'shingikai-atlas');
}

/** The file name for the dictionary as installed now; another kuromoji or format gets another name. */
export function cacheFileName(): string {
  const dir = dictionaryPath();
  const pkg = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  const files = readdirSync(dir)
    .sort()
    .map((f) => {
      const s = statSync(path.join(dir, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    });
  const key = createHash('sha256').update(JSON.stringify({ format: FORMAT, kuromoji: pkg.version, files })).digest('hex').slice(0, 16);
  return `dictionary-${key}.bin`;
}

/** Writes the dictionary to `file` (a temporary name, then renamed into place). */
export function writeDictionary(file: string, d: PackedDictionary): void {
  const arrays: Header['arrays'] = [];
  let bytes = 0;
  for (const name of ARRAYS) {
    const v = get(d, name);
    arrays.push({ name, type: v.constructor.name as TypeName, offset: bytes, length: v.length });
    bytes = align8(bytes + v.byteLength);
  }
  const payload = new Uint8Array(bytes);
  for (const a of arrays) {
    const v = get(d, a.name);
    payload.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), a.offset);
  }
  const header: Header = { format: FORMAT, arrays, costStride: d.costStride, classes: d.classes, bytes, sha256: createHash('sha256').update(payload).digest('hex') };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  // Magic, header length, header, padding: the payload starts on an 8-byte boundary.
  const head = Buffer.alloc(align8(MAGIC.length + 4 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([head, payload]));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * The dictionary in `file`, its arrays views of one SharedArrayBuffer; null when the file is
 * missing, of another format, cut short or not what its digest says.
 */
export function readDictionary(file: string): PackedDictionary | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const lead = Buffer.alloc(MAGIC.length + 4);
    if (size < lead.length || readSync(fd, lead, 0, lead.length, 0) !== lead.length || lead.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const jsonLength = lead.readUInt32LE(MAGIC.length);
    const start = align8(lead.length + jsonLength);
    if (start > size) return null;
    const json = Buffer.alloc(jsonLength);
    readSync(fd, json, 0, jsonLength, lead.length);
    let header: Header;
    try {
      header = JSON.parse(json.toString('utf8')) as Header;
    } catch {
      return null;
    }
    if (header.format !== FORMAT || start + header.bytes !== size) return null;
    // Read straight into shared memory: one copy of the dictionary in this process.
    const shared = new SharedArrayBuffer(header.bytes);
    const payload = new Uint8Array(shared);
    for (let done = 0; done < header.bytes; ) {
      const n = readSync(fd, payload, done, header.bytes - done, start + done);
      if (n <= 0) return null;
      done += n;
    }
    if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return null;
    const d: Record<string, unknown> = { costStride: header.costStride, classes: header.classes };
    for (const a of header.arrays) {
      if (!ARRAYS.includes(a.name) || !(a.type in TYPES)) return null;
      const View = TYPES[a.type] as unknown as new (buffer: ArrayBufferLike, offset: number, length: number) => Typed;
      set(d, a.name, new View(shared, a.offset, a.length));
    }
    return d as unknown as PackedDictionary;
  } finally {
    closeSync(fd);
  }
}

/**
 * The packed dictionary from the cache, or built by `build` and cached for the next process. A
 * cache that cannot be written (a read-only install) only costs the next process the build.
 */
export async function cachedDictionary(build: () => Promise<PackedDictionary>, dir = defaultCacheDir()): Promise<PackedDictionary> {
  const file = path.join(dir, cacheFileName());
  const cached = readDictionary(file);
  if (cached) return cached;
  const built = await build();
  try {
    writeDictionary(file, built);
  } catch {
    // Not writable: every process builds its own, as before the cache existed.
  }
  return built;
}
