// Where a CI machine can install this copy of Waymark from, so a plan repository's workflow runs the same Waymark.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds Waymark's package.json: dist/init/ sits two folders below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * An npm install spec that another machine can use (a git or https URL), or null when there is none:
 * first what npm recorded when it installed this copy (its hidden lockfile, `node_modules/.package-lock.json`),
 * then the `repository` field of package.json. A copy installed from a folder or a local tarball has neither.
 */
export function installSource(packageRoot: string = PACKAGE_ROOT): string | null {
  return fromLockfile(packageRoot) ?? fromRepository(packageRoot);
}

function fromLockfile(packageRoot: string): string | null {
  const modules = dirname(packageRoot.replace(/[\\/]+$/, ''));
  const lockfile = join(modules, '.package-lock.json');
  if (basename(modules) !== 'node_modules' || !existsSync(lockfile)) return null;
  const packages = readJson(lockfile)?.packages;
  if (typeof packages !== 'object' || packages === null) return null;
  const entry = (packages as Record<string, { resolved?: unknown; link?: unknown }>)[`node_modules/${basename(packageRoot.replace(/[\\/]+$/, ''))}`];
  return typeof entry?.resolved === 'string' && entry.link !== true ? reachable(entry.resolved) : null;
}

function fromRepository(packageRoot: string): string | null {
  const repository = readJson(join(packageRoot, 'package.json'))?.repository;
  const url = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') return null;
  // npm's shorthands: "github:owner/name", "gitlab:…", and a bare "owner/name" for GitHub.
  if (/^(github|gitlab|bitbucket):[\w.-]+\/[\w.-]+$/.test(url)) return url;
  if (/^[\w.-]+\/[\w.-]+$/.test(url)) return `github:${url}`;
  return reachable(url);
}

/** The URL when a machine without this computer's keys or files can fetch it; git over SSH becomes git over HTTPS. */
function reachable(url: string): string | null {
  const ssh = /^git\+ssh:\/\/git@([^/]+)\/(.+)$/.exec(url);
  if (ssh) return `git+https://${ssh[1]}/${ssh[2]}`;
  return /^(git\+https|https):\/\//.test(url) ? url : null;
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
