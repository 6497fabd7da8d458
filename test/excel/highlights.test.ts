// Highlights are conditional formats on the plan sheet. Excel's ConditionalFormat.id is the rule's priority
// position (the reference: "The priority of the conditional format in the current collection"), renumbered
// by every add and delete: ours are found by what they are, never by a stored id.
import { SEVERITY_FILL } from '../../src/excel/highlights';
import { parseAddress } from './fake-excel';
import { fakeWithPlan, serviceFor } from './plan-fixture';

function usersRule(formula: string, address: string) {
  return { type: 'Custom', ranges: [parseAddress(address)], formula, fill: '#00FF00', fontColor: null };
}

describe('highlights', () => {
  it("keep the user's own rules, before and after ours, through on/off three times", async () => {
    const fake = fakeWithPlan(28);
    const plan = fake.sheet('Лист1');
    const before = usersRule('=LEN(B3)>100', 'B3:B10');
    plan.conditionalFormats.push(before);
    const service = serviceFor(fake);
    const { findings } = await service.check();

    await service.setHighlights(true, findings);
    // The clerk adds a rule of their own after ours (Excel puts it at the top priority).
    const after = usersRule('=E5=""', 'E5:E40');
    plan.conditionalFormats.unshift(after);
    for (let i = 0; i < 3; i++) {
      await service.setHighlights(false, findings);
      expect(fake.rules('Лист1').map((r) => r.formula)).toEqual(['=E5=""', '=LEN(B3)>100']);
      await service.setHighlights(true, findings);
      expect(plan.conditionalFormats).toContain(before);
      expect(plan.conditionalFormats).toContain(after);
    }
    await service.setHighlights(false, findings);
    expect(plan.conditionalFormats).toEqual([after, before]);
  });

  it('colour exactly the finding cells, by their worst severity, and are not doubled by a second on', async () => {
    const fake = fakeWithPlan(28);
    const plan = fake.sheet('Лист1');
    const service = serviceFor(fake);
    const { findings } = await service.check();
    await service.setHighlights(true, findings);
    await service.setHighlights(true, findings);
    const covered = new Map<string, string>();
    for (const cf of plan.conditionalFormats)
      for (const b of cf.ranges)
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++) {
            const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
            expect([cell, covered.has(cell)]).toEqual([cell, false]);
            covered.set(cell, cf.fill ?? '');
          }
    expect([...covered.keys()].sort()).toEqual([...new Set(findings.map((f) => f.cell))].sort());
    const missing = findings.find((f) => f.rule === 'missing-execution')!;
    const worst = findings.filter((f) => f.cell === missing.cell).some((f) => f.severity === 'error');
    expect(covered.get(missing.cell)).toBe(worst ? SEVERITY_FILL.error : SEVERITY_FILL[missing.severity]);
  });

  it('are removed even when the user deleted some of them, or moved a rule of theirs above them', async () => {
    const fake = fakeWithPlan(28);
    const plan = fake.sheet('Лист1');
    const service = serviceFor(fake);
    const before = fake.snapshot('Лист1');
    const { findings } = await service.check();
    await service.setHighlights(true, findings);
    plan.conditionalFormats.splice(1, 1);
    const mine = usersRule('=TRUE', 'A1');
    plan.conditionalFormats.splice(1, 0, mine);
    await service.setHighlights(false, findings);
    expect(plan.conditionalFormats).toEqual([mine]);
    plan.conditionalFormats.length = 0;
    expect(fake.snapshot('Лист1')).toBe(before);
  });

  it('cost a fixed number of rules, not one per finding cell', async () => {
    const fake = fakeWithPlan(700);
    const service = serviceFor(fake);
    const { findings } = await service.check();
    await service.setHighlights(true, findings);
    expect(new Set(findings.map((f) => f.cell)).size).toBeGreaterThanOrEqual(100);
    expect(fake.sheet('Лист1').conditionalFormats.length).toBeLessThanOrEqual(12);
  });
});
