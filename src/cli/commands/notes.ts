// `dockstudy notes add|list|remove`: the notes every command loads without --notes.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { forgetNotes, listRememberedNotes, rememberNotes, withStore } from '../../store/index.js';
import { messages } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { noteFiles } from '../note-files.js';
import { writeRememberedCopy } from '../remembered-notes.js';

/** The list as the store has it (none without a store). */
export function readRememberedNotes(storeFile: string): string[] {
  return withStore(storeFile, 'read', (store) => (store ? listRememberedNotes(store) : []));
}

export async function notesAdd(context: Context, paths: string[]) {
  const t = messages(context.env.lang);
  // Each path must hold notes now: noteFiles names the one that does not.
  const absolute = paths.map((path) => {
    noteFiles([path], context.cwd, context.env.lang);
    return resolve(context.cwd, path);
  });
  const { added, all } = withStore(context.storeFile, 'write', (store) => {
    const added = rememberNotes(store!, absolute, context.env.now.getTime());
    return { added, all: listRememberedNotes(store!) };
  });
  writeRememberedCopy(context.storeFile, all);
  for (const path of absolute)
    context.out(added.includes(path) ? t.notes.added(path) : t.notes.already(path));
}

export async function notesList(context: Context, options: { json?: boolean }) {
  const t = messages(context.env.lang);
  const paths = readRememberedNotes(context.storeFile);
  writeRememberedCopy(context.storeFile, paths);
  const rows = paths.map((path) => ({ path, exists: existsSync(path) }));
  if (options.json) return context.out(JSON.stringify(rows, null, 2));
  if (rows.length === 0) return context.out(t.notes.none);
  for (const row of rows) context.out(row.exists ? row.path : `${row.path}  ${t.notes.missingMark}`);
}

export async function notesRemove(context: Context, path: string) {
  const t = messages(context.env.lang);
  const absolute = resolve(context.cwd, path);
  if (!existsSync(context.storeFile)) throw new UserError(t.notes.notRemembered(absolute));
  const { removed, all } = withStore(context.storeFile, 'write', (store) => ({
    removed: forgetNotes(store!, absolute),
    all: listRememberedNotes(store!),
  }));
  writeRememberedCopy(context.storeFile, all);
  if (!removed) throw new UserError(t.notes.notRemembered(absolute));
  context.out(t.notes.removed(absolute));
}
