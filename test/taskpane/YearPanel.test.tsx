/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import {
  ServiceError,
  type ChangesList,
  type NextYearResult,
  type SnapshotResult,
} from '../../src/app/plan-service';
import { FakeService, checkResult } from './fake-service';

jest.setTimeout(30000);

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

const buttonWithText = (text: string | RegExp): HTMLButtonElement =>
  screen.getByText(text).closest('button') as HTMLButtonElement;
const periodSelect = (): HTMLSelectElement =>
  screen.getByLabelText(/^(Звітний період|Reporting period)/) as HTMLSelectElement;

const CHANGES: ChangesList = {
  since: '2023-06-30',
  asOf: '2023-12-31',
  sinceSheet: 'Стан на 30.06.2023',
  changes: [
    {
      kind: 'reported',
      key: '18',
      number: '18',
      measure: 'Перевірка декларацій',
      row: 27,
      after: 'Перевірено 30.11.2023',
    },
    {
      kind: 'status-changed',
      key: '7',
      number: '7',
      measure: 'Навчання',
      row: 12,
      before: 'none',
      after: 'done',
    },
    { kind: 'removed', key: '29', number: '29', measure: 'Вилучений захід', row: 40 },
  ],
  counts: {
    'status-changed': 1,
    reported: 1,
    'report-changed': 0,
    'report-removed': 0,
    'newly-overdue': 0,
    'no-longer-overdue': 0,
    added: 0,
    removed: 1,
  },
};

const NEXT_YEAR: NextYearResult = {
  from: { from: '2023-01-01', to: '2023-12-31' },
  to: { from: '2024-01-01', to: '2024-12-31' },
  sheets: ['Лист1', 'Перелік до плану 2024'],
  movedDeadlines: 6,
  carriedOver: [
    {
      row: 27,
      number: '18',
      measure: 'Перевірка декларацій',
      deadline: 'Березень 2023 року',
      status: 'none',
    },
  ],
  dropCandidates: [],
  unmoved: [
    {
      cell: 'C9',
      row: 9,
      number: '5',
      field: 'deadline',
      text: 'до 29.02.2024',
      reason: 'no-such-day',
      date: '29.02.2025',
    },
  ],
  draftsThisPlan: [
    {
      row: 36,
      number: '27',
      measure: 'Розробити план на 2024 рік',
      deadline: 'Грудень 2023 року',
      status: 'done',
      newDeadline: 'Грудень 2024 року',
    },
  ],
  yearInText: 2,
};

describe('the year section of the pane', () => {
  it('offers the plan year’s periods; choosing one saves it and checks the plan for it', async () => {
    const service = new FakeService(checkResult([]));
    renderApp(service);
    await ready();
    const options = [...periodSelect().options].map((o) => o.textContent);
    expect(options).toEqual([
      'Увесь період плану',
      'І квартал 2023 року',
      'ІІ квартал 2023 року',
      'І півріччя 2023 року',
      'ІІІ квартал 2023 року',
      '9 місяців 2023 року',
      'ІV квартал 2023 року',
      'ІІ півріччя 2023 року',
      '2023 рік',
      'Інші дати…',
    ]);
    const checks = service.checkedWith.length;
    service.nextCheck = async () =>
      checkResult([], {
        asOf: '2023-06-30',
        reportPeriod: { code: '2023-H1', from: '2023-01-01', to: '2023-06-30', notYetDue: 2 },
      });
    await userEvent.setup().selectOptions(periodSelect(), '2023-H1');
    await waitFor(() => expect(service.checkedWith.length).toBe(checks + 1));
    expect(service.checkedWith[service.checkedWith.length - 1].period).toBe('2023-H1');
    expect(
      await screen.findByText(
        /Звітний період: І півріччя 2023 року \(01\.01\.2023 – 30\.06\.2023\); терміни оцінюються на 30\.06\.2023\. Термін ще не настав: 2 заходи\./,
      ),
    ).toBeTruthy();
    expect(buttonWithText('Зафіксувати стан на 30.06.2023')).toBeTruthy();

    await userEvent.setup().selectOptions(periodSelect(), '');
    await waitFor(() => expect(service.settings.period).toBeNull());
  });

  it('takes custom dates, only a whole period in order', async () => {
    const service = new FakeService(checkResult([]));
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.selectOptions(periodSelect(), 'custom');
    // Date pickers showing дд.мм.рррр; a typed date is read when the field is left.
    const from = (await screen.findByRole('combobox', { name: 'З' })) as HTMLInputElement;
    const to = (await screen.findByRole('combobox', { name: 'По' })) as HTMLInputElement;
    const typeDate = (input: HTMLInputElement, text: string) => {
      fireEvent.change(input, { target: { value: text } });
      fireEvent.blur(input);
    };
    typeDate(from, '01.05.2023');
    typeDate(to, '01.02.2023');
    await waitFor(() => expect(buttonWithText('Застосувати').disabled).toBe(true));
    expect(screen.getByText(/перша не може бути пізнішою/)).toBeTruthy();
    typeDate(to, '31.07.2023');
    await waitFor(() => expect(to.value).toBe('31.07.2023'));
    await user.click(buttonWithText('Застосувати'));
    await waitFor(() => expect(service.settings.period).toBe('2023-05-01..2023-07-31'));
    expect([...periodSelect().options].map((o) => o.textContent)).toContain(
      'Період з 01.05.2023 по 31.07.2023',
    );
  });

  it('records the state as of the date, with progress, then the sheet and the changes since the last', async () => {
    const service = new FakeService(checkResult([]));
    let progress: ((f: number) => void) | undefined;
    let finish: (r: SnapshotResult) => void = () => undefined;
    service.nextSnapshot = (onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    };
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.click(buttonWithText('Зафіксувати стан на 31.12.2023'));
    act(() => progress?.(0.5));
    const bar = document.querySelector('[role="progressbar"][aria-label="Фіксація стану…"]') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('0.5');
    expect(buttonWithText('План на наступний рік').disabled).toBe(true);
    await act(async () =>
      finish({
        asOf: '2023-12-31',
        sheets: ['Стан на 31.12.2023', 'Зміни на 31.12.2023'],
        replaced: false,
        changes: CHANGES,
      }),
    );
    expect(await screen.findByText('Створено аркуш «Стан на 31.12.2023».')).toBeTruthy();
    expect(screen.getByText('Зміни з 30.06.2023 по 31.12.2023')).toBeTruthy();
    expect(screen.getByText('Змінено стан: 1; надійшов звіт: 1; нове прострочення: 0.')).toBeTruthy();
    const items = [...document.querySelectorAll('ul[aria-label="Зміни з 30.06.2023 по 31.12.2023"] li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '№ 18 — Надійшов звіт\nСтало: Перевірено 30.11.2023',
      '№ 7 — Змінився стан виконання\nБуло: Немає звіту\nСтало: Виконано',
      '№ 29 — Захід вилучено з плану',
    ]);
    // A change is a button to its row of the plan; a removed measure has none.
    await user.click(items[0].querySelector('button')!);
    expect(service.calls.selectCell).toHaveBeenLastCalledWith('Лист1', 'A27');
    expect(items[2].querySelector('button')).toBeNull();
    expect(screen.getByText('Записано також на аркуші «Зміни на 31.12.2023».')).toBeTruthy();
    expect(document.querySelector('[role="progressbar"]')).toBeNull();
  });

  it('says a same-date snapshot was replaced, and shows the changes since the last one on request', async () => {
    const service = new FakeService(checkResult([]));
    service.nextSnapshot = async () => ({
      asOf: '2023-12-31',
      sheets: ['Стан на 31.12.2023'],
      replaced: true,
      changes: null,
    });
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.click(buttonWithText('Зафіксувати стан на 31.12.2023'));
    expect(
      await screen.findByText('Аркуш «Стан на 31.12.2023» оновлено (замість попереднього на ту саму дату).'),
    ).toBeTruthy();

    await user.click(buttonWithText('Що змінилося з останнього знімка'));
    expect(await screen.findByText(/У книзі ще немає знімка стану/)).toBeTruthy();
    service.nextChanges = async () => ({ asOf: '2023-12-31', snapshots: ['2023-06-30'], changes: CHANGES });
    await user.click(buttonWithText('Що змінилося з останнього знімка'));
    expect(await screen.findByText('Знімки в книзі: 30.06.2023.')).toBeTruthy();
    expect(screen.getByText('Зміни з 30.06.2023 по 31.12.2023')).toBeTruthy();
    expect(service.calls.changesSinceSnapshot).toHaveBeenCalledTimes(2);
  });

  it('opens next year’s plan and lists what to decide: the drafting measure, carried over, to drop, unmoved', async () => {
    const service = new FakeService(checkResult([]));
    service.nextYear = async () => NEXT_YEAR;
    renderApp(service);
    await ready();
    await userEvent.setup().click(buttonWithText('План на наступний рік'));
    expect(
      await screen.findByText(
        'Відкрито нову книгу: план на 2024 (аркуші: «Лист1», «Перелік до плану 2024»). Збережіть її під новою назвою. Перенесено термінів: 6.',
      ),
    ).toBeTruthy();
    const group = (title: RegExp) => screen.getByText(title).nextElementSibling as HTMLElement;
    expect(group(/^Захід про складання цього плану/).textContent).toBe(
      '№ 27: Розробити план на 2024 рік\nГрудень 2023 року\nновий термін: Грудень 2024 року',
    );
    expect(group(/^Не виконано — перенесено/).textContent).toBe(
      '№ 18: Перевірка декларацій\nБерезень 2023 року',
    );
    expect(group(/^Разові заходи/).textContent).toBe('немає');
    expect(group(/^Терміни, які не вдалося перенести/).textContent).toBe(
      'C9 (№ 5): «до 29.02.2024» — такого дня немає в новому році: 29.02.2025',
    );
    expect(screen.getByText(/Тексти заходів, що називають рік.*: 2\./)).toBeTruthy();
  });

  it('without ExcelApi 1.8 the next-year button is off and the CLI is named', async () => {
    const service = new FakeService(checkResult([]));
    service.missing = [{ feature: 'next-year', requirement: 'ExcelApi 1.8' }];
    renderApp(service);
    await ready();
    expect(buttonWithText('План на наступний рік').disabled).toBe(true);
    expect(screen.getByText(/не відкриває нових книг.*plan-report next-year/)).toBeTruthy();
    expect(
      screen.getByText(/план на наступний рік у новій книзі: потрібен Excel 2019 або Microsoft 365/),
    ).toBeTruthy();
  });

  it('shows a failure in the pane’s error bar with what to do', async () => {
    const service = new FakeService(checkResult([]));
    service.nextSnapshot = () => Promise.reject(new ServiceError('busy', 'Звіт уже формується в цій книзі.'));
    renderApp(service);
    await ready();
    await userEvent.setup().click(buttonWithText('Зафіксувати стан на 31.12.2023'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Зачекайте');
    expect(buttonWithText('Зафіксувати стан на 31.12.2023').disabled).toBe(false);
  });

  it('speaks English', async () => {
    const service = new FakeService(checkResult([]));
    service.language = 'en-US';
    service.nextSnapshot = async () => ({
      asOf: '2023-12-31',
      sheets: ['Стан на 31.12.2023', 'Зміни на 31.12.2023'],
      replaced: false,
      changes: CHANGES,
    });
    renderApp(service);
    await ready();
    expect([...periodSelect().options].map((o) => o.textContent)).toContain('The first half of 2023');
    await userEvent.setup().click(buttonWithText('Record the state as of 31.12.2023'));
    expect(await screen.findByText('Sheet “Стан на 31.12.2023” added.')).toBeTruthy();
    expect(screen.getByText('Changes from 30.06.2023 to 31.12.2023')).toBeTruthy();
    expect(screen.getByText(/Got a report/)).toBeTruthy();
  });
});
