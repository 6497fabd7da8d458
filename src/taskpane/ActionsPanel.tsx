// The actions: «Сформувати звіт» first (the check runs on its own on opening and on every edit), with a
// confirmation that names the errors still in the plan; «Перевірити» beside it; the progress of either.
import { lazy, Suspense, useState } from 'react';
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { ErrorLine } from './finding-summaries';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

const GenerateConfirm = lazy(() => import('./GenerateConfirm'));

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
        <Button
          appearance="primary"
          disabled={busy !== null || noPlan || lacks('generate')}
          onClick={generate}
        >
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
      {confirming && (
        <Suspense fallback={null}>
          <GenerateConfirm
            lang={lang}
            errors={errors}
            onCancel={() => setConfirming(false)}
            onGenerate={() => {
              setConfirming(false);
              void props.generate();
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
