import { describe, expect, it } from 'vitest';
import { cardSoundness } from '../../src/quiz/every-question.js';
import type { Question } from '../../src/quiz/question.js';
import { duplicateDefects, questionDefects } from '../../src/quiz/soundness.js';
import { card } from './cards.js';

// The defects a reviewer found (issue 9), written as questions: each must be caught by its rule.
const restart = card({
  id: 'container-restart',
  kind: 'command',
  command: 'docker container restart',
  back: 'Stops and starts a container.',
});
const cloze = (fields: Partial<Extract<Question, { type: 'cloze' }>>): Question => ({
  cardId: 'container-restart',
  type: 'cloze',
  prompt: 'Fill in the blank (`docker container restart`): _____ is the short form.',
  answer: 'docker restart',
  subject: '`docker container restart`',
  text: '_____ is the short form.',
  caseSensitive: false,
  alsoRight: [],
  ...fields,
});
const choice = (
  choices: string[],
  answer = choices[0]!,
  prompt = 'Which flag of `docker container ls`: keep matches',
): Question => ({
  cardId: 'container-restart',
  type: 'choice',
  prompt,
  choices,
  answer,
});
const rules = (q: Question) => questionDefects(q, restart).map((d) => d.rule);

describe('questionDefects', () => {
  it('passes a sound cloze', () => {
    expect(rules(cloze({}))).toEqual([]);
  });

  it.each<[string, Partial<Extract<Question, { type: 'cloze' }>>, string]>([
    [
      'a blank without its subject',
      { prompt: 'Fill in the blank: _____ is the short form.' },
      'cloze-subject',
    ],
    [
      'a placeholder',
      {
        answer: 'HOST_PORT:CONTAINER_PORT',
        text: 'always _____ in that order',
        prompt: 'Fill in the blank (`docker container restart`): always _____ in that order',
      },
      'cloze-placeholder',
    ],
    [
      'a blank inside a word',
      {
        answer: 'app',
        text: 'run arguments are _____ended to it',
        prompt: 'Fill in the blank (`docker container restart`): run arguments are _____ended to it',
      },
      'cloze-cuts-word',
    ],
    [
      'a blank after a dash',
      {
        answer: 'p',
        text: '-_____assword-stdin reads it',
        prompt: 'Fill in the blank (`docker container restart`): -_____assword-stdin reads it',
      },
      'cloze-cuts-word',
    ],
    [
      'an example value',
      {
        answer: '10m',
        text: 'logs since _____ ago',
        prompt: 'Fill in the blank (`docker container restart`): logs since _____ ago',
      },
      'cloze-not-key-term',
    ],
    [
      'a flag compared without case',
      {
        answer: '-P',
        text: '_____ publishes all',
        prompt: 'Fill in the blank (`docker container restart`): _____ publishes all',
      },
      'cloze-not-key-term',
    ],
    [
      'a cut-off sentence',
      {
        text: 'keep only _____ matches, e.g.',
        prompt: 'Fill in the blank (`docker container restart`): keep only _____ matches, e.g.',
      },
      'cloze-incomplete',
    ],
  ])('catches %s', (_name, fields, rule) => {
    expect(rules(cloze(fields))).toContain(rule);
  });

  it('passes sound options and catches each kind of bad option', () => {
    expect(rules(choice(['--filter', '--all', '--quiet', '--last']))).toEqual([]);
    expect(rules(choice(['--filter', '-f, --filter', '--quiet', '--last']))).toContain('options-one-meaning');
    expect(rules(choice(['--filter', '--filter', '--quiet', '--last']))).toContain('options-duplicate');
    expect(rules(choice(['--filter', '--all', '--quiet']))).toContain('options-count');
    const what = 'What does `docker container stop -s` do?';
    expect(
      rules(
        choice(
          ['send a different first signal (e.g.', 'wait this many seconds', 'print IDs only', 'show all'],
          undefined,
          what,
        ),
      ),
    ).toContain('option-incomplete');
    expect(
      rules(
        choice(
          [
            'send another signal first. It is handy for apps that shut down cleanly on SIGQUIT and not on SIGTERM.',
            'wait',
            'print IDs',
            'show all',
          ],
          undefined,
          what,
        ),
      ),
    ).toContain('option-shape');
    expect(
      rules(choice(['docker container prune', 'docker system prune', 'docker image ls', 'docker image rm'])),
    ).toContain('option-also-true');
    expect(
      rules(
        choice(['--filter', '--all', '--quiet', '--last'], '--filter', 'Which flag: --filter keeps matches'),
      ),
    ).toContain('choice-given-away');
  });

  it('catches a typed task that shows its command or does not parse', () => {
    const typed = (prompt: string, answer: string): Question => ({
      cardId: 'x',
      type: 'typed',
      prompt,
      answer,
      alsoRight: [],
    });
    expect(rules(typed('Type the command: restart web', 'docker restart web'))).toEqual([]);
    expect(rules(typed('Type the command: docker restart web', 'docker restart web'))).toContain(
      'typed-given-away',
    );
    expect(rules(typed('Type the command: warm it', 'docker warm web'))).toContain('typed-unreadable');
  });

  it('catches a question asked twice in one quiz', () => {
    const q = cloze({});
    expect(duplicateDefects([q, { ...q, cardId: 'other' }]).map((d) => d.rule)).toEqual([
      'duplicate-question',
    ]);
  });
});

describe('cardSoundness (for dockstudy lint)', () => {
  it('counts no sound question for a card whose only material is an example value', () => {
    const lonely = card({
      id: 'notes-ports',
      kind: 'concept',
      front: 'Ports',
      summary: 'Ports',
      keyTerms: [{ term: '8080:80', sentence: 'Publish it as 8080:80 on the host.' }],
    });
    expect(cardSoundness(lonely, [lonely], 'en').sound).toBe(0);
  });

  it('counts the sound questions of a card that has some', () => {
    expect(cardSoundness(restart, [restart], 'en')).toEqual({ sound: 0, defects: [] });
    const stop = card({
      id: 'container-stop',
      kind: 'command',
      command: 'docker container stop',
      keyTerms: [{ term: 'docker stop', sentence: 'The short form docker stop is what most people type.' }],
    });
    expect(cardSoundness(stop, [stop], 'en').sound).toBe(1);
  });

  it('counts a question written with its options as the sound question a quiz asks', () => {
    const written = card({
      id: 'exam-layer',
      kind: 'qa',
      front: '**2.** Which instruction adds a layer?\n\nA. ENV\nB. RUN',
      back: '**B.** RUN',
      choices: {
        stem: 'Which instruction adds a layer?',
        options: ['ENV', 'RUN'],
        labels: ['A', 'B'],
        answer: 1,
      },
    });
    expect(cardSoundness(written, [written], 'en')).toEqual({ sound: 1, defects: [] });
  });
});
