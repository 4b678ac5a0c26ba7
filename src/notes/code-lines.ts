// The `docker …` lines of a piece of code, however notes write them: after a shell prompt
// (`$ docker`, `$docker`, `# docker`, `PS> docker`), continued over `\` lines, with a `# comment`
// above or a `# comment` / `// comment` beside them, and options explained on their own lines.
import { normalizeDashes } from '../text/dashes.js';
import { editDistance } from '../text/suggest.js';

export interface DockerLine {
  /** The command as it should be shown: prompt, continuations and comments removed. */
  text: string;
  /** Words after `docker`. */
  words: string[];
  line: number;
  /** The `# comment` right above it, or the comment beside it. */
  description?: string;
  /** Where `description` was written: a card's back shows it there again. */
  commentAt?: 'above' | 'beside';
  /** Options explained beside the command's continuation lines: `  -d \ # 백그라운드`. */
  flagNotes: FlagNote[];
}

export interface FlagNote {
  flag: string;
  text: string;
  line: number;
}

/** A line that starts like a command but with `docker` mistyped (`dokcer rm`). */
export interface MistypedLine {
  word: string;
  line: number;
}

const PROMPT = /^(?:[\w.@~:/-]*[$#%>]\s*|PS>\s*)?(?=docker(?:\s|$))/;
const PIPED = /^[^#|]*[^|\s]\s*\|\s*(?=docker\s)/;
/** `# …`, `// …`, or an arrow that says what the line does: `docker volume prune -a  -> all unused`. */
const TRAILING_COMMENT = /\s+(?:#|\/\/|(?:->|→|=>)(?=\s))\s?(.*)$/;
const FLAG_WORD = /^-{1,2}[A-Za-z0-9][\w-]*/;

/** The `docker …` lines of some code, `firstLine` being the line of its first line. */
export function dockerLines(
  code: string,
  firstLine: number,
): { lines: DockerLine[]; mistyped: MistypedLine[] } {
  const lines: DockerLine[] = [];
  const mistyped: MistypedLine[] = [];
  const raw = code.split('\n');
  // Lines typed after a prompt, and indented lines with none: output, when the code has prompts.
  let prompted = false;
  const unprompted = new Set<DockerLine>();
  let description: string | undefined;
  for (let index = 0; index < raw.length; index++) {
    const trimmed = raw[index]!.trim();
    const comment = /^(?:#|\/\/)\s?(.*)$/.exec(trimmed);
    if (comment && !/^#\s*docker\s/.test(trimmed)) {
      description = comment[1]!.trim() || undefined;
      continue;
    }
    // `echo "$TOKEN" | docker login -u me --password-stdin`: a command fed by a pipe.
    const start = PROMPT.exec(trimmed) ?? PIPED.exec(trimmed);
    if (!start) {
      const typo = mistypedDocker(trimmed);
      if (typo) mistyped.push({ word: typo, line: firstLine + index });
      description = undefined;
      continue;
    }
    const line = firstLine + index;
    const hasPrompt = start[0] !== '';
    prompted ||= hasPrompt;
    const indented = /^\s/.test(raw[index]!);
    // The command and its `\` continuations: options explained beside them are kept apart.
    const parts: string[] = [];
    const flagNotes: FlagNote[] = [];
    let beside: string | undefined;
    let text = trimmed.slice(start[0].length);
    for (;;) {
      const note = TRAILING_COMMENT.exec(text);
      let body = note ? text.slice(0, note.index) : text;
      const continued = /\\\s*$/.test(body);
      body = body.replace(/\\\s*$/, '').trim();
      const flag = FLAG_WORD.exec(body);
      if (note && parts.length > 0 && flag) {
        flagNotes.push({ flag: normalizeDashes(flag[0]), text: note[1]!.trim(), line: firstLine + index });
      } else if (note && parts.length === 0) beside = note[1]!.trim() || undefined;
      if (body) parts.push(body);
      if (!continued || index + 1 >= raw.length) break;
      index++;
      text = raw[index]!.trim();
    }
    const command = normalizeDashes(parts.join(' ').replace(/\s+/g, ' '));
    const said = description ?? beside;
    const found: DockerLine = {
      text: command,
      words: command.split(' ').slice(1),
      line,
      description: said,
      ...(said ? { commentAt: description ? ('above' as const) : ('beside' as const) } : {}),
      flagNotes,
    };
    lines.push(found);
    if (!hasPrompt && indented) unprompted.add(found);
    description = undefined;
  }
  // `# docker swarm init` printing `    docker swarm join --token …`: what a command printed.
  return { lines: prompted ? lines.filter((l) => !unprompted.has(l)) : lines, mistyped };
}

/** `dokcer rm` → 'dokcer': a first word a typo or two from `docker`, followed by a command-like word. */
function mistypedDocker(text: string): string | undefined {
  const match = /^(?:\$\s*)?([a-z]{4,7})\s+[a-z][a-z-]*(\s|$)/.exec(text);
  const word = match?.[1];
  if (!word || word === 'docker') return undefined;
  return editDistance(word, 'docker') <= 2 && word[0] === 'd' ? word : undefined;
}
