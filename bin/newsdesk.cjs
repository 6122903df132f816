#!/usr/bin/env node
// The `newsdesk` command (package.json "bin"). The command line is TypeScript
// (cli/), bundled into dist/cli/ by scripts/build-electron.mjs: `npm run build`,
// and `npm install` / `npm ci` run it as the "prepare" script.
'use strict';
/* global require, __dirname, process -- CommonJS in Node: eslint.config.js gives globals to scripts/ only */
/* eslint-disable @typescript-eslint/no-require-imports -- a .cjs file loads with require */
const { existsSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'newsdesk.cjs');
if (existsSync(bundle)) {
  require(bundle);
} else {
  process.stderr.write(
    `newsdesk: the command line is not built yet: run \`npm run build\` in ${path.dirname(__dirname)}\n`,
  );
  process.exitCode = 1;
}
