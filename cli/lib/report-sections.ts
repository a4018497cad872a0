// docs/BALANCE.md is written by three runs: `npm run balance` (the main table), `npm run balance --
// --grid` (GAME.md 12.3) and `npm run exploits` (12.5), plus hand-written notes. Each run replaces
// its own "## <heading>" section (up to the next "## ") and keeps the others.

export const GRID_HEADING = 'Settings grid (GAME.md 12.3)';
export const EXPLOITS_HEADING = 'Strategy search (GAME.md 12.5)';
export const NOTES_HEADING = 'Notes';

/** Sections other runs own, in the order they appear after the main table's sections. */
export const KEPT_HEADINGS = [GRID_HEADING, EXPLOITS_HEADING, NOTES_HEADING] as const;

function bounds(markdown: string, heading: string): { start: number; bodyStart: number; end: number } | null {
  const marker = `\n## ${heading}\n`;
  const at = markdown.startsWith(marker.slice(1)) ? 0 : markdown.indexOf(marker);
  if (at < 0) return null;
  const start = at === 0 && !markdown.startsWith('\n') ? 0 : at + 1;
  const bodyStart = start + marker.length - 1;
  const next = markdown.indexOf('\n## ', bodyStart - 1);
  return { start, bodyStart, end: next < 0 ? markdown.length : next + 1 };
}

/** The body of "## heading" (without the heading line), or undefined. */
export function sectionOf(markdown: string, heading: string): string | undefined {
  const b = bounds(markdown, heading);
  return b ? markdown.slice(b.bodyStart, b.end) : undefined;
}

/**
 * The document with "## heading" replaced by `body`; a missing section is inserted before the
 * first of the later kept sections (Notes stays last), or appended.
 */
export function replaceSection(markdown: string, heading: string, body: string): string {
  const block = `## ${heading}\n\n${body.trim()}\n\n`;
  const b = bounds(markdown, heading);
  if (b) return markdown.slice(0, b.start) + block + markdown.slice(b.end);
  const later = KEPT_HEADINGS.slice(KEPT_HEADINGS.indexOf(heading as (typeof KEPT_HEADINGS)[number]) + 1);
  for (const h of later) {
    const c = bounds(markdown, h);
    if (c) return markdown.slice(0, c.start) + block + markdown.slice(c.start);
  }
  const base = markdown.trim() ? `${markdown.replace(/\s*$/, '')}\n\n` : '# Balance report\n\n';
  return base + block;
}
