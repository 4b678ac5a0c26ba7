// A card's fingerprint: the text that says which card it is, for telling an edited card from a new
// one (src/store/card-identity.ts compares them). What it asks, then the start of its answer.
import type { Card } from './types.js';

const normal = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[`*_~#>|[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function fingerprintOf(card: Pick<Card, 'front' | 'back'>): string {
  return `${normal(card.front)} | ${normal(card.back).slice(0, 200)}`;
}
