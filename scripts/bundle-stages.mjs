// Bundles some of src's stages (e.g. store, srs) into one ES module in `dir`, for code that runs
// them outside vitest: child processes in the store tests, the store benchmark. Packages stay
// external and resolve through a node_modules link in `dir`.
import { symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleStages(dir, stages) {
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outfile = join(dir, 'dockstudy.mjs');
  await build({
    stdin: {
      contents: stages.map((stage) => `export * from './src/${stage}/index.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return pathToFileURL(outfile).href;
}
