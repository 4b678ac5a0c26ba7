/** Lowercase slug that keeps letters of any script (Korean headings stay readable). */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Em and en dashes that word processors put where `--` was meant. */
export function normalizeDashes(text: string): string {
  return text
    .replace(/^[\u2014\u2013\u2012\u2212]/, '--')
    .replace(/(\s)[\u2014\u2013\u2012\u2212](?=\w)/g, '$1--');
}
