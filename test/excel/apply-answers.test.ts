// «Внести відповіді» in the Excel host: the departments' answers (the CLI's round trip, edited the way people
// edit them) previewed against the plan as Excel holds it — the same changes, conflicts and files set aside
// as `plan-report merge` reports — nothing written until apply; then values only, in the same constant
// number of round trips for 5 answers as for 50; a conflict keeps the plan's text unless answers are preferred.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AnswerUpload } from '../../src/app/requests-service';
import type { PlanService } from '../../src/app/plan-service';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { readWorkbook } from '../../src/node/xlsx-read';
import { answerRequest } from '../cli/answer-script';
import { roundTripScenario, TEXTS, type Scenario } from '../cli/round-trip-scenario';
import { runCli } from '../cli/run-cli';
import { sampleSeed } from '../e2e/support/sample-seed';
import { FakeExcel } from './fake-excel';
import { defaultFormat } from './fake-excel/model';
import { fakeWithPlan, requestsOf, serviceFor, syncsOf } from './plan-fixture';

let dir: string;
let scenario: Scenario;
let uploads: AnswerUpload[];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'excel-answers-'));
  scenario = await roundTripScenario(dir);
  uploads = await Promise.all(
    scenario.answers.map(async (f) => ({ name: path.basename(f), bytes: await fs.readFile(f) })),
  );
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function planFake(): Promise<FakeExcel> {
  const fake = new FakeExcel(await sampleSeed(scenario.plan));
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15' }));
  return fake;
}

/** `plan-report merge` on the same files, as its --json reports it. */
async function cliMerge(prefer: 'plan' | 'answers') {
  const out = path.join(dir, `merged-${prefer}.xlsx`);
  const run = await runCli(
    ['merge', scenario.plan, ...scenario.answers, '-o', out, '--prefer', prefer, '--json', '--force'],
    { cwd: path.dirname(scenario.answers[0]) },
  );
  return { json: JSON.parse(run.stdout) as Record<string, unknown[]>, out };
}

const formatsOf = (fake: FakeExcel): Map<string, string> =>
  new Map([...fake.sheet('Лист1').cells].map(([k, c]) => [k, JSON.stringify(c.format)]));

const cellValue = (fake: FakeExcel, address: string): unknown => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  return fake.values('Лист1')[Number(m[2]) - 1]?.[col];
};

describe('answers merged into the plan sheet', () => {
  it('previews what the CLI merges, writing nothing, in 4 round trips', async () => {
    const fake = await planFake();
    const before = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    let preview: Awaited<ReturnType<PlanService['previewAnswers']>> | null = null;
    const syncs = await syncsOf(fake, async () => {
      preview = await service.previewAnswers(uploads, 'plan');
    });
    expect(syncs).toBe(4);
    expect(fake.snapshot('Лист1')).toBe(before);
    const { json } = await cliMerge('plan');
    const p = preview!;
    const changes = json.changes as { cell: string; value: string; old: string }[];
    expect(p.changes.map((c) => [c.cell, c.value.kind === 'clear' ? '' : c.value.text, c.old])).toEqual(
      changes.map((c) => [c.cell, c.value, c.old]),
    );
    const conflicts = json.conflicts as { cell: string; kind: string; resolution: string }[];
    expect(p.report.conflicts.map((c) => [c.cell, c.kind, c.resolution])).toEqual(
      conflicts.map((c) => [c.cell, c.kind, c.resolution]),
    );
    expect(p.report.conflicts.some((c) => c.kind === 'plan-differs')).toBe(true);
    const files = json.files as { file: string; status: string; reason?: string }[];
    expect(p.report.files.map((f) => [f.file, f.status, f.reason])).toEqual(
      files.map((f) => [path.basename(f.file), f.status, f.reason]),
    );
    expect(p.report.notAnswered).toEqual(json.notAnswered);
  });

  it('applies on confirmation only the previewed changes, values only, keeping the plan’s text in a conflict', async () => {
    const fake = await planFake();
    const service = serviceFor(fake);
    const preview = await service.previewAnswers(uploads, 'plan');
    const formats = formatsOf(fake);
    let applied: Awaited<ReturnType<PlanService['applyAnswers']>> | null = null;
    const syncs = await syncsOf(fake, async () => {
      applied = await service.applyAnswers(uploads, preview);
    });
    expect(syncs).toBe(5);
    expect(applied!.cells).toEqual(preview.changes.map((c) => c.cell));
    const m18 = preview.changes.find((c) => c.measureNumber === '18')!;
    expect(cellValue(fake, m18.cell)).toBe(TEXTS.m18);
    // The conflict: the plan's text stays.
    const conflict = preview.report.conflicts.find((c) => c.kind === 'plan-differs')!;
    expect(cellValue(fake, conflict.cell)).toBe(conflict.plan);
    // The merged plan the CLI writes holds the same texts in every changed cell.
    const { out } = await cliMerge('plan');
    const merged = (await readWorkbook(out)).sheets[0].grid.rows;
    for (const c of preview.changes) {
      const want = merged[c.row - 1]?.[c.column] ?? '';
      expect([c.cell, cellValue(fake, c.cell)]).toEqual([c.cell, want]);
    }
    // Values only: every cell keeps its format; a cell written for the first time has Excel's default.
    const after = formatsOf(fake);
    for (const [key, format] of after)
      expect([key, format]).toEqual([key, formats.get(key) ?? JSON.stringify(defaultFormat())]);
  });

  it('leaves out the changes the user unticked: their cells keep the plan’s text', async () => {
    const fake = await planFake();
    const service = serviceFor(fake);
    const preview = await service.previewAnswers(uploads, 'plan');
    expect(preview.changes.length).toBeGreaterThan(1);
    const [skipped, ...rest] = preview.changes;
    const before = cellValue(fake, skipped.cell);
    const applied = await service.applyAnswers(uploads, preview, [skipped.cell]);
    expect(applied.cells).toEqual(rest.map((c) => c.cell));
    expect(cellValue(fake, skipped.cell)).toBe(before);
    // The others are written as before (the execution texts as the answers give them).
    const texts = rest.filter((c) => c.field === 'execution' && c.value.kind !== 'clear');
    expect(texts.length).toBeGreaterThan(0);
    for (const c of texts) expect(cellValue(fake, c.cell)).toBe(c.value.kind === 'clear' ? '' : c.value.text);
  });

  it('with «перевага відповідям» writes the answer over the plan’s text', async () => {
    const fake = await planFake();
    const service = serviceFor(fake);
    const preview = await service.previewAnswers(uploads, 'answers');
    await service.applyAnswers(uploads, preview);
    const taken = preview.report.conflicts.find((c) => c.resolution === 'took-answer')!;
    expect(taken).toBeDefined();
    expect(cellValue(fake, taken.cell)).toBe(taken.answers[0].text);
  });

  it('refuses to apply when the plan changed since the preview, writing nothing', async () => {
    const fake = await planFake();
    const service = serviceFor(fake);
    const preview = await service.previewAnswers(uploads, 'plan');
    const target = preview.changes[0];
    fake.userEdit('Лист1', target.cell, 'Внесено вручну тим часом');
    const before = fake.snapshot('Лист1');
    await expect(service.applyAnswers(uploads, preview)).rejects.toMatchObject({ code: 'plan-changed' });
    expect(fake.snapshot('Лист1')).toBe(before);
  });

  it('costs the same round trips for 5 answers as for 50', async () => {
    const counts: number[][] = [];
    for (const answered of [5, 50]) {
      const fake = fakeWithPlan(600);
      fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2023-12-20' }));
      const service = serviceFor(fake);
      const made = await service.createRequests('2024-01-10');
      const file = made.files.find((f) => f.measures.length > 200)!;
      const src = path.join(dir, `request-${answered}.xlsx`);
      const dest = path.join(dir, `answer-${answered}.xlsx`);
      await fs.writeFile(src, file.bytes);
      // Every 7th measure's execution is empty in the fixture: those are the ones answered.
      const empty = file.measures.filter((n) => Number(n) % 7 === 0).slice(0, answered);
      expect(empty).toHaveLength(answered);
      await answerRequest(src, dest, (s) => {
        for (const n of empty) s.set(n, 'execution', `Виконано: захід ${n}`);
      });
      const files = [{ name: 'answer.xlsx', bytes: await fs.readFile(dest) }];
      const before = fake.snapshot('Лист1');
      let preview: Awaited<ReturnType<PlanService['previewAnswers']>> | null = null;
      const p = await syncsOf(fake, async () => {
        preview = await service.previewAnswers(files, 'plan');
      });
      expect(fake.snapshot('Лист1')).toBe(before);
      expect(preview!.changes).toHaveLength(answered);
      const requests = await requestsOf(fake, () => service.applyAnswers(files, preview!));
      counts.push([p, requests.length]);
      expect(cellValue(fake, preview!.changes[answered - 1].cell)).toBe(
        `Виконано: захід ${empty[answered - 1]}`,
      );
    }
    expect(counts[0]).toEqual([4, 5]);
    expect(counts[1]).toEqual(counts[0]);
  });
});
