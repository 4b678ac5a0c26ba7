import { choicesOf, type Question } from '../quiz/question.js';
import { renderMarkdown } from './markdown.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** The learner ended the prompt with Ctrl-C. */
export class PromptInterrupted extends Error {}

/**
 * Asks one question with @inquirer/prompts: a list for choices, a text field otherwise. Loaded on
 * first use (it costs ~40 ms to import). Returns the answer text; grading happens elsewhere.
 */
export async function promptAnswer(
  question: Question,
  header: string,
  view: { width: number; color: boolean },
  streams: PromptStreams = {},
): Promise<string> {
  const [{ default: select }, { default: input }] = await Promise.all([
    import('@inquirer/select'),
    import('@inquirer/input'),
  ]);
  const md = (text: string) => renderMarkdown(text, { width: view.width - 4, color: view.color }).trimEnd();
  const message = `${header}\n${md(question.prompt)}\n`;
  try {
    const choices = choicesOf(question);
    if (choices) {
      return await select(
        { message, choices: choices.map((c) => ({ name: md(c), value: c })), pageSize: 8 },
        streams,
      );
    }
    return await input({ message, theme: { prefix: '›' } }, streams);
  } catch (err) {
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) {
      throw new PromptInterrupted();
    }
    throw err;
  }
}
