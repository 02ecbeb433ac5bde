// Finds Loop Habit Tracker's Habits.csv and Checkmarks.csv: in the .zip the app writes, in the folder unpacked from it, or beside a CSV of it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Read } from './import-problem.js';

export interface ExportFile {
  /** Where it came from, for messages: `folder/Habits.csv`, or `export.zip/Habits.csv`. */
  file: string;
  bytes: Uint8Array;
}

export interface LoopFiles {
  habits: ExportFile;
  checkmarks: ExportFile;
}

const WANTED = ['Habits.csv', 'Checkmarks.csv'] as const;
/** Larger than any year of habits: a bigger entry is not a Loop export (or is a zip bomb). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const EXPECTED = 'expected a Loop Habit Tracker export: the .zip file its "Export as CSV" writes, or the folder unpacked from it, holding Habits.csv and Checkmarks.csv';

export function readLoopFiles(path: string): Read<LoopFiles> {
  if (!existsSync(path)) return fail(path, `does not exist; ${EXPECTED}`);
  if (statSync(path).isDirectory()) return fromFolder(path);
  // One of the two files named: the other one is beside it.
  if (WANTED.some((wanted) => basename(path).toLowerCase() === wanted.toLowerCase())) return fromFolder(dirname(path));
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return fail(path, `is not a zip file; ${EXPECTED}`);
  return fromZip(path, bytes);
}

function fromFolder(folder: string): Read<LoopFiles> {
  const names = readdirSync(folder);
  const find = (wanted: string) => names.find((name) => name.toLowerCase() === wanted.toLowerCase());
  const [habits, checkmarks] = WANTED.map(find);
  if (habits === undefined || checkmarks === undefined) return fail(folder, `has no ${habits === undefined ? 'Habits.csv' : 'Checkmarks.csv'}; ${EXPECTED}`);
  const read = (name: string): ExportFile => ({ file: join(folder, name), bytes: readFileSync(join(folder, name)) });
  return { ok: true, value: { habits: read(habits), checkmarks: read(checkmarks) } };
}

function fromZip(zip: string, bytes: Uint8Array): Read<LoopFiles> {
  // Loop puts both files at the root, beside a folder per habit; a zip made again from the unpacked folder has them one level down.
  const depth = (name: string) => name.split('/').length;
  const isWanted = (name: string) => WANTED.some((wanted) => basename(name).toLowerCase() === wanted.toLowerCase()) && depth(name) <= 2;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => isWanted(entry.name) && entry.originalSize <= MAX_ENTRY_BYTES });
  } catch (error) {
    return fail(zip, `cannot be unpacked (${error instanceof Error ? error.message : String(error)}); ${EXPECTED}`);
  }
  const names = Object.keys(entries).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  const find = (wanted: string) => names.find((name) => basename(name).toLowerCase() === wanted.toLowerCase());
  const [habits, checkmarks] = WANTED.map(find);
  if (habits === undefined || checkmarks === undefined) return fail(zip, `holds no ${habits === undefined ? 'Habits.csv' : 'Checkmarks.csv'}; ${EXPECTED}`);
  const entry = (name: string): ExportFile => ({ file: `${zip}/${name}`, bytes: entries[name]! });
  return { ok: true, value: { habits: entry(habits), checkmarks: entry(checkmarks) } };
}

function fail(file: string, message: string): { ok: false; problems: { file: string; line: null; message: string }[] } {
  return { ok: false, problems: [{ file, line: null, message }] };
}
