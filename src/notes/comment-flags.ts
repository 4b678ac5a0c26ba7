// A command line in code with one flag and a comment beside it: the comment says what that flag
// does there (`docker node update --availability drain worker1   # 태스크를 다른 노드로 옮김`).
// Read last, like the running text, so that no card another shape made changes its id; a flag the
// note has a card of already gets none, and a comment that only names the command (`# 빌드`) too,
// and so does a flag written on other lines (`--availability drain`, `--availability active`): its
// comments tell of the values.
import type { Section } from './document.js';
import { addFlagCard, resolveFlag } from './flag-cards.js';
import type { NoteContext, ResolvedLine } from './recognizers/recognizer.js';

/** Letters a comment must have to say something of its flag (`# 빌드` names the command only). */
const MIN_LETTERS = 5;
const LETTER = /\p{L}/gu;
const FLAG = /^(-{1,2}[A-Za-z0-9][\w-]*)(?:=.*)?$/;
/** A line that runs another command inside it or pipes to one: `$(…)`, backticks, `|`. */
const RUNS_ANOTHER = /\$\(|`|\|/;

export function addCommentFlags(sections: readonly Section[], context: NoteContext): void {
  const lines = sections.flatMap((s) => context.commandsOf(s).map((line) => ({ section: s, line })));
  // Most notes have no comment beside a command: nothing to count then.
  if (!lines.some(({ line }) => line.commentAt === 'beside' && line.description)) return;
  // How many lines of each command the note writes, and how many of them carry each flag.
  const count = new Map<string, number>();
  const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const { line } of lines) {
    add(line.path);
    // (`docker rm $(docker ps -aq -f status=exited)`: the flags inside are another command's.)
    if (RUNS_ANOTHER.test(line.text)) continue;
    for (const f of new Set(flagsOf(line))) add(`${line.path} ${f}`);
  }
  const times = (line: ResolvedLine, flag?: string) =>
    count.get(flag ? `${line.path} ${flag}` : line.path) ?? 0;
  for (const { section, line } of lines) {
    if (line.commentAt !== 'beside' || !line.description) continue;
    if ((line.description.match(LETTER)?.length ?? 0) < MIN_LETTERS) continue;
    // `docker rm -f $(docker ps -aq)  # 전부 삭제`: a line that runs another command says what the
    // two do together, not what its flag does.
    if (RUNS_ANOTHER.test(line.text)) continue;
    // A flag on most lines of its command is routine there (`-t api` on each `docker build` but
    // one): the comment is about the line's other flag, if it has one only, and one no other line writes.
    const flags = [...new Set(flagsOf(line))];
    const routine = (f: string) => times(line, f) > 1 && times(line, f) * 2 > times(line);
    const told = flags.filter((f) => !routine(f));
    const flag = told.length === 1 && times(line, told[0]) === 1 ? told[0]! : undefined;
    // The note's only line of its command (`docker save -o app.tar app  # 이미지를 tar 로`): the
    // comment says what the line does, which the command's card says already.
    if (times(line) === 1) continue;
    if (!flag || !resolveFlag(context, line.path, flag)) continue;
    addFlagCard(
      {
        term: flag,
        flags: [flag],
        description: line.description,
        line: line.line,
        endLine: line.line,
        recognizer: 'code-commands',
        command: line.path,
        // Only a flag the note has no card of yet.
        inProse: true,
      },
      section,
      context,
    );
  }
}

const flagsOf = (line: ResolvedLine) => line.words.flatMap((w) => FLAG.exec(w)?.[1] ?? []);
