import { ROLES } from '../shared/roles';

// Every file the client loads, with the raster size SVGs are drawn at (about 2× their largest
// on-screen logical size, so they stay sharp on 1920×1080 and hi-DPI screens).

export const ICONS = [
  'chip',
  'datacenter',
  'cloud',
  'power',
  'cash',
  'debt',
  'model',
  'deal',
  'news',
  'timer',
  'gauge',
  'chart',
  'globe',
  'check',
  'person',
  'bot',
  'copy',
  'investors',
  'warning',
  'wifi-off',
  'trophy',
  'play',
  'link',
  'absent',
] as const;
export type IconKey = (typeof ICONS)[number];

export function iconKey(name: IconKey): string {
  return `icon:${name}`;
}

export function monogramKey(role: string): string {
  return `mono:${role}`;
}

export interface AssetEntry {
  key: string;
  url: string;
  w: number;
  h: number;
}

export const ASSETS: AssetEntry[] = [
  ...ICONS.map((name) => ({ key: iconKey(name), url: `icons/${name}.svg`, w: 96, h: 96 })),
  ...[...ROLES, 'neutral'].map((role) => ({ key: monogramKey(role), url: `companies/${role}.svg`, w: 160, h: 160 })),
  { key: 'art:hero', url: 'art/hero.svg', w: 1800, h: 780 },
];
