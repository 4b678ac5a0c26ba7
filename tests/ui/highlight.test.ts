import { describe, expect, it } from 'vitest';
import { stripControl } from '../../src/text/safety.js';
import { highlightCode } from '../../src/ui/highlight.js';

const ESC = '\x1b';
const SAMPLES: [string, string][] = [
  ['bash', '# run it in the background\ndocker container run -d -p 80:80 --name "web" nginx && echo $HOME'],
  ['sh', "docker ps -a | grep 'x<y & z>'"],
  ['shell', '$ docker run --rm hello-world\nHello from Docker!'],
  ['dockerfile', 'FROM node:20 AS build\nRUN npm ci && echo "done"\nCMD ["node", "main.js"]'],
  ['yaml', 'services:\n  web:\n    image: "nginx"   # latest\n    ports: [80, 443]'],
  ['json', '{"a": 1, "b": [true, null, "x<y&\'\\""]}'],
];

describe('highlightCode', () => {
  it.each(SAMPLES)('%s: ANSI with color, and the same text once the styling is removed', (lang, code) => {
    const out = highlightCode(code, lang, true);
    expect(out).toContain(ESC);
    expect(stripControl(out)).toBe(code); // entities decoded, nothing added or lost
  });

  it.each(SAMPLES)('%s: exactly the code without color', (lang, code) => {
    expect(highlightCode(code, lang, false)).toBe(code);
  });

  it('shows the docker command, its subcommand and flags distinctly', () => {
    const out = highlightCode('docker container run --rm nginx', 'bash', true);
    expect(out).toBe(
      `${ESC}[1m${ESC}[34mdocker${ESC}[39m${ESC}[22m ${ESC}[34mcontainer run${ESC}[39m ${ESC}[33m--rm${ESC}[39m nginx`,
    );
  });

  it('leaves an unknown language plain', () => {
    expect(highlightCode('print("hi")', 'python', true)).toBe('print("hi")');
  });

  it('guesses command lines and Dockerfiles in fences without a language', () => {
    expect(highlightCode('docker ps', undefined, true)).toContain(ESC);
    expect(highlightCode('FROM alpine', '', true)).toContain(ESC);
    expect(highlightCode('just some words', undefined, true)).toBe('just some words');
  });

  it('styles every line of a multi-line string on its own', () => {
    const lines = highlightCode('echo "a\nb"', 'bash', true).split('\n');
    for (const line of lines) expect(line.endsWith(`${ESC}[39m`)).toBe(true);
  });
});
