import { spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkJsonSchema } from '../../src/cli/json-output';
import { runCli } from './run-cli';

const ROOT = path.join(__dirname, '..', '..');

describe('plan-report help and version', () => {
  it('prints help with both commands and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Використання: plan-report/);
    expect(stdout).toMatch(/check \[параметри\] <план\.xlsx\.\.\.>/);
    expect(stdout).toMatch(/generate \[параметри\] <план\.xlsx>/);
    const sub = await runCli(['check', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/--as-of <РРРР-ММ-ДД>/);
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8'));
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 with the help when no command is given', async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Використання: plan-report/);
  });
});

describe('the --json schema', () => {
  it('is strict: unknown fields and malformed dates are refused', () => {
    const minimal = {
      file: 'a.xlsx',
      sheet: 'Лист1',
      period: { from: '2023-01-01', to: '2023-12-31' },
      asOf: '2024-01-15',
      columns: { measure: 'B' },
      headerRows: [5],
      sections: [],
      measures: [],
      findings: [],
      summary: {
        asOf: '2024-01-15',
        total: 0,
        byStatus: {
          done: 0,
          'partly-done': 0,
          'in-progress': 0,
          'not-done': 0,
          'not-started': 0,
          'no-grounds': 0,
          none: 0,
        },
        bySection: [],
        byResponsible: [],
        byDeadlineKind: {
          continuous: 0,
          period: 0,
          periodic: 0,
          conditional: 0,
          unrecognised: 0,
          missing: 0,
        },
        findingsBySeverity: { error: 0, warning: 0, info: 0 },
        overdue: [],
      },
    };
    expect(checkJsonSchema.safeParse(minimal).success).toBe(true);
    expect(checkJsonSchema.safeParse({ ...minimal, extra: 1 }).success).toBe(false);
    expect(checkJsonSchema.safeParse({ ...minimal, asOf: '15.01.2024' }).success).toBe(false);
    expect(checkJsonSchema.safeParse({ ...minimal, columns: { measure: 1 } }).success).toBe(false);
  });
});

describe('bin/plan-report.js', () => {
  const built = existsSync(path.join(ROOT, 'build', 'cli', 'main.js'));

  (built ? it : it.skip)('runs the built CLI: --help exits 0', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'plan-report.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Використання: plan-report/);
  });
  if (!built)
    console.warn(
      'Skipping the spawn of bin/plan-report.js: build/cli/main.js is absent (npm run build:cli).',
    );

  it('says how to build when build/ is missing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-bin-'));
    try {
      await fs.mkdir(path.join(dir, 'bin'));
      await fs.copyFile(path.join(ROOT, 'bin', 'plan-report.js'), path.join(dir, 'bin', 'plan-report.js'));
      const run = spawnSync(process.execPath, [path.join(dir, 'bin', 'plan-report.js'), '--help'], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/npm run build:cli/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
