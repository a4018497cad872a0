import type { MatchSnapshot } from '../state/model';
import type { ConnectionState } from '../net/session';
import type { Screen } from './nav';
import type { ViewName } from './views';

// Which view is on screen. In a match room it follows the phase the server sends (lobby →
// Lobby, planning → Planning, results → Results, debrief → Debrief) and a view may hold the
// screen for a moment (the last results before the debrief); outside a room it follows the
// page's address (client/app/nav.ts).

export interface RouteInput {
  inRoom: boolean;
  snap: MatchSnapshot | null;
  conn: ConnectionState;
  screen: Screen;
  hold: 'results' | null;
  /** The view shown just before, kept while the connection is being restored. */
  previous: ViewName | null;
}

const MATCH_VIEWS: ViewName[] = ['LobbyView', 'PlanningView', 'ResultsView', 'DebriefView'];

export function routeView(r: RouteInput): ViewName {
  if (r.inRoom && r.snap) {
    if (r.hold === 'results' && r.snap.phase !== 'lobby') return 'ResultsView';
    switch (r.snap.phase) {
      case 'lobby':
        return 'LobbyView';
      case 'planning':
        return 'PlanningView';
      case 'results':
        return 'ResultsView';
      case 'debrief':
        return 'DebriefView';
    }
  }
  // Keep showing the match while the connection is being restored.
  if ((r.conn === 'reconnecting' || r.conn === 'connecting') && r.previous && MATCH_VIEWS.includes(r.previous)) return r.previous;
  switch (r.screen.name) {
    case 'replays':
      return 'ReplayListView';
    case 'replay':
      return 'ReplayView';
    case 'classSetup':
      return 'ClassSetupView';
    case 'classHost':
      return 'ClassHostView';
    case 'classProjector':
      return 'ClassProjectorView';
    case 'classDebrief':
      return 'ClassDebriefView';
    case 'join':
      return 'JoinView';
    default:
      return 'HomeView';
  }
}

export const SCREEN_ID: Record<ViewName, string> = {
  HomeView: 'home',
  JoinView: 'join',
  LobbyView: 'lobby',
  PlanningView: 'planning',
  ResultsView: 'results',
  DebriefView: 'debrief',
  ReplayListView: 'replays',
  ReplayView: 'replay',
  ClassSetupView: 'class-setup',
  ClassHostView: 'class-host',
  ClassProjectorView: 'class-projector',
  ClassDebriefView: 'class-debrief',
};
