import type { FlagSpec } from './types.js';

// Docker's option types whose flag may be given many times, every value kept.
const REPEATABLE_TYPES = new Set([
  'list',
  'map',
  'filter',
  'strings',
  'ulimit',
  'mount',
  'network',
  'gpu-request',
]);

const SYNTAX = /^(?:(-[A-Za-z0-9]), )?(--[a-z0-9][a-z0-9-]*)(?: ([a-z0-9-]+))?$/;

type FlagExtras = Pick<FlagSpec, 'defaultValue' | 'hiddenAliases' | 'hidden' | 'ordered'>;

/**
 * Builds a FlagSpec from the same shape docker prints in `--help`, so the data
 * reads like the help text: flag('-p, --publish list', '…'). No type word = a switch.
 */
export function flag(syntax: string, description: string, extras: FlagExtras = {}): FlagSpec {
  const match = SYNTAX.exec(syntax);
  if (!match) throw new Error(`grammar data: bad flag syntax '${syntax}'`);
  const [, short, long = '', valueType = 'bool'] = match;
  const spec: FlagSpec = { long, takesValue: valueType !== 'bool', valueType, description, ...extras };
  if (short) spec.short = short;
  if (REPEATABLE_TYPES.has(valueType)) spec.repeatable = true;
  return spec;
}

/** A switch docker turns on unless told `--x=false`. */
export const ON_BY_DEFAULT: FlagExtras = { defaultValue: 'true' };
