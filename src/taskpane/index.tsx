// Entry of the task pane: wait for Office, then render the pane inside Excel or an explanation elsewhere.
// Nothing here may assume that the `Office` global exists.
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { NoOffice } from './NoOffice';
import { officeThemeIsDark, waitForExcel } from './office-env';
import { STRINGS } from './strings';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label={`${STRINGS.uk.loading} / ${STRINGS.en.loading}`} style={{ padding: '24px' }} />
    </FluentProvider>,
  );

  if (!(await waitForExcel())) {
    root.render(<NoOffice />);
    return;
  }
  // Loaded only inside Excel, so its module never runs where Office.js is missing.
  const { createExcelPlanService } = await import('../excel/excel-plan-service');
  const service = createExcelPlanService();
  root.render(
    <FluentProvider theme={officeThemeIsDark() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App service={service} />
    </FluentProvider>,
  );
}

void main();
