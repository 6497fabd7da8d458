/** @jest-environment jsdom */
import './setup';
import { act, render, screen, waitFor } from '@testing-library/react';
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
  await screen.findByText(/^(Зауваження|Findings): /);
}

/** Cheap lookups: role queries walk the whole accessibility tree of Fluent's DOM. */
const cellButton = (cell: string): HTMLButtonElement =>
  document.querySelector(`button[data-cell="${cell}"]`) as HTMLButtonElement;
const shownCells = (): (string | null)[] =>
  [...document.querySelectorAll('button[data-cell]')].map((b) => b.getAttribute('data-cell'));
const buttonWithText = (text: string): HTMLButtonElement =>
  screen.getByText(text).closest('button') as HTMLButtonElement;
const heading = (text: string): HTMLElement => {
  const el = screen.getByText(text);
  expect(el.tagName).toMatch(/^H\d$/);
  return el;
};

describe('task pane', () => {
  it('shows the findings grouped by severity and rule, each with its cell', async () => {
    renderApp(new FakeService(checkResult(FINDINGS)));
    await ready();
    expect(heading('Зауваження: 4 зауваження').tagName).toBe('H2');
    const errors = heading('Помилка (3)');
    const info = heading('Примітка (1)');
    expect(screen.queryByText(/^Попередження \(/)).toBeNull();
    // Rule groups in the fixed rule order, findings in sheet order inside a group.
    const overdueList = heading('Термін минув, звіту немає (2)').nextElementSibling as HTMLElement;
    const buttons = [...overdueList.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['E20', 'E25']);
    expect(buttons[1].textContent).toBe(
      'E25захід 18: термін минув 31.03.2023, а про виконання нічого не зазначено',
    );
    expect(shownCells()).toEqual(['D12', 'E20', 'E25', 'D30']);
    expect(errors.compareDocumentPosition(info) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/Аркуш «Лист1», період: 2023 рік/)).toBeTruthy();
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
    cellButton('D30').focus();
    await user.keyboard(' ');
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Лист1', 'D30');
    expect(service.calls.selectCell).toHaveBeenCalledTimes(3);
  });

  it('switches to English and saves the choice', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    expect(buttonWithText('Перевірити')).toBeTruthy();
    await userEvent.setup().click(screen.getByLabelText('English'));
    expect(await screen.findByText('Findings: 4 findings')).toBeTruthy();
    expect(buttonWithText('Check')).toBeTruthy();
    expect(buttonWithText('Generate report')).toBeTruthy();
    expect(heading('Overdue, nothing reported (2)')).toBeTruthy();
    expect(screen.getByText(/Sheet “Лист1”, period: year 2023/)).toBeTruthy();
    expect(screen.queryByText('Перевірити')).toBeNull();
    expect(service.calls.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ language: 'en' }));
  });

  it('follows Office’s display language when no language is saved', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    service.language = 'en-GB';
    renderApp(service);
    expect(await screen.findByText('Findings: 4 findings')).toBeTruthy();
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
    expect(heading('Зауваження: 1 зауваження')).toBeTruthy();
    await userEvent.setup().click(screen.getByLabelText('English'));
    expect(await screen.findByText('Findings: 1 finding')).toBeTruthy();
    expect(screen.getByText(/2 sections, 5 measures\./)).toBeTruthy();
    expect(heading('Execution status: 1 measure')).toBeTruthy();
  });

  it('shows the summary by status', async () => {
    renderApp(new FakeService(checkResult(FINDINGS)));
    await ready();
    const summary = heading('Стан виконання: 28 заходів').parentElement as HTMLElement;
    const rows = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['Виконано21', 'Виконано частково2', 'Немає звіту5']);
  });

  it('explains what to do when the check fails', async () => {
    const service = new FakeService(checkResult([]));
    service.nextCheck = () => Promise.reject(new ServiceError('protected', 'Sheet is protected'));
    renderApp(service);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Не вдалося виконати дію');
    expect(alert.textContent).toContain('Зніміть захист');
    expect(alert.textContent).toContain('Sheet is protected');
  });

  it('treats a plain error as unexpected and still says what to do', async () => {
    const service = new FakeService(checkResult([]));
    service.nextCheck = () => Promise.reject(new Error('boom'));
    renderApp(service);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Повторіть спробу');
    expect(alert.textContent).toContain('boom');
  });

  it('shows progress while generating, then the names of the sheets written', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    let progress: ((f: number) => void) | undefined;
    let finish: (r: GenerateResult) => void = () => undefined;
    service.nextGenerate = (onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    };
    renderApp(service);
    await ready();
    await userEvent.setup().click(buttonWithText('Сформувати звіт'));
    act(() => progress?.(0.4));
    const bar = document.querySelector('[role="progressbar"][aria-label="Формування звіту…"]') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
    expect(buttonWithText('Перевірити').disabled).toBe(true);
    await act(async () => finish({ sheets: ['Виконання плану 2023', 'Зведення 2023'] }));
    expect(
      await screen.findByText('Звіт сформовано. Створено аркуші: «Виконання плану 2023», «Зведення 2023».'),
    ).toBeTruthy();
    expect(document.querySelector('[role="progressbar"]')).toBeNull();
    expect(buttonWithText('Перевірити').disabled).toBe(false);
  });

  it('names the Excel version that brings a missing feature and disables its control', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    service.missing = [
      { feature: 'highlights', requirement: 'ExcelApi 1.9' },
      { feature: 'input-helpers', requirement: 'ExcelApi 1.18' },
    ];
    renderApp(service);
    await ready();
    expect(screen.getByText('Деякі функції недоступні в цій версії Excel')).toBeTruthy();
    expect(
      screen.getByText('підсвічування клітинок: потрібен Excel 2021 або Microsoft 365 (ExcelApi 1.9).'),
    ).toBeTruthy();
    expect(screen.getByText('списки для введення: потрібен Microsoft 365 (ExcelApi 1.18).')).toBeTruthy();
    expect(
      (screen.getByLabelText('Підсвічувати клітинки із зауваженнями') as HTMLInputElement).disabled,
    ).toBe(true);
    expect(buttonWithText('Додати списки для введення').disabled).toBe(true);
    expect(buttonWithText('Сформувати звіт').disabled).toBe(false);
  });

  it('filters findings by text and by severity', async () => {
    renderApp(new FakeService(checkResult(FINDINGS)));
    await ready();
    const user = userEvent.setup();
    const search = screen.getByLabelText('Фільтр зауважень');
    await user.type(search, 'захід 18');
    expect(shownCells()).toEqual(['E25']);
    expect(screen.getByText('Показано 1 з 4')).toBeTruthy();
    await user.clear(search);
    expect(shownCells()).toHaveLength(4);
    const errorsToggle = buttonWithText('Помилка');
    expect(errorsToggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(errorsToggle);
    expect(errorsToggle.getAttribute('aria-pressed')).toBe('false');
    expect(shownCells()).toEqual(['D30']);
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

  it('rechecks when the plan changes and stops watching on unmount', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    const { unmount } = renderApp(service);
    await ready();
    await waitFor(() => expect(service.watcher).not.toBeNull());
    expect(service.calls.check).toHaveBeenCalledTimes(1);
    service.nextCheck = async () => checkResult([FINDINGS[0]]);
    await act(async () => service.watcher?.());
    expect(await screen.findByText('Зауваження: 1 зауваження')).toBeTruthy();
    expect(service.calls.check).toHaveBeenCalledTimes(2);
    unmount();
    await waitFor(() => expect(service.calls.unwatch).toHaveBeenCalledTimes(1));
  });

  it('saves a new as-of date and checks again with it', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    const input = screen.getByLabelText('Станом на дату') as HTMLInputElement;
    expect(input.value).toBe('2023-12-31');
    await userEvent.setup().type(input, '2023-06-30', { initialSelectionStart: 0, initialSelectionEnd: 10 });
    await waitFor(() => expect(service.calls.check).toHaveBeenLastCalledWith('2023-06-30'));
    expect(service.settings.asOf).toBe('2023-06-30');
  });

  it('turns highlights on for the current findings and keeps them after a recheck', async () => {
    const service = new FakeService(checkResult(FINDINGS));
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Підсвічувати клітинки із зауваженнями'));
    await waitFor(() => expect(service.calls.setHighlights).toHaveBeenLastCalledWith(true, 4));
    expect(service.settings.highlights).toBe(true);
    await user.click(buttonWithText('Перевірити'));
    await waitFor(() => expect(service.calls.setHighlights).toHaveBeenCalledTimes(2));
  });
});
