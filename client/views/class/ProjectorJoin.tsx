import type { ClassView } from '../../classroom/connection';
import { groupName, tc } from '../../classroom/i18n';
import { joinLink, printedLink, type ShareBase } from '../../classroom/links';
import { QrCode } from './QrCode';
import { ShareNotice } from './ShareNotice';

// Before the start: every group's QR code, code and link, and who has joined so far.

export function ProjectorJoin({ v, base }: { v: ClassView; base: ShareBase | null }) {
  const site = base ? printedLink(base.base).replace(/\/$/, '') : '';
  return (
    <>
      <header class="proj-head">
        <h1>{tc('proj.join')}</h1>
        {site && <p class="proj-sub">{tc('proj.joinHint', { url: site })}</p>}
      </header>
      <ShareNotice base={base} />
      <div class="proj-join-grid" data-count={v.groups.length}>
        {v.groups.map((g) => {
          const link = base ? joinLink(base.base, g.code) : '';
          const joined = g.seats.filter((s) => s.claimed).map((s) => s.name);
          return (
            <section key={g.index} class="proj-tile join-tile" data-group-color={g.index % 12} aria-label={groupName(g.index)}>
              <div class="join-tile-text">
                <h2>{groupName(g.index)}</h2>
                <p class="proj-code num" dir="ltr">
                  {g.code}
                </p>
                <p class="proj-joined" dir="auto">
                  {joined.length ? joined.join(', ') : tc('proj.nobodyYet')}
                </p>
              </div>
              {link && <QrCode text={link} label={tc('group.scan', { group: groupName(g.index) })} />}
            </section>
          );
        })}
      </div>
    </>
  );
}
