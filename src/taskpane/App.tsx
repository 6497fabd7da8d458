// The task pane: what was read, the findings, the summary, the actions (check, generate, highlights,
// input helpers, language) and the settings. It talks to the workbook only through PlanService.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CheckResult, MissingFeature, PaneSettings, PlanService } from '../app/plan-service';
import { DEFAULT_SETTINGS } from '../app/plan-service';
import { langFromLocale, plural, type Lang } from '../core/i18n/lang';
import { statusLabel } from '../core/i18n/messages';
import { STATUSES, type Finding } from '../core/types';
import { FindingsPanel } from './FindingsPanel';
import { SettingsPanel } from './SettingsPanel';
import { localToday } from '../core/calendar';
import { periodPhrase } from '../core/i18n/period-phrase';
import { toPaneError, type PaneError } from './format';
import { STRINGS, excelVersionFor } from './strings';

const useStyles = makeStyles({
  root: {
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    fontFamily: tokens.fontFamilyBase,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: '8px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  statusList: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  statusItem: { display: 'flex', justifyContent: 'space-between', gap: '8px' },
});

type Busy = 'check' | 'generate' | 'helpers' | null;
type Notice = { kind: 'generated'; sheets: string[] } | { kind: 'helpers' } | null;

export interface AppProps {
  service: PlanService;
}

export function App({ service }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const settingsRef = useRef(settings);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const missing = useMemo(() => service.missingFeatures(), [service]);
  const lacks = (f: MissingFeature['feature']): boolean => missing.some((m) => m.feature === f);

  const lang: Lang = settings.language ?? langFromLocale(service.displayLanguage());
  const s = STRINGS[lang];

  // A later check supersedes an earlier one still running (edits arrive while a check is in flight).
  const checkSeq = useRef(0);
  const recheck = useCallback(async (): Promise<void> => {
    const seq = ++checkSeq.current;
    setBusy((b) => b ?? 'check');
    try {
      const r = await service.check();
      if (seq !== checkSeq.current) return;
      setResult(r);
      setError(null);
      if (settingsRef.current.highlights) await service.setHighlights(true, r.findings);
    } catch (e) {
      if (seq === checkSeq.current) setError(toPaneError(e));
    } finally {
      if (seq === checkSeq.current) setBusy((b) => (b === 'check' ? null : b));
    }
  }, [service]);

  const updateSettings = useCallback(
    async (patch: Partial<PaneSettings>): Promise<void> => {
      const next = { ...settingsRef.current, ...patch };
      settingsRef.current = next;
      setSettings(next);
      try {
        await service.saveSettings(next);
      } catch (e) {
        setError(toPaneError(e));
      }
    },
    [service],
  );

  const saveAndRecheck = useCallback(
    (patch: Partial<PaneSettings>): Promise<void> => updateSettings(patch).then(recheck),
    [updateSettings, recheck],
  );
  const showError = useCallback((e: unknown): void => setError(toPaneError(e)), []);

  // On mount: settings, a first check, then live validation until the pane closes.
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let unmounted = false;
    void (async () => {
      try {
        const loaded = await service.loadSettings();
        if (unmounted) return;
        settingsRef.current = loaded;
        setSettings(loaded);
      } catch (e) {
        setError(toPaneError(e));
      }
      if (unmounted) return;
      await recheck();
      try {
        const unsubscribe = await service.watchPlan(() => void recheck());
        if (unmounted) await unsubscribe();
        else stop = unsubscribe;
      } catch (e) {
        if (!unmounted) setError(toPaneError(e));
      }
    })();
    return () => {
      unmounted = true;
      checkSeq.current += 1;
      if (stop) void stop().catch(() => undefined);
    };
  }, [service, recheck]);

  const generate = async (): Promise<void> => {
    setBusy('generate');
    setProgress(0);
    setNotice(null);
    try {
      const r = await service.generate((f) => setProgress(Math.max(0, Math.min(1, f))));
      setNotice({ kind: 'generated', sheets: r.sheets });
      setError(null);
    } catch (e) {
      setError(toPaneError(e));
    } finally {
      setBusy(null);
    }
  };

  const addHelpers = async (): Promise<void> => {
    setBusy('helpers');
    setNotice(null);
    try {
      await service.addInputHelpers();
      setNotice({ kind: 'helpers' });
    } catch (e) {
      setError(toPaneError(e));
    } finally {
      setBusy(null);
    }
  };

  const toggleHighlights = async (on: boolean): Promise<void> => {
    await updateSettings({ highlights: on });
    try {
      await service.setHighlights(on, result?.findings ?? []);
    } catch (e) {
      setError(toPaneError(e));
    }
  };

  const select = (f: Finding): void => {
    service.selectCell(f.sheet, f.cell).catch((e: unknown) => setError(toPaneError(e)));
  };

  const asOf = settings.asOf ?? result?.asOf ?? localToday(new Date());

  return (
    <main className={styles.root} lang={lang === 'uk' ? 'uk' : 'en'}>
      <h1 className={styles.title}>{s.appTitle}</h1>

      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.missingTitle}</MessageBarTitle>
            {missing.map((m) => (
              <div key={m.feature}>
                {s.missingNeeds(s.missingFeature[m.feature], excelVersionFor(m.requirement, lang))}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {s.errorNext[error.code]}
            {error.detail && (
              <div>
                <Caption1>{error.detail}</Caption1>
              </div>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(null)}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>
            {notice.kind === 'generated'
              ? s.generated(notice.sheets.map((n) => (lang === 'uk' ? `«${n}»` : `“${n}”`)).join(', '))
              : s.inputHelpersDone}
          </MessageBarBody>
        </MessageBar>
      )}

      <section aria-labelledby="actions-heading" className={styles.section}>
        <h2 id="actions-heading" className={styles.h2}>
          {s.actionsHeading}
        </h2>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy !== null} onClick={() => void recheck()}>
            {s.check}
          </Button>
          <Button disabled={busy !== null || lacks('generate')} onClick={() => void generate()}>
            {s.generate}
          </Button>
        </div>
        {busy === 'generate' && (
          <Field validationMessage={s.generating} validationState="none">
            <ProgressBar value={progress} max={1} aria-label={s.generating} />
          </Field>
        )}
        {busy === 'check' && (
          <Field validationMessage={s.checking} validationState="none">
            <ProgressBar aria-label={s.checking} />
          </Field>
        )}
        <Switch
          label={s.highlights}
          checked={settings.highlights}
          disabled={lacks('highlights')}
          onChange={(_e, data) => void toggleHighlights(data.checked)}
        />
        <div className={styles.row}>
          <Button disabled={busy !== null || lacks('input-helpers')} onClick={() => void addHelpers()}>
            {s.inputHelpers}
          </Button>
        </div>
        <Field label={s.language}>
          <RadioGroup
            layout="horizontal"
            value={lang}
            onChange={(_e, data) => void updateSettings({ language: data.value === 'en' ? 'en' : 'uk' })}
          >
            <Radio value="uk" label="Українська" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
      </section>

      <section aria-labelledby="source-heading" className={styles.section}>
        <h2 id="source-heading" className={styles.h2}>
          {s.sourceHeading}
        </h2>
        {result ? (
          <Text as="p" className={styles.p}>
            {s.sheet(result.sheetName)}, {s.period(periodPhrase(result.period, lang, 'label'))};{' '}
            {plural(lang, result.sectionCount, s.sections)}, {plural(lang, result.measureCount, s.measures)}.
          </Text>
        ) : (
          <Text as="p" className={styles.p}>
            {busy === 'check' ? s.checking : s.notCheckedYet}
          </Text>
        )}
        <Field label={s.asOfLabel} hint={s.asOfHint}>
          <Input
            type="date"
            value={asOf}
            onChange={(_e, data) => {
              if (!/^\d{4}-\d{2}-\d{2}$/.test(data.value)) return;
              void updateSettings({ asOf: data.value }).then(recheck);
            }}
          />
        </Field>
      </section>

      {result && (
        <section aria-labelledby="summary-heading" className={styles.section}>
          <h2 id="summary-heading" className={styles.h2}>
            {s.summaryHeading}: {plural(lang, result.summary.total, s.measures)}
          </h2>
          <ul className={styles.statusList}>
            {STATUSES.filter((st) => result.summary.byStatus[st] > 0).map((st) => (
              <li key={st} className={styles.statusItem}>
                <span>{statusLabel(st, lang)}</span>
                <Badge
                  appearance="tint"
                  color={st === 'done' ? 'success' : st === 'not-done' ? 'danger' : 'informative'}
                >
                  {result.summary.byStatus[st]}
                </Badge>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result && <FindingsPanel findings={result.findings} lang={lang} onSelect={select} />}

      {/* Set once per workbook, so below the findings the clerk works through every day. */}
      <SettingsPanel
        service={service}
        settings={settings}
        lang={lang}
        disabled={lacks('settings')}
        onSave={saveAndRecheck}
        onError={showError}
      />
    </main>
  );
}
