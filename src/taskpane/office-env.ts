// What the pane needs to know about Office before rendering, read defensively: office.js comes from
// Microsoft's CDN and may be missing (offline, or the page opened in a plain browser).

/** Resolves with whether the page runs inside Excel; false when office.js is absent or the host is another. */
export async function waitForExcel(timeoutMs = 10000): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const ready = Office.onReady().then(
    (info) => info.host === Office.HostType.Excel,
    () => false,
  );
  // onReady never settles on some broken loads; do not leave the page empty forever.
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([ready, timeout]);
}

/** True when Office's theme has a dark body background (Excel's dark and black themes). */
export function officeThemeIsDark(): boolean {
  try {
    const bg = Office.context.officeTheme?.bodyBackgroundColor;
    const m = bg ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg) : null;
    if (!m) return false;
    const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  } catch {
    return false; // officeTheme is not available on every host/version
  }
}
