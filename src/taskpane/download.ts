// Files handed to the user as downloads (Blob + <a download>), where the pane's browser lets a download
// through: Excel on the web and Chromium-based webviews do; some desktop webviews ignore `download`, which
// the pane cannot tell — the CLI is named there as the way that always works.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function canDownload(): boolean {
  return (
    typeof document !== 'undefined' &&
    typeof URL !== 'undefined' &&
    typeof URL.createObjectURL === 'function' &&
    typeof Blob !== 'undefined' &&
    'download' in document.createElement('a')
  );
}

export function downloadFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
