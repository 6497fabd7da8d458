// The bars above the pane's sections: features this Excel lacks, the last error (with what to do next)
// and what the last action achieved.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { MissingFeature } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import type { PaneError } from './format';
import type { Notice } from './session-state';
import { STRINGS, excelVersionFor } from './strings';

export function MissingFeaturesBar({ missing, lang }: { missing: MissingFeature[]; lang: Lang }) {
  const s = STRINGS[lang];
  if (missing.length === 0) return null;
  return (
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
  );
}

export interface ErrorBarProps {
  error: PaneError | null;
  lang: Lang;
  onDismiss: () => void;
}

export function ErrorBar({ error, lang, onDismiss }: ErrorBarProps) {
  const s = STRINGS[lang];
  if (!error) return null;
  return (
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
        <Button size="small" onClick={onDismiss}>
          {s.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function NoticeBar({ notice, lang }: { notice: Notice; lang: Lang }) {
  const s = STRINGS[lang];
  if (!notice) return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        {notice.kind === 'generated'
          ? s.generated(notice.sheets.map((n) => (lang === 'uk' ? `«${n}»` : `“${n}”`)).join(', '))
          : s.inputHelpersDone}
      </MessageBarBody>
    </MessageBar>
  );
}
