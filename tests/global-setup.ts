// Builds dist/ once before the tests run, so that the end-to-end tests in tests/cli always spawn a
// CLI built from the current sources (`node scripts/build.mjs`, about a second).

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 120_000,
    });
  } catch (err) {
    const { stderr, stdout } = err as { stderr?: string; stdout?: string };
    throw new Error(`node scripts/build.mjs failed:\n${stdout ?? ''}${stderr ?? (err as Error).message}`);
  }
}
