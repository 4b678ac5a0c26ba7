import { describe, expect, it } from 'vitest';
import { displayWidth, graphemeWidthLoaded, padEnd, truncate, wrapText } from '../../src/ui/text.js';

// A file of its own: whether string-width was loaded is module state, and the first test needs it fresh.

describe('grapheme clusters (string-width, loaded only when needed)', () => {
  it('ASCII and Hangul never load it', () => {
    expect(displayWidth('docker run -d nginx')).toBe(19);
    expect(displayWidth('컨테이너 실행')).toBe(13);
    expect(wrapText('한글 단어 여러 개', 6)).toBe('한글\n단어\n여러\n개');
    expect(graphemeWidthLoaded()).toBe(false);
  });

  it('❤️ and a family emoji are 2 columns each; flags and keycaps too', () => {
    expect(displayWidth('❤️')).toBe(2);
    expect(displayWidth('👨‍👩‍👧‍👦')).toBe(2);
    expect(displayWidth('a❤️b👨‍👩‍👧c')).toBe(7);
    expect(displayWidth('🇰🇷 1️⃣')).toBe(5);
    expect(graphemeWidthLoaded()).toBe(true);
  });

  it('truncating and wrapping never split a cluster', () => {
    expect(truncate('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 5)).toBe('👨‍👩‍👧‍👦👨‍👩‍👧‍👦…');
    expect(wrapText('❤️❤️❤️', 4)).toBe('❤️❤️\n❤️');
    expect(padEnd('❤️', 4)).toBe('❤️  ');
  });
});
