import type { ShareBase } from '../../classroom/links';
import { tc } from '../../classroom/i18n';

// Says where the join links point when the page runs on this computer only: on the LAN address
// (fine), or nowhere a phone can reach (a warning: open the app by the computer's network address).

export function ShareNotice({ base }: { base: ShareBase | null }) {
  if (!base) return null;
  if (base.unreachable) {
    return (
      <p class="share-notice warn" role="alert">
        <strong>{tc('share.noLanTitle')}</strong> {tc('share.noLan')}
      </p>
    );
  }
  if (base.viaLan) return <p class="share-notice muted">{tc('share.viaLan', { url: base.base.replace(/^https?:\/\//, '') })}</p>;
  return null;
}
