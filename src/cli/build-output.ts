// Where the build's outputs are (decks.json, tokens/, lazy/): beside dist/cli.js in the bundle, and
// in dist/ when the sources run as they are (the in-process tests).

// Set by scripts/build.mjs; absent when the sources run.
declare const DOCKSTUDY_BUNDLED: boolean;

export const BUNDLED = typeof DOCKSTUDY_BUNDLED === 'boolean';

export const BUILD_DIR = BUNDLED ? new URL('./', import.meta.url) : new URL('../../dist/', import.meta.url);
