import { canonicalCommand, commandForPath, parseCommandLine, splitShellWords } from '../docker/index.js';
import type { Card, Task } from '../notes/types.js';
import { saysWhatItDoes } from '../text/says-what-it-does.js';
import { BLANK } from './cloze.js';
import { mentions } from './key-terms.js';
import { sentencesOf } from './option-text.js';
import type { Phrases } from './phrases.js';
import type { TypedQuestion } from './question.js';

const promptKey = (lang: string, prompt: string) =>
  `${lang}\u0000${prompt.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** Per pool: the commands of every task, by language and wording (looked up for each task asked). */
const tasksByPrompt = new WeakMap<Card[], Map<string, string[]>>();

function commandsWorded(pool: Card[], lang: string, prompt: string): string[] {
  let index = tasksByPrompt.get(pool);
  if (!index) {
    index = new Map();
    for (const c of pool) {
      for (const t of c.tasks ?? []) {
        const key = promptKey(c.lang, t.prompt);
        index.set(key, [...(index.get(key) ?? []), t.command]);
      }
    }
    tasksByPrompt.set(pool, index);
  }
  return index.get(promptKey(lang, prompt)) ?? [];
}

/**
 * A command card with one example and no `# comment` for it (common in users' notes) still teaches
 * a task: the sentence that explains the command, with the command blanked if it names it. Only
 * when that text mentions every word the example adds to the command (`-a`, `web`), so the task
 * asks for no more than it says.
 */
export function explainedTask(card: Card): Task | undefined {
  const [example, ...more] = card.examples ?? [];
  if (card.kind !== 'command' || !card.command || !example || more.length > 0) return undefined;
  const parsed = parseCommandLine(example);
  const words = splitShellWords(example);
  if ('error' in parsed || !Array.isArray(words)) return undefined;
  let text = sentencesOf(card.summary)[0] ?? '';
  if (text === '' || !saysWhatItDoes(text)) return undefined;
  const spec = commandForPath(card.command);
  const spellings = [card.command, ...(spec?.aliases.map((a) => `docker ${a.join(' ')}`) ?? [])];
  const pathWords = new Set(['docker', '$', ...spellings.flatMap((s) => s.split(' '))]);
  const extras = words.filter((w) => !pathWords.has(w));
  if (!extras.every((w) => text.toLowerCase().includes(w.toLowerCase()))) return undefined;
  for (const named of [example.trim(), ...spellings.sort((a, b) => b.length - a.length)]) {
    if (mentions(text, named)) {
      text = text.replace(named, BLANK);
      break;
    }
  }
  return { prompt: text, command: example };
}

function tasksOf(card: Card): Task[] {
  const tasks = card.tasks ?? [];
  if (tasks.length > 0) return tasks;
  const explained = explainedTask(card);
  return explained ? [explained] : [];
}

/** Every "type the command" question of the card, each accepting any deck task of the same wording. */
export function typedQuestions(card: Card, pool: Card[], say: Phrases): TypedQuestion[] {
  return tasksOf(card)
    .filter((t) => !('error' in parseCommandLine(t.command)))
    .map((task) => {
      const mine = canonicalCommand(task.command);
      const alsoRight = [
        ...new Set(
          commandsWorded(pool, card.lang, task.prompt).filter(
            (command) => canonicalCommand(command) !== mine,
          ),
        ),
      ];
      return {
        cardId: card.id,
        type: 'typed' as const,
        prompt: say.typeCommand(task.prompt),
        answer: task.command,
        alsoRight,
      };
    });
}
