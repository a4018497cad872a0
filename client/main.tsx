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

const root = document.getElementById('app');
if (root) render(<App />, root);
