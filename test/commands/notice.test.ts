/** @jest-environment jsdom */
// The ribbon command's notice dialog page (src/commands): the message arrives in the query string and
// must show as text, whatever it holds.
import { noticeUrl } from '../../src/commands/notice-dialog';
import { renderNotice } from '../../src/commands/notice';

function page(): Document {
  document.body.innerHTML =
    '<main><p id="message"></p><button id="close" type="button">Закрити</button></main>';
  return document;
}

describe('notice dialog', () => {
  it('carries the message and its kind in the URL next to the command page', () => {
    const url = new URL(
      noticeUrl('https://localhost:3000/commands.html', 'Звіт створено: аркуші «Зведення 2023».', false),
    );
    expect(url.origin + url.pathname).toBe('https://localhost:3000/notice.html');
    expect(url.searchParams.get('m')).toBe('Звіт створено: аркуші «Зведення 2023».');
    expect(url.searchParams.get('e')).toBe('0');
  });

  it('renders the message as text, marks an error as an alert and closes on the button or Escape', () => {
    const close = jest.fn();
    const evil = 'Звіт не створено. <img src=x onerror="alert(1)"> & «Лист1»';
    renderNotice(
      page(),
      new URL(noticeUrl('https://localhost:3000/commands.html', evil, true)).search,
      close,
    );
    const box = document.getElementById('message') as HTMLElement;
    expect(box.textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(box.getAttribute('role')).toBe('alert');
    (document.getElementById('close') as HTMLButtonElement).click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(close).toHaveBeenCalledTimes(2);
  });

  it('shows a success as a status', () => {
    renderNotice(page(), '?m=OK&e=0', () => undefined);
    expect(document.getElementById('close')?.textContent).toBe('Закрити');
    renderNotice(page(), '?m=Done&e=0&l=en', () => undefined);
    expect(document.getElementById('close')?.textContent).toBe('Close');
    expect(document.getElementById('message')?.getAttribute('role')).toBe('status');
  });
});
