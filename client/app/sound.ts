import { computed, signal } from '@preact/signals';

// Sound: short cues made of generated tones (Web Audio oscillators, no asset files). The player's
// choice is remembered in localStorage; without one, sound is on, except in class mode (a room full
// of laptops should not chime): a page opened on a classroom address (a student's ?join=, the
// teacher's ?teach=, ?projector=, ?debrief=) or told so by setClassMode(true); the tab remembers it.
// The mute key is M (installMuteKey), and every screen that plays a cue shows the SoundToggle.

const STORAGE_KEY = 'computeRace.sound';

function readChoice(): boolean | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'on' ? true : v === 'off' ? false : null;
  } catch {
    return null;
  }
}

const CLASS_KEY = 'computeRace.classMode';
const CLASS_PARAMS = ['join', 'teach', 'projector', 'debrief'];

function startsInClass(): boolean {
  try {
    if (globalThis.sessionStorage?.getItem(CLASS_KEY) === '1') return true;
  } catch {
    // No storage: the address alone decides.
  }
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  return CLASS_PARAMS.some((p) => params.has(p));
}

const choice = signal<boolean | null>(readChoice());
const classMode = signal(startsInClass());

/** Whether cues play: the player's choice, or on by default outside class mode. */
export const soundOn = computed(() => choice.value ?? !classMode.value);

export function setClassMode(on: boolean): void {
  classMode.value = on;
  try {
    if (on) globalThis.sessionStorage?.setItem(CLASS_KEY, '1');
    else globalThis.sessionStorage?.removeItem(CLASS_KEY);
  } catch {
    // Storage refused: class mode holds for this page only.
  }
}

export function setSound(on: boolean): void {
  choice.value = on;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}

export function toggleSound(): boolean {
  setSound(!soundOn.value);
  return soundOn.value;
}

export type Cue = 'good' | 'bad' | 'neutral';

/** Notes (Hz) of each cue, played one after the other: up for a good quarter, down for a bad one. */
const CUES: Record<Cue, number[]> = {
  good: [523.25, 659.25, 783.99],
  bad: [392.0, 329.63, 261.63],
  neutral: [523.25, 523.25],
};
const NOTE_S = 0.11;
const VOLUME = 0.06;

let ctx: AudioContext | null = null;

function audio(): AudioContext | null {
  if (ctx) return ctx;
  const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Ctor) return null;
  try {
    ctx = new Ctor();
  } catch {
    return null;
  }
  return ctx;
}

/** Plays a cue when sound is on; returns whether it was played. */
export function playCue(cue: Cue): boolean {
  if (!soundOn.value) return false;
  const a = audio();
  if (!a) return false;
  if (a.state === 'suspended') void a.resume().catch(() => undefined);
  const t0 = a.currentTime + 0.02;
  CUES[cue].forEach((hz, i) => {
    const start = t0 + i * NOTE_S;
    const osc = a.createOscillator();
    const gain = a.createGain();
    osc.type = 'triangle';
    osc.frequency.setValueAtTime(hz, start);
    // A soft attack and an exponential tail: no clicks at either end.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(VOLUME, start + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_S * 1.6);
    osc.connect(gain).connect(a.destination);
    osc.start(start);
    osc.stop(start + NOTE_S * 1.7);
  });
  return true;
}

/** Whether a key press belongs to a text field (where M is a letter, not the mute key). */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/** M toggles sound anywhere outside text fields; `onToggle` hears the new state (to announce it). Returns the uninstaller. */
export function installMuteKey(onToggle?: (on: boolean) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    // KeyM: the same physical key on an Arabic layout (where it types م).
    if (e.code !== 'KeyM' && e.key !== 'm' && e.key !== 'M') return;
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || typing(e.target)) return;
    // Not onToggle?.(toggleSound()): an absent listener would skip the toggle itself.
    const on = toggleSound();
    onToggle?.(on);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
