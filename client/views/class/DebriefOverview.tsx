import type { ComponentChildren } from 'preact';
import { classRoles, type ClassData } from '../../../shared/classroom/data';
import { cloudLaunchTable, sharedEvents, tsrTable } from '../../../shared/classroom/lessons';
import { groupShort, tc } from '../../classroom/i18n';
import { eventTitle, quarterLabel } from '../../i18n/engineText';
import { num, pctDelta } from '../../i18n/format';
import { roleName } from '../../app/company';
import { BotMark, playerName } from './BotMark';

// The class at a glance: each company's return in each group (bots marked, the best of each group
// outlined), how far apart the groups ended, who played which seat, who launched a cloud and when,
// and the events every group shared.

export function DebriefOverview({ data }: { data: ClassData }) {
  const table = tsrTable(data);
  const seatOf = (group: number, role: string) => data.groups.find((g) => g.group === group)?.seats.find((s) => s.role === role);
  const launches = cloudLaunchTable(data);
  const events = sharedEvents(data);
  return (
    <div class="debrief-overview">
      <section class="card" aria-labelledby="tsr-title">
        <h2 id="tsr-title">{tc('deb.tsr')}</h2>
        <p class="muted">{tc('deb.tsrHelp')}</p>
        <div class="table-wrap">
          <table class="table tsr-table">
            <thead>
              <tr>
                <th scope="col">{tc('deb.group')}</th>
                {table.roles.map((r) => (
                  <th key={r} scope="col" class={`co-${r}`}>
                    {roleName(r)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => {
                const vals = row.tsr.filter((v): v is number => v !== null);
                const best = vals.length ? Math.max(...vals) : null;
                return (
                  <tr key={row.group} data-group={row.group}>
                    <th scope="row">
                      {groupShort(row.group)} · <span dir="ltr">{row.code}</span>
                    </th>
                    {row.tsr.map((v, i) => (
                      <td key={i} class={`num${v !== null && v === best ? ' best' : ''}${v !== null ? (v >= 0 ? ' good' : ' bad') : ''}`}>
                        {v === null ? '—' : row.bankrupt[i] ? tc('seat.bankrupt') : pctDelta(v)}
                        {v !== null && v === best && <span class="sr-only"> ({tc('deb.best')})</span>}
                        <BotMark seat={seatOf(row.group, table.roles[i]!)} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{tc('deb.spread')}</th>
                {table.roles.map((_r, i) => {
                  const vals = table.rows.map((row) => row.tsr[i]).filter((v): v is number => v !== null && v !== undefined);
                  return (
                    <td key={i} class="num">
                      {vals.length < 2 ? '—' : tc('deb.points', { n: num((Math.max(...vals) - Math.min(...vals)) * 100, 1) })}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          </table>
        </div>
        <p class="muted hint">{tc('deb.spreadHelp')}</p>
      </section>
      <section class="card" aria-labelledby="players-title">
        <h2 id="players-title">{tc('deb.players')}</h2>
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{tc('deb.group')}</th>
                {classRoles(data).map((r) => (
                  <th key={r} scope="col" class={`co-${r}`}>
                    {roleName(r)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{groupShort(g.group)}</th>
                  {classRoles(data).map((r) => {
                    const seat = g.seats.find((s) => s.role === r);
                    return (
                      <td key={r} dir="auto" class={seat?.kind === 'bot' ? 'is-bot' : ''}>
                        {playerName(seat)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ListCard id="clouds-title" title={tc('deb.clouds')} help={tc('deb.cloudsHelp')} empty={launches.length === 0 ? tc('deb.noClouds') : null}>
        {launches.map((l) => {
          const names = { group: groupShort(l.group), company: roleName(l.role), launched: quarterLabel(l.launchedQ) };
          return (
            <li key={`${l.group}-${l.role}`}>
              {l.liveQ === null ? tc('deb.cloudRowPending', names) : tc('deb.cloudRow', { ...names, live: quarterLabel(l.liveQ) })}{' '}
              <BotMark seat={seatOf(l.group, l.role)} />
              <span class={`num ${l.tsr >= 0 ? 'good' : 'bad'}`}> {pctDelta(l.tsr)}</span>
            </li>
          );
        })}
      </ListCard>
      <ListCard id="events-title" title={tc('deb.events')} help={tc('deb.eventsHelp')} empty={events.length === 0 ? tc('deb.noEvents') : null}>
        {events.map((e, i) => (
          <li key={i}>
            <strong>
              {quarterLabel(e.quarter)} · {eventTitle(e.id)}
              {e.target ? ` (${roleName(e.target)})` : ''}
            </strong>
            <div class="muted">
              {e.injected ? `${tc('deb.injected')} · ` : ''}
              {e.groups.length === data.groups.length ? tc('deb.allGroups') : tc('deb.inGroups', { list: e.groups.map((g) => g + 1).join(', ') })}
            </div>
          </li>
        ))}
      </ListCard>
    </div>
  );
}

/** A card of the overview that lists items, or says why there are none. */
function ListCard(p: { id: string; title: string; help: string; empty: string | null; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={p.id}>
      <h2 id={p.id}>{p.title}</h2>
      <p class="muted">{p.help}</p>
      {p.empty !== null ? <p class="muted">{p.empty}</p> : <ul class="plain-list">{p.children}</ul>}
    </section>
  );
}
