// Each language's catalogue module, by its language. Run from the sources both are imported here;
// scripts/build.mjs puts built-catalogue.ts in this module's place, which loads one file a language.
import * as en from './en.js';
import * as ko from './ko.js';

export interface Catalogues {
  en: typeof en;
  ko: typeof ko;
}

const catalogues: Catalogues = { en, ko };

export function catalogue<L extends keyof Catalogues>(lang: L): Catalogues[L] {
  return catalogues[lang];
}
