/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { ServiceError, type GenerateResult } from '../../src/app/plan-service';
import { FakeService, checkResult, finding, statusCounts } from './fake-service';

// Fluent renders a large DOM and the machine is shared: role queries over it take seconds.
jest.setTimeout(30000);

const FINDINGS = [
  finding({
    rule: 'missing-responsible',
    severity: 'error',
    cell: 'D12',
    row: 12,
    column: 3,
    measureNumber: '5',
    params: { number: '5' },
  }),
  finding({
    rule: 'missing-execution',
    severity: 'error',
    cell: 'E25',
    row: 25,
    params: { number: '18', deadline: '2023-03-31' },
  }),
  finding({
    rule: 'missing-execution',
    severity: 'error',
    cell: 'E20',
    row: 20,
    params: { number: '15', deadline: '2023-01-31' },
  }),
  finding({
    rule: 'untidy-text',
    severity: 'info',
    cell: 'D30',
    row: 30,
    column: 3,
    params: { number: '22', issues: 'double-spaces' },
  }),
];

function renderApp(service: FakeService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} />
    </FluentProvider>,
  );
}

async function ready(): Promise<void> {
  await screen.findByText(/^(Зауваження|Findings)(: |$)/);
}

/** Cheap lookups: role queries walk the whole accessibility tree of Fluent's DOM. */
const cellButton = (cell: string): HTMLButtonElement =>
  document.querySelector(`button[data-cell="${cell}"]`) as HTMLButtonElement;
const shownCells = (): (string | null)[] =>
  [...document.querySelectorAll('button[data-cell]')].map((b) => b.getAttribute('data-cell'));
const buttonWithText = (text: string): HTMLButtonElement =>
  screen.getByText(text).closest('button') as HTMLButtonElement;
const openSettings = async (): Promise<void> => {
  await userEvent.setup().click(screen.getByRole('button', { name: /^(Налаштування|Settings)$/ }));
};
const heading = (text: string): HTMLElement => {
  const el = screen.getByText(text);
  expect(el.tagName).toMatch(/^H\d$/);
  return el;
};

describe('task pane', () => {
  it('opens with the errors first, one line per kind naming the measures, and a way to the first', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    const bar = screen.getByText('3 помилки').closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain('1 захід без відповідальних: №\u00a05');
    expect(bar.textContent).toContain('2 заходи без звіту про виконання: №\u00a015, 18');
    await userEvent.setup().click(buttonWithText('Перейти до заходу 5'));
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Лист1', 'D12');
    // The bar comes before the findings, and there is no page title of the pane's own.
    const findings = heading('Зауваження: 3 помилки, 1 примітка');
    expect(bar.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelector('h1')).toBeNull();
  });

  it('names the deadline when the overdue measures share one', async () => {
    const same = FINDINGS.map((f) =>
      f.rule === 'missing-execution' ? { ...f, params: { ...f.params, deadline: '2023-12-31' } } : f,
    );
    renderApp(new FakeService(checkResult(same)));
    await ready();
    const bar = screen.getByText('3 помилки').closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain(
      '2 заходи без звіту про виконання: №\u00a015, 18 (термін минув 31.12.2023)',
    );
  });

  it('shows errors as cards by rule, each with its cell, and the notes collapsed into a line per kind', async () => {
    renderApp(new FakeService(checkResult(FINDINGS)));
    await ready();
    const overdueList = heading('Термін минув, звіту немає (2)').nextElementSibling as HTMLElement;
    const buttons = [...overdueList.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['E20', 'E25']);
    expect(buttons[1].textContent).toBe(
      'E25захід 18: термін минув 31.03.2023, а про виконання нічого не зазначено',
    );
    expect(shownCells()).toEqual(['D12', 'E20', 'E25']);
    expect(screen.getByText('1 клітинка із зайвими пробілами')).toBeTruthy();
    const user = userEvent.setup();
    const show = buttonWithText('Показати');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(shownCells()).toEqual(['D12', 'E20', 'E25', 'D30']);
    expect(screen.getByText(/План: аркуш «Лист1», 2023 рік; 5 розділів, 28 заходів\./)).toBeTruthy();
  });

  it('selects the cell of a finding on click and on Enter or Space', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.click(cellButton('E25'));
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Лист1', 'E25');
    cellButton('D12').focus();
    await user.keyboard('{Enter}');
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Лист1', 'D12');
    await user.click(buttonWithText('Показати'));
    cellButton('D30').focus();
    await user.keyboard(' ');
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Лист1', 'D30');
    expect(service.calls.selectCell).toHaveBeenCalledTimes(3);
  });

  it('switches to English in the settings and saves the choice', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    expect(buttonWithText('Перевірити')).toBeTruthy();
    await openSettings();
    await userEvent.setup().click(screen.getByLabelText('English'));
    expect(await screen.findByText('Findings: 3 errors, 1 note')).toBeTruthy();
    expect(buttonWithText('Check')).toBeTruthy();
    expect(buttonWithText('Generate report')).toBeTruthy();
    expect(buttonWithText('Go to measure 5')).toBeTruthy();
    expect(heading('Overdue, nothing reported (2)')).toBeTruthy();
    expect(screen.getByText(/Plan: sheet “Лист1”, year 2023/)).toBeTruthy();
    expect(screen.queryByText('Перевірити')).toBeNull();
    expect(service.calls.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ language: 'en' }));
  });

  it('follows Office’s display language when no language is saved', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    service.language = 'en-GB';
    renderApp(service);
    expect(await screen.findByText('Findings: 3 errors, 1 note')).toBeTruthy();
  });

  it('writes plural forms right in both languages', async () => {
    const one = checkResult([FINDINGS[0]], {
      sectionCount: 2,
      measureCount: 5,
      summary: { ...checkResult([]).summary, total: 1, byStatus: statusCounts({ done: 1 }) },
    });
    renderApp(new FakeService(one));
    await ready();
    expect(screen.getByText(/2 розділи, 5 заходів\./)).toBeTruthy();
    expect(heading('Стан виконання: 1 захід')).toBeTruthy();
    expect(heading('Зауваження: 1 помилка')).toBeTruthy();
    await openSettings();
    await userEvent.setup().click(screen.getByLabelText('English'));
    expect(await screen.findByText('Findings: 1 error')).toBeTruthy();
    expect(screen.getByText(/2 sections, 5 measures\./)).toBeTruthy();
    expect(heading('Execution status: 1 measure')).toBeTruthy();
  });

  it('shows the summary by status; «Немає звіту» in the danger colour filters the findings', async () => {
    renderApp(new FakeService(checkResult(FINDINGS)));
    await ready();
    const summary = heading('Стан виконання: 28 заходів').parentElement as HTMLElement;
    const rows = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['Виконано21', 'Виконано частково2', 'Немає звіту5']);
    await userEvent.setup().click(screen.getByText('Немає звіту'));
    expect(shownCells()).toEqual(['E20', 'E25']);
    expect(screen.getByRole('tab', { name: 'Без звіту (2)' }).getAttribute('aria-selected')).toBe('true');
  });

  it('explains what to do when the check fails', async () => {
    const service = new FakeService(checkResult([]));
    service.nextCheck = () => Promise.reject(new ServiceError('protected', 'Sheet is protected'));
    renderApp(service);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Дію не виконано');
    expect(alert.textContent).toContain('Зніміть захист');
    expect(alert.textContent).toContain('Sheet is protected');
  });

  it('treats a plain error as unexpected and still says what to do', async () => {
    const service = new FakeService(checkResult([]));
    service.nextCheck = () => Promise.reject(new Error('boom'));
    renderApp(service);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Повторіть');
    expect(alert.textContent).toContain('boom');
  });

  it('with no plan shows the first run, not an error: the columns, the example plan, a sheet to choose', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    const found = service.nextCheck;
    service.nextCheck = () => Promise.reject(new ServiceError('no-plan', 'Аркуш «Аркуш1» порожній.'));
    renderApp(service);
    await screen.findByText('План ще не знайдено');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('«Заплановані заходи» — зміст заходу (обовʼязково)')).toBeTruthy();
    expect(buttonWithText('Сформувати звіт').disabled).toBe(true);
    const user = userEvent.setup();
    await user.click(buttonWithText('Вибрати аркуш'));
    expect(await screen.findByLabelText('Аркуш із планом')).toBeTruthy();
    service.nextCheck = found;
    await user.click(buttonWithText('Вставити зразок плану'));
    await ready();
    expect(service.calls.insertSamplePlan).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Вставлено аркуш «Зразок плану» зі зразком плану.')).toBeTruthy();
    expect(screen.queryByText('План ще не знайдено')).toBeNull();
    expect(buttonWithText('Сформувати звіт').disabled).toBe(false);
  });

  it('asks before generating from a plan with errors, shows progress, then the sheets and «Відкрити звіт»', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    let progress: ((f: number) => void) | undefined;
    let finish: (r: GenerateResult) => void = () => undefined;
    service.nextGenerate = (onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    };
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    expect(buttonWithText('Сформувати звіт').className).toContain('fui-Button');
    await user.click(buttonWithText('Сформувати звіт'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('2 заходи без звіту про виконання: №\u00a015, 18');
    await user.click(screen.getByText('Скасувати'));
    expect(progress).toBeUndefined();
    await user.click(buttonWithText('Сформувати звіт'));
    await user.click(await screen.findByText('Сформувати все одно'));
    act(() => progress?.(0.4));
    const bar = document.querySelector('[role="progressbar"][aria-label="Формую звіт…"]') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
    expect(buttonWithText('Перевірити').disabled).toBe(true);
    await act(async () =>
      finish({
        sheets: ['Виконання плану 2023', 'Зведення 2023'],
        notes: ['Аркуш змінено — збережено як копію.'],
      }),
    );
    expect(await screen.findByText('Звіт сформовано: «Виконання плану 2023», «Зведення 2023».')).toBeTruthy();
    expect(screen.getByText('Аркуш змінено — збережено як копію.')).toBeTruthy();
    expect(document.querySelector('[role="progressbar"]')).toBeNull();
    expect(buttonWithText('Перевірити').disabled).toBe(false);
    await user.click(buttonWithText('Відкрити звіт'));
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Виконання плану 2023', 'A1');
  });

  it('generates at once from a plan without errors', async () => {
    const service = new FakeService(checkResult([FINDINGS[3]]));
    renderApp(service);
    await ready();
    await userEvent.setup().click(buttonWithText('Сформувати звіт'));
    expect(await screen.findByText(/^Звіт сформовано/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('names the Excel version that brings a missing feature and disables its control', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    service.missing = [
      { feature: 'highlights', requirement: 'ExcelApi 1.9' },
      { feature: 'input-helpers', requirement: 'ExcelApi 1.18' },
    ];
    renderApp(service);
    await ready();
    expect(screen.getByText('Дещо недоступне в цій версії Excel')).toBeTruthy();
    expect(
      screen.getByText('підсвічування клітинок: потрібен Excel 2021 або Microsoft 365 (ExcelApi 1.9).'),
    ).toBeTruthy();
    expect(screen.getByText('списки для введення: потрібен Microsoft 365 (ExcelApi 1.18).')).toBeTruthy();
    await openSettings();
    expect(
      (screen.getByLabelText('Підсвічувати клітинки із зауваженнями') as HTMLInputElement).disabled,
    ).toBe(true);
    expect(buttonWithText('Додати списки для введення').disabled).toBe(true);
    expect(buttonWithText('Сформувати звіт').disabled).toBe(false);
  });

  it('filters findings by tabs (empty ones hidden) and searches what they say, not cell addresses', async () => {
    renderApp(new FakeService(checkResult(FINDINGS)));
    await ready();
    const user = userEvent.setup();
    // A Fluent tab holds its label twice (once hidden, to reserve the bold width): compare the first.
    const label = (t: HTMLElement): string =>
      t.querySelector('.fui-Tab__content')?.firstChild?.textContent ?? '';
    expect(screen.getAllByRole('tab').map(label)).toEqual([
      'Усі (4)',
      'Помилки (3)',
      'Примітки (1)',
      'Без звіту (2)',
    ]);
    const search = screen.getByLabelText('Пошук у зауваженнях');
    await user.type(search, '18');
    expect(shownCells()).toEqual(['E25']);
    expect(screen.getByText('Показано 1 зауваження')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'E25');
    expect(shownCells()).toEqual([]);
    expect(screen.getByText('Нічого не знайдено.')).toBeTruthy();
    await user.clear(search);
    await user.click(screen.getByRole('tab', { name: 'Примітки (1)' }));
    expect(shownCells()).toEqual([]);
    expect(screen.getByText('1 клітинка із зайвими пробілами')).toBeTruthy();
    expect(screen.queryByText('Термін минув, звіту немає (2)')).toBeNull();
  });

  it('renders workbook text as text, never as HTML', async () => {
    const evil = finding({
      rule: 'unrecognised-deadline',
      severity: 'warning',
      cell: 'C7',
      row: 7,
      params: { number: '3', text: '<img src=x onerror="alert(1)">' },
    });
    const { container } = renderApp(new FakeService(checkResult([evil])));
    await ready();
    expect(container.querySelector('img')).toBeNull();
    expect(cellButton('C7').textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('rechecks when the plan changes, tells screen readers what it found, and stops watching on unmount', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    const { unmount } = renderApp(service);
    await ready();
    await waitFor(() => expect(service.watcher).not.toBeNull());
    const live = document.querySelector('[role="status"][aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toBe('План перевірено: 3 помилки, 1 примітка.');
    expect(service.calls.check).toHaveBeenCalledTimes(1);
    service.nextCheck = async () => checkResult([FINDINGS[0]]);
    await act(async () => service.watcher?.());
    expect(await screen.findByText('Зауваження: 1 помилка')).toBeTruthy();
    expect(live.textContent).toBe('План перевірено: 1 помилка.');
    expect(service.calls.check).toHaveBeenCalledTimes(2);
    unmount();
    await waitFor(() => expect(service.calls.unwatch).toHaveBeenCalledTimes(1));
  });

  it('shows the as-of date as дд.мм.рррр and saves a typed one, checking again with it', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    await openSettings();
    const input = (await screen.findByRole('combobox', { name: 'Дата перевірки' })) as HTMLInputElement;
    expect(input.value).toBe('31.12.2023');
    // Typed and left: the picker reads the text on blur (its calendar is not opened, which jsdom makes slow).
    fireEvent.change(input, { target: { value: '30.06.2023' } });
    fireEvent.blur(input);
    await waitFor(() => expect(service.calls.check).toHaveBeenLastCalledWith('2023-06-30'));
    expect(service.settings.asOf).toBe('2023-06-30');
  });

  it('turns highlights on for the current findings and keeps them after a recheck; shows the legend', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    await openSettings();
    const user = userEvent.setup();
    expect(screen.getByText('Кольори підсвічування')).toBeTruthy();
    await user.click(screen.getByLabelText('Підсвічувати клітинки із зауваженнями'));
    await waitFor(() => expect(service.calls.setHighlights).toHaveBeenLastCalledWith(true, 4));
    expect(service.settings.highlights).toBe(true);
    await user.click(buttonWithText('Перевірити'));
    await waitFor(() => expect(service.calls.setHighlights).toHaveBeenCalledTimes(2));
  });

  it('input helpers are disabled, with the reason, when no dropdown applies', async () => {
    const blocked = new FakeService(
      checkResult(FINDINGS, { inputHelpers: { status: 'no-column', responsible: 'no-positions' } }),
    );
    renderApp(blocked);
    await ready();
    await openSettings();
    expect(buttonWithText('Додати списки для введення').disabled).toBe(true);
    expect(screen.getByText(/Список станів не додано: у плані немає стовпця стану виконання/)).toBeTruthy();
    expect(screen.getByText(/Список посад не додано: немає переліку посад/)).toBeTruthy();
  });

  it('input helpers say what was added and where', async () => {
    const ready2 = new FakeService(
      checkResult(FINDINGS, { inputHelpers: { status: 'no-column', responsible: 'ready' } }),
    );
    renderApp(ready2);
    await ready();
    await openSettings();
    await userEvent.setup().click(buttonWithText('Додати списки для введення'));
    expect(
      await screen.findByText('Додано список посад у стовпець «Відповідальні особи» (D7:D37).'),
    ).toBeTruthy();
  });

  it('says when responsible persons were not checked, and «Додати перелік» opens the list', async () => {
    renderApp(new FakeService(checkResult(FINDINGS, { positionsChecked: false })));
    await ready();
    expect(screen.getByText(/Посади відповідальних не звірено: немає переліку посад/)).toBeTruthy();
    await userEvent.setup().click(buttonWithText('Додати перелік'));
    const box = await screen.findByLabelText('Перелік посад (по одній у рядку)');
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('removes extra spaces only after showing what changes and a confirmation', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    service.spaces = {
      sheet: 'Лист1',
      fixes: [{ cell: 'D30', before: 'Секретар  ради ', after: 'Секретар ради' }],
    };
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.click(buttonWithText('Прибрати зайві пробіли…'));
    const item = await waitFor(() => document.querySelector('[data-fix="D30"]') as HTMLElement);
    expect(item.textContent).toBe('D30Секретар радиСекретар··ради·');
    expect(service.calls.fixSpaces).not.toHaveBeenCalled();
    await user.click(buttonWithText('Змінити клітинки'));
    expect(service.calls.fixSpaces).toHaveBeenCalledWith(service.spaces);
    expect(await screen.findByText('Виправлено 1 клітинку.')).toBeTruthy();
    await waitFor(() => expect(service.calls.check).toHaveBeenCalledTimes(2));
  });
});
