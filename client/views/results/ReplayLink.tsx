import { useEffect, useState } from 'preact/hooks';
import { urlForScreen } from '../../app/nav';
import { t } from '../../i18n';
import { session } from '../../net/session';
import { listRecords, serverKeepsRecords } from '../../replay/api';
import type { MatchSnapshot } from '../../state/model';
import { findRecordId } from './findRecord';

// A link to this match's replay. The record is looked up in the server's list (findRecord.ts); the
// server seals it when the match ends, so a few tries a second apart cover the moment in between.
// Following the link leaves the match room first: inside a match the screen follows the match. The
// href is the viewer's own address, so the link also opens in a new tab.

const TRIES = 4;
const PAGE = 50;

async function lookUp(s: MatchSnapshot): Promise<string | null> {
  if (!(await serverKeepsRecords())) return null;
  for (let i = 0; i < TRIES; i++) {
    try {
      const page = await listRecords('match', 1, PAGE);
      const id = findRecordId(page.items, s);
      if (id) return id;
    } catch {
      // The server without storage answers nothing useful: try again, then say so.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return null;
}

export function ReplayLink(props: { snap: MatchSnapshot; open: (id: string) => void }) {
  const [id, setId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void lookUp(props.snap).then((found) => live && setId(found));
    return () => {
      live = false;
    };
  }, [props.snap.code]);
  if (id === undefined) return <p class="muted" aria-live="polite">{t('deb.replayLooking')}</p>;
  if (id === null) return <p class="muted">{t('deb.replayMissing')}</p>;
  return (
    <a
      class="btn"
      href={urlForScreen({ name: 'replay', id }, location.search)}
      data-testid="replay-link"
      onClick={(e) => {
        e.preventDefault();
        void session.leave().then(() => props.open(id));
      }}
    >
      {t('deb.replay')}
    </a>
  );
}
