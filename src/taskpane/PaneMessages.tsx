// The bars above the pane's sections: features this Excel lacks, the last error (with what to do next)
// and what the last action achieved (with what to do next: «Відкрити звіт»).
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
import { count } from './count-strings';
import type { PaneError } from './format';
import type { Notice } from './session-state';
import { STRINGS, excelVersionFor, quoted } from './strings';

export function MissingFeaturesBar({ missing, lang }: { missing: MissingFeature[]; lang: Lang }) {
  const s = STRINGS[lang];
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
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
    <MessageBar intent="error" role="alert" layout="multiline">
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

export interface NoticeBarProps {
  notice: Notice;
  lang: Lang;
  onOpen: (sheet: string) => void;
}

/** Generate, the example plan and the extra spaces say here what they did (input helpers say it in place). */
export function NoticeBar({ notice, lang, onOpen }: NoticeBarProps) {
  const s = STRINGS[lang];
  if (!notice || notice.kind === 'helpers') return null;
  if (notice.kind === 'generated') {
    const names = notice.sheets.map((n) => quoted(lang, n)).join(', ');
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {s.generated(names)}
          {notice.notes.map((n) => (
            <div key={n}>
              <Caption1>{n}</Caption1>
            </div>
          ))}
        </MessageBarBody>
        {notice.sheets[0] && (
          <MessageBarActions>
            <Button size="small" onClick={() => onOpen(notice.sheets[0])}>
              {s.openReport}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  const text =
    notice.kind === 'sample'
      ? s.sampleInserted(notice.sheet)
      : [
          count(lang, 'cellsChanged', notice.result.changed.length),
          notice.result.skipped.length ? count(lang, 'cellsSkipped', notice.result.skipped.length) : '',
        ]
          .filter(Boolean)
          .join(' ');
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
