import { describe, expect, it, vi } from 'vitest';
import { displayWidth, padEnd, truncate, wrapText } from '../../src/ui/text.js';

// Whether string-width was loaded is module state, and test files share modules: a fresh copy of the
// module for the first test.
vi.resetModules();
const fresh = await import('../../src/ui/text.js');
const graphemeWidthLoaded = fresh.graphemeWidthLoaded;

describe('grapheme clusters (string-width, loaded only when needed)', () => {
  it('ASCII and Hangul never load it', () => {
    expect(fresh.displayWidth('docker run -d nginx')).toBe(19);
    expect(fresh.displayWidth('컨테이너 실행')).toBe(13);
    expect(fresh.wrapText('한글 단어 여러 개', 6)).toBe('한글\n단어\n여러\n개');
    expect(graphemeWidthLoaded()).toBe(false);
  });

  it('❤️ and a family emoji are 2 columns each; flags and keycaps too', () => {
    expect(fresh.displayWidth('❤️')).toBe(2);
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
