import {
  danglingMarks,
  freeMarkName,
  markByProperties,
  markNameFor,
  marksByName,
  roleOfMark,
  sheetOfReference,
} from '../../../src/core/report/sheet-marks';
import { GENERATED_MARK, GENERATED_ROLES } from '../../../src/core/report/sheet-spec';

describe('marks by defined name', () => {
  it('names each role, with a key when several sheets share it, and reads the role back', () => {
    expect(markNameFor('execution-table')).toBe('anticorruption_plan_addin.execution_table');
    expect(markNameFor('snapshot', '2024-06-30')).toBe('anticorruption_plan_addin.snapshot_20240630');
    expect(markNameFor('summary', '2024-H1')).toBe('anticorruption_plan_addin.summary_2024H1');
    for (const role of GENERATED_ROLES) {
      expect(roleOfMark(markNameFor(role))).toBe(role);
      expect(roleOfMark(markNameFor(role, '20240630'))).toBe(role);
      expect(roleOfMark(`${markNameFor(role, '20240630')}_2`)).toBe(role);
    }
    // The longer role wins: a changes sheet is not a snapshot.
    expect(roleOfMark('anticorruption_plan_addin.snapshot_changes_20240930')).toBe('snapshot-changes');
    expect(roleOfMark('ANTICORRUPTION_PLAN_ADDIN.SNAPSHOT_20240630')).toBe('snapshot');
    expect(roleOfMark('anticorruption_plan_addin.other')).toBeNull();
    expect(roleOfMark('Print_Titles')).toBeNull();
  });

  it('numbers a name past those taken, without case', () => {
    const base = markNameFor('snapshot', '20240630');
    expect(freeMarkName('snapshot', '20240630', [])).toBe(base);
    expect(freeMarkName('snapshot', '20240630', [base.toUpperCase(), `${base}_2`])).toBe(`${base}_3`);
  });

  it('reads the sheet a reference names, quoted or not; #REF! names none', () => {
    expect(sheetOfReference("'Стан на 30.06.2024'!$A$1")).toBe('Стан на 30.06.2024');
    expect(sheetOfReference("='План ''2024'''!$A$1")).toBe("План '2024'");
    expect(sheetOfReference('Лист1!$A$1')).toBe('Лист1');
    expect(sheetOfReference('#REF!')).toBeNull();
    expect(sheetOfReference('=#REF!$A$1')).toBeNull();
    expect(sheetOfReference('42')).toBeNull();
  });

  it('marks live sheets by workbook-scoped names only; names of deleted sheets are dangling', () => {
    const names = [
      { name: markNameFor('snapshot', '20240630'), value: "'Стан на 30.06.2024'!$A$1" },
      // A user's copy gets a sheet-scoped copy of the name (office-js#2875): not a mark.
      { name: markNameFor('snapshot', '20240630'), value: "'Стан на 30.06.2024 (2)'!$A$1", local: true },
      { name: markNameFor('snapshot', '20240930'), value: '#REF!' },
      { name: markNameFor('summary'), value: "'Зведення 2023'!$A$1" },
      { name: 'МояНазва', value: 'Лист1!$A$1' },
    ];
    const sheets = ['Лист1', 'стан на 30.06.2024', 'Стан на 30.06.2024 (2)'];
    expect([...marksByName(names, sheets)]).toEqual([
      ['стан на 30.06.2024', { role: 'snapshot', mark: 'anticorruption_plan_addin.snapshot_20240630' }],
    ]);
    expect(danglingMarks(names, sheets)).toEqual([
      'anticorruption_plan_addin.snapshot_20240930',
      'anticorruption_plan_addin.summary',
    ]);
  });
});

describe('marks by custom properties', () => {
  const props = (over: Record<string, string | undefined> = {}) =>
    Object.fromEntries(
      Object.entries({
        generatedBy: GENERATED_MARK,
        generatedRole: 'snapshot',
        generatedSheet: JSON.stringify({ id: '{1}', name: 'Стан на 30.06.2024' }),
        generatedFingerprint: '0.0.5.5.abc',
        ...over,
      }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;

  it('ours when they name this very sheet, by id or by name', () => {
    expect(markByProperties(props(), { name: 'Стан на 30.06.2024', id: '{9}' })).toEqual({
      kind: 'ours',
      role: 'snapshot',
      fingerprint: '0.0.5.5.abc',
    });
    expect(markByProperties(props(), { name: 'Перейменовано', id: '{1}' }).kind).toBe('ours');
    expect(markByProperties(props(), { name: 'Перейменовано' }).kind).toBe('not-ours');
  });

  it('a copy (naming another sheet), a released sheet, a foreign role: not ours; none: no verdict', () => {
    expect(markByProperties(props(), { name: 'Стан на 30.06.2024 (2)', id: '{2}' }).kind).toBe('not-ours');
    expect(markByProperties(props({ generatedBy: 'released' }), { name: 'Стан на 30.06.2024' }).kind).toBe(
      'not-ours',
    );
    expect(markByProperties(props({ generatedRole: 'chart' }), { name: 'Стан на 30.06.2024' }).kind).toBe(
      'not-ours',
    );
    expect(markByProperties({}, { name: 'x' })).toEqual({ kind: 'none' });
    expect(markByProperties(props({ generatedSheet: undefined }), { name: 'x' })).toMatchObject({
      kind: 'unnamed',
      role: 'snapshot',
    });
    expect(markByProperties(props({ generatedSheet: '{not json' }), { name: 'x' }).kind).toBe('unnamed');
  });
});
