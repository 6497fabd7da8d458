import { inferStatus } from '../../../src/core/status/infer-status';
import type { Deadline, DeadlineKind, Status } from '../../../src/core/types';

function deadline(kind: DeadlineKind): Deadline {
  return { kind, text: '', from: null, to: null };
}

const CONTINUOUS = deadline('continuous');
const CONDITIONAL = deadline('conditional');
const PERIOD = deadline('period');

describe('inferStatus from the status column', () => {
  it.each<[string, Status, string]>([
    ['Виконано', 'done', 'Виконано'],
    ['  ВИКОНАНО. ', 'done', 'ВИКОНАНО.'],
    ['виконано', 'done', 'виконано'],
    ['Виконано частково', 'partly-done', 'Виконано частково'],
    ['Частково   виконано;', 'partly-done', 'Частково   виконано;'],
    ['Виконується', 'in-progress', 'Виконується'],
    ['В процесі виконання', 'in-progress', 'В процесі виконання'],
    ['триває', 'in-progress', 'триває'],
    ['Не виконано!', 'not-done', 'Не виконано!'],
    ['НЕ РОЗПОЧАТО', 'not-started', 'НЕ РОЗПОЧАТО'],
    ['Не потребувало виконання', 'no-grounds', 'Не потребувало виконання'],
    ['Підстав не виникало.', 'no-grounds', 'Підстав не виникало.'],
    ['Done', 'done', 'Done'],
    ['in progress', 'in-progress', 'in progress'],
    ['Not started', 'not-started', 'Not started'],
    ['partly done', 'partly-done', 'partly done'],
    ['Виконано (05.01.2023)', 'done', 'Виконано'],
    ['Виконано частково, див. примітку', 'partly-done', 'Виконано частково'],
  ])('%j -> %s', (statusText, status, words) => {
    const info = inferStatus({ statusText, execution: 'Не виконано', deadline: PERIOD });
    expect(info).toEqual({ status, source: 'column', evidence: [words] });
  });

  it('falls back to the text for a word it does not know, keeping the word first in the evidence', () => {
    const info = inferStatus({
      statusText: 'Зроблено все ',
      execution: 'Проведено 3 семінари',
      deadline: PERIOD,
    });
    expect(info).toEqual({ status: 'done', source: 'text', evidence: ['Зроблено все', 'Проведено'] });
  });

  it('does not read `Виконаноо` as `Виконано`', () => {
    const info = inferStatus({ statusText: 'Виконаноо', execution: '', deadline: PERIOD });
    expect(info.status).toBe('none');
    expect(info.evidence).toEqual(['Виконаноо']);
  });

  it('ignores a blank status column', () => {
    expect(inferStatus({ statusText: '  \n', execution: 'Затверджено план', deadline: PERIOD })).toEqual({
      status: 'done',
      source: 'text',
      evidence: ['Затверджено'],
    });
  });
});

describe('inferStatus from the execution text', () => {
  it.each<[string, Deadline, Status, string[]]>([
    // nothing written
    ['', PERIOD, 'none', []],
    [' \n\t ', CONTINUOUS, 'none', []],
    // done
    ['Розміщено на офіційному сайті', PERIOD, 'done', ['Розміщено']],
    ['Протягом року надавалась консультативна допомога', CONTINUOUS, 'done', ['надавалась']],
    ['Начальник відділу провів 5 нарад', CONTINUOUS, 'done', ['провів']],
    ['Виконано.', PERIOD, 'done', ['Виконано']],
    ['9 семінарів, 41 особа', CONTINUOUS, 'done', ['text present']],
    ['План оновлювався щокварталу', CONTINUOUS, 'done', ['оновлювався']],
    [
      'Проведено 4 перевірки, порушень не виявлено',
      CONTINUOUS,
      'done',
      ['Проведено', 'порушень не виявлено'],
    ],
    ['Порушень не було', CONDITIONAL, 'no-grounds', ['Порушень не було']],
    // partly done
    ['Виконано частково', PERIOD, 'partly-done', ['частково']],
    ['Захід виконано не в повному обсязі через воєнний стан', PERIOD, 'partly-done', ['не в повному обсязі']],
    [
      'Проведено 3 семінари, 2 семінари не проведено',
      CONTINUOUS,
      'partly-done',
      ['Проведено', 'не проведено'],
    ],
    // not started
    ['Роботу не розпочато', PERIOD, 'not-started', ['не розпочато']],
    ['Виконання не розпочиналось', PERIOD, 'not-started', ['не розпочиналось']],
    // not done
    ['Не виконано', PERIOD, 'not-done', ['Не виконано']],
    ['План не виконувався', PERIOD, 'not-done', ['не виконувався']],
    ['Контроль не здійснювалось через відсутність працівника', CONTINUOUS, 'not-done', ['не здійснювалось']],
    ['Інформація до НАЗК не направлялась', PERIOD, 'not-done', ['не направлялась']],
    ['Не вдалося провести навчання', PERIOD, 'not-done', ['Не вдалося']],
    // not done because the duty was lifted: no grounds
    ['Відповідно до роз’яснень НАЗК звіт не подавався', PERIOD, 'no-grounds', ['роз’яснень', 'не подавався']],
    [
      'У зв’язку з дією воєнного стану перевірки не проводилися',
      CONTINUOUS,
      'no-grounds',
      ['воєнного стану', 'не проводилися'],
    ],
    // no grounds
    ['Звернень громадян не надходило', CONDITIONAL, 'no-grounds', ['Звернень громадян не надходило']],
    ['Фактів не виявлено.', CONDITIONAL, 'no-grounds', ['Фактів не виявлено']],
    [
      'Протягом року випадків конфлікту інтересів не було',
      CONDITIONAL,
      'no-grounds',
      ['випадків конфлікту інтересів не було'],
    ],
    ['Підстав для проведення не було', CONDITIONAL, 'no-grounds', ['Підстав для проведення не було']],
    ['Посадові особи до відповідальності не притягувалися', CONDITIONAL, 'no-grounds', ['не притягувалися']],
    ['Не було підстав', CONDITIONAL, 'no-grounds', ['Не було підстав']],
    ['Потреби не виникало', CONDITIONAL, 'no-grounds', ['Потреби не виникало']],
    ['Службові перевірки не проводились', CONDITIONAL, 'no-grounds', ['Службові перевірки не проводились']],
    ['Проведено моніторинг, фактів не виявлено', CONDITIONAL, 'no-grounds', ['фактів не виявлено']],
    // in progress / deferred
    ['Роботу буде закінчено у лютому 2024 року', PERIOD, 'in-progress', ['буде закінчено']],
    ['Контроль буде здійснено після 31.01.2024 року', CONDITIONAL, 'in-progress', ['буде здійснено']],
    ['Розпочато роботу з оновлення переліку', PERIOD, 'in-progress', ['Розпочато роботу']],
    ['Перевірка триває', PERIOD, 'in-progress', ['триває']],
    ['Робота продовжується', PERIOD, 'in-progress', ['продовжується']],
    ['Проєкт на погодженні', PERIOD, 'in-progress', ['на погодженні']],
    ['Аналіз після 31.01.2024', PERIOD, 'in-progress', ['після 31.01.2024']],
    // ongoing work of a continuous measure that reports work done is done
    ['Протягом року проводився моніторинг, робота триває', CONTINUOUS, 'done', ['проводився', 'триває']],
    ['Протягом року проводився моніторинг, робота триває', PERIOD, 'in-progress', ['триває']],
  ])('%j (%s)', (execution, dl, status, evidence) => {
    const info = inferStatus({ execution, deadline: dl });
    expect(info.status).toBe(status);
    expect(info.source).toBe(status === 'none' ? 'empty' : 'text');
    expect(info.evidence).toEqual(evidence);
  });

  it('does not take a past verb after `не` or `буде` as work done', () => {
    expect(inferStatus({ execution: 'Семінар не проведено', deadline: PERIOD }).status).toBe('not-done');
    expect(inferStatus({ execution: 'Звіт буде затверджено', deadline: PERIOD }).status).toBe('in-progress');
  });

  it('matches any case and keeps the evidence as written', () => {
    expect(inferStatus({ execution: 'ПОВІДОМЛЕНЬ  НЕ  НАДХОДИЛО', deadline: CONDITIONAL })).toEqual({
      status: 'no-grounds',
      source: 'text',
      evidence: ['ПОВІДОМЛЕНЬ  НЕ  НАДХОДИЛО'],
    });
  });

  it('does not throw on input a JavaScript caller may pass', () => {
    const bad = { execution: undefined, deadline: undefined } as unknown as Parameters<typeof inferStatus>[0];
    expect(inferStatus(bad)).toEqual({ status: 'none', source: 'empty', evidence: [] });
  });
});

describe('inferStatus edge cases', () => {
  it('does not read an adjective after `не` as work not done', () => {
    expect(inferStatus({ execution: 'Складено 3 висновки, не складні', deadline: PERIOD })).toEqual({
      status: 'done',
      source: 'text',
      evidence: ['Складено'],
    });
  });

  it('does not take the noun `надавачів` for a verb', () => {
    expect(
      inferStatus({ execution: 'оновлення ключів надавачів; проводилися зміни', deadline: PERIOD }).evidence,
    ).toEqual(['проводилися']);
  });
});
