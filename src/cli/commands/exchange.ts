// `dockstudy export`, `import` and `backup`: the learner's cards and history out of the store and
// back in. A lazy module: it brings the zip and zstd libraries and better-sqlite3.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Registry, selectDecks } from '../../decks/registry.js';
import {
  ExchangeError,
  type ExportFormat,
  exportCards,
  IMPORTED_ORIGIN,
  type ReadImport,
  readImport,
} from '../../exchange/index.js';
import { DEFAULT_SRS_CONFIG } from '../../srs/index.js';
import { applyImport, backupStore, getConfig, readHistories, withStore } from '../../store/index.js';
import { exchangeErrorText, messages } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UsageError, UserError } from '../errors.js';

export interface ExportOptions {
  format: ExportFormat;
  deck: string[];
  out?: string;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** The ids of the cards that live in the store (imported decks). */
function importedIds(registry: Registry): Set<string> {
  return new Set(
    registry.decks.filter((d) => d.origin === IMPORTED_ORIGIN).flatMap((d) => d.cards.map((c) => c.id)),
  );
}

/** `dockstudy export [--deck ID]... [--out FILE] --format json|anki|apkg|csv`. */
export async function exportCommand(context: Context, options: ExportOptions): Promise<void> {
  const t = messages(context.env.lang).exchange;
  if (options.format === 'apkg' && !options.out) throw new UsageError(t.apkgNeedsOut);
  const registry = await context.registry();
  const decks = selectDecks(registry, options.deck);
  const whole = options.deck.length === 0 || options.deck.some((d) => d.toLowerCase() === 'all');
  const cards = decks.flatMap((deck) => deck.cards);
  const ids = cards.map((card) => card.id);
  const histories = withStore(context.storeFile, 'read', (store) =>
    store ? readHistories(store, whole ? undefined : ids) : new Map(),
  );
  const imported = importedIds(registry);
  const output = exportCards(options.format, {
    cards,
    deckTitle: (id) => registry.deck(id)?.title ?? id,
    imported,
    histories,
    // A whole backup also keeps the history of cards whose notes are not loaded now.
    orphans: whole && options.format === 'json',
    // The session's start: the same DOCKSTUDY_NOW gives the same file.
    nowMs: context.env.now.getTime(),
  });
  if (!options.out) {
    // Only apkg is binary, and it needs --out.
    context.write(String(output));
    return;
  }
  const file = resolve(context.cwd, options.out);
  try {
    writeFileSync(file, output);
  } catch (error) {
    throw new UserError(t.unwritable(options.out, codeOf(error)));
  }
  context.warn(t.exported(options.out, cards.length));
}

/** `dockstudy backup [FILE]`: a consistent copy of the store, by default named with today's date. */
export async function backupCommand(context: Context, name: string | undefined): Promise<void> {
  const t = messages(context.env.lang).exchange;
  const date = context.env.now.toISOString().slice(0, 10);
  const given = name ?? `dockstudy-backup-${date}.db`;
  const file = resolve(context.cwd, given);
  if (!existsSync(context.storeFile)) throw new UserError(t.noStore(context.storeFile));
  if (existsSync(file)) throw new UserError(t.exists(given));
  try {
    withStore(context.storeFile, 'read', (store) => store && backupStore(store, file));
  } catch (error) {
    // The copy could not be written: that is the file named here, not the store or DOCKSTUDY_HOME.
    if ((error as { file?: string }).file === file)
      throw new UserError(t.unwritable(given, codeOf((error as Error).cause ?? error)));
    throw error;
  }
  context.out(t.backedUp(given));
}

/** `dockstudy import FILE`: a backup, an Anki package or an Anki text export, merged in one transaction. */
export async function importCommand(context: Context, name: string): Promise<void> {
  const t = messages(context.env.lang).exchange;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(context.cwd, name));
  } catch (error) {
    throw new UserError(t.unreadable(name, codeOf(error)));
  }
  const registry = await context.registry();
  const imported = importedIds(registry);
  const protectedIds = new Set(registry.cards.map((c) => c.id).filter((id) => !imported.has(id)));
  const { retention } = withStore(context.storeFile, 'read', (store) =>
    store ? getConfig(store) : DEFAULT_SRS_CONFIG,
  );
  let read: ReadImport;
  try {
    read = readImport(bytes, { file: name, protectedIds, retention, nowMs: context.clock() });
  } catch (error) {
    if (error instanceof ExchangeError) throw new UserError(exchangeErrorText(context.env.lang, error));
    throw error;
  }
  for (const notice of read.notices) context.warn(t.notice(name, notice));
  const counts = withStore(context.storeFile, 'write', (store) => {
    if (!store) throw new Error('a store opened for writing is always there');
    return applyImport(store, read.batch);
  });
  context.out(t.imported(name, t.kinds[read.kind] ?? read.kind, counts));
}
