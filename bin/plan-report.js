#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled TypeScript in build/ (npm run build:cli).
'use strict';
const fs = require('fs');
const path = require('path');

// package.json's engines: older Node lacks what the CLI uses; say so in words, not with a syntax error.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 15)) {
  process.stderr.write(
    `plan-report: потрібен Node.js 20.15 або новіший, а встановлено ${process.versions.node}.\n` +
      `plan-report: Node.js 20.15 or newer is needed; this is ${process.versions.node}.\n`,
  );
  process.exit(2);
}

const entry = path.join(__dirname, '..', 'build', 'cli', 'process-run.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'plan-report: не знайдено build/cli/process-run.js — спершу зберіть CLI: npm run build:cli\n' +
      'plan-report: build/cli/process-run.js is missing — build the CLI first: npm run build:cli\n',
  );
  process.exit(2);
}
require(entry).runProcess(process.argv.slice(2));
