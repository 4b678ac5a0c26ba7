// Bundles the CLI into dist/ and compiles the built-in decks into dist/decks.<lang>.json and dist/tokens/.
//   dist/cli.js      the command: turns on Node's compile cache where there is one, runs dist/main.js
//   dist/main.js     plain runs and the light commands (decks, cards, card): what every start loads
//   dist/program.js  commander and the whole program, for help, usage errors and the other commands
//   dist/lazy/*.js   the heavy parts (quiz, review, the store, the notes parser…), loaded on demand
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Built aside and swapped in at the end, so that a dockstudy running meanwhile never sees half a dist/.
const target = join(root, 'dist');
const dist = join(root, `dist.${process.pid}.tmp`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Names the parser in the user-notes cache: any change to how notes are read makes old entries stale.
const parserSources = ['src/notes', 'src/docker', 'src/text'].flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(root, dir, f)),
);
const parserId = createHash('sha256');
for (const file of parserSources) parserId.update(readFileSync(file));

// Some bundled dependencies are CommonJS and call require() for Node built-ins.
const banner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";
// Node's built-in modules through require(), not import: an ESM import of a built-in makes Node build
// an ES module facade that reads every export (fs.promises, process.stdin…) at start-up. Each is
// imported from a small ES module of our own instead, whose named exports read the module's property
// only when used (the unused ones are dropped): esbuild's CommonJS interop would copy every property.
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^[\w:/]+$/ }, ({ path, kind }) =>
      kind === 'import-statement' && builtins.has(path) ? { path, namespace: 'builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, async ({ path }) => {
      const names = Object.keys(await import(path)).filter(
        (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default',
      );
      return {
        contents: [
          `const m = require(${JSON.stringify(path)});`,
          'const get = (name) => m[name];',
          'export default m;',
          ...names.map((name) => `export const ${name} = /* @__PURE__ */ get(${JSON.stringify(name)});`),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};
// commander requires child_process as it loads, for executable subcommands (dockstudy has none): ~5 ms
// at every start. Its one use, spawn, loads the module when called.
const commanderSpawnOnUse = {
  name: 'commander-spawn-on-use',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer, kind }) =>
      kind === 'require-call' && /[\\/]node_modules[\\/]commander[\\/]/.test(importer)
        ? { path: 'child_process', namespace: 'spawn-on-use' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'spawn-on-use' }, () => ({
      contents: `module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };`,
      loader: 'js',
    }));
  },
};
// The program and the lazy modules find the UI's catalogues in files of their own (one a language,
// built below): src/ui/messages/built-catalogue.ts stands in for catalogue.ts, which imports both.
const cataloguesApart = {
  name: 'catalogues-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/messages\/catalogue\.js$/ }, ({ importer }) =>
      importer === join(root, 'src/ui/messages.ts')
        ? { path: join(root, 'src/ui/messages/built-catalogue.ts') }
        : undefined,
    );
  },
};
// dockstudy gives every Chalk its colour level (src/ui/text.ts, chalkFor): chalk's own guess from the
// terminal, which loads tty (and with it net and stream) as chalk loads, is never asked.
const chalkWithoutGuess = {
  name: 'chalk-without-guess',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: 'supports-color',
      namespace: 'no-guess',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-guess' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};
// gray-matter requires js-yaml as it loads, and js-yaml then looks for esprima (loading all of it when
// installed, a failed module search when not: 16–47 ms at the first parse). dockstudy hands gray-matter
// its own engines (src/notes/frontmatter.ts: YAML through the yaml package, every other language
// refused), so js-yaml is never called: a stub that says so stands in for it.
const grayMatterWithoutJsYaml = {
  name: 'gray-matter-without-js-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]gray-matter[\\/]/.test(importer)
        ? { path: 'js-yaml', namespace: 'not-js-yaml' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'not-js-yaml' }, () => ({
      contents: `const unused = () => { throw new Error('front matter is read by src/notes/frontmatter.ts engines, not js-yaml'); };
module.exports = { safeLoad: unused, safeDump: unused, load: unused, dump: unused };`,
      loader: 'js',
    }));
  },
};
const common = {
  absWorkingDir: root,
  plugins: [builtinsByRequire, commanderSpawnOnUse, chalkWithoutGuess, grayMatterWithoutJsYaml],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // better-sqlite3's JavaScript is bundled; its native addon is loaded from node_modules by path.
  external: ['*.node'],
  banner: { js: banner },
  define: {
    DOCKSTUDY_VERSION: JSON.stringify(pkg.version),
    DOCKSTUDY_PARSER_ID: JSON.stringify(parserId.digest('hex').slice(0, 16)),
    DOCKSTUDY_BUNDLED: 'true',
  },
  legalComments: 'none',
  // Less JavaScript to compile at start-up. DOCKSTUDY_NO_MINIFY=1 keeps names, for reading CPU profiles.
  minify: process.env.DOCKSTUDY_NO_MINIFY !== '1',
  logLevel: 'warning',
};

/** `{ name: 'src/…/module.ts' }` from the `LAZY_SOURCES = { name: './module.js', … }` table of lazy.ts. */
function lazySources(source) {
  const table = /export const LAZY_SOURCES = \{([^}]*)\}/.exec(source)?.[1];
  const entries = [...(table ?? '').matchAll(/^\s*'?([\w-]+)'?: '(\.{1,2}\/[\w/.-]+)\.js',?$/gm)];
  if (entries.length === 0) throw new Error('src/cli/lazy.ts: no LAZY_SOURCES table found');
  return Object.fromEntries(
    entries.map(([, name, path]) => [name, join('src/cli', `${path}.ts`).replaceAll('\\', '/')]),
  );
}

/** An output's bytes by package (or source file), largest first. */
function heaviestInputs(output, count = 8) {
  const by = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input;
    by.set(key, (by.get(key) ?? 0) + bytesInOutput);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, bytes]) => `  ${String(bytes).padStart(8)}  ${key}`)
    .join('\n');
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// One file, and a CommonJS one: every extra module costs a start-up about a millisecond, and Node's ES
// module loader, which a CommonJS main never starts, ~10 ms more. dist/package.json makes dist/*.js
// CommonJS; the lazy modules are split as ES modules (esbuild splits only those), then made CommonJS.
const cliBuild = await build({
  ...common,
  plugins: [...common.plugins, cataloguesApart],
  format: 'cjs',
  // Two bundles, each whole: what every start runs, and commander with the whole program (help,
  // usage errors, completion, the commands that are not plain), which lazy.ts's loadProgram requires.
  entryPoints: { main: 'src/cli/main.ts', program: 'src/cli/program.ts' },
  outdir: dist,
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
  metafile: true,
});
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');
// Node 22.1+ can keep the compiled code of the modules it loads after this call (in the OS's temp
// folder, or NODE_COMPILE_CACHE), so the program is compiled once rather than at every start; Node 20
// has no such cache and skips it. A cache that cannot be written costs nothing but the attempt.
writeFileSync(
  join(dist, 'cli.js'),
  `#!/usr/bin/env node
try {
  require('node:module').enableCompileCache?.();
} catch {}
require('./main.js');
`,
);
chmodSync(join(dist, 'cli.js'), 0o755);

// The modules src/cli/lazy.ts loads by name, read from its LAZY_SOURCES.
const lazyEntries = lazySources(readFileSync(join(root, 'src/cli/lazy.ts'), 'utf8'));
// Small modules most lazy modules share, in one chunk that every lazy module loads: one file rather
// than a dozen tiny ones (the ES module loader takes about half a millisecond for each). Each lazy
// module's entry re-exports them (under names nothing imports), which makes them shared by all.
const SHARED = [
  'src/text/safety.ts',
  'src/text/suggest.ts',
  'src/cli/errors.ts',
  'src/cli/build-output.ts',
  'src/cli/lazy.ts',
  'src/cli/arguments.ts',
  'src/decks/registry.ts',
  'src/ui/messages.ts',
  'src/ui/text.ts',
];
const sharedChunk = {
  name: 'shared-chunk',
  setup(build) {
    build.onResolve({ filter: /^lazy-entry:/ }, ({ path }) => ({
      path: path.slice('lazy-entry:'.length),
      namespace: 'lazy-entry',
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-entry' }, ({ path }) => ({
      contents: [
        ...SHARED.map((module, i) => `export * as __shared${i} from ${JSON.stringify(join(root, module))};`),
        `export * from ${JSON.stringify(join(root, path))};`,
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    }));
  },
};
const lazyBuild = await build({
  ...common,
  plugins: [...common.plugins, cataloguesApart, sharedChunk],
  entryPoints: Object.fromEntries(
    Object.entries(lazyEntries).map(([name, path]) => [name, `lazy-entry:${path}`]),
  ),
  outdir: join(dist, 'lazy'),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});

// Then each output becomes CommonJS, file by file (imports of chunks become require()): a lazy module
// loads through require() alone, without Node's ES module loader (its start, resolution and
// translation cost `review --due --json` ~10 ms). esbuild's chunks never import each other in a
// cycle, so the order of evaluation is the ES modules' order.
const lazyBanner = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
for (const file of Object.keys(lazyBuild.metafile.outputs)) {
  if (!file.endsWith('.js')) continue;
  const path = join(root, file);
  const esm = readFileSync(path, 'utf8');
  if (!esm.startsWith(banner)) throw new Error(`${file}: the ES module banner is missing`);
  const { code } = await transform(esm.slice(banner.length), {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: common.minify,
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: lazyBanner,
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  writeFileSync(path, code);
}
writeFileSync(join(dist, 'lazy', 'package.json'), '{ "type": "commonjs" }\n');

// The catalogues, CommonJS (dist/package.json), required by built-catalogue.ts.
const catalogueBuild = await build({
  ...common,
  format: 'cjs',
  banner: {},
  entryPoints: { 'messages/en': 'src/ui/messages/en.ts', 'messages/ko': 'src/ui/messages/ko.ts' },
  outdir: dist,
  metafile: true,
});

// No output file over CHUNK_LIMIT: each is read and compiled whole whenever it loads. Over it, the build
// fails and names what fills the file (load a library later, in a lazy module of its own).
const CHUNK_LIMIT = common.minify ? 200_000 : Number.POSITIVE_INFINITY;
const outputs = {
  ...cliBuild.metafile.outputs,
  ...lazyBuild.metafile.outputs,
  ...catalogueBuild.metafile.outputs,
};
const tooBig = Object.entries(outputs).filter(([, output]) => output.bytes > CHUNK_LIMIT);
if (process.argv.includes('--analyze') || tooBig.length > 0) {
  for (const [file, output] of process.argv.includes('--analyze') ? Object.entries(outputs) : tooBig)
    console.error(`${relative(dist, join(root, file))}: ${output.bytes} bytes\n${heaviestInputs(output)}`);
}
if (tooBig.length > 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`${tooBig.length} output file(s) over ${CHUNK_LIMIT} bytes`);
  process.exit(1);
}

const compiler = join(dist, '.compile-decks.mjs');
await build({ ...common, minify: false, entryPoints: ['scripts/compile-decks.ts'], outfile: compiler });
const { compileDecks } = await import(pathToFileURL(compiler).href);
const { cards, problems } = compileDecks(root, dist);
rmSync(compiler);
if (problems.length > 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
// Two renames: the moment without a dist/ is as short as it can be.
const old = `${dist}.old`;
if (existsSync(target)) renameSync(target, old);
renameSync(dist, target);
rmSync(old, { recursive: true, force: true });
console.error(
  `dockstudy built: dist/cli.js, main.js, program.js + ${Object.keys(lazyEntries).length} lazy modules, ${cards.ko} ko / ${cards.en} en cards`,
);
