// A whole Korean UI, the failing side: every command given bad input under `--lang ko` says what
// went wrong in Korean. What may stay in Latin letters: flags, file names, ids, what the user typed
// (quoted), commands to run, and technical names (SQLite, JSON, zip, DOCKSTUDY_HOME…).

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTempDirs, run, STORE_FILE, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const HANGUL = /[\uac00-\ud7a3]/;

/** Sentences (or their telling parts) of the English UI: none may show in a Korean run. */
const ENGLISH_PHRASES = [
  'must be',
  'cannot',
  'not a ',
  'is not',
  'unknown',
  'nothing',
  'already',
  'error:',
  'warning:',
  'skipped',
  'no such',
  'did you mean',
  'left out',
  'appears twice',
  'not valid',
  'goes with',
  'only counts',
  'whole number',
  'no store',
  'another program',
  'newer dockstudy',
  'check permissions',
  'link to nothing',
  'is truncated',
  'expected one of',
  'has no answer',
  'not allowed',
  ' card ',
  ' cards,',
];

/** Words that are names, not English sentences: they may stay as they are. */
const NAMES =
  /\b(?:SQLite|JSON|YAML|zip|zstd|Anki|DOCKSTUDY_HOME|application_id|front matter|docker|dockstudy|ENOENT|SQLITE_[A-Z]+|FILE|format|cards|deck|kind|front|back|lang|col|notes|tab|retention)\b/g;

/**
 * The output with what may stay in Latin letters taken out: quoted text, file names and paths,
 * `#headers`, flags, ids, `commands`, lists of option values, and names. What is left must hold no two English
 * words in a row.
 */
function leftoverEnglish(output: string): string[] {
  const rest = output
    .replace(/`[^`]*`/g, ' ')
    .replace(/'[^']*'|"[^"]*"/g, ' ')
    .replace(/dockstudy(?: [a-z-]+)+(?: <[^>]+>)?/g, ' ')
    .replace(/#[a-z]+(?: column)?:\S*/g, ' ')
    .replace(/\S*[/.]\S*/g, ' ')
    .replace(/(?<![\w-])--?[a-z][a-z-]*/g, ' ')
    .replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' ')
    .replace(/\b[a-z]+(?:, ?[a-z-]+){2,}\b/g, ' ')
    .replace(NAMES, ' ');
  return rest.match(/[A-Za-z]{2,}(?:[\s,:;()]+[A-Za-z]{2,})+/g) ?? [];
}

function expectKorean(label: string, output: string) {
  expect(output, `${label}: some output`).not.toBe('');
  expect(output, `${label}: Hangul`).toMatch(HANGUL);
  for (const phrase of ENGLISH_PHRASES) expect(output, `${label}: '${phrase}'`).not.toContain(phrase);
  expect(leftoverEnglish(output), `${label}: English left in\n${output}`).toEqual([]);
}

/** A folder of bad files to import and bad notes to lint. */
function badFiles(): string {
  const dir = tempDir('dockstudy-ko-');
  writeFileSync(join(dir, 'cut.json'), '{"format": "dockstudy-backup", ');
  writeFileSync(join(dir, 'syntax.json'), '{\n  "format": "dockstudy-backup",\n  oops\n}\n');
  writeFileSync(join(dir, 'v9.json'), '{"format": "dockstudy-backup", "version": 9, "cards": []}');
  writeFileSync(
    join(dir, 'twice.json'),
    JSON.stringify({
      format: 'dockstudy-backup',
      version: 1,
      exportedAt: '2026-03-01T09:00:00Z',
      cards: [0, 1].map(() => ({
        id: 'x-card',
        deck: null,
        kind: null,
        front: null,
        back: null,
        lang: null,
        source: null,
        state: null,
        reviews: [],
      })),
    }),
  );
  writeFileSync(join(dir, 'plain.txt'), 'just some words\n');
  writeFileSync(join(dir, 'quote.txt'), '#separator:tab\n"never closed\tback\n');
  writeFileSync(join(dir, 'sep.txt'), '#separator:ab\nfront\tback\n');
  writeFileSync(join(dir, 'col.txt'), '#separator:tab\n#deck column:zero\nfront\tback\n');
  writeFileSync(join(dir, 'fake.apkg'), 'not a zip at all');
  writeFileSync(join(dir, 'cut.apkg'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  writeFileSync(join(dir, 'empty.apkg'), zipSync({ media: strToU8('{}') }));
  writeFileSync(join(dir, 'junk.apkg'), zipSync({ 'collection.anki2': strToU8('junk junk junk junk') }));
  writeFileSync(join(dir, 'raw.apkg'), zipSync({ 'collection.anki21b': strToU8('SQLite?') }));
  const db = new Database(':memory:');
  db.exec('CREATE TABLE col (id integer); CREATE TABLE notes (id integer)');
  writeFileSync(join(dir, 'tables.apkg'), zipSync({ 'collection.anki2': db.serialize() }));
  db.close();
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'js.md'), '---js\n{}\n---\n# x\n');
  writeFileSync(
    join(dir, 'notes', 'bad.md'),
    [
      '---',
      'lang: fr',
      'tags: [1, 2]',
      '---',
      '# Bad',
      '',
      '## Links',
      '',
      '[docs](https://docs.docker.com)',
      '',
      '## Run',
      '',
      '```bash',
      'docker run -d nginx',
      'docker warm',
      'docker network frob',
      'dokcer ps',
      '```',
      '',
      '- `--nope` : a flag docker run does not have',
      '',
      '## Q1. What is here?',
      '',
    ].join('\n'),
  );
  return dir;
}

/** DOCKSTUDY_HOME folders whose store cannot be used, each in its own way. */
function badStores() {
  const folder = tempDir();
  mkdirSync(join(folder, STORE_FILE));
  const empty = tempDir();
  writeFileSync(join(empty, STORE_FILE), '');
  const text = tempDir();
  writeFileSync(join(text, STORE_FILE), 'these bytes are not a database at all');
  const foreign = tempDir();
  const db = new Database(join(foreign, STORE_FILE));
  db.exec('CREATE TABLE other (x)');
  db.close();
  const dangling = tempDir();
  symlinkSync(join(dangling, 'gone.db'), join(dangling, STORE_FILE));
  return { folder, empty, text, foreign, dangling };
}

describe('Korean errors', () => {
  const dir = badFiles();
  const stores = badStores();
  const cases: [string, string[], { home?: string; cwd?: string }?][] = [
    ['config key', ['config', 'set', 'speed', '1']],
    ['config value', ['config', 'set', 'retention', '5']],
    ['config whole number', ['config', 'set', 'new-per-day', '1.5']],
    ['config get', ['config', 'get', 'speed']],
    ['cards --state', ['cards', '--state', 'sleepy']],
    ['review --json with a session option', ['review', '--json', '--new', '3']],
    ['review --limit', ['review', '--limit', '0']],
    ['quiz --count', ['quiz', 'dockerfile', '--count', '0']],
    ['quiz --seed', ['quiz', 'dockerfile', '--seed', 'x']],
    ['quiz --types', ['quiz', 'dockerfile', '--types', 'essay']],
    ['quiz --json alone', ['quiz', 'dockerfile', '--json']],
    ['an unknown deck', ['quiz', 'dockerfiel']],
    ['an unknown card', ['card', 'container-rn']],
    ['export apkg without --out', ['export', '--format', 'apkg']],
    ['export a format', ['export', '--format', 'xml']],
    ['export to a missing folder', ['export', '--format', 'csv', '--out', join(dir, 'no', 'x.csv')]],
    ['import a missing file', ['import', join(dir, 'missing.json')]],
    ['import cut JSON', ['import', 'cut.json'], { cwd: dir }],
    ['import bad JSON', ['import', 'syntax.json'], { cwd: dir }],
    ['import a later backup', ['import', 'v9.json'], { cwd: dir }],
    ['import a card twice', ['import', 'twice.json'], { cwd: dir }],
    ['import plain text', ['import', 'plain.txt'], { cwd: dir }],
    ['import an open quote', ['import', 'quote.txt'], { cwd: dir }],
    ['import a long separator', ['import', 'sep.txt'], { cwd: dir }],
    ['import a bad column', ['import', 'col.txt'], { cwd: dir }],
    ['import a fake package', ['import', 'fake.apkg'], { cwd: dir }],
    ['import a cut package', ['import', 'cut.apkg'], { cwd: dir }],
    ['import a package without a collection', ['import', 'empty.apkg'], { cwd: dir }],
    ['import a package of junk', ['import', 'junk.apkg'], { cwd: dir }],
    ['import an uncompressed anki21b', ['import', 'raw.apkg'], { cwd: dir }],
    ['import a collection without tables', ['import', 'tables.apkg'], { cwd: dir }],
    ['backup without a store', ['backup']],
    ['lint without notes', ['lint']],
    ['lint bad notes', ['lint', join(dir, 'notes')]],
    ['notes remove', ['notes', 'remove', join(dir, 'never-added')]],
    ['notes add', ['notes', 'add', join(dir, 'nowhere')]],
    ['completion of a shell', ['completion', 'tcsh']],
    ['an unknown command', ['quizz']],
    ['an unknown option', ['decks', '--jsno']],
    ['a store that is a folder', ['stats'], { home: stores.folder }],
    ['an empty store', ['stats'], { home: stores.empty }],
    ['a store of text', ['decks'], { home: stores.text }],
    ["another program's database", ['stats'], { home: stores.foreign }],
    ['doctor on it', ['doctor'], { home: stores.foreign }],
    ['a dangling link', ['stats'], { home: stores.dangling }],
  ];

  test.each(cases)('%s', async (label, args, where = {}) => {
    const result = await run(['--lang', 'ko', ...args], where);
    expect(result.status, `${label}: exit status\n${result.stderr}`).not.toBe(0);
    expectKorean(label, result.stdout + result.stderr);
  });

  test('a setting stored out of range, and a store from a newer dockstudy', async () => {
    const home = tempDir();
    expect((await run(['config', 'set', 'retention', '0.8'], { home })).status).toBe(0);
    const db = new Database(join(home, STORE_FILE));
    db.prepare("UPDATE config SET value = '7' WHERE key = 'retention'").run();
    db.close();
    const bad = await run(['--lang', 'ko', 'review', '--due', '--json'], { home });
    expect(bad.status).toBe(1);
    expectKorean('bad setting', bad.stderr);
    expect(bad.stderr).toContain('dockstudy config set retention <값>');
    const later = new Database(join(home, STORE_FILE));
    later.pragma('user_version = 999');
    later.close();
    for (const args of [['stats'], ['doctor']]) {
      const newer = await run(['--lang', 'ko', ...args], { home });
      expect(newer.status).toBe(1);
      expectKorean(`newer store: ${args[0]}`, newer.stderr);
    }
  });

  test('backups: one already there, and one that cannot be written', async () => {
    const home = tempDir();
    await run(['config', 'set', 'retention', '0.8'], { home });
    const first = await run(['--lang', 'ko', 'backup', 'copy.db'], { home, cwd: home });
    expect(first.status).toBe(0);
    expectKorean('backup', first.stdout);
    for (const target of ['copy.db', join(home, 'no', 'copy.db')]) {
      const again = await run(['--lang', 'ko', 'backup', target], { home, cwd: home });
      expect(again.status).toBe(1);
      expectKorean(`backup ${target}`, again.stderr);
    }
  });

  test('an import reports its kind and what it left out in Korean', async () => {
    const text = join(dir, 'cards.txt');
    writeFileSync(text, '#separator:tab\n#html:false\nWhat is a layer?\tA read-only diff\n\tno front\n');
    const result = await run(['--lang', 'ko', 'import', text]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('(Anki 텍스트)');
    expectKorean('import report', result.stdout);
    expectKorean('import notice', result.stderr);
  });

  test('the checker itself: English sentences are caught, names and quoted input are not', () => {
    expect(leftoverEnglish('dockstudy: x.db: cannot write it (ENOENT)')).not.toEqual([]);
    expect(leftoverEnglish("알 수 없는 설정 키 'speed'; 설정 키: retention (0.7–0.99)")).toEqual([]);
    expect(leftoverEnglish('SQLite 파일이 아님; DOCKSTUDY_HOME을 설정하세요')).toEqual([]);
  });
});
