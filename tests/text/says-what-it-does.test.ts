import { describe, expect, it } from 'vitest';
import { saysWhatItDoes } from '../../src/text/says-what-it-does.js';

describe('saysWhatItDoes', () => {
  it('takes a text that says what the command does', () => {
    expect(saysWhatItDoes('creates a user-defined bridge network.')).toBe(true);
    expect(saysWhatItDoes('Delete build cache')).toBe(true);
    expect(saysWhatItDoes('이미지 삭제')).toBe(true);
  });

  it('refuses what it is like, and a pointer elsewhere', () => {
    expect(saysWhatItDoes('is the nuclear option')).toBe(false);
    expect(saysWhatItDoes('cleans everything up, see below')).toBe(false);
    expect(saysWhatItDoes('전부 지운다, 아래 참고')).toBe(false);
  });
});
