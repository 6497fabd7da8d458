// The as-of date: the pane's date field with its label and hint.
import type { Lang } from '../core/i18n/lang';
import { DateField } from './DateField';
import { STRINGS } from './strings';

export interface AsOfFieldProps {
  lang: Lang;
  asOf: string;
  disabled?: boolean;
  onChange: (iso: string) => void;
}

export function AsOfField({ lang, asOf, disabled, onChange }: AsOfFieldProps) {
  const s = STRINGS[lang];
  return (
    <DateField
      lang={lang}
      label={s.asOfLabel}
      hint={s.asOfHint}
      value={asOf}
      disabled={disabled}
      onChange={onChange}
    />
  );
}
