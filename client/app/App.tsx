import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { ConnectionBanner, WireBanner, StorageBanner } from '../components/Banners';
import { LiveRegion } from '../components/announce';
import { GlossaryDialog } from '../components/Glossary';
import { conn, inRoom, locale, snap } from './store';
import { holdRoute, screen } from './nav';
import { routeView, SCREEN_ID } from './route';
import { ViewHost } from './ViewHost';
import type { ViewName } from './views';

// The page: a skip link, the banners, the current screen in <main>, and one live region.
// On a change of screen, focus moves to the new screen's heading so a screen reader says where
// the player is; a re-render of the same screen never moves focus.

export function App() {
  const lang = locale.value; // read so a language switch re-renders every text
  const previous = useRef<ViewName | null>(null);
  const view = routeView({ inRoom: inRoom.value, snap: snap.value, conn: conn.value, screen: screen.value, hold: holdRoute.value, previous: previous.current });
  const changed = previous.current !== null && previous.current !== view;
  previous.current = view;
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!changed) return;
    // The view may still be loading its chunk: wait for its heading.
    let tries = 0;
    const focusHeading = () => {
      const h = main.current?.querySelector<HTMLElement>('h1');
      if (h) {
        h.tabIndex = -1;
        h.focus({ preventScroll: false });
      } else if (tries++ < 20) setTimeout(focusHeading, 50);
    };
    focusHeading();
    window.scrollTo(0, 0);
  }, [view]);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <ConnectionBanner />
      <StorageBanner />
      <WireBanner />
      <main id="main" ref={main} data-screen={SCREEN_ID[view]} lang={lang}>
        <ViewHost name={view} />
      </main>
      <GlossaryDialog />
      <LiveRegion />
    </>
  );
}
