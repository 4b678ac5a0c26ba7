// `dockstudy config path`, and the notes cache in the cache folder rather than beside the store.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { FIXTURES, removeTempDirs, run, runJson, tempDir } from './helpers.js';

afterAll(removeTempDirs);

test('config path prints the store and the cache; the notes cache goes to XDG_CACHE_HOME', async () => {
  const home = tempDir();
  const cache = tempDir('dockstudy-xdg-cache-');
  const env = { XDG_CACHE_HOME: cache };
  const { json } = await runJson(['config', 'path', '--json'], { home, env });
  expect(json).toEqual({ store: join(home, 'dockstudy.db'), cache: join(cache, 'dockstudy') });
  expect((await run(['config', 'path'], { home, env })).stdout).toBe(
    `store: ${join(home, 'dockstudy.db')}\ncache: ${join(cache, 'dockstudy')}\n`,
  );
  expect((await run(['--lang', 'ko', 'config', 'path'], { home, env })).stdout).toMatch(
    /^저장소: .*\n캐시: /,
  );
  await run(['--notes', join(FIXTURES, 'ko-notes.md'), 'decks'], { home, env });
  expect(readdirSync(join(cache, 'dockstudy', 'notes'))).toHaveLength(2);
  expect(existsSync(join(home, 'cache'))).toBe(false);
  // config path neither creates the store nor any folder.
  expect(existsSync(join(home, 'dockstudy.db'))).toBe(false);
});
