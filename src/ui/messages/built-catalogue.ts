// catalogue.ts in the bundle (scripts/build.mjs swaps it in): each language's catalogue is its own
// file, dist/messages/LANG.js, required the first time that language is asked for. The program and
// every lazy module require the same file, so it is read and run once a process, and only for the
// language the UI speaks.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from '../../cli/build-output.js';
import type { Catalogues } from './catalogue.js';

const loaded: Partial<Catalogues> = {};

export function catalogue<L extends keyof Catalogues>(lang: L): Catalogues[L] {
  loaded[lang] ??= createRequire(import.meta.url)(fileURLToPath(new URL(`messages/${lang}.js`, BUILD_DIR)));
  return loaded[lang] as Catalogues[L];
}
