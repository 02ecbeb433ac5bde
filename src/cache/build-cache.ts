// The build cache: what was derived from each file, by its content and Waymark's version, kept in one pack per kind and plans folder, each pack written whole or not at all.

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { privateFolder } from './cache-folder.js';
import { cacheVersion } from './cache-version.js';

/** What an entry holds: a file's parsed front matter with its problems, or a body's HTML. */
export type Room = 'front-matter' | 'html';

const MAGIC = Buffer.from('waymark-cache 2\n');
const HASH_BYTES = 32;

/** One room's entries by id, as read from its pack, and what this run used or added. */
interface Pack {
  stored: Map<string, unknown>;
  used: Map<string, unknown>;
  /** Whether anything new was added (or the pack on disk was missing, damaged or foreign). */
  changed: boolean;
}

export class BuildCache {
  private readonly packs = new Map<Room, Pack>();
  private readonly scope: string;

  /**
   * Thousands of small files would cost a cold build more in writing than it saves, so a room keeps
   * every file's entry in one pack, per plans folder (`scope`): one read and one write per build.
   */
  private constructor(
    readonly folder: string,
    readonly plansDir: string,
    private readonly version: string,
  ) {
    this.scope = createHash('sha256').update(resolve(plansDir)).digest('hex').slice(0, 32);
  }

  /** The cache in `folder` (made 0700 if missing) for the plans in `plansDir`, or null when it cannot be used: the build then runs without one. */
  static open(folder: string, plansDir: string, version: string = cacheVersion()): BuildCache | null {
    return privateFolder(folder) ? new BuildCache(folder, plansDir, version) : null;
  }

  /** The value kept for `key`, or undefined. */
  read(room: Room, key: string): unknown {
    const pack = this.pack(room);
    const id = this.id(room, key);
    if (!pack.stored.has(id)) return undefined;
    const value = pack.stored.get(id);
    pack.used.set(id, value);
    return value;
  }

  /** Keeps `value` for `key`, on disk at the next `flush`. */
  write(room: Room, key: string, value: unknown): void {
    const pack = this.pack(room);
    const id = this.id(room, key);
    pack.stored.set(id, value);
    pack.used.set(id, value);
    pack.changed = true;
  }

  /**
   * Writes the room's pack when something was added: to a file of its own (0600), renamed into place,
   * so two builds at once each leave a whole pack and a reader never sees half of one. `prune` keeps
   * only the entries this run used (a build reads every file): edits of the past leave nothing behind.
   * A cache that cannot be written is left as it is; the build goes on.
   */
  flush(room: Room, { prune = false } = {}): void {
    const pack = this.packs.get(room);
    if (!pack || !pack.changed) return;
    const folder = privateFolder(join(this.folder, room));
    if (!folder) return;
    const entries = prune ? pack.used : pack.stored;
    const payload = serialize({ version: this.version, room, scope: this.scope, entries: [...entries] });
    const target = join(folder, this.scope);
    const temporary = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temporary, Buffer.concat([MAGIC, createHash('sha256').update(payload).digest(), payload]), { mode: 0o600 });
      renameSync(temporary, target);
      pack.changed = false;
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  private pack(room: Room): Pack {
    let pack = this.packs.get(room);
    if (!pack) {
      const stored = this.load(room);
      this.packs.set(room, (pack = { stored: stored ?? new Map(), used: new Map(), changed: stored === null }));
    }
    return pack;
  }

  /** The room's pack on disk, or null when it is missing, damaged (its checksum does not match) or foreign (another version's, room's or folder's, or not ours at all). */
  private load(room: Room): Map<string, unknown> | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.folder, room, this.scope));
    } catch {
      return null;
    }
    const body = MAGIC.length + HASH_BYTES;
    if (bytes.length < body || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const payload = bytes.subarray(body);
    if (!createHash('sha256').update(payload).digest().equals(bytes.subarray(MAGIC.length, body))) return null;
    try {
      const pack = deserialize(payload) as { version?: unknown; room?: unknown; scope?: unknown; entries?: unknown } | null;
      if (!pack || pack.version !== this.version || pack.room !== room || pack.scope !== this.scope || !Array.isArray(pack.entries)) return null;
      const entries = pack.entries as unknown[];
      if (!entries.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string')) return null;
      return new Map(entries as [string, unknown][]);
    } catch {
      return null;
    }
  }

  /** An entry's id: the hash of everything its value depends on. */
  private id(room: Room, key: string): string {
    return createHash('sha256').update(`${this.version}\0${room}\0`).update(key).digest('base64');
  }
}
