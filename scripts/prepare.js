// npm's `prepare`: compiles src/ to dist/. Installed with `npm install --global <git URL>`, npm runs this in a
// clone whose dependencies it has not installed (npm/cli#8440), so they are installed here first, from the lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('node_modules/typescript/bin/tsc')) {
  // The global install's settings would send these dependencies to its prefix: this install is local to the clone.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location)$/i.test(key)));
  run('npm', ['ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], env);
}
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
