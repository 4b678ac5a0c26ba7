// Bundles the CLI into dist/ and compiles the built-in decks into dist/decks.json.
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Some bundled dependencies are CommonJS and call require() for Node built-ins.
const banner = "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: dist,
  bundle: true,
  splitting: process.env.NO_SPLIT ? false : true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // A native addon: loaded from node_modules at run time.
  external: ['better-sqlite3'],
  banner: { js: banner },
  define: { DOCKSTUDY_VERSION: JSON.stringify(pkg.version) },
  legalComments: 'none',
  // Less JavaScript to compile at start-up: ~20 ms of the budget.
  minify: true,
  logLevel: 'warning',
});
chmodSync(join(dist, 'cli.js'), 0o755);

const compiler = join(dist, '.compile-decks.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/compile-decks.ts'],
  outfile: compiler,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: banner },
  logLevel: 'warning',
});
const { compileDecks } = await import(pathToFileURL(compiler).href);
const { cards, problems } = compileDecks(root, dist);
rmSync(compiler);
if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.error(`dockstudy built: dist/cli.js, ${cards.ko} ko / ${cards.en} en cards`);
