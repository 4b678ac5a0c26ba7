// The .apkg / .colpkg container: a zip holding the collection and a media index. Anki 2.1.50+
// writes `collection.anki21b` (the collection compressed with zstd, schema 18) beside a stub
// `collection.anki2`; older ones write `collection.anki21` or `collection.anki2` (plain SQLite).

import { strToU8, unzipSync, zipSync } from 'fflate';
import { decompress } from 'fzstd';
import { ExchangeError } from './errors.js';

/** An .apkg holding `collection` (schema-11 SQLite bytes) and an empty media index. */
export function packApkg(collection: Uint8Array): Uint8Array {
  return zipSync({ 'collection.anki2': collection, media: strToU8('{}') });
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** A zip archive starts with a local file header (an empty one, with its end record). */
export const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** Which collection entries a package may hold, newest first: the first present is the real one. */
const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;

/** The SQLite bytes of the package's collection; throws ExchangeError naming `file`. */
export function unpackCollection(bytes: Uint8Array, file: string): Buffer {
  let entries: Record<string, Uint8Array>;
  try {
    // Only the collection is read: media files stay packed.
    entries = unzipSync(bytes, {
      filter: (entry) => (COLLECTIONS as readonly string[]).includes(entry.name),
    });
  } catch (error) {
    throw new ExchangeError(file, { say: 'badZip', detail: (error as Error).message });
  }
  const name = COLLECTIONS.find((n) => entries[n] !== undefined);
  if (!name) throw new ExchangeError(file, { say: 'noCollection', expected: COLLECTIONS });
  const data = entries[name] as Uint8Array;
  if (name !== 'collection.anki21b') return Buffer.from(data);
  if (!startsWith(data, ZSTD_MAGIC)) throw new ExchangeError(file, { say: 'notZstd', entry: name });
  try {
    return Buffer.from(decompress(data));
  } catch (error) {
    throw new ExchangeError(file, { say: 'badZstd', entry: name, detail: (error as Error).message });
  }
}
