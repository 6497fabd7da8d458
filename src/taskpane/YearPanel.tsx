// The officer's year in the pane: the reporting period (saved in the workbook, applied to check, generate
// and snapshots), «Зафіксувати стан на дату», the changes since the last snapshot and «План на наступний рік».
// Its state is useYearSession's; the results are drawn by YearResults.
import { useState } from 'react';
import { Button, Caption1, Field, ProgressBar, Select, Text } from '@fluentui/react-components';
import type { PlanService } from '../app/plan-service';
import { dottedDate } from '../core/calendar';
import { plural } from '../core/i18n/lang';
import { DateField } from './DateField';
import { customPeriod, periodLabel, periodOptions } from './period-options';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';
import { useYearSession } from './use-year-session';
import { YearResults } from './YearResults';
import { YEAR_STRINGS } from './year-strings';

/** Option values that cannot be period codes. */
const WHOLE = '';
const CUSTOM = 'custom';

export interface YearPanelProps {
  service: PlanService;
  session: Pick<
    PlanSession,
    'lang' | 'settings' | 'result' | 'asOf' | 'busy' | 'lacks' | 'saveSettings' | 'reportError'
  >;
}

export function YearPanel({ service, session }: YearPanelProps) {
  const styles = useSectionStyles();
  const { lang, settings, result, lacks } = session;
  const s = YEAR_STRINGS[lang];
  const year = useYearSession(service, session);
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(null);
  const saved = settings.period ?? null;
  const options = periodOptions(result?.period ?? null, lang, saved);
  const asOf = result?.asOf ?? session.asOf;
  const idle = session.busy === null && year.busy === null;
  const customCode = custom ? customPeriod(custom.from, custom.to) : null;

  const choose = (value: string): void => {
    if (value === CUSTOM) {
      setCustom({ from: result?.period.from ?? '', to: asOf });
      return;
    }
    setCustom(null);
    void year.setPeriod(value === WHOLE ? null : value);
  };

  return (
    <section aria-labelledby="year-heading" className={styles.section}>
      <h2 id="year-heading" className={styles.h2}>
        {s.heading}
      </h2>
      <Field label={s.periodLabel} hint={s.periodHint}>
        <Select
          value={custom ? CUSTOM : (saved ?? WHOLE)}
          disabled={lacks('settings')}
          onChange={(_e, data) => choose(data.value)}
        >
          <option value={WHOLE}>{s.wholePlan}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
          <option value={CUSTOM}>{s.customPeriod}</option>
        </Select>
      </Field>
      {custom && (
        <div className={styles.row}>
          <DateField
            lang={lang}
            label={s.from}
            value={custom.from}
            onChange={(iso) => setCustom({ ...custom, from: iso })}
          />
          <DateField
            lang={lang}
            label={s.to}
            value={custom.to}
            onChange={(iso) => setCustom({ ...custom, to: iso })}
          />
          <Button
            disabled={!customCode}
            onClick={() => {
              setCustom(null);
              void year.setPeriod(customCode);
            }}
          >
            {s.applyPeriod}
          </Button>
          {!customCode && <Caption1>{s.badCustom}</Caption1>}
        </div>
      )}
      {result?.reportPeriod && (
        <Text as="p" className={styles.p}>
          {s.periodInForce(
            periodLabel(result.reportPeriod.code, lang),
            dottedDate(result.reportPeriod.from),
            dottedDate(result.reportPeriod.to),
            dottedDate(result.asOf),
          )}{' '}
          {result.reportPeriod.notYetDue > 0 &&
            s.notYetDue(plural(lang, result.reportPeriod.notYetDue, s.measures))}
        </Text>
      )}

      <div className={styles.row}>
        <Button disabled={!idle || lacks('snapshot')} onClick={() => void year.takeSnapshot()}>
          {s.snapshot(dottedDate(asOf))}
        </Button>
        <Button disabled={!idle || lacks('snapshot')} onClick={() => void year.showChanges()}>
          {s.showChanges}
        </Button>
      </div>
      <Caption1>{s.snapshotHint}</Caption1>
      {year.busy === 'snapshot' && (
        <Field validationMessage={s.snapshotting} validationState="none">
          <ProgressBar value={year.progress} max={1} aria-label={s.snapshotting} />
        </Field>
      )}

      <div className={styles.row}>
        <Button disabled={!idle || lacks('next-year')} onClick={() => void year.createNextYearPlan()}>
          {s.nextYear}
        </Button>
      </div>
      <Caption1>{lacks('next-year') ? s.nextYearMissing : s.nextYearHint}</Caption1>
      {(year.busy === 'next-year' || year.busy === 'changes') && (
        <Field
          validationMessage={year.busy === 'next-year' ? s.nextYearBusy : undefined}
          validationState="none"
        >
          <ProgressBar aria-label={year.busy === 'next-year' ? s.nextYearBusy : s.showChanges} />
        </Field>
      )}
      <YearResults
        outcome={year.outcome}
        lang={lang}
        onSelectRow={result ? (row) => year.selectRow(result.sheetName, row) : undefined}
      />
    </section>
  );
}
