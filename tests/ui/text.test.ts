import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chalkFor,
  displayWidth,
  expandTabs,
  padEnd,
  padStart,
  truncate,
  wrapText,
} from '../../src/ui/text.js';

const red = chalkFor(true).red;

describe('displayWidth', () => {
  it('counts Hangul as two columns and styling as none', () => {
    expect(displayWidth('컨테이너')).toBe(8);
    expect(displayWidth(red('ab가'))).toBe(4);
  });

  it('is the width of the widest line', () => {
    expect(displayWidth('ab\n가나다\nc')).toBe(6);
  });
});

describe('wrapText', () => {
  it('wraps at spaces by display width', () => {
    expect(wrapText('가상화 도구를 사용하여 리소스를 격리', 13)).toBe(
      '가상화 도구를\n사용하여\n리소스를 격리',
    );
  });

  it('cuts a word longer than the line between syllables', () => {
    expect(wrapText('가나다라마바사', 6)).toBe('가나다\n라마바\n사');
  });

  it('keeps styles on every line', () => {
    expect(wrapText(red('aaa bbb'), 3)).toBe(`${red('aaa')}\n${red('bbb')}`);
  });

  it('breaks ASCII lines (wrapped on the string) as it breaks any other text', () => {
    // 'é' is one column like 'x' but not ASCII, so the same line with it takes the general way.
    const line = fc
      .array(fc.constantFrom('x', 'xx', 'xxxxx', 'ab-cd', 'xxxxxxxxxxxxxxx', ' ', '  ', '    '), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 24 }), (text, width) => {
        expect(wrapText(text, width).replaceAll('x', 'é')).toBe(wrapText(text.replaceAll('x', 'é'), width));
      }),
      { numRuns: 3000 },
    );
    expect(wrapText('  lead spaces stay, then words wrap', 10)).toBe(
      '  lead\nspaces\nstay, then\nwords wrap',
    );
    expect(wrapText('a reallylongwordthatiscut here', 8)).toBe('a\nreallylo\nngwordth\natiscut\nhere');
  });
});

describe('padEnd / padStart', () => {
  it('pad to display width', () => {
    expect(padEnd('가', 4)).toBe('가  ');
    expect(padStart('12', 4)).toBe('  12');
    expect(padEnd(red('a'), 3)).toBe(`${red('a')}  `);
    expect(padEnd('toolong', 3)).toBe('toolong');
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('docker', 6)).toBe('docker');
  });

  it('cuts to the width including the ellipsis, never half a wide character', () => {
    expect(truncate('docker container', 8)).toBe('docker …');
    expect(truncate('컨테이너목록', 6)).toBe('컨테…');
    expect(truncate('컨테이너목록', 5)).toBe('컨테…');
    expect(displayWidth(truncate('컨테이너목록', 5))).toBe(5);
  });

  it('keeps the styling balanced', () => {
    expect(truncate(red('abcdef'), 4)).toBe(red('abc…'));
  });
});

describe('expandTabs', () => {
  it('expands to tab stops, per line', () => {
    expect(expandTabs('a\tb\n\tc')).toBe('a   b\n    c');
  });
});
