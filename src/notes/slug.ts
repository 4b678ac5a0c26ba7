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

/**
 * Em and en dashes that word processors put where `--` was meant: `—rm` → `--rm`. One letter after
 * the dash means a short flag (`—d` → `-d`), as src/docker reads it (notes import nothing of ours).
 */
export function normalizeDashes(text: string): string {
  return text.replace(/(^|\s)[\u2014\u2013\u2012\u2212](?=\w)(\w(?=$|[\s=,])|)/g, (_m, before, letter) =>
    letter ? `${before}-${letter}` : `${before}--`,
  );
}
