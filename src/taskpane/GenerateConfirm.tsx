// The confirmation before a report is generated from a plan that still has errors, naming them. Loaded
// when first needed (ActionsPanel), so a dialog's code is not in the pane's first download.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Lang } from '../core/i18n/lang';
import type { ErrorLine } from './finding-summaries';
import { STRINGS } from './strings';

export interface GenerateConfirmProps {
  lang: Lang;
  errors: ErrorLine[];
  onGenerate: () => void;
  onCancel: () => void;
}

export default function GenerateConfirm({ lang, errors, onGenerate, onCancel }: GenerateConfirmProps) {
  const s = STRINGS[lang];
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onCancel()}>
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
            <Button appearance="primary" onClick={onGenerate}>
              {s.confirmGenerate}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
