import { choicesOf, type Question } from '../quiz/question.js';
import { createKeyReader, isCtrlD, isInterrupt, type Key, type KeyInput } from './keys.js';
import { renderMarkdown } from './markdown.js';
import { type Lang, messages } from './messages.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** The learner ended the prompt with Ctrl-C. */
export class PromptInterrupted extends Error {}

/** The learner ended the quiz with Ctrl-D, as with `q` in a review: a summary and exit 0. */
export class PromptEnded extends Error {}

/**
 * Asks one question with @inquirer/prompts: a list for choices, a text field otherwise. Loaded on
 * first use (it costs ~40 ms to import). Returns the answer text; grading happens elsewhere.
 */
export async function promptAnswer(
  question: Question,
  header: string,
  view: { width: number; color: boolean; lang?: Lang },
  streams: PromptStreams = {},
): Promise<string> {
  const [{ default: select }, { default: input }] = await Promise.all([
    import('@inquirer/select'),
    import('@inquirer/input'),
  ]);
  const md = (text: string) => renderMarkdown(text, { width: view.width - 4, color: view.color }).trimEnd();
  const w = messages(view.lang ?? 'en').quiz;
  // The header stands where inquirer puts its prefix, so that no green tick is left above a verdict
  // (a wrong choice would otherwise show one over the red cross).
  const prefix = { idle: header, done: header };
  // Ctrl-D ends the quiz from either prompt. Inquirer has no key for it (readline closes on it and
  // the prompt would wait forever), so the key is heard on the input and the prompt aborted.
  const ended = new AbortController();
  const onKey = (_sequence: unknown, key: Partial<Key> | undefined) => {
    if (isCtrlD(key)) ended.abort();
  };
  streams.input?.on('keypress', onKey);
  const context = { ...streams, signal: ended.signal };
  try {
    const choices = choicesOf(question);
    if (choices) {
      return await select(
        {
          message: `\n${md(question.prompt)}\n`,
          choices: choices.map((c) => ({ name: md(c), value: c })),
          pageSize: 8,
          theme: {
            prefix,
            style: {
              keysHelpTip: () => `${w.keys.navigate} • ${w.keys.select}`,
            },
          },
        },
        context,
      );
    }
    // `›` begins the line the answer is typed on.
    return await input({ message: `\n${md(question.prompt)}\n›`, theme: { prefix } }, context);
  } catch (err) {
    if (ended.signal.aborted) throw new PromptEnded();
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) {
      throw new PromptInterrupted();
    }
    throw err;
  } finally {
    streams.input?.off('keypress', onKey);
  }
}

/**
 * After a wrong verdict: one key. `r` (or `ㄱ`, the same key with a Korean layout) says "I was right"
 * (true); any other key, or the end of the input, goes on (false); Ctrl-C rejects with
 * PromptInterrupted, Ctrl-D with PromptEnded. The verdict line shows the keys.
 */
export async function promptOverride(input: KeyInput): Promise<boolean> {
  const keys = createKeyReader(input);
  try {
    const key = await keys.next();
    if (isInterrupt(key)) throw new PromptInterrupted();
    if (isCtrlD(key)) throw new PromptEnded();
    // The r key: ㄱ when a Korean keyboard layout is on.
    return key.sequence === 'r' || key.sequence === 'ㄱ';
  } finally {
    keys.close();
  }
}
