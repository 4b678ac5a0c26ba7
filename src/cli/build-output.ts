// Where the build's outputs are (decks.json, tokens/, lazy/): beside dist/cli.js in the bundle, and
// in dist/ when the sources run as they are (the in-process tests).

// Set by scripts/build.mjs; absent when the sources run.
declare const DOCKSTUDY_BUNDLED: boolean;

export const BUNDLED = typeof DOCKSTUDY_BUNDLED === 'boolean';

/** dist/, from whichever of the bundle's files this module was bundled into (dist/, lazy/, lazy/chunks/). */
function buildDir(): URL {
  if (!BUNDLED) return new URL('../../dist/', import.meta.url);
  const here = new URL('./', import.meta.url);
  if (here.pathname.endsWith('/lazy/chunks/')) return new URL('../../', here);
  if (here.pathname.endsWith('/lazy/')) return new URL('../', here);
  return here;
}

export const BUILD_DIR = buildDir();
