import { UsageError } from './errors.js';

/** A whole-number option (`--count 5`): plain digits in a range, else a usage error naming the option. */
export function wholeNumber(value: string, name: string, min: number, max?: number): number {
  const text = value.trim();
  const number = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (number >= min && (max === undefined || number <= max)) return number;
  throw new UsageError((t) => t.args.wholeNumber(name, min, max, value));
}
