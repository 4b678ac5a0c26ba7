import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { stripControl } from '../../src/text/safety.js';
import { highlightCode } from '../../src/ui/highlight.js';
import { isPlainParagraph, lexMarkdown, renderMarkdown } from '../../src/ui/markdown.js';
import { displayWidth } from '../../src/ui/text.js';

const plain = (md: string, width = 40) => renderMarkdown(md, { width, color: false });
const lines = (...rows: string[]) => rows.join('\n');

describe('renderMarkdown without color', () => {
  it('headings: bold text, no hashes', () => {
    expect(plain('# Docker\n\n#### 장점')).toBe('Docker\n\n장점');
  });

  it('paragraphs: source line breaks are spaces, blank lines separate', () => {
    expect(plain('one\ntwo   three\n\nfour')).toBe('one two three\n\nfour');
  });

  it('strong and em in both spellings, codespan without backticks', () => {
    expect(plain('__컨테이너__ and **image**, *em* and _em_, `docker ps`')).toBe(
      '컨테이너 and image, em and em, docker ps',
    );
  });

  it('hard line breaks', () => {
    expect(plain('first  \nsecond\\\nthird')).toBe('first\nsecond\nthird');
  });

  it('fenced code: indented by two, never wrapped, tabs expanded, trailing blanks dropped', () => {
    const long = `docker container run --detach --publish 8080:80 --name web nginx`;
    expect(plain(`\`\`\`bash\n${long}\n\n\tnext   \n\`\`\``, 20)).toBe(lines(`  ${long}`, '', '      next'));
  });

  it('bullet lists: nesting and hanging indent', () => {
    expect(plain('- one\n- two words that wrap\n  - nested\n    1. deep', 16)).toBe(
      lines('• one', '• two words that', '  wrap', '  ◦ nested', '    1. deep'),
    );
  });

  it('ordered lists: start number and right-aligned markers', () => {
    const md = Array.from({ length: 10 }, (_, i) => `${i + 8}. item`).join('\n');
    expect(plain(md).split('\n').slice(0, 3)).toEqual([' 8. item', ' 9. item', '10. item']);
  });

  it('loose lists keep a blank line between items', () => {
    expect(plain('1. a\n\n2. b')).toBe('1. a\n\n2. b');
  });

  it('task lists', () => {
    expect(plain('- [x] done\n- [ ] todo')).toBe('• [x] done\n• [ ] todo');
  });

  it('blockquotes: a gutter on every line, wrapped inside it', () => {
    expect(plain('> 포트 포워딩 ?\n>\n> 호스트 포트를 컨테이너 포트와 연결', 20)).toBe(
      lines('│ 포트 포워딩 ?', '│', '│ 호스트 포트를', '│ 컨테이너 포트와', '│ 연결'),
    );
  });

  it('links: text and address; a bare address once', () => {
    expect(plain('[docs](https://docs.docker.com) <https://hub.docker.com> me@example.com')).toBe(
      lines('docs (https://docs.docker.com)', 'https://hub.docker.com me@example.com'),
    );
  });

  it('tables: aligned by display width, numbers to the right', () => {
    expect(plain('| 명령 | 횟수 |\n| --- | --- |\n| 컨테이너 실행 | 12 |\n| ps | 3 |')).toBe(
      lines(
        '┌───────────────┬──────┐',
        '│ 명령          │ 횟수 │',
        '├───────────────┼──────┤',
        '│ 컨테이너 실행 │   12 │',
        '│ ps            │    3 │',
        '└───────────────┴──────┘',
      ),
    );
  });

  it('horizontal rules span the width', () => {
    expect(plain('a\n\n---\n\nb', 10)).toBe('a\n\n──────────\n\nb');
  });

  it('drops HTML comments and tags, keeps their text', () => {
    expect(plain('<!-- id: run -->\n# Run\n\npress <kbd>Ctrl</kbd>-C <!-- why -->')).toBe(
      'Run\n\npress Ctrl-C',
    );
    expect(plain('<details><summary>Why?</summary>\n\nBecause.\n\n</details>')).toBe('Why?\n\nBecause.');
  });

  it('decodes entities in text but not in code', () => {
    expect(plain('a &amp; b &lt;c&gt; `&amp;`')).toBe('a & b <c> &amp;');
  });
});

describe('renderMarkdown width', () => {
  const KOREAN =
    '컨테이너 가상화는 가상화 소프트웨어 대신 운영체제에 내장된 격리 기능으로 프로세스를 분리하므로 ' +
    '오버헤드가적고속도가빠르며이식성과재현성이좋다 (Docker, dockerd)';

  it('a Korean paragraph at width 20: no line over 20 columns, no syllable split', () => {
    const out = plain(KOREAN, 20);
    const rows = out.split('\n');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(20);
    // Splitting a syllable would change the characters; only the spaces at breaks may go.
    expect(rows.join('').replaceAll(' ', '')).toBe(KOREAN.replaceAll(' ', ''));
    expect(out).not.toMatch(/[\u1100-\u11ff\ufffd]/); // no loose jamo, no broken characters
  });

  it('wraps nested list items and quotes within the width too', () => {
    const out = plain(`- 항목\n  - ${KOREAN}\n\n> ${KOREAN}`, 24);
    for (const row of out.split('\n')) expect(displayWidth(row)).toBeLessThanOrEqual(24);
  });
});

describe('renderMarkdown safety', () => {
  const HOSTILE = [
    '# Title\x1b[2J\x1b]0;pwned\x07',
    'text \x1b[31mred\x1b[0m and \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ and \x1b]52;c;Y2xpcA==\x07',
    'c1 \u009b31m \u009d0;t\u009c \u0085 bell\x07 bs\x08 del\x7f',
    'entities &#27;[31m &#x1b;]0;t&#7; &#x9b;1m',
    '`code \x1b[1m` and [x\x1b[5m](https://a.b/\x1b[1m)',
    '```bash\ndocker ps\x1b[8m\n```',
    '| a\x1b[7m | b |\n| - | - |\n| \x1b]0;t\x07c | &#27;d |',
    '> quote \u009b2J\n\n- item \x1b[31m',
  ].join('\n\n');

  it.each([false, true])(
    'no escape sequence or C1 control from the note reaches the output (color %s)',
    (color) => {
      const out = renderMarkdown(HOSTILE, { width: 40, color });
      // With color the only escapes allowed are chalk's own SGR sequences.
      const withoutSgr = out.replace(/\x1b\[\d+(?:;\d+)*m/g, '');
      expect(withoutSgr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      if (!color) expect(out).not.toContain('\x1b');
      expect(out).not.toContain('pwned');
      expect(out).not.toContain('evil.example');
      expect(out).not.toContain('Y2xpcA');
    },
  );
});

describe('renderMarkdown with color', () => {
  it('code gets a dim gutter and is highlighted; a fence without language is guessed or taken from lang', () => {
    const color = (md: string, lang?: string) =>
      renderMarkdown(md, { width: 40, color: true, lang, highlight: highlightCode });
    expect(color('```\nFROM alpine\n```')).toBe('  \x1b[2m│\x1b[22m \x1b[35mFROM\x1b[39m alpine');
    expect(color('```\nkey: 1\n```', 'yaml')).toBe(
      '  \x1b[2m│\x1b[22m \x1b[36mkey:\x1b[39m \x1b[33m1\x1b[39m',
    );
    expect(color('```python\nx = 1\n```', 'yaml')).toBe('  \x1b[2m│\x1b[22m x = 1');
  });

  it('shows code plain, gutter only, until a highlighter is passed', () => {
    expect(renderMarkdown('```\nFROM alpine\n```', { width: 40, color: true })).toBe(
      '  \x1b[2m│\x1b[22m FROM alpine',
    );
  });

  it('strong and code spans are styled', () => {
    const out = renderMarkdown('**bold** `code`\n\n```bash\ndocker ps\n```', { width: 40, color: true });
    expect(out).toContain('\x1b[1mbold\x1b[22m');
    expect(out).toContain('\x1b[33mcode\x1b[39m');
  });
});

// lexMarkdown skips marked's block lexer for a lone paragraph of plain lines (its first run costs tens
// of ms at start-up): the tokens must be the very ones marked makes, whatever the text.
describe('lexMarkdown: a lone paragraph without the block lexer', () => {
  const marked = new Marked({ gfm: true });
  const reference = (md: string) => marked.lexer(stripControl(md).normalize('NFC'));

  it('is taken for quiz prompts and options, not for blocks', () => {
    for (const text of [
      'Fill in the blank (“ARG vs ENV”): ENV stays for later build steps, where _____ can override it.',
      'Which of these is said of “Complete example: a Go echo server”?',
      '`docker run -d nginx` starts a **detached** container\nand prints its id',
      '컨테이너를 백그라운드에서 실행한다 (`-d`)',
    ])
      expect(isPlainParagraph(text), text).toBe(true);
    for (const text of [
      '# title',
      '- item',
      '1. first',
      'a\n\nb',
      'a\n---',
      'a | b\n--- | ---',
      '    code',
      'x\n> quote',
      'ends with a space ',
      'a\r\nb',
      '```\ncode\n```',
    ])
      expect(isPlainParagraph(text), text).toBe(false);
  });

  it('gives what marked gives for every paragraph and line of the built-in notes', () => {
    const root = join(__dirname, '..', '..', 'content');
    let plainOnes = 0;
    for (const lang of ['ko', 'en'])
      for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(join(root, lang, file), 'utf8');
        for (const piece of [...text.split(/\n\s*\n/), ...text.split('\n')]) {
          if (isPlainParagraph(piece)) plainOnes++;
          expect(lexMarkdown(piece), piece).toEqual(reference(piece));
        }
      }
    expect(plainOnes).toBeGreaterThan(1000);
  });

  it('gives what marked gives for mutated text (property)', () => {
    const pieces = [
      ...['#', '> ', '- ', '* ', '+ ', '1. ', '2) ', '`', '```', '~~~', '|', ':', '---', '===', '***', '___'],
      ...[
        '<div>',
        '<br>',
        '[a]: /u',
        '[a]',
        '![i](x)',
        '**',
        '_',
        '~',
        '\\',
        '&amp;',
        'http://x.y',
        'a@b.co',
      ],
      ...[' ', '  ', '    ', '\t', '\n', '\n\n', '\r', '  \n', 'word', 'two words', '컨테이너', '“q”', 'é'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const md = parts.join('');
        expect(lexMarkdown(md)).toEqual(reference(md));
      }),
      { numRuns: 3000 },
    );
  });
});
