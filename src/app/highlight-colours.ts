// The fills highlights give finding cells, by severity: the Excel host paints them, the pane's legend shows
// them. (Excel's own "Light red / Yellow" fills and a light blue, readable under black text.)
import type { Severity } from '../core/types';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
