/** @jest-environment jsdom */
import './setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { positionLines } from '../../src/taskpane/SettingsPanel';
import { ServiceError } from '../../src/app/plan-service';
import { FakeService, checkResult } from './fake-service';

// Fluent renders a large DOM and the machine is shared: queries over it take seconds.
jest.setTimeout(30000);

function renderApp(service: FakeService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} />
    </FluentProvider>,
  );
}

/** The first check has finished and the pane shows its result; the settings (collapsed) opened. */
async function ready(): Promise<void> {
  await screen.findByText(/^(Зауваження|Findings)(: |$)/);
  fireEvent.click(screen.getByRole('button', { name: /^(Налаштування|Settings)$/ }));
}

const sheetSelect = (label = 'Аркуш із планом'): HTMLSelectElement =>
  screen.getByLabelText(label) as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement): string[] => [...select.options].map((o) => o.text);
const positionsBox = (label = 'Перелік посад (по одній у рядку)'): HTMLTextAreaElement =>
  screen.getByLabelText(label) as HTMLTextAreaElement;
const buttonWithText = (text: string): HTMLButtonElement =>
  screen.getByText(text).closest('button') as HTMLButtonElement;

describe('settings in the task pane', () => {
  it('lists the workbook’s sheets after “detect automatically”, which is chosen by default', async () => {
    const service = new FakeService(checkResult([]));
    service.sheets = ['Лист1', 'Посади', 'Виконання плану 2023'];
    renderApp(service);
    await ready();
    const select = sheetSelect();
    await waitFor(() => expect(select.options).toHaveLength(4));
    expect(optionTexts(select)).toEqual(['Визначати автоматично', 'Лист1', 'Посади', 'Виконання плану 2023']);
    expect(select.value).toBe('');
    expect(select.selectedOptions[0].text).toBe('Визначати автоматично');
    expect(screen.getByText('Налаштування').closest('h2')).not.toBeNull();
  });

  it('saves the chosen plan sheet and checks again with it; “automatically” saves null', async () => {
    const service = new FakeService(checkResult([]));
    service.sheets = ['Лист1', 'План 2024'];
    renderApp(service);
    await ready();
    expect(service.checkedWith).toHaveLength(1);
    const select = sheetSelect();
    await waitFor(() => expect(select.options).toHaveLength(3));
    const user = userEvent.setup();

    await user.selectOptions(select, 'План 2024');
    expect(service.calls.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ planSheet: 'План 2024' }),
    );
    await waitFor(() => expect(service.checkedWith).toHaveLength(2));
    expect(service.checkedWith[1].planSheet).toBe('План 2024');
    expect(sheetSelect().value).toBe('План 2024');

    await user.selectOptions(sheetSelect(), 'Визначати автоматично');
    expect(service.calls.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ planSheet: null }));
    await waitFor(() => expect(service.checkedWith).toHaveLength(3));
    expect(service.checkedWith[2].planSheet).toBeNull();
  });

  it('shows the saved plan sheet, and keeps it listed when the sheet is gone', async () => {
    const service = new FakeService(checkResult([]));
    service.sheets = ['Лист1', 'Лист2'];
    service.settings = { ...service.settings, planSheet: 'Старий план' };
    renderApp(service);
    await ready();
    const select = sheetSelect();
    await waitFor(() =>
      expect(optionTexts(select)).toEqual(['Визначати автоматично', 'Лист1', 'Лист2', 'Старий план']),
    );
    expect(select.value).toBe('Старий план');
  });

  it('lists the sheets again when the list gets focus', async () => {
    const service = new FakeService(checkResult([]));
    renderApp(service);
    await ready();
    await waitFor(() => expect(optionTexts(sheetSelect())).toEqual(['Визначати автоматично', 'Лист1']));
    service.sheets = ['Лист1', 'Зведення 2023'];
    sheetSelect().focus();
    await waitFor(() =>
      expect(optionTexts(sheetSelect())).toEqual(['Визначати автоматично', 'Лист1', 'Зведення 2023']),
    );
  });

  it('saves the trimmed, non-empty lines of positions only on the button, then checks again', async () => {
    const service = new FakeService(checkResult([]));
    service.settings = { ...service.settings, positions: ['Міський голова'] };
    renderApp(service);
    await ready();
    const box = positionsBox();
    await waitFor(() => expect(box.value).toBe('Міський голова'));
    const save = buttonWithText('Зберегти перелік');
    expect(save.disabled).toBe(true); // nothing changed yet

    const user = userEvent.setup();
    await user.type(box, '{Enter}  Секретар ради  {Enter}{Enter}   {Enter} Начальник відділу ');
    expect(service.calls.saveSettings).not.toHaveBeenCalled(); // typing does not save
    expect(service.checkedWith).toHaveLength(1);
    expect(save.disabled).toBe(false);

    await user.click(save);
    const lines = ['Міський голова', 'Секретар ради', 'Начальник відділу'];
    expect(service.calls.saveSettings).toHaveBeenCalledTimes(1);
    expect(service.calls.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ positions: lines }),
    );
    await waitFor(() => expect(service.checkedWith).toHaveLength(2));
    expect(service.checkedWith[1].positions).toEqual(lines);
    await waitFor(() => expect(positionsBox().value).toBe(lines.join('\n')));
    expect(buttonWithText('Зберегти перелік').disabled).toBe(true);
  });

  it('an emptied list saves no positions', async () => {
    const service = new FakeService(checkResult([]));
    service.settings = { ...service.settings, positions: ['Міський голова', 'Секретар ради'] };
    renderApp(service);
    await ready();
    const box = positionsBox();
    await waitFor(() => expect(box.value).toBe('Міський голова\nСекретар ради'));
    const user = userEvent.setup();
    await user.clear(box);
    await user.type(box, '  {Enter} ');
    await user.click(buttonWithText('Зберегти перелік'));
    expect(service.calls.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ positions: [] }));
    await waitFor(() => expect(service.checkedWith).toHaveLength(2));
  });

  it('labels every control in English when the language is English', async () => {
    const service = new FakeService(checkResult([]));
    service.language = 'en-US';
    renderApp(service);
    await ready();
    expect(screen.getByText('Settings').closest('h2')).not.toBeNull();
    const select = sheetSelect('Plan sheet');
    await waitFor(() => expect(optionTexts(select)).toEqual(['Detect automatically', 'Лист1']));
    expect(positionsBox('List of positions (one per line)').tagName).toBe('TEXTAREA');
    expect(buttonWithText('Save the list')).toBeTruthy();
    expect(screen.queryByText('Налаштування')).toBeNull();
    expect(screen.queryByText('Аркуш із планом')).toBeNull();
  });

  it('disables the settings when this Excel cannot store them', async () => {
    const service = new FakeService(checkResult([]));
    service.missing = [{ feature: 'settings', requirement: 'ExcelApi 1.4' }];
    renderApp(service);
    await ready();
    expect(sheetSelect().disabled).toBe(true);
    expect(positionsBox().disabled).toBe(true);
    expect(buttonWithText('Зберегти перелік').disabled).toBe(true);
  });

  it('explains a failure to list the sheets', async () => {
    const service = new FakeService(checkResult([]));
    renderApp(service);
    await ready();
    expect(screen.queryByRole('alert')).toBeNull();
    service.listSheets = async () => {
      throw new ServiceError('workbook-closed', 'closed');
    };
    sheetSelect().focus();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Книгу закрито/);
  });
});

describe('positionLines', () => {
  it('trims each line and drops blank ones, keeping the words as typed', () => {
    expect(positionLines('  Голова \r\n\n Секретар  ради\t\n   ')).toEqual(['Голова', 'Секретар  ради']);
    expect(positionLines('')).toEqual([]);
  });
});
