import { measureKeys, planId } from '../../../src/core/requests/keys';
import { planGrid } from '../../helpers/grids';
import { planOf } from './fixtures';

const rows = [
  ['І. Розділ'],
  [1, 'Моніторинг змін законодавства', 'Постійно', 'Юридичний відділ', ''],
  [2, 'Навчання працівників', 'Грудень 2023 року', 'Відділ кадрів', ''],
  [3, 'Моніторинг змін законодавства', 'Постійно', 'Відділ кадрів', ''],
  [4, '', 'Постійно', 'Відділ кадрів', ''],
];

describe('measure keys', () => {
  it('come from what a measure is, not where it stands: moving, inserting and renumbering keep them', () => {
    const keys = measureKeys(planOf(planGrid(rows)));
    expect(keys[0]).toMatch(/^m[0-9a-f]{14}$/);
    expect(new Set(keys).size).toBe(4);
    // The plan edited: a measure inserted at the top, all renumbered, spacing and case of a text changed.
    const edited = planOf(
      planGrid([
        ['І. Розділ'],
        [1, 'Новий захід', 'Постійно', 'Відділ кадрів', ''],
        [2, 'Моніторинг  змін законодавства ', 'Постійно', 'Юридичний відділ', ''],
        [3, 'НАВЧАННЯ працівників', 'Грудень 2023 року', 'Відділ кадрів', ''],
        [4, 'Моніторинг змін законодавства', 'Постійно', 'Відділ кадрів', ''],
        [5, '', 'Постійно', 'Відділ кадрів', ''],
      ]),
    );
    const after = measureKeys(edited);
    expect(after.slice(1, 4)).toEqual(keys.slice(0, 3));
    // A measure without text is known by its number (renumbered: a different measure).
    expect(after[4]).not.toBe(keys[3]);
  });

  it('tell equal texts apart by their order', () => {
    const keys = measureKeys(planOf(planGrid(rows)));
    expect(keys[2]).toBe(`${keys[0]}-2`);
  });

  it('name the plan by its title and period', () => {
    const a = planOf(planGrid(rows));
    const b = planOf(planGrid(rows, { title: ['План заходів щодо запобігання корупції на 2024 рік'] }));
    expect(planId(a)).toMatch(/^p[0-9a-f]{14}$/);
    expect(planId(a)).not.toBe(planId(b));
    expect(planId(a)).toBe(planId(planOf(planGrid(rows.slice(0, 3)))));
  });
});
