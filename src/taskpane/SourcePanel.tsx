// What was read (sheet, period, sections, measures) and the date it is judged as of.
import { Field, Input, Text } from '@fluentui/react-components';
import type { CheckResult, PaneSettings } from '../app/plan-service';
import { plural, type Lang } from '../core/i18n/lang';
import { periodPhrase } from '../core/i18n/period-phrase';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { Busy } from './session-state';

export interface SourcePanelProps {
  result: CheckResult | null;
  busy: Busy;
  lang: Lang;
  asOf: string;
  /** Save a setting and check again (the as-of date is one like the others). */
  onSave: (patch: Partial<PaneSettings>) => Promise<void>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function SourcePanel({ result, busy, lang, asOf, onSave }: SourcePanelProps) {
  const styles = useSectionStyles();
  const s = STRINGS[lang];
  return (
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
            // A date input reports '' while a date is half typed: only a whole date is saved.
            if (ISO_DATE.test(data.value)) void onSave({ asOf: data.value });
          }}
        />
      </Field>
    </section>
  );
}
