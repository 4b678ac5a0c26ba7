import { afterAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/exchange/csv.js';
import { htmlToMarkdown, markdownToHtml } from '../../src/exchange/html.js';
import { deckSlug } from '../../src/exchange/import.js';
import { removeTempDirs, run, tempDir } from '../cli/helpers.js';
import { seedHistory } from './helpers.js';

afterAll(removeTempDirs);

describe('card text between markdown and HTML', () => {
  it('renders code as <pre><code> and shows raw HTML of a note as text', () => {
    const html = markdownToHtml(
      'Run it:\n\n```sh\ndocker run <image> && echo "ok"\n```\n\n<b onclick="x()">bold?</b>',
    );
    expect(html).toContain(
      '<pre><code class="language-sh">docker run &lt;image&gt; &amp;&amp; echo &quot;ok&quot;\n</code></pre>',
    );
    expect(html).not.toContain('<b onclick');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;bold?&lt;/b&gt;');
  });

  it('makes Anki HTML safe markdown: no scripts, styles, handlers or control characters; media as text', () => {
    const md = htmlToMarkdown(
      '<style>p{}</style><div onmouseover="evil()">Use <i>this</i>&nbsp;one</div><script>x()</script>' +
        "<ul><li>first</li><li>second &amp; more</li></ul>[sound:say.mp3]<img src='a b.png'>\u0007",
    );
    expect(md).toBe('Use *this* one\n\n- first\n- second & more\n\n[sound:say.mp3][image: a b.png]');
    expect(htmlToMarkdown('&#27;[31mred')).toBe('[31mred');
  });
});

describe('CSV', () => {
  it('quotes as RFC 4180 does, CRLF between records', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', null],
          [1, 'plain'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n1,plain\r\n');
  });

  it('export --format csv writes one row per card with its state', async () => {
    const home = tempDir();
    seedHistory(home, ['container-run']);
    const { stdout, status } = await run(['export', '--format', 'csv', '--deck', 'container'], { home });
    expect(status).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,deck,kind,front,back,state,due,interval_days,stability,difficulty,reps,lapses,last_review,reviews',
    );
    const row = lines.find((l) => l.startsWith('container-run,'));
    expect(row).toMatch(/,review,2026-\d\d-\d\dT[^,]+,\d+,[\d.]+,[\d.]+,3,0,2026-02-07T09:00:00.000Z,3$/);
    expect(lines.filter((l) => l.endsWith(',new,,,,,0,0,,0')).length).toBeGreaterThan(0);
  });
});

describe('deck ids from Anki deck names', () => {
  it('slugs ASCII names and keeps a hash for other scripts', () => {
    expect(deckSlug('Docker::Compose Basics')).toBe('docker-compose-basics');
    expect(deckSlug('도커 네트워크')).toMatch(/^anki-[0-9a-f]{8}$/);
    expect(deckSlug('Docker 네트워크')).toMatch(/^docker-[0-9a-f]{8}$/);
  });
});
