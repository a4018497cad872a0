import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Temporary directories made by a test file's servers and fixtures (placeholder clients, data
// directories). test/setup/tempDirs.ts removes them after the file's last hook.

const made: string[] = [];

/** A new empty directory under the OS temp dir, removed after this test file. */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTestTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
