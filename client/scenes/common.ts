import { iconKey } from '../assets';
import { getLocale, setLocale, t } from '../i18n';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { Button } from '../ui/button';
import { label } from '../ui/text';

// Pieces every screen shares: the title mark and the language switch.

export function titleMark(ui: BaseScene, page: Box, y = 18): void {
  ui.add.image(page.start(11), y + 11, iconKey('chip')).setDisplaySize(22, 22).setTint(palette.accent);
  label(ui, page.start(30), y + 2, t('app.title'), { size: 'h3', bold: true, letterSpacing: 0.5 });
}

export function titleBar(ui: BaseScene, page: Box, extra?: () => void): void {
  titleMark(ui, page);
  extra?.();
}

/** The English ↔ العربية switch at the reading end of the top bar. */
export function languageButton(ui: BaseScene, page: Box, y = 12, id = 'lang'): Button {
  const b = new Button(ui, 0, y, {
    id,
    text: t('app.switchLanguage'),
    icon: iconKey('globe'),
    variant: 'secondary',
    h: 32,
    size: 'small',
    tooltip: t('app.switchLanguageHint'),
    onClick: () => setLocale(getLocale() === 'en' ? 'ar' : 'en'),
  });
  b.setX(page.endX(0, b.bw));
  return b;
}
