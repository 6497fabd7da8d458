import { parseDeadline } from '../../../src/core/deadline/parse-deadline';
import type { Deadline, DeadlineContext, Periodicity } from '../../../src/core/types';

const P2023: DeadlineContext = { period: { from: '2023-01-01', to: '2023-12-31' } };
const P2024_25: DeadlineContext = { period: { from: '2024-01-01', to: '2025-12-31' } };
const NONE: DeadlineContext = { period: null };

type Expect = [kind: Deadline['kind'], from: string | null, to: string | null, extra?: Partial<Deadline>];
type Row = [text: string, expected: Expect, ctx?: DeadlineContext];

const Y2023: [string, string] = ['2023-01-01', '2023-12-31'];
const cont = (ft: [string, string] = Y2023): Expect => ['continuous', ...ft];
const periodic = (p: Periodicity, ft: [string, string] = Y2023): Expect => [
  'periodic',
  ...ft,
  { periodicity: p },
];
const cond: Expect = ['conditional', null, null];
const unrec: Expect = ['unrecognised', null, null];
const missing: Expect = ['missing', null, null];
const period = (from: string, to: string, yearAssumed?: boolean): Expect => [
  'period',
  from,
  to,
  yearAssumed ? { yearAssumed } : {},
];

const rows: Row[] = [
  // Every deadline phrase of the seed, verbatim (double spaces and line breaks as in the cells).
  ['Постійно', cont()],
  ['Протягом року', cont()],
  ['Протягом  року', cont()],
  ['Протягом року, згідно з  планом', cont()],
  ['Січень 2023 року', period('2023-01-01', '2023-01-31')],
  ['Грудень\n\n2023 року', period('2023-12-01', '2023-12-31')],
  ['Січень-лютий  2023 року', period('2023-01-01', '2023-02-28')],
  ['ІІІ — ІV квартал 2023 року', period('2023-07-01', '2023-12-31')],
  ['І — ІІ квартал 2023 року', period('2023-01-01', '2023-06-30')],
  ['У разі отримання', cond],
  ['У разі потреби', cond],
  ['У разі виявлення таких фактів', cond],
  ['У разі притягнення осіб до відповідальності', cond],
  // Other phrasings listed in DOMAIN.md.
  ['щокварталу', periodic('quarterly')],
  ['щомісяця', periodic('monthly')],
  ['щороку', periodic('yearly')],
  ['І півріччя 2024 року', period('2024-01-01', '2024-06-30')],
  ['до 01.03.2024', period('2023-01-01', '2024-03-01')],
  ['до 1 квітня 2024 року', period('2023-01-01', '2024-04-01')],
  ['до кінця року', cont()],
  ['протягом 2024 року', cont(['2024-01-01', '2024-12-31'])],
  ['упродовж року', cont()],
  ['за потреби', cond],
  ['в міру потреби', cond],
  ['відповідно до плану', cont()],
  ['Січень', period('2023-01-01', '2023-01-31', true)],
  ['01.06.2024 - 31.05.2025', period('2024-06-01', '2025-05-31')],
  ['березень 2025 р.', period('2025-03-01', '2025-03-31')],
  ['I квартал 2024', period('2024-01-01', '2024-03-31')],
  ['щопівроку до 05 числа місяця, наступного за звітним періодом', periodic('half-yearly')],
  // Dash variants: hyphen, en dash, em dash, minus; with and without spaces.
  ['ІІІ-ІV квартал 2023 року', period('2023-07-01', '2023-12-31')],
  ['ІІІ–ІV квартал 2023 року', period('2023-07-01', '2023-12-31')],
  ['ІІІ —ІV квартал 2023 року', period('2023-07-01', '2023-12-31')],
  ['III - IV квартал 2023', period('2023-07-01', '2023-12-31')],
  ['Січень – лютий 2023 року', period('2023-01-01', '2023-02-28')],
  ['Січень—лютий 2023', period('2023-01-01', '2023-02-28')],
  ['Січень − лютий 2023 р.', period('2023-01-01', '2023-02-28')],
  ['01.06.2024–31.05.2025', period('2024-06-01', '2025-05-31')],
  ['2024 – 2025 рр.', period('2024-01-01', '2025-12-31')],
  // Case, spacing, line breaks, NBSP, tabs, trailing punctuation.
  ['ПОСТІЙНО', cont()],
  ['  постійно.  ', cont()],
  ['Протягом\u00a0року', cont()],
  ['Протягом\nроку', cont()],
  ['\tПостійно\r\n', cont()],
  ['СІЧЕНЬ-ЛЮТИЙ 2023 РОКУ', period('2023-01-01', '2023-02-28')],
  ['грудень 2023р.', period('2023-12-01', '2023-12-31')],
  ['у разі ПОТРЕБИ;', cond],
  ['І\u00a0—\u00a0ІІ квартал\n2023 року', period('2023-01-01', '2023-06-30')],
  // Months: genitive, leap years, missing year.
  ['січня 2024', period('2024-01-01', '2024-01-31')],
  ['лютий 2024', period('2024-02-01', '2024-02-29')],
  ['Лютого 2023', period('2023-02-01', '2023-02-28')],
  ['Листопад', period('2023-11-01', '2023-11-30', true)],
  ['з січня по березень 2024', period('2024-01-01', '2024-03-31')],
  ['вересень 2023 - лютий 2024', period('2023-09-01', '2024-02-29')],
  ['у березні', period('2023-03-01', '2023-03-31', true)],
  // Quarters and half-years: Latin, Cyrillic, mixed numerals, Arabic digits, abbreviations.
  ['ІV квартал 2023', period('2023-10-01', '2023-12-31')],
  ['IV квартал 2023', period('2023-10-01', '2023-12-31')],
  ['1 квартал', period('2023-01-01', '2023-03-31', true)],
  ['ІІ кв. 2024', period('2024-04-01', '2024-06-30')],
  ['ІІ кв.2024 р.', period('2024-04-01', '2024-06-30')],
  ['ІІ півріччя', period('2023-07-01', '2023-12-31', true)],
  ['протягом І кварталу 2023 року', period('2023-01-01', '2023-03-31')],
  ['IV квартал 2023 - I квартал 2024', period('2023-10-01', '2024-03-31')],
  // Years and dates.
  ['2024 рік', period('2024-01-01', '2024-12-31')],
  ['2024 р.', period('2024-01-01', '2024-12-31')],
  ['05.01.2023', period('2023-01-05', '2023-01-05')],
  ['5.1.2023', period('2023-01-05', '2023-01-05')],
  ['05.01.2023 року', period('2023-01-05', '2023-01-05')],
  ['2024-03-01', period('2024-03-01', '2024-03-01')],
  ['29.02.2024', period('2024-02-29', '2024-02-29')],
  ['27-28.07.2023', period('2023-07-27', '2023-07-28')],
  ['до 15 грудня', period('2023-01-01', '2023-12-15', true)],
  ['не пізніше 31.01.2023', period('2023-01-01', '2023-01-31')],
  ['до кінця І кварталу 2023 року', period('2023-01-01', '2023-03-31')],
  // Continuous with years of their own, and its other spellings.
  ['протягом 2024-2025 років', cont(['2024-01-01', '2025-12-31'])],
  ['Протягом 2024 – 2025 рр.', cont(['2024-01-01', '2025-12-31'])],
  ['Упродовж року', cont()],
  ['впродовж року', cont()],
  ['згідно з планом', cont()],
  // Periodic spellings.
  ['щоквартально', periodic('quarterly')],
  ['Щомісячно', periodic('monthly')],
  ['щорічно', periodic('yearly')],
  ['Щопівроку', periodic('half-yearly')],
  ['раз на квартал', periodic('quarterly')],
  ['Щокварталу до 10 числа місяця, що настає за звітним', periodic('quarterly')],
  // Conditional spellings.
  ['у випадку надходження скарги', cond],
  ['при потребі', cond],
  ['за необхідності', cond],
  ['по мірі надходження', cond],
  ['В разі виявлення', cond],
  // Two parts: the leading recognisable part decides.
  ['Постійно, звіт до 10 числа', cont()],
  ['Постійно\nзвіт до 10 числа', cont()],
  ['Протягом 2024 року, згідно з планом', cont(['2024-01-01', '2024-12-31'])],
  ['Березень 2023 (за потреби)', period('2023-03-01', '2023-03-31')],
  // Missing and unrecognised: never a guessed date.
  ['', missing],
  ['   ', missing],
  ['\u00a0\n\t\r\n', missing],
  ['-', unrec],
  ['до 10 числа', unrec],
  ['до березня', unrec],
  ['Січень, лютий 2023', unrec],
  ['листопад-лютий 2023', unrec],
  ['31.02.2023', unrec],
  ['V квартал 2023', unrec],
  ['ІІІ півріччя 2023', unrec],
  ['13.13.2023', unrec],
  ['2203 рік', unrec],
  ['щотижня', unrec],
  ['Відділ кадрів', unrec],
  ['1', unrec],
  // Plan periods other than 2023.
  ['Постійно', cont(['2024-01-01', '2025-12-31']), P2024_25],
  ['щокварталу', periodic('quarterly', ['2024-01-01', '2025-12-31']), P2024_25],
  ['Січень', period('2024-01-01', '2024-01-31', true), P2024_25],
  ['І — ІІ квартал', period('2024-01-01', '2024-06-30', true), P2024_25],
  ['до 01.03.2025', period('2024-01-01', '2025-03-01'), P2024_25],
  ['до 01.03.2023', period('2023-01-01', '2023-03-01'), P2024_25],
  ['Постійно', ['continuous', null, null], NONE],
  ['щомісяця', ['periodic', null, null, { periodicity: 'monthly' }], NONE],
  ['Січень', ['period', null, null], NONE],
  ['Січень 2023 року', period('2023-01-01', '2023-01-31'), NONE],
  ['до 01.03.2024', period('2024-01-01', '2024-03-01'), NONE],
  ['протягом 2024 року', cont(['2024-01-01', '2024-12-31']), NONE],
  ['У разі потреби', cond, NONE],
];

describe('parseDeadline: phrase table', () => {
  it('has the size the brief asks for', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows)('%j', (text, [kind, from, to, extra], ctx = P2023) => {
    const d = parseDeadline(text, ctx);
    const expected: Deadline = { kind, text, from, to, ...extra };
    expect(d).toEqual(expected);
    // `text` is the cell exactly as written, not a cleaned copy.
    expect(d.text).toBe(text);
  });
});

describe('parseDeadline: details', () => {
  it('marks an explicit year as not assumed and a missing one as assumed', () => {
    expect(parseDeadline('Січень 2023 року', P2023).yearAssumed).toBeUndefined();
    expect(parseDeadline('Січень', P2023).yearAssumed).toBe(true);
  });

  it('gives periodicity only to periodic deadlines', () => {
    expect(parseDeadline('Постійно', P2023).periodicity).toBeUndefined();
    expect(parseDeadline('щороку', P2023).periodicity).toBe('yearly');
  });

  it('stays total for callers outside TypeScript (no string, no context)', () => {
    const notText = undefined as unknown as string;
    expect(parseDeadline(notText, P2023)).toEqual({ kind: 'missing', text: undefined, from: null, to: null });
    const noCtx = undefined as unknown as DeadlineContext;
    expect(parseDeadline('Січень', noCtx)).toEqual({ kind: 'period', text: 'Січень', from: null, to: null });
  });

  it('tolerates a context without period and Latin look-alikes inside Cyrillic words', () => {
    expect(parseDeadline('квiтень 2023', P2023)).toMatchObject({ from: '2023-04-01', to: '2023-04-30' });
    expect(parseDeadline('Постійно', { period: null })).toMatchObject({ kind: 'continuous', from: null });
  });
});
