/** The outcome dialog of a ribbon command: shows the lines it was given, as text, and closes on request. */
import { catalogues } from '../app/i18n/catalogues';

const params = new URLSearchParams(window.location.search);
const m = catalogues[params.get('lang') === 'en' ? 'en' : 'nl'];

const title = document.getElementById('title');
const list = document.getElementById('lines');
const close = document.getElementById('close');

document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'nl';
if (title) title.textContent = params.get('title') ?? m.commandsDone;
if (params.get('ok') === '0') title?.parentElement?.classList.add('failed');
params.getAll('line').forEach((line) => {
  const item = document.createElement('li');
  item.textContent = line;
  list?.appendChild(item);
});
if (close) {
  close.textContent = m.close;
  close.focus();
  close.addEventListener('click', () => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  });
}
if (typeof Office !== 'undefined') void Office.onReady(() => undefined);
