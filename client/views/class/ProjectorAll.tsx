import { useEffect, useState } from 'preact/hooks';
import type { ClassGroupView, ClassView } from '../../classroom/connection';
import { groupName, phaseLine, tc } from '../../classroom/i18n';
import { eventTitle } from '../../i18n/engineText';
import { num } from '../../i18n/format';
import { roleName } from '../../app/company';
import { Legend, LineChart, moodZone } from '../../canvas';
import { companyColor } from '../../theme/palette';
import { ROLES, type Role } from '../../../shared/roles';
import { t } from '../../i18n';
import { summaryShares } from './classCharts';
import { BoardRow } from './BoardRow';
import { groupTimer } from './GroupCard';
import { boardPage, eventsAcross, leaderboard, seatKind, sharedIndexRange } from './projectorData';

const MOOD_BANDS = ['mood.band.extremeFear', 'mood.band.fear', 'mood.band.neutral', 'mood.band.greed', 'mood.band.extremeGreed'] as const;

/** Tiles share the screen: fewer groups, taller charts (1920×1080). */
function tileChartHeight(groups: number): number {
  return groups <= 2 ? 560 : groups <= 4 ? 360 : groups <= 6 ? 280 : 180;
}

/** The companies that play in this class, in seat order: one legend for every tile. */
function companies(v: ClassView): Role[] {
  return ROLES.filter((r) => v.groups.some((g) => g.seats.some((s) => s.role === r && s.kind !== 'absent')));
}

// Every group side by side: mood and share prices (one y range for all the tiles), the full
// leaderboard of every company in every group, a page at a time, and last quarter's events.

const PAGE_SIZE = 15;
const PAGE_MS = 8000;

export function ProjectorAll({ v, now }: { v: ClassView; now: number }) {
  const board = leaderboard(v.groups);
  const [page, setPage] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setPage((p) => p + 1), PAGE_MS);
    return () => clearInterval(id);
  }, []);
  const shown = boardPage(board, page, PAGE_SIZE);
  const range = sharedIndexRange(v.groups.map((g) => g.summary));
  const events = eventsAcross(v.groups);
  return (
    <>
      <header class="proj-head">
        <h1>{v.title || tc('proj.class', { code: v.id })}</h1>
        <Legend items={companies(v).map((r) => ({ name: roleName(r), color: companyColor[r], mark: 'line' as const }))} />
      </header>
      <div class="proj-all">
        <div class="proj-tiles" data-count={v.groups.length}>
          {v.groups.map((g) => (
            <GroupTile key={g.index} g={g} v={v} now={now} range={range} />
          ))}
        </div>
        <aside class="proj-side">
          <section class="proj-board" aria-labelledby="board-title">
            <h2 id="board-title">{tc('proj.leaderboard')}</h2>
            {board.length === 0 ? (
              <p class="muted">{tc('proj.noRanking')}</p>
            ) : (
              <>
                <ol class="board-list" start={shown.rows[0]?.rank ?? 1}>
                  {shown.rows.map((r) => (
                    <BoardRow key={`${r.group}-${r.role}`} {...r} seatKind={seatKind(v, r.group, r.role)} />
                  ))}
                </ol>
                {shown.pages > 1 && <p class="muted board-page">{tc('proj.page', { page: shown.page + 1, pages: shown.pages, total: board.length })}</p>}
              </>
            )}
          </section>
          <section class="proj-events" aria-labelledby="events-title">
            <h2 id="events-title">{tc('proj.events')}</h2>
            {events.length === 0 ? (
              <p class="muted">{tc('proj.noEvents')}</p>
            ) : (
              <ul>
                {events.map((e) => (
                  <li key={`${e.id}-${e.target ?? ''}-${e.injected}`}>
                    <strong>{eventTitle(e.id)}</strong>
                    {e.target ? ` (${roleName(e.target)})` : ''}
                    {e.injected && <span class="badge warn">{tc('deb.injected')}</span>}
                    <div class="muted">{e.groups.length === v.groups.length ? tc('deb.allGroups') : tc('deb.inGroups', { list: e.groups.map((x) => x + 1).join(', ') })}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}

function GroupTile({ g, v, now, range }: { g: ClassGroupView; v: ClassView; now: number; range: [number, number] }) {
  const s = g.summary;
  return (
    <section class={`proj-tile${g.paused ? ' is-paused' : ''}`} data-group-color={g.index % 12} aria-labelledby={`tile-${g.index}`}>
      <header class="tile-head">
        <h2 id={`tile-${g.index}`}>{groupName(g.index)}</h2>
        <span class="tile-timer num">{groupTimer(g, now)}</span>
      </header>
      <p class="tile-phase">{phaseLine(g, v)}</p>
      {s && (
        <div class="tile-body">
          <p class="tile-mood">
            <span class="mood-value num">{num(s.mood, 0)}</span>
            <span class="mood-band">{t(MOOD_BANDS[moodZone(s.mood)])}</span>
            <span class="muted">{tc('proj.mood')}</span>
          </p>
          <div class="tile-chart">
            <LineChart {...summaryShares(s, `${tc('proj.shares')} · ${groupName(g.index)}`, range)} height={tileChartHeight(v.groups.length)} />
          </div>
        </div>
      )}
    </section>
  );
}
