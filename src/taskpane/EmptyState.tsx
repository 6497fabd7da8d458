// The first run: no plan in the workbook yet. Not an error — what a plan needs (the core's one list of
// columns), an example to insert, and a way to point at the sheet that holds the plan.
import { useState } from 'react';
import { Button, Caption1, Field, Select, Text } from '@fluentui/react-components';
import type { PlanService } from '../app/plan-service';
import { PLAN_COLUMNS } from '../core/plan/sample-plan';
import type { PaneError } from './format';
import { STRINGS } from './strings';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';

export interface EmptyStateProps {
  service: PlanService;
  session: Pick<PlanSession, 'lang' | 'busy' | 'insertSample' | 'saveSettings' | 'reportError'>;
  noPlan: PaneError;
}

export function EmptyState({ service, session, noPlan }: EmptyStateProps) {
  const styles = useSectionStyles();
  const { lang } = session;
  const s = STRINGS[lang];
  const [sheets, setSheets] = useState<string[] | null>(null);
  const choose = (): void =>
    void service
      .listSheets()
      .then(setSheets)
      .catch((e: unknown) => session.reportError(e));
  return (
    <section aria-labelledby="empty-heading" className={styles.section}>
      <h2 id="empty-heading" className={styles.h2}>
        {s.emptyHeading}
      </h2>
      <Text as="p" className={styles.p}>
        {s.emptyLead}
      </Text>
      <ul className={styles.p}>
        {PLAN_COLUMNS.map((c) => (
          <li key={c.field}>
            «{c.heading}» — {c.holds[lang]}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={session.busy !== null}
          onClick={() => void session.insertSample()}
        >
          {s.insertSample}
        </Button>
        <Button disabled={session.busy !== null} onClick={choose}>
          {s.chooseSheet}
        </Button>
      </div>
      {sheets && (
        <Field label={s.planSheetLabel}>
          <Select
            defaultValue=""
            onChange={(_e, data) => {
              if (data.value) void session.saveSettings({ planSheet: data.value });
            }}
          >
            <option value="" disabled>
              {s.chooseSheet}…
            </option>
            {sheets.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {noPlan.detail && <Caption1>{noPlan.detail}</Caption1>}
    </section>
  );
}
