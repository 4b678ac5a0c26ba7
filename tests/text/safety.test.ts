import { describe, expect, it } from 'vitest';
import { decodeEntities, stripControl } from '../../src/text/safety.js';

describe('stripControl', () => {
  it('keeps text, newlines and tabs', () => {
    expect(stripControl('docker ps\n\t-a 컨테이너')).toBe('docker ps\n\t-a 컨테이너');
  });

  it('removes CSI sequences with their parameters', () => {
    expect(stripControl('a\x1b[31mred\x1b[0m b\x1b[2J\x1b[?25l')).toBe('ared b');
  });

  it('removes OSC strings ended by BEL or ST (titles, hyperlinks, clipboard writes)', () => {
    expect(stripControl('x\x1b]0;evil title\x07y')).toBe('xy');
    expect(stripControl('\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\')).toBe('click');
    expect(stripControl('\x1b]52;c;cm0gLXJmIH4=\x07ok')).toBe('ok');
    expect(stripControl('\x1bP+q544e\x1b\\ok')).toBe('ok');
  });

  it('removes 8-bit C1 sequences and lone C1 controls', () => {
    expect(stripControl('a\u009b31mb')).toBe('ab');
    expect(stripControl('a\u009d0;title\u009cb')).toBe('ab');
    expect(stripControl('a\u0085b\u0090\u009fc')).toBe('abc');
  });

  it('removes other C0 controls, DEL and broken sequences without leaving ESC', () => {
    expect(stripControl('a\x00b\x07c\x08d\x7fe\rf\x0bg\x0ch')).toBe('abcdefgh');
    expect(stripControl('a\x1bcb\x1b(Bc\x1b')).toBe('abc');
    const unterminated = stripControl('x\x1b]0;title\nrest');
    expect(unterminated).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references once', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#x27;e&#39; &hellip;')).toBe(
      'a & b <c> "d" \'e\' …',
    );
    expect(decodeEntities('&amp;lt; &unknown;')).toBe('&lt; &unknown;');
  });

  it('never decodes to a control character', () => {
    expect(decodeEntities('&#27;[31m&#x1b;&#x9b;&#127;x')).toBe('[31mx');
    expect(decodeEntities('&#0;&#xD800;')).toBe('\ufffd\ufffd');
  });
});
