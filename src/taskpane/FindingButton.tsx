// One finding as a real button: click, Enter or Space selects its cell in the workbook.
import type { Finding } from '../core/types';
import { useFindingStyles } from './finding-styles';

export function FindingButton(props: { finding: Finding; message: string; onSelect: (f: Finding) => void }) {
  const styles = useFindingStyles();
  const { finding, message, onSelect } = props;
  return (
    <button type="button" className={styles.item} data-cell={finding.cell} onClick={() => onSelect(finding)}>
      <span className={styles.cell}>{finding.cell}</span>
      <span className={styles.message}>{message}</span>
    </button>
  );
}
