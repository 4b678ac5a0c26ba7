// Flags several docker commands share, written once for the grammar's files.
import { flag } from './flag-syntax.js';
import type { FlagSpec } from './types.js';

export const FORMAT = flag('--format string', 'Output format: table, json or a Go template');
export const FORMAT_F = flag('-f, --format string', 'Output format: json or a Go template');
export const PRUNE_FILTER = flag('--filter filter', 'Only prune what matches, e.g. until=24h');
export const PRUNE_FORCE = flag('-f, --force', 'Skip the confirmation prompt');
export const DETACH_KEYS = flag('--detach-keys string', 'Key sequence that detaches from the container');
// Compose gives every subcommand this one (a persistent option of `docker compose`).
export const COMPOSE_DRY_RUN = flag('--dry-run', 'Show what would happen without doing it');
export const STOP_FLAGS = [
  flag('-s, --signal string', 'Signal to send instead of the default'),
  // `--time` is the old spelling docker still reads (with a deprecation notice).
  flag('-t, --timeout int', 'Seconds to wait before killing', { hiddenAliases: ['--time'] }),
];

/** Option types docker keeps every occurrence of, which flag() does not know by name. */
export const many = (syntax: string, description: string): FlagSpec => ({
  ...flag(syntax, description),
  repeatable: true,
});
