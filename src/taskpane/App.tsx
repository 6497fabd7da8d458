// The task pane, errors first: the bars (what this Excel lacks, a failed action, what an action did),
// the plan's errors with a way to the first, the findings, the summary, the actions, the year, and the
// settings collapsed at the bottom. With no plan yet, the first-run state takes the findings' place.
// The session (usePlanSession) holds the state and talks to the workbook through PlanService only; the
// sections below just show it. A further section is one more element in SECTIONS' place below.
import { useMemo, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { PlanService } from '../app/plan-service';
import { ActionsPanel } from './ActionsPanel';
import { EmptyState } from './EmptyState';
import { ErrorsBar } from './ErrorsBar';
import { errorLines, severityHeadline } from './finding-summaries';
import { FindingsPanel, type FindingsTab } from './FindingsPanel';
import { ErrorBar, MissingFeaturesBar, NoticeBar } from './PaneMessages';
import { SettingsSection } from './SettingsSection';
import { STRINGS } from './strings';
import { SummaryPanel } from './SummaryPanel';
import { usePlanSession } from './use-plan-session';
import { YearPanel } from './YearPanel';
import { RequestsPanel } from './RequestsPanel';

const useStyles = makeStyles({
  root: {
    padding: '8px 12px 12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    fontFamily: tokens.fontFamilyBase,
  },
  // Read by screen readers, not shown: what a (live) check found.
  live: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface AppProps {
  service: PlanService;
}

export function App({ service }: AppProps) {
  const styles = useStyles();
  const session = usePlanSession(service);
  const { lang, result, noPlan } = session;
  const s = STRINGS[lang];
  const [tab, setTab] = useState<FindingsTab>('all');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const positionsRef = useRef<HTMLTextAreaElement>(null);
  const errors = useMemo(() => (result ? errorLines(result.findings, lang) : []), [result, lang]);
  const announce = result
    ? result.findings.length
      ? s.checked(severityHeadline(result.findings, lang))
      : s.noErrorsChecked
    : '';
  const addPositions = (): void => {
    setSettingsOpen(true);
    // After the panel has rendered.
    setTimeout(() => positionsRef.current?.focus(), 0);
  };
  const unchecked = result?.positionsChecked === false && result.inputHelpers?.responsible !== 'no-column';

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.live} role="status" aria-live="polite">
        {announce}
      </div>
      <MissingFeaturesBar missing={session.missing} lang={lang} />
      <ErrorBar error={session.error} lang={lang} onDismiss={session.dismissError} />
      <NoticeBar notice={session.notice} lang={lang} onOpen={session.openSheet} />
      {noPlan && !result ? (
        <EmptyState service={service} session={session} noPlan={noPlan} />
      ) : (
        <ErrorsBar lines={errors} lang={lang} onSelect={session.select} />
      )}
      {result && (
        <FindingsPanel
          findings={result.findings}
          lang={lang}
          onSelect={session.select}
          tab={tab}
          onTab={setTab}
          spaces={session}
          unchecked={unchecked}
          onAddPositions={addPositions}
        />
      )}
      {result && <SummaryPanel result={result} lang={lang} onUnreported={() => setTab('unreported')} />}
      <ActionsPanel {...session} errors={errors} />
      <YearPanel service={service} session={session} />
      <RequestsPanel service={service} session={session} />
      <SettingsSection
        service={service}
        session={session}
        open={settingsOpen}
        onOpen={setSettingsOpen}
        positionsRef={positionsRef}
      />
    </main>
  );
}
