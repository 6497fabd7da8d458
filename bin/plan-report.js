#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled TypeScript in build/ (npm run build:cli).
'use strict';
const fs = require('fs');
const path = require('path');

const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'plan-report: не знайдено build/cli/main.js — спершу зберіть CLI: npm run build:cli\n' +
      'plan-report: build/cli/main.js is missing — build the CLI first: npm run build:cli\n',
  );
  process.exit(2);
}
const { main } = require(entry);
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`plan-report: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
