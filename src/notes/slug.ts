const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lowercase slug that keeps letters of any script (Korean headings stay readable). */
export function slugify(text: string): string {
  // NFKC changes nothing in printable ASCII, and costs most of the time of a slug.
  const ascii = PLAIN_ASCII.test(text);
  const lower = (ascii ? text : text.normalize('NFKC')).toLowerCase().replace(/[`*_~]/g, '');
  // In lowercase ASCII the letters and digits are a-z and 0-9 (the Unicode classes cost more).
  return (ascii ? lower.replace(/[^a-z0-9]+/g, '-') : lower.replace(/[^\p{L}\p{N}]+/gu, '-'))
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
