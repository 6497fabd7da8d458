// The task pane: what was read, the findings, the summary, the actions (check, generate, highlights,
// input helpers, language) and the settings. The session (usePlanSession) holds the state and talks to
// the workbook through PlanService only; the sections below just show it.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { PlanService } from '../app/plan-service';
import { ActionsPanel } from './ActionsPanel';
import { FindingsPanel } from './FindingsPanel';
import { ErrorBar, MissingFeaturesBar, NoticeBar } from './PaneMessages';
import { SettingsPanel } from './SettingsPanel';
import { SourcePanel } from './SourcePanel';
import { STRINGS } from './strings';
import { SummaryPanel } from './SummaryPanel';
import { usePlanSession } from './use-plan-session';
import { YearPanel } from './YearPanel';
import { RequestsPanel } from './RequestsPanel';

const useStyles = makeStyles({
  root: {
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    fontFamily: tokens.fontFamilyBase,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  service: PlanService;
}

export function App({ service }: AppProps) {
  const styles = useStyles();
  const session = usePlanSession(service);
  const { lang, result } = session;

  return (
    <main className={styles.root} lang={lang}>
      <h1 className={styles.title}>{STRINGS[lang].appTitle}</h1>
      <MissingFeaturesBar missing={session.missing} lang={lang} />
      <ErrorBar error={session.error} lang={lang} onDismiss={session.dismissError} />
      <NoticeBar notice={session.notice} lang={lang} />
      <ActionsPanel {...session} />
      <SourcePanel
        result={result}
        busy={session.busy}
        lang={lang}
        asOf={session.asOf}
        onSave={session.saveSettings}
      />
      {result && <SummaryPanel summary={result.summary} lang={lang} />}
      {result && <FindingsPanel findings={result.findings} lang={lang} onSelect={session.select} />}
      <YearPanel service={service} session={session} />
      <RequestsPanel service={service} session={session} />
      {/* Set once per workbook, so below the findings the clerk works through every day. */}
      <SettingsPanel
        service={service}
        settings={session.settings}
        lang={lang}
        disabled={session.lacks('settings')}
        onSave={session.saveSettings}
        onError={session.reportError}
      />
    </main>
  );
}
