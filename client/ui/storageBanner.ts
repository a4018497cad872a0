import { onLocaleChange, t } from '../i18n';
import { session } from '../net/session';

// A banner while the server cannot save the match (full disk, failing database): the match is
// paused until saving works again. The host also sees the server's reason, to fix it.

export function installStorageBanner(): void {
  const el = document.createElement('div');
  el.id = 'storage-banner';
  el.setAttribute('role', 'alert');
  el.hidden = true;
  const text = document.createElement('span');
  const detail = document.createElement('small');
  el.append(text, detail);
  document.body.appendChild(el);

  const render = () => {
    const problem = session.snapshot?.storageProblem ?? '';
    el.hidden = problem === '';
    text.textContent = t('storage.failed');
    detail.textContent = session.isHost ? problem : '';
    detail.hidden = !session.isHost;
  };
  session.on('change', render);
  onLocaleChange(render);
  render();
}
