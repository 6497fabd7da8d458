import { isOnlyStatusWords, statusFromColumn } from '../../../src/core/status/status-words';

describe('status words in a status column', () => {
  it.each([
    ['Виконано', 'done'],
    ['ВИКОНАНО', 'done'],
    ['виконано.', 'done'],
    ['Виконано .  ', 'done'],
    ['Виконано частково', 'partly-done'],
    ['частково виконано', 'partly-done'],
    ['ЧАСТКОВО ВИКОНАНО.', 'partly-done'],
    ['Виконано не повністю', 'partly-done'],
    ['Виконаний частково', 'partly-done'],
    ['Виконується', 'in-progress'],
    ['Не виконано', 'not-done'],
    ['не виконується', 'not-done'],
    ['Не розпочато', 'not-started'],
    ['Виконано (05.01.2023)', 'done'],
  ])('%j -> %s', (text, status) => {
    expect(statusFromColumn(text)?.status).toBe(status);
  });

  it('tells a cell of status words only from a free report', () => {
    for (const t of ['Виконано.', ' не виконано ', 'Частково виконано', 'ВИКОНУЄТЬСЯ'])
      expect(isOnlyStatusWords(t)).toBe(true);
    for (const t of ['Виконано 05.01.2023', 'Проведено навчання', '', '  '])
      expect(isOnlyStatusWords(t)).toBe(false);
  });
});
