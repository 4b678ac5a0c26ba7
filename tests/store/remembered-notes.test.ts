import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  closeStore,
  forgetNotes,
  listRememberedNotes,
  openStore,
  rememberNotes,
  type Store,
} from '../../src/store/index.js';
import { tempDir } from './helpers.js';

let store: Store;
afterEach(() => closeStore(store));

describe('remembered notes', () => {
  test('added in order, once each; forgotten one at a time', () => {
    store = openStore(join(tempDir(), 'dockstudy.db'));
    expect(listRememberedNotes(store)).toEqual([]);
    expect(rememberNotes(store, ['/b/notes', '/a/one.md'], 10)).toEqual(['/b/notes', '/a/one.md']);
    expect(rememberNotes(store, ['/a/one.md', '/c'], 20)).toEqual(['/c']);
    expect(listRememberedNotes(store)).toEqual(['/a/one.md', '/b/notes', '/c']);
    expect(forgetNotes(store, '/b/notes')).toBe(true);
    expect(forgetNotes(store, '/b/notes')).toBe(false);
    expect(listRememberedNotes(store)).toEqual(['/a/one.md', '/c']);
  });
});
