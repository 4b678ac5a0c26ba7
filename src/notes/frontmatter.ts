import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The markdown after the front matter. */
  body: string;
  /** 0-based line in the file where `body` starts. */
  bodyLine: number;
}

export class FrontMatterError extends Error {}

// gray-matter evaluates `---js` front matter with eval() unless told otherwise: every engine but
// YAML refuses, so a note never runs code. YAML aliases are capped against "billion laughs".
const refuse = (name: string) => () => {
  throw new FrontMatterError(`front matter in '${name}' is not allowed; only YAML front matter is read`);
};
const ENGINES = {
  yaml: (text: string) => parseYaml(text, { maxAliasCount: 50, prettyErrors: false }) ?? {},
  yml: (text: string) => parseYaml(text, { maxAliasCount: 50, prettyErrors: false }) ?? {},
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
  if (!/^---/.test(text)) return { data: {}, body: text, bodyLine: 0 };
  if (!/\n---[ \t]*(\n|$)/.test(text))
    throw new FrontMatterError('front matter is not closed with a `---` line');
  let file: matter.GrayMatterFile<string>;
  try {
    // Passing options also keeps gray-matter's module-level cache out of the way.
    file = matter(text, { engines: ENGINES as never, language: 'yaml' });
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
  return { data: data as Record<string, unknown>, body: file.content, bodyLine };
}
