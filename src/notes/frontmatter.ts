import type matter from 'gray-matter';
import { frontMatterLibraries } from './on-demand.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The markdown after the front matter. */
  body: string;
  /** 0-based line in the file where `body` starts. */
  bodyLine: number;
  /** What YAML warned about (a duplicate key, say), with the file's line: the caller names the file. */
  warnings: { line: number; message: string }[];
}

/** Characters of front matter: real notes have a few lines; a 20,000-line `tags:` is refused. */
export const MAX_FRONT_MATTER_CHARS = 20_000;

export class FrontMatterError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file. */
    readonly line = 1,
  ) {
    super(message);
  }
}

/** YAML with an alias cap. gray-matter hands over the text from the opening `---`'s line break on, so YAML's line numbers are the file's. */
let yamlWarnings: { line: number; message: string }[] = [];

function parseYamlBlock(text: string): unknown {
  try {
    // parseDocument rather than parse, and logLevel 'error': yaml would print warnings to stderr itself
    // (parse's, or toJS's about a `{{date}}` key), naming no file. Ours are collected below.
    const doc = frontMatterLibraries().parseDocument(text, { prettyErrors: true, logLevel: 'error' });
    for (const w of doc.warnings)
      yamlWarnings.push({
        line: w.linePos?.[0]?.line ?? 1,
        message: `front matter: ${w.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      });
    if (doc.errors.length > 0) throw doc.errors[0];
    return doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (err) {
    const e = err as { message?: string; linePos?: { line: number }[] };
    const message = (e.message ?? String(err)).split('\n')[0];
    throw new FrontMatterError(`front matter: ${message}`, e.linePos?.[0]?.line ?? 1);
  }
}

// gray-matter evaluates `---js` front matter with eval() unless told otherwise: every engine but
// YAML refuses, so a note never runs code. YAML aliases are capped against "billion laughs".
const refuse = (name: string) => () => {
  throw new FrontMatterError(`front matter in '${name}' is not allowed; only YAML front matter is read`);
};
const ENGINES = {
  yaml: parseYamlBlock,
  yml: parseYamlBlock,
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson'),
  json: refuse('json'),
  toml: refuse('toml'),
};

/** Splits YAML front matter from the body; throws FrontMatterError with a readable message. */
export function readFrontMatter(text: string): FrontMatter {
  // Only a first line of exactly `---` (or `---lang`) opens front matter; `-----` is a rule.
  if (!/^---[ \t]*[A-Za-z]*[ \t]*\n/.test(text)) return { data: {}, body: text, bodyLine: 0, warnings: [] };
  const close = /\n---[ \t]*(\n|$)/.exec(text);
  if (!close) throw new FrontMatterError('front matter is not closed with a `---` line');
  if (close.index > MAX_FRONT_MATTER_CHARS)
    throw new FrontMatterError(
      `front matter over ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')} characters is not read (real front matter is a few lines)`,
    );
  yamlWarnings = [];
  let file: matter.GrayMatterFile<string>;
  try {
    // Passing options also keeps gray-matter's module-level cache out of the way.
    file = frontMatterLibraries().matter(text, { engines: ENGINES as never, language: 'yaml' });
  } catch (err) {
    if (err instanceof FrontMatterError) throw err;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new FrontMatterError(`front matter: ${message}`);
  }
  const language = (file as { language?: string }).language;
  if (language && !['yaml', 'yml'].includes(language.toLowerCase())) refuse(language)();
  const data = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a YAML mapping (key: value lines)');
  }
  const consumed = text.length - file.content.length;
  const bodyLine = text.slice(0, consumed).split('\n').length - 1;
  return { data: data as Record<string, unknown>, body: file.content, bodyLine, warnings: yamlWarnings };
}
