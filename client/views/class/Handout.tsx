import { ROLES } from '../../../shared/roles';
import type { ClassView } from '../../classroom/connection';
import { groupName, tc, timeLeft } from '../../classroom/i18n';
import { joinLink, printedLink, type ShareBase } from '../../classroom/links';
import { roleName, roleText } from '../../app/company';
import { QrCode } from './QrCode';

// The one-page student handout the console prints (print CSS shows only this): how to join (each
// group's QR code, code and link), the rules in five lines and the five companies. Hidden on screen.

export function Handout({ v, base }: { v: ClassView; base: ShareBase | null }) {
  const roles = ROLES.filter((r) => v.groups[0]?.seats.some((s) => s.role === r && s.kind !== 'absent'));
  return (
    <article class="handout" aria-hidden="true">
      <h1>{v.title ? tc('handout.titleNamed', { title: v.title }) : tc('handout.title')}</h1>
      <section>
        <h2>{tc('handout.joinTitle')}</h2>
        <ol>
          <li>{tc('handout.join1')}</li>
          <li>{tc('handout.join2')}</li>
          <li>{tc('handout.join3')}</li>
        </ol>
        <div class="handout-groups">
          {v.groups.map((g) => {
            const link = base ? joinLink(base.base, g.code) : '';
            return (
              <div class="handout-group" key={g.index}>
                {link && <QrCode text={link} label={groupName(g.index)} size={96} />}
                <div>
                  <strong>{groupName(g.index)}</strong>
                  <div class="num handout-code" dir="ltr">{g.code}</div>
                  {link && <div class="handout-link" dir="ltr">{printedLink(link)}</div>}
                </div>
              </div>
            );
          })}
        </div>
      </section>
      <section>
        <h2>{tc('handout.rulesTitle')}</h2>
        <ul>
          <li>{tc('handout.rule1', { quarters: v.quarters, timer: timeLeft(v.planningSeconds * 1000, true) })}</li>
          <li>{tc('handout.rule2')}</li>
          <li>{tc('handout.rule3')}</li>
          <li>{tc('handout.rule4')}</li>
          <li>{tc('handout.rule5')}</li>
        </ul>
      </section>
      <section>
        <h2>{tc('handout.rolesTitle')}</h2>
        <dl class="handout-roles">
          {roles.map((r) => (
            <div key={r}>
              <dt>{roleName(r)}</dt>
              <dd>{roleText(r, 'tagline')}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
