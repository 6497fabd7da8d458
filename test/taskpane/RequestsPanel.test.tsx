/** @jest-environment jsdom */
// The pane's «Запити підрозділам» section over a fake service: requests opened or offered as downloads, the
// reply-by date, answers picked and previewed, nothing written before the confirmation, then applied.
import './setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { ServiceError } from '../../src/app/plan-service';
import type { AnswersPreview, RequestsMade } from '../../src/app/requests-service';
import type { MergeReport } from '../../src/core/requests/merge-types';
import { FakeService, checkResult } from './fake-service';

jest.setTimeout(30000);

function renderApp(service: FakeService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} />
    </FluentProvider>,
  );
}

const ready = () => screen.findByText(/^(Зауваження|Findings)(: |$)/);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

const MADE: RequestsMade = {
  sheetName: 'Лист1',
  asOf: '2023-12-31',
  due: '2024-01-14',
  files: [
    {
      fileName: 'Начальник загального відділу.xlsx',
      person: 'Начальник загального відділу',
      measures: ['5'],
      bytes: new Uint8Array([1, 2]),
      opened: true,
    },
    {
      fileName: 'Кадри.xlsx',
      person: 'Кадри',
      measures: ['19', '20'],
      bytes: new Uint8Array([3]),
      opened: true,
    },
  ],
  unassigned: [{ row: 40, number: '29' }],
};

const source = { file: 'кадри.xlsx', person: 'Кадри', row: 10, cell: 'D10' };
const REPORT: MergeReport = {
  prefer: 'plan',
  files: [
    { file: 'кадри.xlsx', status: 'merged', person: 'Кадри' },
    { file: 'нотатки.xlsx', status: 'rejected', reason: 'not-request' },
  ],
  respondents: [
    {
      person: 'Кадри',
      personKey: 'кадри',
      file: 'кадри.xlsx',
      inPlan: true,
      measures: 2,
      answered: 1,
      unchanged: 0,
      deleted: [],
      realigned: 0,
    },
  ],
  notAnswered: [{ person: 'Начальник загального відділу', measures: ['5'] }],
  measures: { total: 28, answered: 1, stillEmpty: [] },
  changes: [],
  conflicts: [
    {
      kind: 'plan-differs',
      row: 29,
      column: 4,
      cell: 'E29',
      field: 'execution',
      measureNumber: '20',
      plan: 'Текст плану',
      answers: [{ text: 'Інший текст', from: [source] }],
      planChangedSinceRequest: true,
      resolution: 'kept-plan',
    },
  ],
  orphans: [],
  extraRows: [],
  extraRowsOmitted: 0,
  lockedChanged: [],
  invalid: [],
  unplaced: [],
};
const PREVIEW: AnswersPreview = {
  sheetName: 'Лист1',
  prefer: 'plan',
  changes: [
    {
      row: 28,
      column: 4,
      cell: 'E28',
      field: 'execution',
      measureNumber: '19',
      value: { kind: 'text', text: 'Декларації подали всі 41 працівник' },
      old: '',
      from: [source],
      overwrites: false,
    },
  ],
  report: REPORT,
  token: 'abc',
};

const xlsx = (name: string) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

describe('the requests section of the pane', () => {
  it('creates the requests due 14 days after the as-of date and says which workbooks opened', async () => {
    const service = new FakeService(checkResult([]));
    service.nextRequests = async () => MADE;
    renderApp(service);
    await ready();
    const due = (await screen.findByRole('combobox', { name: 'Відповісти до' })) as HTMLInputElement;
    expect(due.value).toBe('14.01.2024');
    await userEvent.setup().click(button('Створити запити'));
    await screen.findByText(/Відкрито нові книги: «Начальник загального відділу\.xlsx», «Кадри\.xlsx»/);
    expect(service.calls.createRequests).toHaveBeenCalledWith('2024-01-14');
    expect(screen.getByText('Без відповідальних (до запитів не потрапили): № 29.')).toBeTruthy();
  });

  it('refuses a reply-by date before the as-of date', async () => {
    const service = new FakeService(checkResult([]));
    renderApp(service);
    await ready();
    const due = await screen.findByRole('combobox', { name: 'Відповісти до' });
    // Typed as дд.мм.рррр and left: the date picker reads the text on blur.
    fireEvent.change(due, { target: { value: '01.12.2023' } });
    fireEvent.blur(due);
    expect(await screen.findByText('Вкажіть дату не раніше 31.12.2023.')).toBeTruthy();
    expect(button('Створити запити')).toHaveProperty('disabled', true);
  });

  it('offers the files as downloads where Excel cannot open them, and names the CLI where nothing downloads', async () => {
    const service = new FakeService(checkResult([]));
    service.nextRequests = async () => ({
      ...MADE,
      notOpened: 'no-create-workbook',
      files: MADE.files.map((f) => ({ ...f, opened: false })),
    });
    const created: Blob[] = [];
    const clicks: string[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return `blob:${created.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    try {
      renderApp(service);
      await ready();
      const user = userEvent.setup();
      await user.click(button('Створити запити'));
      await screen.findByText(/Підготовлено 2 файли\. Ця версія Excel не відкриває нових книг/);
      await user.click(button('Завантажити всі'));
      expect(clicks).toEqual(['Начальник загального відділу.xlsx', 'Кадри.xlsx']);
      expect(created.map((b) => b.type)).toEqual([
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      await user.click(within(screen.getByText(/^Кадри\.xlsx/).closest('li')!).getByRole('button'));
      expect(clicks).toEqual(['Начальник загального відділу.xlsx', 'Кадри.xlsx', 'Кадри.xlsx']);
    } finally {
      click.mockRestore();
      delete (URL as { createObjectURL?: unknown }).createObjectURL;
    }
    // Where the browser cannot download, the command line is the way.
    renderApp(service);
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Створити запити' })[1]);
    await screen.findByText(/Створіть запити програмою командного рядка: plan-report requests/);
  });

  it('previews the answers picked and writes nothing before the confirmation', async () => {
    const service = new FakeService(checkResult([]));
    service.nextPreview = async (_files, prefer) => ({ ...PREVIEW, prefer });
    service.nextApply = async () => ({ sheetName: 'Лист1', cells: ['E28'] });
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    // The pane's own button opens the browser's file picker (its input, out of sight).
    const input = screen.getByLabelText('Внести відповіді') as HTMLInputElement;
    const opened = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    await user.click(button('Вибрати файли відповідей…'));
    expect(opened).toHaveBeenCalledTimes(1);
    opened.mockRestore();
    await user.upload(input, [xlsx('кадри.xlsx'), xlsx('нотатки.xlsx')]);
    await screen.findByText('Відповіді з 2 файлів');
    expect(screen.getByText('кадри.xlsx, нотатки.xlsx')).toBeTruthy();
    expect(service.calls.previewAnswers).toHaveBeenCalledWith(['кадри.xlsx', 'нотатки.xlsx'], 'plan');
    const changes = screen.getByRole('list', { name: 'Буде внесено: 1 зміну' });
    expect(changes.textContent).toBe(
      '№ 19 — що зроблено (E28)\nБуло: (порожньо)\nСтане: Декларації подали всі 41 працівник',
    );
    const conflicts = screen.getByRole('list', { name: 'Розбіжності: 1 розбіжність' });
    expect(conflicts.textContent).toBe(
      '№ 20 — що зроблено (E29): у плані вже інший текст; залишено текст плану\nУ плані: Текст плану\nВідповідь (Кадри): Інший текст',
    );
    expect(screen.getByRole('list', { name: 'Файли не внесено' }).textContent).toMatch(
      /^нотатки\.xlsx: це не запит, створений plan-report/,
    );
    expect(screen.getByRole('list', { name: 'Не відповіли' }).textContent).toBe(
      'Начальник загального відділу (№ 5)',
    );

    // «Перевага відповідям» previews again with the answers preferred.
    await user.click(screen.getByLabelText('Перевага відповідям'));
    await waitFor(() =>
      expect(service.calls.previewAnswers).toHaveBeenLastCalledWith(expect.any(Array), 'answers'),
    );
    await screen.findByText('Відповіді з 2 файлів');

    await user.click(button('Застосувати'));
    expect(screen.getByText(/Записати 1 зміну в аркуш «Лист1»\?/)).toBeTruthy();
    await user.click(button('Скасувати'));
    expect(service.calls.applyAnswers).not.toHaveBeenCalled();
    const checks = service.calls.check.mock.calls.length;
    await user.click(button('Застосувати'));
    await user.click(button('Так, записати'));
    await screen.findByText('Внесено 1 зміну в аркуш «Лист1».');
    expect(service.calls.applyAnswers).toHaveBeenCalledWith(['кадри.xlsx', 'нотатки.xlsx'], 'abc', []);
    // The plan is checked again with the answers in it.
    await waitFor(() => expect(service.calls.check.mock.calls.length).toBe(checks + 1));
  });

  it('writes only the changes left ticked; with none ticked there is nothing to apply', async () => {
    const service = new FakeService(checkResult([]));
    const second = { ...PREVIEW.changes[0], cell: 'E29', row: 29, measureNumber: '20' };
    service.nextPreview = async () => ({ ...PREVIEW, changes: [PREVIEW.changes[0], second] });
    service.nextApply = async () => ({ sheetName: 'Лист1', cells: ['E29'] });
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Внести відповіді') as HTMLInputElement, [xlsx('кадри.xlsx')]);
    await screen.findByText('Відповіді з 2 файлів');
    const first = screen.getByRole('checkbox', { name: 'Записати в E28' });
    const other = screen.getByRole('checkbox', { name: 'Записати в E29' });
    expect([first, other].map((c) => (c as HTMLInputElement).checked)).toEqual([true, true]);
    await user.click(first);
    await user.click(other);
    expect(button('Застосувати')).toHaveProperty('disabled', true);
    expect(screen.getByText('Не вибрано жодної зміни: позначте ті, які записати.')).toBeTruthy();
    await user.click(other);
    await user.click(button('Застосувати'));
    expect(screen.getByText(/Записати 1 зміну в аркуш «Лист1»\?/)).toBeTruthy();
    await user.click(button('Так, записати'));
    await screen.findByText('Внесено 1 зміну в аркуш «Лист1».');
    expect(service.calls.applyAnswers).toHaveBeenCalledWith(['кадри.xlsx'], 'abc', ['E28']);
  });

  it('when the plan changed meanwhile, says so and offers to preview again', async () => {
    const service = new FakeService(checkResult([]));
    service.nextPreview = async () => PREVIEW;
    service.nextApply = async () => {
      throw new ServiceError('plan-changed', 'План змінився після перегляду відповідей: нічого не записано.');
    };
    renderApp(service);
    await ready();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Внести відповіді'), [xlsx('кадри.xlsx')]);
    await user.click(await screen.findByRole('button', { name: 'Застосувати' }));
    await user.click(button('Так, записати'));
    await screen.findByText(/План змінився після перегляду відповідей: нічого не записано/);
    await user.click(await screen.findByRole('button', { name: 'Переглянути відповіді ще раз' }));
    await waitFor(() => expect(service.calls.previewAnswers).toHaveBeenCalledTimes(2));
    await screen.findByRole('button', { name: 'Застосувати' });
  });

  it('speaks English when the pane does', async () => {
    const service = new FakeService(checkResult([]));
    service.settings = { ...service.settings, language: 'en' };
    service.nextRequests = async () => ({
      ...MADE,
      notOpened: 'too-large',
      files: MADE.files.map((f) => ({ ...f, opened: false })),
    });
    renderApp(service);
    await ready();
    expect(screen.getByRole('heading', { name: 'Requests to departments' })).toBeTruthy();
    const due = (await screen.findByRole('combobox', { name: 'Reply by' })) as HTMLInputElement;
    expect(due.value).toBe('14 Jan 2024');
    await userEvent.setup().click(button('Create requests'));
    await screen.findByText(/^Prepared 2 files\. A request is too large for Excel to open as a new workbook/);
  });
});
