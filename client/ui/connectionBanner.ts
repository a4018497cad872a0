import { onLocaleChange, t } from '../i18n';
import { session, type ConnectionState } from '../net/session';

// A banner across the top of the page while the connection is down. It sits in the DOM (above
// the canvas) so it survives scene changes; it never blocks what the player was typing.

export function installConnectionBanner(): void {
  const el = document.createElement('div');
  el.id = 'conn-banner';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'assertive');
  el.hidden = true;
  const text = document.createElement('span');
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'cr-banner-button';
  retry.addEventListener('click', () => session.retry());
  el.append(text, retry);
  document.body.appendChild(el);

  const render = (state: ConnectionState) => {
    el.hidden = state !== 'reconnecting' && state !== 'lost';
    el.dataset.state = state;
    text.textContent = state === 'lost' ? t('conn.lost') : t('conn.reconnecting');
    retry.textContent = t('conn.retry');
    retry.hidden = state !== 'lost';
  };
  session.on('connection', render);
  onLocaleChange(() => render(session.connection));
  render(session.connection);
}
