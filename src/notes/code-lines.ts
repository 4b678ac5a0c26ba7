import { normalizeDashes } from '../text/dashes.js';

export interface DockerLine {
  /** The command as it should be shown: prompt and trailing `// comment` removed. */
  text: string;
  /** Words after `docker`. */
  words: string[];
  line: number;
  /** The `# comment` right above it, if any. */
  description?: string;
}

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'zsh', 'shell-session', 'text', 'cmd']);

/** The `docker …` lines of a code block (shell-like languages only). */
export function dockerLines(code: string, lang: string | undefined, firstLine: number): DockerLine[] {
  if (!SHELL_LANGS.has((lang ?? '').trim().toLowerCase())) return [];
  const found: DockerLine[] = [];
  let description: string | undefined;
  code.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    const comment = /^#\s?(.*)$/.exec(trimmed);
    if (comment) {
      description = comment[1]!.trim() || undefined;
      return;
    }
    const text = normalizeDashes(
      trimmed
        .replace(/^\$\s+/, '')
        .replace(/\s+\/\/.*$/, '')
        .trim(),
    );
    if (/^docker(\s|$)/.test(text)) {
      const words = text.split(/\s+/).slice(1);
      found.push({ text, words, line: firstLine + 1 + index, description });
    }
    description = undefined;
  });
  return found;
}
