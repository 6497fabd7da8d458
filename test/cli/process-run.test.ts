import { spawn, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { closeSync, existsSync, openSync, promises as fs } from 'fs';
import * as path from 'path';
import { buildCli, type BuiltCli } from './built-cli';

jest.setTimeout(120_000);

let cli: BuiltCli;
let big: string;
beforeAll(async () => {
  cli = await buildCli();
  // Output well past a pipe's buffer (64 KiB), so the writer is still writing when the reader goes.
  big = path.join(cli.dir, 'big.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.addRow(['ПЛАН заходів щодо запобігання корупції на 2023 рік']);
  ws.addRow([]);
  ws.addRow(['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід']);
  ws.addRow(['І. Організаційні заходи']);
  for (let i = 1; i <= 3000; i++) ws.addRow([i, `Захід ${i}`, 'Грудень 2023 року', 'Начальник відділу', '']);
  await wb.xlsx.writeFile(big);
});
afterAll(async () => {
  await cli?.remove();
});

/** Runs the CLI, reads the first chunk of its stdout and closes the pipe, as `| head -c 100` does. */
function runCutOff(args: string[]): Promise<{ code: number | null; stderr: string; got: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli.bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let got = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      got = d.length;
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, stderr, got }));
  });
}

describe('stdout that cannot take the output', () => {
  it.each([[['--json']], [[]], [['--lang', 'en']]])(
    'check %j | head -c 100: ends quietly with exit code 141, nothing on stderr',
    async (extra) => {
      const run = await runCutOff(['check', big, '--as-of', '2024-01-15', ...extra]);
      expect(run.got).toBeGreaterThan(0);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(141);
    },
  );

  it('check > /dev/full: one line on stderr saying the disk is full, exit code 2, no stack trace', () => {
    if (!existsSync('/dev/full')) return;
    for (const [lang, words] of [
      ['uk', /^plan-report: Не вдалося вивести результат: на диску немає місця \(ENOSPC\)\.$/],
      ['en', /^plan-report: Could not print the result: no space left on the device \(ENOSPC\)\.$/],
    ] as const) {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [cli.bin, 'check', big, '--json', '--lang', lang], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(run.status).toBe(2);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr.trimEnd()).toMatch(words);
      } finally {
        closeSync(full);
      }
    }
  });
});

describe('bin/plan-report.js', () => {
  it('runs the built CLI: --help in Ukrainian, exit 0; a bad argument exit 2', () => {
    const help = spawnSync(process.execPath, [cli.bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Використання: plan-report/);
    const bad = spawnSync(process.execPath, [cli.bin, 'check', '--frob'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^plan-report: Невідомий параметр «--frob»/);
  });

  it('says in words that Node is too old (package.json engines: >=20.15)', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(cli.dir, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=20.15');
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `Object.defineProperty(process.versions, 'node', { value: '20.14.0' }); require(${JSON.stringify(cli.bin)})`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^plan-report: потрібен Node\.js 20\.15 або новіший, а встановлено 20\.14\.0\./,
    );
  });
});
