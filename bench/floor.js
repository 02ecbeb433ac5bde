#!/usr/bin/env node
// The floor for `waymark check`: only read every plan file and parse its front matter with the yaml package.
// Usage: node bench/floor.js PLANS_DIR

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.argv[2] ?? 'plans';
let files = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.md')) {
      const text = readFileSync(path, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      if (match) parse(match[1] ?? '');
      files++;
    }
  }
};
walk(root);
console.log(`read ${files} files`);
