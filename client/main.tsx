import { render } from 'preact';
import { applyDocumentDirection } from './i18n';
import { session } from './net/session';
import { screen } from './app/nav';
import { App } from './app/App';
import './style.css';

// The browser client: DOM views (Preact) for everything a person reads and operates; Phaser
// draws only the charts, the mood gauge and the quarter transition (client/canvas/), loaded when
// first shown.

applyDocumentDirection();

// A reload or a new tab goes straight back to the seat this browser holds (the stored seat
// token), unless the address asks for another screen (a join link of another group included).
const stored = session.stored();
if (stored && (screen.value.name === 'home' || (screen.value.name === 'join' && screen.value.code === stored.code))) {
  void session.resume().catch(() => session.forget());
}

// Test hooks exist only in a test build: Vite replaces the mode, so this branch and the module it
// loads are dropped from the normal build.
if (import.meta.env.MODE === 'test') void import('./testMode').then((m) => m.installTestHooks());

const root = document.getElementById('app');
if (root) render(<App />, root);
