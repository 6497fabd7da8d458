// The as-of date as a Fluent DatePicker: `15.01.2024`, Ukrainian month and day names, Monday first in
// Ukrainian; `15 Jan 2024` in English. A typed date is read in either form; only a whole date is saved.
import { lazy, Suspense } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/lang';
import { CALENDAR, dateToIso, formatDate, isoToDate, parseDate } from './date-format';
import { STRINGS } from './strings';

// The calendar is most of the picker's weight: loaded when «Налаштування» first opens, not with the pane.
const DatePicker = lazy(() =>
  import('@fluentui/react-datepicker-compat').then((m) => ({ default: m.DatePicker })),
);

export interface AsOfFieldProps {
  lang: Lang;
  asOf: string;
  disabled?: boolean;
  onChange: (iso: string) => void;
}

export function AsOfField({ lang, asOf, disabled, onChange }: AsOfFieldProps) {
  const s = STRINGS[lang];
  return (
    <Field label={s.asOfLabel} hint={s.asOfHint}>
      <Suspense fallback={<Input readOnly value={formatDate(isoToDate(asOf) ?? undefined, lang)} />}>
        <DatePicker
          value={isoToDate(asOf)}
          disabled={disabled}
          allowTextInput
          // The calendar's day index: 1 is Monday (DayOfWeek.Monday), 0 Sunday.
          firstDayOfWeek={lang === 'uk' ? 1 : 0}
          strings={CALENDAR[lang]}
          placeholder={s.asOfPlaceholder}
          formatDate={(d) => formatDate(d, lang)}
          parseDateFromString={(text) => parseDate(text)}
          onSelectDate={(d) => {
            if (d) onChange(dateToIso(d));
          }}
        />
      </Suspense>
    </Field>
  );
}
