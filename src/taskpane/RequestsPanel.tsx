// «Запити підрозділам» in the pane: request workbooks for the departments («Створити запити» — new workbooks
// where Excel can open them, else downloads) and their answers back («Внести відповіді»: pick the files, see
// every change first, write on confirmation). Its state is useRequestsSession's; the preview is RequestsPreview.
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { PlanService } from '../app/plan-service';
import type { RequestsMade } from '../app/requests-service';
import { addDays, dottedDate } from '../core/calendar';
import { plural, type Lang } from '../core/i18n/lang';
import { DateField } from './DateField';
import { DEFAULT_REPLY_DAYS } from '../core/requests/request-spec';
import { canDownload, downloadFile } from './download';
import { REQUESTS_STRINGS } from './requests-strings';
import { RequestsPreview } from './RequestsPreview';
import { useSectionStyles } from './styles';
import type { PlanSession } from './use-plan-session';
import { useRequestsSession } from './use-requests-session';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: '4px' },
  file: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between' },
  name: { overflowWrap: 'anywhere', minWidth: 0, flexGrow: 1 },
  keep: { flexShrink: 0 },
  // The native input stays for the keyboard, screen readers and drag-and-drop tools, out of sight: the
  // button beside it says what it does in the pane's language (the browser's own words would not).
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface RequestsPanelProps {
  service: PlanService;
  session: Pick<PlanSession, 'lang' | 'asOf' | 'result' | 'busy' | 'lacks' | 'reportError' | 'check'>;
}

function MadeView({ made, lang }: { made: RequestsMade; lang: Lang }) {
  const styles = useStyles();
  const s = REQUESTS_STRINGS[lang];
  const downloads = canDownload();
  const opened = made.files.filter((f) => f.opened);
  const quote = (t: string) => (lang === 'uk' ? `«${t}»` : `“${t}”`);
  return (
    <div>
      {opened.length > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{s.opened(opened.map((f) => quote(f.fileName)).join(', '))}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={downloads ? 'info' : 'warning'}>
          <MessageBarBody>
            {s.toDownload(plural(lang, made.files.length, s.filesMade))}{' '}
            {made.notOpened === 'too-large' ? s.tooLarge : s.noCreateWorkbook}
            {!downloads && ` ${s.noDownload}`}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} aria-label={s.toDownload(plural(lang, made.files.length, s.filesMade))}>
        {made.files.map((f) => (
          <li key={f.fileName} className={styles.file}>
            <span className={styles.name}>
              {f.fileName} — № {f.measures.join(', ')}
            </span>
            {downloads && (
              <Button size="small" className={styles.keep} onClick={() => downloadFile(f.fileName, f.bytes)}>
                {s.download}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {downloads && made.files.length > 1 && (
        <Button onClick={() => made.files.forEach((f) => downloadFile(f.fileName, f.bytes))}>
          {s.downloadAll}
        </Button>
      )}
      {made.unassigned.length > 0 && (
        <Caption1>{s.unassigned(made.unassigned.map((m) => m.number).join(', '))}</Caption1>
      )}
    </div>
  );
}

export function RequestsPanel({ service, session }: RequestsPanelProps) {
  const section = useSectionStyles();
  const styles = useStyles();
  const { lang, lacks } = session;
  const s = REQUESTS_STRINGS[lang];
  const requests = useRequestsSession(service, session);
  const asOf = session.result?.asOf ?? session.asOf;
  const [due, setDue] = useState(() => addDays(asOf, DEFAULT_REPLY_DAYS));
  const edited = useRef(false);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!edited.current) setDue(addDays(asOf, DEFAULT_REPLY_DAYS));
  }, [asOf]);
  const dueOk = /^\d{4}-\d{2}-\d{2}$/.test(due) && due >= asOf;
  const idle = session.busy === null && requests.busy === null;
  const unavailable = lacks('settings');

  return (
    <section aria-labelledby="requests-heading" className={section.section}>
      <h2 id="requests-heading" className={section.h2}>
        {s.heading}
      </h2>
      <Text as="p" className={section.p}>
        {s.intro}
      </Text>
      <div className={section.row}>
        <DateField
          lang={lang}
          label={s.due}
          hint={s.dueHint}
          value={due}
          validationMessage={dueOk ? undefined : s.badDue(dottedDate(asOf))}
          onChange={(iso) => {
            edited.current = true;
            setDue(iso);
          }}
        />
      </div>
      <div className={section.row}>
        <Button
          appearance="primary"
          disabled={!idle || unavailable || !dueOk}
          onClick={() => void requests.createRequests(due)}
        >
          {s.create}
        </Button>
      </div>
      {requests.busy === 'create' && <ProgressBar aria-label={s.creating} />}
      {requests.made && <MadeView made={requests.made} lang={lang} />}

      <label htmlFor="answers-input">
        <Text weight="semibold">{s.answersLabel}</Text>
      </label>
      <div className={section.row}>
        <Button
          disabled={!idle || unavailable}
          onClick={() => picker.current?.click()}
          aria-describedby="answers-hint"
        >
          {s.chooseFiles}
        </Button>
        {requests.files.length > 0 && <Caption1>{requests.files.map((f) => f.name).join(', ')}</Caption1>}
      </div>
      <input
        ref={picker}
        id="answers-input"
        className={styles.hidden}
        tabIndex={-1}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={!idle || unavailable}
        onChange={(e) => {
          const list = Array.from(e.currentTarget.files ?? []);
          // The same files may be picked again (after the plan changed).
          e.currentTarget.value = '';
          if (list.length) void requests.pickFiles(list);
        }}
      />
      <Caption1 id="answers-hint">{s.answersHint}</Caption1>
      <Checkbox
        indicator={{ className: section.flushIndicator }}
        input={{ className: section.choiceLabel }}
        label={s.preferAnswers}
        checked={requests.prefer === 'answers'}
        disabled={!idle}
        onChange={(_e, d) => void requests.setPrefer(d.checked === true ? 'answers' : 'plan')}
      />
      <Caption1>{s.preferHint}</Caption1>
      {(requests.busy === 'preview' || requests.busy === 'apply') && (
        <Field
          validationMessage={requests.busy === 'preview' ? s.reading : s.applying}
          validationState="none"
        >
          <ProgressBar aria-label={requests.busy === 'preview' ? s.reading : s.applying} />
        </Field>
      )}
      {requests.preview && (
        <RequestsPreview
          preview={requests.preview}
          lang={lang}
          confirming={requests.confirming}
          disabled={!idle}
          leftOut={requests.leftOut}
          onToggle={requests.toggleChange}
          onApply={requests.askToApply}
          onConfirm={() => void requests.apply()}
          onCancel={requests.cancelApply}
        />
      )}
      {!requests.preview && requests.files.length > 0 && !requests.applied && idle && (
        <div>
          <Button onClick={() => void requests.refresh()}>{s.previewAgain}</Button>
        </div>
      )}
      {requests.applied && (
        <MessageBar intent="success">
          <MessageBarBody>
            {s.applied(plural(lang, requests.applied.cells.length, s.changes), requests.applied.sheetName)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
