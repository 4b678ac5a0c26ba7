// Shell completion: `dockstudy completion bash|zsh|fish` prints a script; at each Tab the script asks
// `dockstudy __complete -- WORD… CURRENT` (the words after `dockstudy`), which prints the candidates
// one a line, read from the program itself (commands, options) and from the decks (deck and card ids).
// `:files` alone asks the shell to complete file names.
import type { Command, Option } from 'commander';
import { SETTING_RULES, SETTINGS } from '../../srs/config.js';
import { type Context, createContext } from '../context.js';
import { langNamed } from '../environment.js';
import { lazy } from '../lazy.js';

export const SHELLS = ['bash', 'zsh', 'fish'];

const FILES = ':files';

/** What each command's operands are: decks, cards, files… (by the command's path). */
const OPERANDS: Record<string, Kind> = {
  quiz: 'deck',
  cards: 'deck',
  card: 'card',
  lint: 'files',
  'notes add': 'files',
  'notes remove': 'remembered',
  'config get': 'setting',
  'config set': 'setting',
  completion: 'shell',
};
/** What option values are, for options without choices of their own. */
const OPTION_VALUES: Record<string, Kind | string[]> = {
  '--deck': 'deck',
  '--notes': 'files',
  '--types': ['choice', 'typed', 'cloze', 'scenario'],
};
type Kind = 'deck' | 'card' | 'files' | 'remembered' | 'setting' | 'shell';

function findOption(command: Command, flag: string): Option | undefined {
  for (let c: Command | null = command; c; c = c.parent) {
    const option = c.options.find((o) => o.long === flag || o.short === flag);
    if (option) return option;
  }
  return undefined;
}

const takesValue = (option: Option | undefined) => Boolean(option && (option.required || option.optional));

export async function completeCommand(context: Context, program: Command, words: string[]) {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let command = program;
  let operands = 0;
  let pending: Option | undefined;
  // Global options on the line shape the decks offered (--notes, --lang, --no-builtin).
  const notes: string[] = [];
  let lang = context.options.lang;
  let builtin = context.options.builtin;
  for (const word of before) {
    if (pending) {
      if (pending.long === '--notes') notes.push(word);
      if (pending.long === '--lang') lang = langNamed(word) ?? lang;
      pending = undefined;
    } else if (word.startsWith('-')) {
      const option = findOption(command, word.split('=')[0]!);
      if (option?.long === '--no-builtin') builtin = false;
      if (takesValue(option) && !word.includes('=')) pending = option;
    } else {
      const sub = operands === 0 ? command.commands.find((c) => c.name() === word) : undefined;
      if (sub) command = sub;
      else operands++;
    }
  }
  const kind: Kind | string[] | undefined = pending
    ? (pending.argChoices ?? OPTION_VALUES[pending.long ?? ''])
    : current.startsWith('-')
      ? optionFlags(command)
      : command.commands.length > 0 && operands === 0
        ? visibleCommands(command)
        : operands === 0 || command.registeredArguments[0]?.variadic
          ? OPERANDS[commandPath(command)]
          : undefined;
  if (kind === undefined) return;
  if (kind === 'files') return context.out(FILES);
  const local = { ...context.options, lang, builtin, notes: [...context.options.notes, ...notes] };
  const candidates = Array.isArray(kind) ? kind : await operandsOf(kind, createContext(local, context));
  const matching = candidates.filter((c) => c.startsWith(current));
  if (matching.length > 0) context.out(matching.join('\n'));
}

function optionFlags(command: Command): string[] {
  const flags = new Set<string>();
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) if (option.long && !option.hidden) flags.add(option.long);
  }
  flags.add('--help');
  return [...flags];
}

function visibleCommands(command: Command): string[] {
  return command.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
    .map((c) => c.name());
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

async function operandsOf(kind: Kind, context: Context): Promise<string[]> {
  switch (kind) {
    case 'deck':
      return (await context.cardIndex()).decks.map((d) => d.id);
    case 'card':
      return (await context.cardIndex()).decks.flatMap((d) => d.cards.map((c) => c.id));
    case 'remembered':
      return (await lazy('notes')).readRememberedNotes(context.storeFile);
    case 'setting':
      return SETTINGS.map((s) => SETTING_RULES[s].name);
    case 'shell':
      return SHELLS;
    case 'files':
      return [];
  }
}

export function completionScript(shell: string): string {
  return SCRIPTS[shell as keyof typeof SCRIPTS];
}

const SCRIPTS = {
  bash: `# dockstudy completion for bash: source <(dockstudy completion bash)
_dockstudy() {
  local IFS=$'\\n' out
  out=$(dockstudy __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [[ $out == "${FILES}" ]]; then
    COMPREPLY=($(compgen -f -- "\${COMP_WORDS[COMP_CWORD]}"))
  else
    COMPREPLY=($out)
  fi
}
complete -o filenames -F _dockstudy dockstudy
`,
  // Sourced (after compinit), the file defines _dockstudy and registers it with compdef; put in
  // $fpath as _dockstudy, zsh autoloads it and the same text runs as the completion itself.
  zsh: `#compdef dockstudy
# dockstudy completion for zsh: source <(dockstudy completion zsh), after compinit
# (or save it as _dockstudy in a folder of $fpath)
_dockstudy() {
  local out
  # The words after dockstudy up to the one at the cursor, their shell quoting taken off.
  out=$(dockstudy __complete -- "\${(@Q)words[2,CURRENT]}" 2>/dev/null) || return 1
  [[ -n $out ]] || return 1
  if [[ $out == "${FILES}" ]]; then
    _files
  else
    local -a candidates
    candidates=("\${(@f)out}")
    compadd -a candidates
  fi
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _dockstudy "$@"
else
  compdef _dockstudy dockstudy
fi
`,
  fish: `# dockstudy completion for fish: dockstudy completion fish | source
function __dockstudy_complete
    set -l words (commandline -opc) (commandline -ct)
    set -e words[1]
    set -l out (dockstudy __complete -- $words 2>/dev/null)
    if test "$out[1]" = "${FILES}"
        __fish_complete_path (commandline -ct)
    else
        printf '%s\\n' $out
    end
end
complete -c dockstudy -f -a '(__dockstudy_complete)'
`,
};
