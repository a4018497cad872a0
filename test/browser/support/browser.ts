import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Headless Chromium for the browser tests and the client benchmark: the Debian package at
// /usr/bin/chromium (CI installs it), a fresh profile per context, and a loud failure when the
// browser is missing.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need it (apt-get install chromium, or set CHROMIUM_PATH). ` +
        'They fail rather than skip so a missing browser is never mistaken for a pass.',
    );
  }
  return CHROMIUM;
}

export interface OpenedContext {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export async function openContext(viewport = { width: 1280, height: 720 }, locale = 'en-US', touch = false): Promise<OpenedContext> {
  const executablePath = requireChromium();
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    locale,
    deviceScaleFactor: 1,
    hasTouch: touch,
    isMobile: touch,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'artifacts');

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
