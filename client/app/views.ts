import type { ComponentType } from 'preact';

// Which component shows which screen. Views live in client/views/<area>/<Name>View.tsx and export
// a component of the same name; every one but Home is its own chunk, loaded when first shown.

export type ViewName =
  | 'HomeView'
  | 'JoinView'
  | 'LobbyView'
  | 'PlanningView'
  | 'ResultsView'
  | 'DebriefView'
  | 'ReplayListView'
  | 'ReplayView'
  | 'ClassSetupView'
  | 'ClassHostView'
  | 'ClassProjectorView'
  | 'ClassDebriefView';

export const VIEW_AREA: Record<ViewName, string> = {
  HomeView: 'home',
  JoinView: 'class',
  LobbyView: 'lobby',
  PlanningView: 'planning',
  ResultsView: 'results',
  DebriefView: 'results',
  ReplayListView: 'replay',
  ReplayView: 'replay',
  ClassSetupView: 'class',
  ClassHostView: 'class',
  ClassProjectorView: 'class',
  ClassDebriefView: 'class',
};

type ViewModule = Record<string, ComponentType<Record<string, never>>>;

const eager = import.meta.glob<ViewModule>('../views/home/HomeView.tsx', { eager: true });
const lazy = import.meta.glob<ViewModule>(['../views/*/*View.tsx', '!../views/home/HomeView.tsx']);

function path(name: ViewName): string {
  return `../views/${VIEW_AREA[name]}/${name}.tsx`;
}

/** The view's component when it is already loaded (Home), else null. */
export function loadedView(name: ViewName): ComponentType<Record<string, never>> | null {
  return eager[path(name)]?.[name] ?? null;
}

/** Loads a view's chunk; rejects when the view does not exist. */
export async function loadView(name: ViewName): Promise<ComponentType<Record<string, never>>> {
  const own = loadedView(name);
  if (own) return own;
  const load = lazy[path(name)];
  if (!load) throw new Error(`no view ${name}`);
  const mod = await load();
  const view = mod[name];
  if (!view) throw new Error(`${path(name)} does not export ${name}`);
  return view;
}
