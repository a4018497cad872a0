import type Phaser from 'phaser';
import { session } from './net/session';

// Which scene is on screen follows the match phase the server sends: no room → Home,
// lobby → Lobby, planning → Planning, results → Results, debrief → Debrief.

export function targetScene(): string {
  const s = session.snapshot;
  if (!session.room || !s) return 'Home';
  switch (s.phase) {
    case 'lobby':
      return 'Lobby';
    case 'planning':
      return 'Planning';
    case 'results':
      return 'Results';
    case 'debrief':
      return 'Debrief';
    default:
      return 'Home';
  }
}

export function currentSceneKey(game: Phaser.Game): string | null {
  const active = game.scene.getScenes(true);
  return active.length ? active[0].scene.key : null;
}

export function route(game: Phaser.Game): void {
  const current = currentSceneKey(game);
  if (!current || current === 'Boot') return;
  const target = targetScene();
  if (target === current) return;
  // A scene may hold the screen for a moment (the final quarter's results before the debrief).
  const holder = game.scene.getScene(current) as { holdsRoute?: (target: string) => boolean } | null;
  if (holder?.holdsRoute?.(target)) return;
  // Keep showing the match while the connection is being restored.
  if (target === 'Home' && session.connection === 'reconnecting') return;
  // The replay screens are outside any match: only a match starting (e.g. a fork) leaves them.
  if (target === 'Home' && current.startsWith('Replay')) return;
  // Classroom screens (console, projector, class debrief) run outside the player's match session.
  if (target === 'Home' && current.startsWith('Class')) return;
  game.scene.getScene(current)?.scene.start(target);
}

export function installRouter(game: Phaser.Game): void {
  session.on('change', () => route(game));
  session.on('connection', () => route(game));
  session.on('kicked', () => {
    void session.leave().then(() => route(game));
  });
}
