// Anki's text import format ("Notes in Plain Text"): `#key:value` header lines, then one note per
// record, fields split by the separator, quoted like CSV when a field holds the separator, a quote
// or a line break. The guid column lets a second import update notes instead of duplicating them.

import { ExchangeError } from './errors.js';

export interface AnkiTextNote {
  guid: string;
  notetype: string;
  deck: string;
  /** HTML fields, in order (front, back). */
  fields: string[];
  tags: string[];
}

const COLUMNS = { guid: 1, notetype: 2, deck: 3, tags: 6 } as const;

function quoteField(field: string, separator: string): string {
  return field.includes(separator) || /["\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Notes as Anki's text format, tab-separated, HTML fields. */
export function writeAnkiText(notes: readonly AnkiTextNote[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    `#guid column:${COLUMNS.guid}`,
    `#notetype column:${COLUMNS.notetype}`,
    `#deck column:${COLUMNS.deck}`,
    `#tags column:${COLUMNS.tags}`,
  ];
  const rows = notes.map((note) =>
    [note.guid, note.notetype, note.deck, note.fields[0] ?? '', note.fields[1] ?? '', note.tags.join(' ')]
      .map((field) => quoteField(field, '\t'))
      .join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}

const NAMED_SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
  colon: ':',
};

export interface ParsedAnkiText {
  html: boolean;
  notes: (Partial<Omit<AnkiTextNote, 'fields' | 'tags'>> & {
    fields: string[];
    tags: string[];
    line: number;
  })[];
}

/** Does `text` start like an Anki text export (a `#separator:` header among its first lines)? */
export function looksLikeAnkiText(text: string): boolean {
  const headers = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((l) => l.startsWith('#'));
  return headers.some((line) => /^#separator:/i.test(line));
}

/** Parses an Anki text export; throws ExchangeError naming `file`:line for what cannot be read. */
export function parseAnkiText(text: string, file: string): ParsedAnkiText {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const headers = new Map<string, string>();
  let start = 0;
  for (; start < lines.length && lines[start]?.startsWith('#'); start++) {
    const match = /^#([^:]+):(.*)$/.exec(lines[start] ?? '');
    if (match?.[1] && match[2] !== undefined) headers.set(match[1].trim().toLowerCase(), match[2].trim());
  }
  const named = headers.get('separator');
  if (named === undefined) throw new ExchangeError(file, { say: 'noSeparator' });
  const separator = NAMED_SEPARATORS[named.toLowerCase()] ?? named;
  if ([...separator].length !== 1) throw new ExchangeError(file, { say: 'separatorNotOneChar', named });
  const column = (key: string) => {
    const value = headers.get(`${key} column`);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new ExchangeError(file, { say: 'badColumn', key, value });
    return n - 1;
  };
  const at = {
    guid: column('guid'),
    notetype: column('notetype'),
    deck: column('deck'),
    tags: column('tags'),
  };
  const special = new Set(Object.values(at).filter((n) => n !== undefined));
  const globalTags = (headers.get('tags') ?? '').split(/\s+/).filter(Boolean);

  const notes: ParsedAnkiText['notes'] = [];
  for (const { fields, line } of records(lines.slice(start).join('\n'), separator, file, start + 1)) {
    if (fields.length === 1 && fields[0]?.trim() === '') continue;
    const pick = (i: number | undefined) => (i === undefined ? undefined : fields[i]);
    notes.push({
      line,
      guid: pick(at.guid),
      notetype: pick(at.notetype),
      deck: pick(at.deck) ?? headers.get('deck'),
      tags: [...globalTags, ...(pick(at.tags) ?? '').split(/\s+/).filter(Boolean)],
      fields: fields.filter((_, i) => !special.has(i)),
    });
  }
  return { html: (headers.get('html') ?? 'false').toLowerCase() === 'true', notes };
}

/** Records of CSV-like text: quoted fields may hold the separator, `""` and line breaks. */
function* records(body: string, separator: string, file: string, firstLine: number) {
  let i = 0;
  let line = firstLine;
  while (i < body.length) {
    const fields: string[] = [];
    const startLine = line;
    for (;;) {
      let field = '';
      if (body[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= body.length) throw new ExchangeError(file, { say: 'unclosedQuote', line: opened });
          const char = body[i] as string;
          if (char === '"' && body[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (char === '"') {
            i++;
            break;
          } else {
            if (char === '\n') line++;
            field += char;
            i++;
          }
        }
      }
      while (i < body.length && body[i] !== separator && body[i] !== '\n') field += body[i++];
      fields.push(field);
      if (body[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    if (body[i] === '\n') {
      i++;
      line++;
    }
    yield { fields, line: startLine };
  }
}
