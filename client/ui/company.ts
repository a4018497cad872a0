import type Phaser from 'phaser';
import { monogramKey } from '../assets';
import { t, type MessageKey } from '../i18n';
import type { Role } from '../../shared/roles';

/** A company's monogram tile, centred at (cx, cy). */
export function monogram(scene: Phaser.Scene, cx: number, cy: number, role: Role | 'neutral', size: number): Phaser.GameObjects.Image {
  return scene.add.image(cx, cy, monogramKey(role)).setDisplaySize(size, size);
}

export function roleName(role: Role | 'neutral'): string {
  return role === 'neutral' ? t('common.neutral') : t(`role.${role}.name` as MessageKey);
}

export function roleText(role: Role, part: 'tagline' | 'desc' | 'rule' | 'short'): string {
  return t(`role.${role}.${part}` as MessageKey);
}
