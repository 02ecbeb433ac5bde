// Parses a command's arguments with node:util, turning every mistake into a UsageError a person can read.

import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isInside } from '../load/inside-folder.js';
import { isCalendarDate } from '../schema/common.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON: Options = {
  plans: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
};

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommand(command: string, argv: string[], options: Options, maxPositionals: number): Parsed {
  let parsed: Parsed;
  try {
    const result = parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    parsed = { values: result.values as Parsed['values'], positionals: result.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^Unknown option '(.+?)'.*$/s, "unknown option '$1'") : String(error);
    throw new UsageError(`${command}: ${message}. See 'waymark ${command} --help'.`);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`${command}: unexpected argument '${parsed.positionals[maxPositionals]}'. See 'waymark ${command} --help'.`);
  }
  const today = parsed.values.today;
  if (typeof today === 'string' && !isCalendarDate(today)) {
    throw new UsageError(`${command}: --today must be a real date written YYYY-MM-DD, such as 2026-11-24 (got '${today}')`);
  }
  return parsed;
}

/** The plans folder: --plans, else WAYMARK_PLANS, else ./plans. */
export function plansDir(values: Parsed['values']): string {
  const given = values.plans;
  if (typeof given === 'string') return given;
  return process.env.WAYMARK_PLANS || 'plans';
}

export function stringOption(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether an output file or folder given as `out` is the plans folder or lies inside it (`export`, `share`). */
export function insidePlans(out: string, plans: string): boolean {
  const target = resolve(out);
  const folder = resolve(plans);
  return target === folder || isInside(target, folder);
}
