// The actions: «Сформувати звіт» first (the check runs on its own on opening and on every edit), with a
// confirmation that names the errors still in the plan; «Перевірити» beside it; the progress of either.
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  ProgressBar,
} from '@fluentui/react-components';
import type { ErrorLine } from './finding-summaries';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

export type ActionsPanelProps = Pick<
  PlanSession,
  'lang' | 'busy' | 'progress' | 'lacks' | 'check' | 'generate' | 'result'
> & {
  /** The errors the plan still has (the confirmation names them). */
  errors: ErrorLine[];
};

export function ActionsPanel(props: ActionsPanelProps) {
  const { lang, busy, progress, lacks, errors, result } = props;
  const styles = useSectionStyles();
  const s = STRINGS[lang];
  const [confirming, setConfirming] = useState(false);
  const noPlan = result === null;
  const generate = (): void => {
    if (errors.length) setConfirming(true);
    else void props.generate();
  };

  return (
    <section aria-label={s.generate} className={styles.section}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy !== null || noPlan || lacks('generate')} onClick={generate}>
          {s.generate}
        </Button>
        <Button disabled={busy !== null} onClick={() => void props.check()}>
          {s.check}
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
      <Dialog open={confirming} onOpenChange={(_e, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmTitle}</DialogTitle>
            <DialogContent>
              {s.confirmLead}
              <ul>
                {errors.map((e) => (
                  <li key={e.rule}>{e.text}</li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void props.generate();
                }}
              >
                {s.confirmGenerate}
              </Button>
              <Button onClick={() => setConfirming(false)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
