import { describe, expect, it } from 'vitest';
import { clozeQuestions } from '../../src/quiz/cloze.js';
import { gradeAnswer } from '../../src/quiz/grade.js';
import { phrases } from '../../src/quiz/phrases.js';
import { questionDefects } from '../../src/quiz/soundness.js';
import { card } from './cards.js';

const en = phrases('en');
const run = (sentence: string, terms: string[], back = sentence) =>
  card({
    id: 'container-run',
    kind: 'command',
    command: 'docker container run',
    back,
    keyTerms: terms.map((term) => ({ term, sentence })),
  });

describe('cloze questions', () => {
  it('blank only key terms, never example values or placeholders', () => {
    const sentence =
      'Publish with -p HOST_PORT:CONTAINER_PORT, e.g. 8080:80, or name it with --name in 10m flat.';
    const answers = clozeQuestions(
      run(sentence, ['HOST_PORT:CONTAINER_PORT', '8080:80', '10m', '--name', '-p']),
      en,
    ).map((q) => q.answer);
    expect(answers.sort()).toEqual(['--name', '-p']);
  });

  it.each([
    ['on-failure[:max-retries]'],
    ['username/repository[:tag]'],
    ['nginx@sha256:0123'],
    ['AS name'],
    ['mydata:/data'],
    ['.env'],
    ['Dockerfile.dev'],
  ])('never blanks %s', (term) => {
    expect(clozeQuestions(run(`The note writes ${term} here and there for us.`, [term]), en)).toEqual([]);
  });

  it('never blanks part of a word', () => {
    const sentence = 'The run arguments are appended to it, and --password-stdin reads the token.';
    expect(clozeQuestions(run(sentence, ['app', '-p', '--password']), en)).toEqual([]);
  });

  it('shows the subject, and not one that gives the term away', () => {
    const [q] = clozeQuestions(run('The short form is docker run, as you type it.', ['docker run']), en);
    expect(q!.prompt).toBe(
      'Fill in the blank (`docker container run`): The short form is _____, as you type it.',
    );
    const flag = card({
      id: 'container-run-publish',
      kind: 'flag',
      command: 'docker container run',
      flag: '--publish',
      short: '-p',
      keyTerms: [{ term: '-p', sentence: 'Use -p to publish a container port on the host.' }],
    });
    expect(clozeQuestions(flag, en)[0]!.subject).toBe('`docker container run`');
  });

  it('skips an item of a list, where any other item fits the blank', () => {
    const sentence = 'Other options are --interval, --timeout (both 30s) and --start-period.';
    expect(clozeQuestions(run(sentence, ['--interval', '--timeout', '--start-period']), en)).toEqual([]);
    // A flag's two forms side by side are one flag.
    expect(clozeQuestions(run('-d, --detach : run in the background', ['-d']), en)).toHaveLength(1);
  });

  it('grades flags case-sensitively', () => {
    const [q] = clozeQuestions(run('Use -P to publish every exposed port at random.', ['-P']), en);
    expect(q!.caseSensitive).toBe(true);
    expect(gradeAnswer(q!, '-P').correct).toBe(true);
    expect(gradeAnswer(q!, '-p').correct).toBe(false);
  });

  it('accepts another spelling of a command, unless the sentence is about the names', () => {
    const label = card({
      id: 'dockerfile-label',
      kind: 'instruction',
      term: 'LABEL',
      keyTerms: [
        { term: 'docker image inspect', sentence: 'Read the labels back with docker image inspect.' },
      ],
    });
    const [q] = clozeQuestions(label, en);
    expect(gradeAnswer(q!, 'docker inspect').correct).toBe(true);
    expect(gradeAnswer(q!, 'docker container inspect').correct).toBe(false);
    const [short] = clozeQuestions(
      run('The short form is docker run, not the long one.', ['docker run']),
      en,
    );
    expect(gradeAnswer(short!, 'docker run').correct).toBe(true);
    expect(gradeAnswer(short!, 'docker container run').correct).toBe(false);
  });

  it('takes the flag alone for a blanked command and one flag: the flag is what is asked', () => {
    const entrypoint = card({
      id: 'dockerfile-entrypoint',
      kind: 'instruction',
      term: 'ENTRYPOINT',
      keyTerms: [
        {
          term: 'docker run --entrypoint',
          sentence: 'Replacing the ENTRYPOINT itself takes docker run --entrypoint.',
        },
      ],
    });
    const [q] = clozeQuestions(entrypoint, en);
    expect(q!.answer).toBe('docker run --entrypoint');
    expect(gradeAnswer(q!, '--entrypoint').correct).toBe(true);
    expect(gradeAnswer(q!, 'docker container run --entrypoint').correct).toBe(true);
    expect(gradeAnswer(q!, '--rm').correct).toBe(false);
  });

  it('yields only questions the soundness rules pass', () => {
    const sentence = 'Without -d the terminal stays attached; docker run is the short form.';
    const c = run(sentence, ['-d', 'docker run']);
    const questions = clozeQuestions(c, en);
    expect(questions).toHaveLength(2);
    expect(questions.flatMap((q) => questionDefects(q, c))).toEqual([]);
  });
});

describe('a cloze card of a section fact', () => {
  it('is asked under its section, not under the sentence the question blanks again', () => {
    const fact = card({
      id: 'notes-layers-shared',
      kind: 'cloze',
      front: 'Layers › Layers are content-addressed and [...]: an image stores a base once.',
      back: 'Layers are content-addressed and **shared**: an image stores a base once.',
      keyTerms: [
        { term: 'shared', sentence: 'Layers are content-addressed and shared: an image stores a base once.' },
      ],
    });
    const [question] = clozeQuestions(fact, en);
    expect(question).toMatchObject({ subject: en.topic('Layers'), answer: 'shared' });
    expect(question!.prompt).not.toContain('[...]');
    expect(questionDefects(question!, fact)).toEqual([]);
  });
});
