// The notice dialog's page: shows the message passed in the query string as plain text and closes on
// the button (or Escape) by messaging the command page that opened it.
import { NOTICE_PARAMS } from './notice-dialog';
import { closeFromDialog, whenOfficeReady } from './office-env';

export function renderNotice(doc: Document, search: string, close: () => void): void {
  const params = new URLSearchParams(search);
  const message = params.get(NOTICE_PARAMS.message) ?? '';
  const isError = params.get(NOTICE_PARAMS.error) === '1';
  const box = doc.getElementById('message');
  if (box) {
    box.textContent = message; // workbook text may be in it: never parse it as HTML
    box.setAttribute('role', isError ? 'alert' : 'status');
    box.className = isError ? 'error' : 'ok';
  }
  const button = doc.getElementById('close');
  if (button) {
    // One language, the one the message is in (the page's static text names both until then).
    const en = params.get(NOTICE_PARAMS.lang) === 'en';
    button.textContent = en ? 'Close' : 'Закрити';
    doc.documentElement.lang = en ? 'en' : 'uk';
    button.addEventListener('click', close);
    button.focus();
  }
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}

if (typeof document !== 'undefined' && document.getElementById('message')) {
  whenOfficeReady(() => renderNotice(document, window.location.search, closeFromDialog));
}
