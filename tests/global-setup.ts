// Builds dist/ before the tests run, so that the end-to-end tests spawn a CLI built from the current
// sources and the in-process ones find the compiled decks (`node scripts/build.mjs`, a few seconds).
// The build is skipped when nothing it reads has changed since the last one made here.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', '.built-from');

/** Every input of the build with its size and modification time, one per line. */
function buildInputs(): string {
  const files = ['src', 'content', 'scripts'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)),
  );
  files.push('package.json', 'package-lock.json');
  return files
    .sort()
    .map((file) => {
      const stats = statSync(join(root, file));
      return stats.isFile() ? `${file}\t${stats.size}\t${stats.mtimeMs}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

export default function setup(): void {
  const inputs = buildInputs();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) return;
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
  writeFileSync(STAMP, inputs);
}
