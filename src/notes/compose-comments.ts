// A compose file in a note, its lines explained by `# comments` beside them:
//   build: .                  # build from the Dockerfile in this folder instead of pulling
//   condition: service_healthy   # wait until db's healthcheck passes
// Each commented line is a card of what that line does. Read last (user notes only), like the
// comments beside docker commands, so that no earlier card changes its id.
import type { Tokens } from 'marked';
import type { Section } from './document.js';
import type { NoteContext } from './recognizers/recognizer.js';

/** `key: value  # comment` or `- item  # comment`: a line, then two spaces or more and the comment. */
const COMMENTED = /^(\s*)(-\s+)?(.*?\S)\s{2,}#\s+(\S.*)$/;
const KEY = /^([\w.-]+):(?:\s+(.*))?$/;
const COMPOSE = /^services:\s*$/m;
/** Letters a comment has at least: `# db` names, `# named volume, declared below` says. */
const MIN_LETTERS = 8;
const LETTER = /\p{L}/gu;

export function addComposeComments(sections: readonly Section[], { builder }: NoteContext): void {
  for (const section of sections)
    for (const block of section.blocks) {
      if (block.token.type !== 'code') continue;
      const code = block.token as Tokens.Code;
      if (!COMPOSE.test(code.text) || !/^(?:ya?ml|compose)?$/i.test(code.lang ?? '')) continue;
      // The keys above each line, by indentation: `services > web > depends_on > db`.
      const path: { indent: number; key: string }[] = [];
      for (const [i, text] of code.text.split('\n').entries()) {
        const indent = /^\s*/.exec(text)![0].length;
        while (path.length > 0 && path.at(-1)!.indent >= indent) path.pop();
        const commented = COMMENTED.exec(text);
        const written = (commented?.[3] ?? text.trim()).replace(/\s+#.*$/, '');
        const key = commented?.[2] ? undefined : KEY.exec(written)?.[1];
        if (commented && (commented[4]!.match(LETTER)?.length ?? 0) >= MIN_LETTERS) {
          const parent = path.at(-1)?.key;
          // A list item says little alone: `- "8080:8000"` is a port of `ports:`.
          const shown = commented[2] && parent ? `${parent}: ${written}` : written;
          const line = block.line + 1 + i;
          builder.add(
            {
              kind: 'term',
              front: builder.lang === 'ko' ? `compose 파일의 \`${shown}\`` : `\`${shown}\` in a compose file`,
              back: commented[4]!.trim(),
              term: shown,
            },
            { key: `compose ${[...path.map((p) => p.key), written].join(' ')}`, scope: 'deck' },
            { line, endLine: line, recognizer: 'compose-comments' },
          );
        }
        if (key) path.push({ indent, key });
      }
    }
}
