// Libraries only some notes need, loaded synchronously the first time one does rather than with the
// parser. In the bundle each is a lazy module (src/cli/lazy.ts, LAZY_SOURCES); run from the sources
// (the tests), they are the packages themselves.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, BUNDLED } from '../cli/build-output.js';

type FrontMatterLibraries = typeof import('./front-matter-libraries.js');
type EntityLibraries = typeof import('./entity-libraries.js');

const require = createRequire(import.meta.url);
const built = <T>(name: string): T => require(fileURLToPath(new URL(`lazy/${name}.js`, BUILD_DIR))) as T;

let frontMatter: FrontMatterLibraries | undefined;
let entities: EntityLibraries | undefined;

/** gray-matter and YAML's parser. */
export function frontMatterLibraries(): FrontMatterLibraries {
  frontMatter ??= BUNDLED
    ? built<FrontMatterLibraries>('front-matter')
    : { matter: require('gray-matter'), parseDocument: require('yaml').parseDocument };
  return frontMatter;
}

/** The entity decoder. */
export function entityLibraries(): EntityLibraries {
  entities ??= BUNDLED
    ? built<EntityLibraries>('html-entities')
    : { decodeHTMLStrict: require('entities').decodeHTMLStrict };
  return entities;
}
