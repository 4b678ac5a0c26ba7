// Code highlighting for the four languages Docker notes use. highlight.js core plus single grammars
// keeps the import small; the full bundle registers ~190 languages at load time.

import type { ChalkInstance } from 'chalk';
import core from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import json from 'highlight.js/lib/languages/json';
import shell from 'highlight.js/lib/languages/shell';
import yaml from 'highlight.js/lib/languages/yaml';
import { decodeEntities } from '../text/safety.js';
import { chalkFor } from './text.js';

// A private instance: our bash grammar (with docker words) must not leak into, or be replaced by, others'.
const hljs = core.newInstance();

// Management commands take a subcommand (`docker container run`); other commands stand alone
// (`docker run nginx`: nginx is an argument, not a subcommand).
const MANAGEMENT =
  'builder|buildx|compose|config|container|context|image|manifest|network|node|plugin|secret|service|stack|swarm|system|trust|volume';

// bash, plus the docker command word, its subcommand and flags. Flags are matched so that the
// `rm` in `--rm` is not taken for the rm builtin.
hljs.registerLanguage('bash', (api) => {
  const language = bash(api);
  language.contains = [
    {
      scope: { 1: 'docker', 3: 'subcommand' },
      match: [
        /(?<![\w./-])docker(?:-compose)?/,
        /[ \t]+/,
        new RegExp(`(?:(?:${MANAGEMENT})[ \\t]+)?[a-z][\\w-]*`),
      ],
    },
    { scope: 'flag', match: /(?<=[ \t])--?[A-Za-z][\w-]*/ },
    ...(language.contains ?? []),
  ];
  return language;
});
hljs.registerLanguage('shell', shell);
hljs.registerLanguage('dockerfile', dockerfile);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('json', json);

type Style = (c: ChalkInstance, text: string) => string;

const STYLES: Record<string, Style> = {
  docker: (c, t) => c.bold.blue(t),
  subcommand: (c, t) => c.blue(t),
  flag: (c, t) => c.yellow(t),
  keyword: (c, t) => c.magenta(t),
  built_in: (c, t) => c.cyan(t),
  type: (c, t) => c.cyan(t),
  string: (c, t) => c.green(t),
  comment: (c, t) => c.gray(t),
  number: (c, t) => c.yellow(t),
  literal: (c, t) => c.yellow(t),
  variable: (c, t) => c.red(t),
  'template-variable': (c, t) => c.red(t),
  attr: (c, t) => c.cyan(t),
  meta: (c, t) => c.gray(t),
  title: (c, t) => c.blue(t),
  section: (c, t) => c.blue(t),
  symbol: (c, t) => c.magenta(t),
  bullet: (c, t) => c.magenta(t),
};

/** Fence without a language: Docker notes mostly hold command lines or Dockerfile lines. */
function guessLanguage(code: string): string | undefined {
  for (const line of code.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^(?:\$\s+)?(?:sudo\s+)?docker(?:-compose)?\s/.test(trimmed)) return 'bash';
    if (/^(?:FROM|RUN|CMD|COPY|ADD|ENTRYPOINT|ENV|ARG|WORKDIR|EXPOSE|USER|LABEL|VOLUME)\s/.test(trimmed)) {
      return 'dockerfile';
    }
    return undefined; // judge by the first real line only
  }
  return undefined;
}

/**
 * Highlights `code` as `lang` (bash/sh/zsh, shell/console, dockerfile, yaml/yml, json). An unknown
 * language gives the code back unchanged; no language at all is guessed from the first line.
 * With `color` off the result is always exactly `code`.
 */
export function highlightCode(code: string, lang: string | undefined, color: boolean): string {
  if (!color) return code;
  const language = lang ? lang.toLowerCase() : guessLanguage(code);
  if (!language || !hljs.getLanguage(language)) return code;
  const html = hljs.highlight(code, { language, ignoreIllegals: true }).value;
  return htmlToAnsi(html, chalkFor(color));
}

/**
 * highlight.js emits `<span class="hljs-keyword">…</span>`, nested, with text escaped as HTML.
 * Each text run takes the style of its innermost styled span.
 */
function htmlToAnsi(html: string, c: ChalkInstance): string {
  const stack: (Style | undefined)[] = [];
  let out = '';
  for (const [, scope, close, text] of html.matchAll(/<span class="([^"]*)">|(<\/span>)|([^<]+)/g)) {
    if (scope !== undefined) {
      // "hljs-title function_" → title; "language-bash" (an embedded language) has no style.
      const name = scope.split(' ')[0]!.replace(/^hljs-/, '');
      stack.push(STYLES[name] ?? stack.at(-1));
    } else if (close !== undefined) {
      stack.pop();
    } else if (text !== undefined) {
      const plain = decodeEntities(text);
      const style = stack.at(-1);
      out += style ? style(c, plain) : plain;
    }
  }
  return out;
}
