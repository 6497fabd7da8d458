// A date as the pane's language writes it, in a Fluent DatePicker: `15.01.2024` with Ukrainian month and day
// names and Monday first in Ukrainian, `15 Jan 2024` in English (a native date input follows the browser's
// locale instead: «01/29/2024» in a Ukrainian pane). A typed date is read in either form; only a whole date
// is passed on. Every date the pane asks for uses it: the check date, the reply-by date, a custom period.
import { lazy, Suspense } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { Lang } from '../core/i18n/lang';
import { CALENDAR, dateToIso, formatDate, isoToDate, parseDate } from './date-format';
import { STRINGS } from './strings';

// The calendar is most of the picker's weight: a chunk of its own, loaded when a date field first shows.
const DatePicker = lazy(() =>
  import('@fluentui/react-datepicker-compat').then((m) => ({ default: m.DatePicker })),
);

export interface DateFieldProps {
  lang: Lang;
  label: string;
  hint?: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  disabled?: boolean;
  validationMessage?: string;
  onChange: (iso: string) => void;
}

export function DateField({
  lang,
  label,
  hint,
  value,
  disabled,
  validationMessage,
  onChange,
}: DateFieldProps) {
  const date = isoToDate(value);
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage}>
      <Suspense fallback={<Input readOnly value={formatDate(date ?? undefined, lang)} />}>
        <DatePicker
          value={date}
          disabled={disabled}
          allowTextInput
          // The calendar's day index: 1 is Monday (DayOfWeek.Monday), 0 Sunday.
          firstDayOfWeek={lang === 'uk' ? 1 : 0}
          strings={CALENDAR[lang]}
          placeholder={STRINGS[lang].asOfPlaceholder}
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
