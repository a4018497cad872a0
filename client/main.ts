import Phaser from 'phaser';
import { applyDocumentDirection, onLocaleChange, getLocale, setLocale } from './i18n';
import { BootScene } from './scenes/BootScene';
import { HomeScene } from './scenes/HomeScene';
import { LobbyScene } from './scenes/LobbyScene';
import { PlanningScene } from './scenes/PlanningScene';
import { ResultsScene } from './scenes/ResultsScene';
import { DebriefScene } from './scenes/DebriefScene';
import { ReplayListScene } from './scenes/ReplayListScene';
import { ReplayScene } from './scenes/ReplayScene';
import { ClassSetupScene } from './scenes/ClassSetupScene';
import { ClassHostScene } from './scenes/ClassHostScene';
import { ClassProjectorScene } from './scenes/ClassProjectorScene';
import { ClassDebriefScene } from './scenes/ClassDebriefScene';
import { BaseScene } from './ui/BaseScene';
import { updateViewport, viewport } from './ui/viewport';
import { installRouter } from './router';
import { installConnectionBanner } from './ui/connectionBanner';
import { installStorageBanner } from './ui/storageBanner';
import { installTestHooks } from './testHooks';

applyDocumentDirection();
const vp = updateViewport();

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  transparent: true,
  banner: false,
  // A strategy UI needs no 60 fps: 30 halves the work on shared classroom machines. Deltas are not
  // smoothed, so animations keep wall-clock time even when the window is not focused.
  fps: { target: 30, limit: 30, smoothStep: false },
  audio: { noAudio: true },
  input: { keyboard: false },
  scale: {
    mode: Phaser.Scale.NONE,
    width: Math.round(vp.cssW * vp.dpr),
    height: Math.round(vp.cssH * vp.dpr),
    zoom: 1 / vp.dpr,
  },
  render: {
    antialias: true,
    antialiasGL: true,
    roundPixels: false,
    mipmapFilter: 'LINEAR_MIPMAP_LINEAR',
  },
  scene: [BootScene, HomeScene, LobbyScene, PlanningScene, ResultsScene, DebriefScene, ReplayListScene, ReplayScene, ClassSetupScene, ClassHostScene, ClassProjectorScene, ClassDebriefScene],
});

function activeBaseScenes(): BaseScene[] {
  return game.scene.getScenes(true).filter((s): s is BaseScene => s instanceof BaseScene);
}

// Resize: resize the canvas to the window (device pixels) and rebuild the visible scene.
let resizeTimer: ReturnType<typeof setTimeout> | null = null;
window.addEventListener('resize', () => {
  if (resizeTimer) clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    const before = viewport();
    const next = updateViewport();
    if (next.dpr !== before.dpr) game.scale.setZoom(1 / next.dpr);
    game.scale.resize(Math.round(next.cssW * next.dpr), Math.round(next.cssH * next.dpr));
    for (const s of activeBaseScenes()) s.rebuild();
  }, 120);
});

// Language switch: rebuild what is on screen; the match connection is untouched.
onLocaleChange(() => {
  for (const s of activeBaseScenes()) s.rebuild();
});

installRouter(game);
installConnectionBanner();
installStorageBanner();
installTestHooks(game, { getLocale, setLocale });
