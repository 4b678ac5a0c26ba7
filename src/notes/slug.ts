const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lowercase slug that keeps letters of any script (Korean headings stay readable). */
export function slugify(text: string): string {
  // NFKC changes nothing in printable ASCII, and costs most of the time of a slug.
  const normal = PLAIN_ASCII.test(text) ? text : text.normalize('NFKC');
  return normal
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
