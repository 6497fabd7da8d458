import fc from 'fast-check';
import { parseDeadline } from '../../../src/core/deadline/parse-deadline';
import { DEADLINE_KINDS, type DeadlineContext } from '../../../src/core/types';

/** A real calendar day written YYYY-MM-DD (the UTC round trip rejects `2023-02-29`, `2023-13-01`). */
function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() + 1 === Number(m[2]) &&
    d.getUTCDate() === Number(m[3])
  );
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const contextArb: fc.Arbitrary<DeadlineContext> = fc.oneof(
  fc.constant({ period: null }),
  fc
    .tuple(fc.integer({ min: 1995, max: 2095 }), fc.integer({ min: 0, max: 3 }))
    .map(([y, extra]) => ({ period: { from: iso(y, 1, 1), to: iso(y + extra, 12, 31) } })),
);

/** What is wrong with the parser's answer, or null. Plain checks (one `expect` per run keeps 10k runs fast). */
function violation(text: string, ctx: DeadlineContext): string | null {
  const d = parseDeadline(text, ctx);
  if (!DEADLINE_KINDS.includes(d.kind)) return `kind ${d.kind}`;
  if (d.text !== text) return 'text changed';
  const undated = d.kind === 'conditional' || d.kind === 'unrecognised' || d.kind === 'missing';
  if (undated && (d.from !== null || d.to !== null)) return `${d.kind} with dates`;
  if ((d.from === null) !== (d.to === null)) return 'only one of from/to';
  if (d.from !== null && d.to !== null) {
    if (!isCalendarDate(d.from) || !isCalendarDate(d.to)) return `bad date ${d.from}..${d.to}`;
    if (d.from > d.to) return `from after to ${d.from}..${d.to}`;
  }
  if ((d.kind === 'periodic') !== (d.periodicity !== undefined)) return 'periodicity mismatch';
  return null;
}

function checkInvariants(text: string, ctx: DeadlineContext): void {
  expect(violation(text, ctx)).toBeNull();
}

const noisy = ['0', '1', '2', '3', '9', '.', '-', '–', '—', '−', ' ', '\u00a0', '\n', '\t', '/', ','];
const dateish = ['2023', '2024', '1899', '2101', '29', '31', '02', '12', '00', '.2023', '.02.', '29.02.'];
const words = [
  'січень',
  'лютого',
  'Лютий',
  'грудня',
  'квітні',
  'квартал',
  'кварталу',
  'кв.',
  'півріччя',
  'І',
  'ІІ',
  'ІІІ',
  'ІV',
  'IV',
  'V',
  'Х',
  'до',
  'з',
  'по',
  'кінця',
  'протягом',
  'року',
  'рік',
  'р.',
  'рр.',
  'роки',
  'Постійно',
  'У разі',
  'щокварталу',
  'раз на',
  'згідно з планом',
  '(',
  ')',
  ';',
  ':',
];
const join = (parts: string[]) => parts.join('');

describe('parseDeadline: properties', () => {
  it('never throws on arbitrary Unicode, control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), contextArb, (s, ctx) =>
        checkInvariants(s, ctx),
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on digit-, dot- and dash-heavy text', () => {
    const arb = fc.array(fc.constantFrom(...noisy, ...dateish), { maxLength: 24 }).map(join);
    fc.assert(
      fc.property(arb, contextArb, (s, ctx) => checkInvariants(s, ctx)),
      { numRuns: 3000 },
    );
  });

  it('never throws on mixes of deadline words, numbers and separators', () => {
    const token = fc.constantFrom(...words, ...dateish, ...noisy);
    const arb = fc
      .array(fc.tuple(token, fc.constantFrom(' ', '', '-', ' — ', '  ', '\n')), { maxLength: 10 })
      .map((pairs) => pairs.map(([t, sep]) => t + sep).join(''));
    fc.assert(
      fc.property(arb, contextArb, (s, ctx) => checkInvariants(s, ctx)),
      { numRuns: 3000 },
    );
  });

  it('keeps long texts total and cheap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 100, maxLength: 600 }), contextArb, (s, ctx) =>
        checkInvariants(s, ctx),
      ),
      { numRuns: 500 },
    );
  });

  it('reads a phrase the same whatever its case, spaces, line breaks and dashes', () => {
    const phrase = fc.constantFrom(
      'Січень-лютий 2023 року',
      'ІІІ - ІV квартал 2023 року',
      'І півріччя 2024 року',
      'до 1 квітня 2024 року',
      'Протягом року, згідно з планом',
      '01.06.2024 - 31.05.2025',
      'з січня по березень 2024',
      'Грудень 2023 року',
      'щопівроку до 05 числа місяця',
      'У разі виявлення таких фактів',
    );
    const space = fc.constantFrom(' ', '  ', '\u00a0', '\n', '\n\n', ' \t');
    const dash = fc.constantFrom('-', '–', '—', ' - ', ' — ', '−');
    fc.assert(
      fc.property(phrase, space, dash, fc.boolean(), contextArb, (p, sp, da, upper, ctx) => {
        const variant = (upper ? p.toUpperCase() : p).replace(/ - /g, da).replace(/-/g, da).replace(/ /g, sp);
        const { text: _a, ...expected } = parseDeadline(p, ctx);
        const { text: _b, ...actual } = parseDeadline(variant, ctx);
        expect(actual).toEqual(expected);
        expect(expected.kind).not.toBe('unrecognised');
      }),
      { numRuns: 1000 },
    );
  });
});
