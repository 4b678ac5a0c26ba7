// The UI language (--lang, then the locale as GNU gettext reads it) and colour (--no-color, NO_COLOR,
// FORCE_COLOR, a terminal).
import { describe, expect, test } from 'vitest';
import { detectLang, useColor } from '../../src/cli/environment.js';
import { ESC, run } from './helpers.js';

describe('the UI language', () => {
  test.each([
    [{ LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, 'ko'],
    [{ LC_MESSAGES: 'ko_KR', LANG: 'en_US' }, 'ko'],
    [{ LC_ALL: 'en_US', LC_MESSAGES: 'ko_KR' }, 'en'],
    // LANGUAGE comes before LC_ALL and LANG, its first language we have deciding…
    [{ LANGUAGE: 'ko', LANG: 'en_US.UTF-8' }, 'ko'],
    [{ LANGUAGE: 'fr:ko:en', LC_ALL: 'en_US.UTF-8' }, 'ko'],
    [{ LANGUAGE: 'en_GB:ko', LANG: 'ko_KR.UTF-8' }, 'en'],
    [{ LANGUAGE: 'fr:de', LANG: 'ko_KR.UTF-8' }, 'ko'],
    // …unless the locale is C or POSIX (or unset), as gettext does.
    [{ LANGUAGE: 'ko', LANG: 'C' }, 'en'],
    [{ LANGUAGE: 'ko', LC_ALL: 'POSIX' }, 'en'],
    [{ LANGUAGE: 'ko' }, 'en'],
    [{ LANGUAGE: 'ko', LANG: 'C.UTF-8' }, 'en'],
  ] as [Record<string, string>, string][])('%o → %s', (env, lang) => {
    expect(detectLang(undefined, env)).toBe(lang);
  });

  test('--lang wins over every variable, in any case', () => {
    expect(detectLang('KO', { LANGUAGE: 'en', LANG: 'en_US' })).toBe('ko');
    expect(detectLang('En', { LC_ALL: 'ko_KR' })).toBe('en');
  });

  test('--lang KO on the command line; a language we do not have is a usage error', async () => {
    const ko = await run(['--lang', 'KO', 'card', 'nothing-here']);
    expect(ko.stderr).toMatch(/'nothing-here' 카드가 없습니다/);
    const joined = await run(['--lang=Ko', 'card', 'nothing-here']);
    expect(joined.stderr).toMatch(/카드가 없습니다/);
    const bad = await run(['--lang', 'fr', 'decks']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang <lang>' argument 'fr' is invalid \(ko, en\)/);
  });

  test('LANGUAGE reaches the commands', async () => {
    const result = await run(['card', 'nothing-here'], { env: { LANGUAGE: 'ko:en' } });
    expect(result.stderr).toMatch(/카드가 없습니다/);
  });
});

describe('colour', () => {
  test.each([
    [{}, true, true, true],
    [{}, false, true, false],
    [{ TERM: 'dumb' }, true, true, false],
    [{ NO_COLOR: '1' }, true, true, false],
    [{ NO_COLOR: '' }, true, true, true],
    [{ FORCE_COLOR: '1' }, false, true, true],
    [{ FORCE_COLOR: '0' }, true, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true, true],
    // --no-color is said on this very command line: it beats every variable.
    [{ FORCE_COLOR: '1' }, true, false, false],
    [{}, true, false, false],
  ] as [Record<string, string>, boolean, boolean, boolean][])(
    '%o, tty %s, flag %s → %s',
    (env, tty, flag, on) => {
      expect(useColor(env, tty, flag)).toBe(on);
    },
  );

  test('FORCE_COLOR colours a pipe; --no-color takes it away again', async () => {
    const env = { NO_COLOR: undefined, FORCE_COLOR: '1' };
    expect((await run(['card', 'container-run'], { env })).stdout).toContain(`${ESC}[`);
    expect((await run(['--no-color', 'card', 'container-run'], { env })).stdout).not.toContain(ESC);
    expect((await run(['card', 'container-run', '--no-color'], { env })).stdout).not.toContain(ESC);
  });
});
