// Errors first: when the plan has errors, the pane opens with them — one line per kind, naming the
// measures — and a button that goes straight to the first one's cell.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Lang } from '../core/i18n/lang';
import type { Finding } from '../core/types';
import { count } from './count-strings';
import type { ErrorLine } from './finding-summaries';
import { STRINGS } from './strings';

export interface ErrorsBarProps {
  lines: ErrorLine[];
  lang: Lang;
  onSelect: (finding: Finding) => void;
}

export function ErrorsBar({ lines, lang, onSelect }: ErrorsBarProps) {
  const s = STRINGS[lang];
  if (!lines.length) return null;
  const first = lines[0].first;
  const total = lines.reduce((n, l) => n + l.count, 0);
  const number = first.measureNumber ?? (first.params.number ? String(first.params.number) : '');
  return (
    <MessageBar intent="error" layout="multiline" aria-labelledby="errors-title">
      <MessageBarBody>
        <MessageBarTitle id="errors-title">{count(lang, 'errors', total)}</MessageBarTitle>
        {lines.map((l) => (
          <div key={l.rule}>{l.text}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => onSelect(first)}>
          {number ? s.goToMeasure(number) : s.goToCell(first.cell)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
