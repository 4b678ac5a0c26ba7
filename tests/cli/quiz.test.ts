// `quiz`: the printed worksheet (--print --json), usage errors, and plain-mode quizzes end to end
// (answers on stdin, one per line), with what they record in the store.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import {
  BUILTIN_DECKS,
  NOW_MS,
  type QuizQuestion,
  readReviews,
  removeTempDirs,
  rightAnswer,
  run,
  runJson,
  spawnCli,
  storeFiles,
  tempDir,
  wrongAnswer,
} from './helpers.js';

afterAll(removeTempDirs);

const TYPES = ['choice', 'typed', 'cloze', 'scenario'];
const GOOD = Rating.Good; // a right answer
const AGAIN = Rating.Again; // a wrong one

const worksheet = (args: string[]) => runJson<QuizQuestion[]>(['quiz', ...args, '--print', '--json']);

describe('quiz --print --json', async () => {
  const args = ['dockerfile', '--seed', '5', '--count', '6', '--no-record'];
  const { result, json: questions } = await worksheet(args);

  it('is a JSON array of 6 questions and nothing else', async () => {
    expect(result.stderr).toBe('');
    expect(Array.isArray(questions)).toBe(true);
    expect(questions).toHaveLength(6);
  });

  it('has {cardId, type, prompt, choices?, answer}: choices (holding the answer) only for choice and scenario', async () => {
    for (const q of questions) {
      expect(Object.keys(q).sort()).toEqual(
        q.choices
          ? ['answer', 'cardId', 'choices', 'prompt', 'type']
          : ['answer', 'cardId', 'prompt', 'type'],
      );
      expect(TYPES).toContain(q.type);
      expect(q.cardId).toMatch(/^dockerfile-[a-z0-9-]+$/);
      expect(q.prompt.trim()).not.toBe('');
      expect(q.answer.trim()).not.toBe('');
      if (q.type === 'choice' || q.type === 'scenario') {
        expect(q.choices!.length).toBeGreaterThanOrEqual(2);
        expect(new Set(q.choices).size).toBe(q.choices!.length);
        expect(q.choices).toContain(q.answer);
      } else {
        expect(q.choices).toBeUndefined();
      }
    }
  });

  it('asks about each card once', async () => {
    expect(new Set(questions.map((q) => q.cardId)).size).toBe(questions.length);
  });

  it('is the same for the same seed and different for another', async () => {
    expect((await worksheet(args)).result.stdout).toBe(result.stdout);
    const other = await worksheet(['dockerfile', '--seed', '6', '--count', '6', '--no-record']);
    expect(other.result.stdout).not.toBe(result.stdout);
  });

  it('keeps to --types', async () => {
    const cloze = (await worksheet(['dockerfile', '--seed', '5', '--count', '5', '--types', 'cloze'])).json;
    expect(cloze.length).toBeGreaterThan(0);
    expect(cloze.every((q) => q.type === 'cloze')).toBe(true);
    const mixed = (await worksheet(['container', '--seed', '5', '--count', '8', '--types', 'choice,typed']))
      .json;
    expect(mixed.length).toBe(8);
    expect(mixed.every((q) => q.type === 'choice' || q.type === 'typed')).toBe(true);
  });

  it('takes cards from several decks, or all', async () => {
    const cards = (await runJson<{ id: string; deck: string }[]>(['cards', '--json'])).json;
    const deckOf = new Map(cards.map((c) => [c.id, c.deck]));
    const decksOf = (qs: QuizQuestion[]) => new Set(qs.map((q) => deckOf.get(q.cardId)));
    const two = (await worksheet(['image', 'container', '--seed', '1', '--count', '30'])).json;
    expect(two).toHaveLength(30);
    expect(decksOf(two)).toEqual(new Set(['image', 'container']));
    const count = String(cards.length);
    const all = (await worksheet(['all', '--seed', '1', '--count', count])).json;
    const everything = (await worksheet(['--seed', '1', '--count', count])).json;
    expect(all).toEqual(everything);
    expect(decksOf(all)).toEqual(new Set(BUILTIN_DECKS));
    // One question per card (every card being askable is checked in bugs-found.test.ts).
    expect(new Set(all.map((q) => q.cardId)).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(cards.length - 5);
  });

  it('never creates the store, even without --no-record', async () => {
    const printed = await run(['quiz', 'dockerfile', '--print', '--seed', '5', '--count', '3']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^1\. \[(choice|typed|cloze|scenario)\] /);
    expect(printed.stdout).toMatch(/^3\. /m);
    expect(storeFiles(printed)).toEqual({ store: false, userHome: [] });
  });
});

describe('quiz usage errors', async () => {
  it.each([
    ['--count 0', ['--count', '0'], "--count must be a whole number of 1 or more, not '0'"],
    ['--count abc', ['--count', 'abc'], "--count must be a whole number of 1 or more, not 'abc'"],
    ['--count -3', ['--count', '-3'], "--count must be a whole number of 1 or more, not '-3'"],
    ['--types bogus', ['--types', 'bogus'], "--types takes choice,typed,cloze,scenario; unknown: 'bogus'"],
    [
      '--types cloze,nope',
      ['--types', 'cloze,nope'],
      "--types takes choice,typed,cloze,scenario; unknown: 'nope'",
    ],
    ['--seed abc', ['--seed', 'abc'], "--seed must be a whole number from 0 to 4294967295, not 'abc'"],
  ])('%s exits 2 with one line', async (_name, args, message) => {
    const result = await run(['quiz', 'dockerfile', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`dockstudy: ${message}\n`);
    expect(storeFiles(result).store).toBe(false);
  });

  it('in Korean too: --types, --json without --print, cards --state', async () => {
    const types = await run(['--lang', 'ko', 'quiz', 'dockerfile', '--types', 'bogus']);
    expect(types.status).toBe(2);
    expect(types.stderr).toBe(
      "dockstudy: --types에는 choice,typed,cloze,scenario을(를) 씁니다; 모르는 값: 'bogus'\n",
    );
    const json = await run(['--lang', 'ko', 'quiz', 'dockerfile', '--json']);
    expect(json.stderr).toBe('dockstudy: --json은 --print와 함께 씁니다 (퀴즈를 JSON으로 출력)\n');
    const state = await run(['--lang', 'ko', 'cards', '--state', 'sleeping']);
    expect(state.status).toBe(2);
    expect(state.stderr).toMatch(
      /^dockstudy: --state는 new, learning, .* 중 하나여야 합니다 \(받은 값: 'sleeping'\)\n$/,
    );
  });

  it('an unknown deck exits 1, listing the decks', async () => {
    const result = await run(['quiz', 'nosuchdeck']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`dockstudy: unknown deck 'nosuchdeck'\ndecks: ${BUILTIN_DECKS.join(', ')}\n`);
    expect(storeFiles(result).store).toBe(false);
  });

  it('a misspelled deck gets a suggestion', async () => {
    const result = await run(['quiz', 'dockerfil', '--print']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("did you mean 'dockerfile'");
  });
});

describe('a plain-mode quiz, answers on stdin', async () => {
  const quiz = ['quiz', 'dockerfile', '--seed', '9', '--count', '4', '--plain'];
  const questions = (await runJson<QuizQuestion[]>([...quiz, '--print', '--json'])).json;
  const ids = questions.map((q) => q.cardId);
  const lines = (answers: string[]) => answers.map((a) => `${a}\n`).join('');

  it('has 4 questions to answer', async () => {
    expect(questions).toHaveLength(4);
  });

  it('right answers: Score 4/4, each recorded as Good at DOCKSTUDY_NOW', async () => {
    const result = await run(quiz, { input: lines(questions.map(rightAnswer)) });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.match(/✓ correct/g)).toHaveLength(4);
    expect(result.stdout).not.toContain('✗');
    expect(result.stdout).toMatch(/\nScore: 4\/4\n$/);
    expect(result.stdout).not.toContain('Missed');
    // The questions were shown in order, each with its prompt and numbered options.
    const shown = questions.map((_q, i) => result.stdout.indexOf(`\n${i + 1}/4 `));
    expect(shown.every((at) => at >= 0)).toBe(true);
    expect([...shown].sort((a, b) => a - b)).toEqual(shown);
    for (const [i, q] of questions.entries()) {
      const block = result.stdout.slice(shown[i], shown[i + 1] ?? undefined);
      if (q.choices) expect(block).toContain(`\n  ${q.choices.length}) `);
      else expect(block).not.toMatch(/\n {2}1\) /);
    }

    expect(storeFiles(result)).toEqual({ store: true, userHome: [] });
    const reviews = readReviews(result.home);
    expect(reviews.map((r) => [r.card_id, r.rating, r.source])).toEqual(ids.map((id) => [id, GOOD, 'quiz']));
    for (const r of reviews) {
      expect(r.reviewed_ms).toBeGreaterThanOrEqual(NOW_MS);
      expect(r.reviewed_ms).toBeLessThan(NOW_MS + 60_000);
    }
  });

  it('wrong answers: Score 0/4, the missed cards listed, each recorded as Again', async () => {
    const result = await run(quiz, { input: lines(questions.map(wrongAnswer)) });
    expect(result.status).toBe(0);
    expect(result.stdout.match(/✗ wrong, the answer is/g)).toHaveLength(4);
    expect(result.stdout).toContain('\nScore: 0/4\n');
    const summary = result.stdout.slice(result.stdout.lastIndexOf('Score: '));
    expect(summary).toBe(
      `Score: 0/4\nMissed — study them with\n${ids.map((id) => `  dockstudy card ${id}\n`).join('')}`,
    );
    expect(readReviews(result.home).map((r) => [r.card_id, r.rating])).toEqual(ids.map((id) => [id, AGAIN]));
  });

  it('a mix: only the missed card is listed', async () => {
    const answers = questions.map((q, i) => (i === 2 ? wrongAnswer(q) : rightAnswer(q)));
    const result = await run(quiz, { input: lines(answers) });
    expect(result.status).toBe(0);
    const summary = result.stdout.slice(result.stdout.lastIndexOf('Score: '));
    expect(summary).toBe(`Score: 3/4\nMissed — study them with\n  dockstudy card ${ids[2]}\n`);
  });

  it('end of input after 2 answers ends early with a summary, exit 0, 2 answers recorded', async () => {
    const result = await run(quiz, { input: lines(questions.slice(0, 2).map(rightAnswer)) });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('3/4 ');
    expect(result.stdout).not.toContain('4/4 ');
    expect(result.stdout).toMatch(/\n2 of 2 answered right \(stopped after 2 of 4\)\n$/);
    expect(readReviews(result.home).map((r) => r.card_id)).toEqual(ids.slice(0, 2));
  });

  it('with --no-record no store file is created', async () => {
    const result = await run([...quiz, '--no-record'], { input: lines(questions.map(rightAnswer)) });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\nScore: 4\/4\n$/);
    expect(storeFiles(result)).toEqual({ store: false, userHome: [] });
  });

  it('stdin that is not a terminal means plain mode without --plain', async () => {
    const input = lines(questions.map(rightAnswer));
    const implicit = await run(quiz.filter((a) => a !== '--plain').concat('--no-record'), { input });
    const explicit = await run([...quiz, '--no-record'], { input });
    expect(implicit.status).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
  });

  it('accepts Windows line ends and an option typed out instead of its number', async () => {
    const answers = questions.map((q) => (q.choices ? q.answer.replace(/`/g, '') : q.answer));
    const result = await run([...quiz, '--no-record'], { input: answers.map((a) => `${a}\r\n`).join('') });
    expect(result.stdout).toMatch(/\nScore: 4\/4\n$/);
  });

  it('speaks Korean with --lang ko', async () => {
    const koQuestions = (await runJson<QuizQuestion[]>([...quiz, '--lang', 'ko', '--print', '--json'])).json;
    const result = await run([...quiz, '--lang', 'ko', '--no-record'], {
      input: lines(koQuestions.map(rightAnswer)),
    });
    expect(result.stdout.match(/✓ 정답/g)).toHaveLength(4);
    expect(result.stdout).toMatch(/\n점수: 4\/4\n$/);
  });

  it("the grader's details and parse errors are Korean in a Korean quiz, English in an English one", async () => {
    const typed = ['quiz', 'container', '--types', 'typed', '--seed', '4', '--count', '3', '--plain'];
    const [q0] = (await runJson<QuizQuestion[]>([...typed, '--print', '--json'])).json;
    const answers = `${q0!.answer} --bogus-flag\nkubectl get pods\ndocker run busybox\n`;
    const ko = await run([...typed, '--lang', 'ko', '--no-record'], { input: answers });
    expect(ko.status).toBe(0);
    expect(ko.stdout).toMatch(/· docker [a-z ]+에는 '--bogus-flag' 플래그가 없습니다/);
    expect(ko.stdout).toContain("· 'kubectl'은(는) docker 명령이 아닙니다: 답을 'docker'로 시작하세요");
    expect(ko.stdout).toContain('이렇게 읽음: docker container run busybox');
    expect(ko.stdout).not.toMatch(/unknown flag|not a docker command|read as|should be|missing|extra/);
    const en = await run([...typed, '--lang', 'en', '--no-record'], { input: answers });
    expect(en.stdout).toMatch(/· unknown flag '--bogus-flag' for docker/);
    expect(en.stdout).toContain("· 'kubectl' is not a docker command; start the answer with 'docker'");
    expect(en.stdout).toContain('read as: docker container run busybox');
  });

  it('Ctrl-C (SIGINT) while waiting for the third answer keeps the first two', async () => {
    const home = tempDir();
    let sent = false;
    const result = await spawnCli(quiz, {
      home,
      onSpawn: (child) => child.stdin.write(lines(questions.slice(0, 2).map(rightAnswer))),
      onStdout: (soFar, child) => {
        if (!sent && /3\/4 [^\n]*\n[\s\S]*> $/.test(soFar)) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    // The CLI handles it: the answers so far are summed up, then exit 130.
    expect(result.status).toBe(130);
    expect(result.stdout).toContain('2 of 2 answered right (stopped after 2 of 4)');
    expect(readReviews(home).map((r) => [r.card_id, r.rating])).toEqual(
      ids.slice(0, 2).map((id) => [id, GOOD]),
    );
  });
});

describe('"I was right": a !right line after a wrong verdict (plain mode)', async () => {
  const quiz = ['quiz', 'dockerfile', '--seed', '9', '--count', '4', '--plain'];
  const questions = (await runJson<QuizQuestion[]>([...quiz, '--print', '--json'])).json;
  const ids = questions.map((q) => q.cardId);
  const lines = (answers: string[]) => answers.map((a) => `${a}\n`).join('');
  const [q0, q1, q2, q3] = questions as [QuizQuestion, QuizQuestion, QuizQuestion, QuizQuestion];

  it('each wrong verdict says how to override it; a right one does not', async () => {
    const result = await run([...quiz, '--no-record'], {
      input: lines([wrongAnswer(q0), rightAnswer(q1), rightAnswer(q2), rightAnswer(q3)]),
    });
    expect(result.stdout.match(/\n {2}!right on the next line: I was right\n/g)).toHaveLength(1);
    const verdict = result.stdout.indexOf('✗ wrong, the answer is');
    expect(result.stdout.indexOf('!right on the next line')).toBeGreaterThan(verdict);
  });

  it('records the overridden answer once, as Good, with its text; it counts and is not listed as missed', async () => {
    const typed = wrongAnswer(q1);
    const answers = [rightAnswer(q0), typed, '!right', rightAnswer(q2), wrongAnswer(q3), ''];
    const result = await run(quiz, { input: lines(answers) });
    expect(result.status).toBe(0);
    expect(result.stdout.match(/✓ recorded as right/g)).toHaveLength(1);
    // The third question, shown before the !right line, is asked again: shown once, prompted twice.
    expect(result.stdout.match(/\n3\/4 /g)).toHaveLength(1);
    expect(result.stdout).toContain('✓ recorded as right\n> ');
    const summary = result.stdout.slice(result.stdout.lastIndexOf('Score: '));
    expect(summary).toBe(`Score: 3/4\nMissed — study them with\n  dockstudy card ${ids[3]}\n`);
    expect(readReviews(result.home).map((r) => [r.card_id, r.rating, r.answer_text, r.overridden])).toEqual([
      [ids[0], GOOD, rightAnswer(q0), 0],
      [ids[1], GOOD, typed, 1],
      [ids[2], GOOD, rightAnswer(q2), 0],
      [ids[3], AGAIN, wrongAnswer(q3), 0],
    ]);
  });

  it('stats --overrides and stats --json list the overridden answers: card, text, time', async () => {
    const typed = wrongAnswer(q2);
    const answers = [rightAnswer(q0), rightAnswer(q1), typed, '!right', rightAnswer(q3)];
    const { home } = await run(quiz, { input: lines(answers) });
    const [row] = readReviews(home).filter((r) => r.overridden === 1);
    expect(row).toMatchObject({ card_id: ids[2], answer_text: typed });
    const at = new Date(row!.reviewed_ms).toISOString();
    const listed = await run(['stats', '--overrides'], { home });
    expect(listed.status).toBe(0);
    // In local time (this process's zone, as the in-process run sees it).
    const local = new Date(row!.reviewed_ms - new Date(NOW_MS).getTimezoneOffset() * 60_000);
    const shown = local.toISOString().slice(0, 16).replace('T', ' ');
    expect(listed.stdout).toBe(
      `Quiz answers you marked right after a wrong verdict: 1\n  ${shown}  ${ids[2]}  ${typed}\n`,
    );
    const json = (await runJson<{ overrides: unknown[] }>(['stats', '--json'], { home })).json;
    expect(json.overrides).toEqual([{ cardId: ids[2], answer: typed, at }]);
    // --deck keeps to that deck's cards.
    const other = (await runJson<{ overrides: unknown[] }>(['stats', '--json', '--deck', 'image'], { home }))
      .json;
    expect(other.overrides).toEqual([]);
    // No store yet: none.
    expect((await run(['stats', '--overrides'])).stdout).toBe(
      'Quiz answers you marked right after a wrong verdict: 0\n',
    );
  });

  it('the last question too: the line after its verdict may be !right', async () => {
    const answers = [...questions.slice(0, 3).map(rightAnswer), wrongAnswer(q3), '!right'];
    const result = await run(quiz, { input: lines(answers) });
    expect(result.stdout).toMatch(/✓ recorded as right\n\nScore: 4\/4\n$/);
    expect(readReviews(result.home).map((r) => [r.rating, r.overridden])).toEqual([
      [GOOD, 0],
      [GOOD, 0],
      [GOOD, 0],
      [GOOD, 1],
    ]);
  });

  it('a !right with no wrong verdict before it is no answer: the question is asked again', async () => {
    const answers = ['!right', ...questions.map(rightAnswer)];
    const result = await run(quiz, { input: lines(answers) });
    expect(result.stdout).toContain('!right: the last answer was not graded wrong; answer this question\n> ');
    expect(result.stdout).toMatch(/\nScore: 4\/4\n$/);
    expect(readReviews(result.home).map((r) => r.overridden)).toEqual([0, 0, 0, 0]);
  });

  it('input that ends after a wrong verdict records it as wrong', async () => {
    const result = await run(quiz, { input: lines([wrongAnswer(q0)]) });
    expect(result.stdout).toContain('0 of 1 answered right (stopped after 1 of 4)');
    expect(readReviews(result.home).map((r) => [r.rating, r.overridden])).toEqual([[AGAIN, 0]]);
  });

  it('speaks Korean with --lang ko', async () => {
    const ko = (await runJson<QuizQuestion[]>([...quiz, '--lang', 'ko', '--print', '--json'])).json;
    const result = await run([...quiz, '--lang', 'ko', '--no-record'], {
      input: lines([wrongAnswer(ko[0]!), '!right', ...ko.slice(1).map(rightAnswer)]),
    });
    expect(result.stdout).toContain('  다음 줄에 !right: 내 답이 맞음\n');
    expect(result.stdout).toContain('✓ 맞은 것으로 기록했습니다\n');
    expect(result.stdout).toMatch(/\n점수: 4\/4\n$/);
  });
});

describe('typed questions are graded by meaning (fixtures/ko-notes.md)', async () => {
  const quiz = ['--notes', 'tests/cli/fixtures/ko-notes.md', '--no-builtin', 'quiz', '--types', 'typed'];
  const quizArgs = [...quiz, '--seed', '1', '--count', '1', '--plain', '--no-record'];
  const [question] = (await runJson<QuizQuestion[]>([...quizArgs, '--print', '--json'])).json;

  it('asks for the described command', async () => {
    expect(question).toMatchObject({
      type: 'typed',
      prompt: 'Type the command: nginx를 백그라운드에서 8080 포트로 띄우기',
      answer: 'docker run -d -p 8080:80 nginx',
    });
  });

  it('takes the long command path, long flags and any flag order', async () => {
    const result = await run(quizArgs, { input: 'docker container run --publish 8080:80 --detach nginx\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ correct');
    expect(result.stdout).toMatch(/\nScore: 1\/1\n$/);
  });

  it('says what is missing from a wrong command', async () => {
    const result = await run(quizArgs, { input: 'docker run -p 8080:80 nginx\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✗ wrong, the answer is docker run -d -p 8080:80 nginx');
    expect(result.stdout).toMatch(/ {2}· missing --detach \(-d\)/);
    // How the grader read the answer: its canonical form.
    expect(result.stdout).toContain('  read as: docker container run --publish 8080:80 nginx\n');
    expect(result.stdout).toContain('Score: 0/1');
  });
});

describe('a quiz of a question bank the note wrote with its options (multiple choice, O/X)', async () => {
  const dir = tempDir('dockstudy-bank-');
  writeFileSync(
    join(dir, 'bank.md'),
    [
      '# Docker quiz',
      '',
      '1. `docker stop` sends SIGKILL at once. ( )',
      '2. Containers on Linux share the host kernel. ( )',
      '',
      '**Q3.** Which flag publishes a port?',
      'A. -d',
      'B. -p',
      'C. -v',
      '',
      '## Answer key',
      '',
      '1. X — SIGTERM first, SIGKILL after the grace period',
      '2. O',
      '3. B',
    ].join('\n'),
  );
  const quiz = ['--notes', dir, '--no-builtin', 'quiz', 'bank', '--seed', '2', '--plain'];
  const questions = (await runJson<QuizQuestion[]>([...quiz, '--print', '--json'])).json;

  it('asks every question as written, though the deck has no other cards to draw options from', () => {
    expect(questions.map((q) => q.labels).sort()).toEqual([
      ['A', 'B', 'C'],
      ['O', 'X'],
      ['O', 'X'],
    ]);
    expect(questions.map((q) => [q.prompt, q.choices, q.answer]).sort()).toEqual([
      ['Containers on Linux share the host kernel.', ['O', 'X'], 'O'],
      ['Which flag publishes a port?', ['-d', '-p', '-v'], '-p'],
      ['`docker stop` sends SIGKILL at once.', ['O', 'X'], 'X'],
    ]);
  });

  it('takes the note’s marks as answers (`b`, `x`), and records each as a review', async () => {
    const marks: Record<string, string> = { O: 'o', X: 'x', '-p': 'b' };
    const input = questions.map((q) => `${marks[q.answer]}\n`).join('');
    const result = await run(quiz, { input });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\nScore: 3\/3\n$/);
    expect(readReviews(result.home).map((r) => r.rating)).toEqual([GOOD, GOOD, GOOD]);
  });
});
