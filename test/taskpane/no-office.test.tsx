/** @jest-environment jsdom */
import './setup';
import { render, screen, waitFor } from '@testing-library/react';
import { NoOffice } from '../../src/taskpane/NoOffice';
import { waitForExcel } from '../../src/taskpane/office-env';

jest.setTimeout(30000);

type OfficeStub = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string } };
const g = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
});

describe('outside Excel', () => {
  it('explains in Ukrainian and English what the page is', () => {
    render(<NoOffice />);
    expect(screen.getByText('Це надбудова для Excel')).toBeTruthy();
    expect(screen.getByText('This is an Excel add-in')).toBeTruthy();
    expect(screen.getByText(/вкладці «Основне»/).textContent).toContain('README');
    expect(screen.getByText(/Excel’s Home tab/).textContent).toContain('README');
  });

  it('knows it is not in Excel when office.js did not load', async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    await expect(waitForExcel()).resolves.toBe(false);
  });

  it('knows it is not in Excel when Office reports no host or another host', async () => {
    g.Office = { onReady: async () => ({ host: null }), HostType: { Excel: 'Excel' } };
    await expect(waitForExcel()).resolves.toBe(false);
    g.Office = { onReady: async () => ({ host: 'Word' }), HostType: { Excel: 'Excel' } };
    await expect(waitForExcel()).resolves.toBe(false);
    g.Office = { onReady: async () => ({ host: 'Excel' }), HostType: { Excel: 'Excel' } };
    await expect(waitForExcel()).resolves.toBe(true);
  });

  it('does not wait forever when Office never gets ready', async () => {
    g.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: 'Excel' } };
    await expect(waitForExcel(20)).resolves.toBe(false);
  });

  it('the entry renders the explanation, without a console error, when office.js is missing', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    // The entry renders on its own, as in a browser: not inside React's test act() environment.
    const act = globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const wasAct = act.IS_REACT_ACT_ENVIRONMENT;
    act.IS_REACT_ACT_ENVIRONMENT = false;
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await jest.isolateModulesAsync(async () => {
      await import('../../src/taskpane/index');
    });
    await waitFor(() => expect(document.body.textContent).toContain('Це надбудова для Excel'));
    expect(document.body.textContent).toContain('This is an Excel add-in');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act.IS_REACT_ACT_ENVIRONMENT = wasAct;
  });
});
