import { ROLES, type Role } from '../../../shared/roles';
import { t } from '../../i18n';
import { monogramSrc, roleName, roleText } from '../../app/company';

// The five companies as one radio group: arrow keys move between them (the browser's own
// radio behaviour), each shows its monogram and name.

export function CompanyPicker({ value, onChange }: { value: Role; onChange: (r: Role) => void }) {
  return (
    <fieldset class="company-picker">
      <legend>{t('home.pickCompany')}</legend>
      <div class="company-options">
        {ROLES.map((r) => (
          <label key={r} class="company-option" style={{ '--co': `var(--co-${r})` }} title={roleText(r, 'tagline')}>
            <input type="radio" name="home-company" value={r} checked={value === r} onChange={() => onChange(r)} />
            <img src={monogramSrc(r)} alt="" width={40} height={40} />
            <span>{roleName(r)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
