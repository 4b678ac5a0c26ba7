import type { Card } from '../notes/types.js';
import { type Form, instructionLine, processFor, showArgv } from './entrypoint-rules.js';
import type { Phrases } from './phrases.js';
import type { ScenarioQuestion } from './question.js';
import { pick, type Rng, shuffle } from './rng.js';

// Scenario questions are computed from Docker's rules, so each belongs to the card that teaches the rule.
const SCENARIOS: Record<string, (card: Card, rng: Rng, say: Phrases) => ScenarioQuestion | undefined> = {
  'dockerfile-cmd-vs-entrypoint': entrypointScenario,
  'dockerfile-entrypoint': entrypointScenario,
  'dockerfile-cmd': entrypointScenario,
  'container-run-publish': publishScenario,
  'container-run-volume': volumeScenario,
};

/** A few different scenarios for the card (each computed, so there are as many as one asks for). */
export function scenarioQuestions(card: Card, rng: Rng, say: Phrases, tries = 6): ScenarioQuestion[] {
  const build = SCENARIOS[card.id];
  if (!build) return [];
  const byPrompt = new Map<string, ScenarioQuestion>();
  for (let i = 0; i < tries; i++) {
    const question = build(card, rng, say);
    if (question && !byPrompt.has(question.prompt)) byPrompt.set(question.prompt, question);
  }
  return [...byPrompt.values()];
}

function choiceOf(
  card: Card,
  rng: Rng,
  prompt: string,
  answer: string,
  candidates: string[],
): ScenarioQuestion | undefined {
  const wrong = shuffle(
    rng,
    [...new Set(candidates)].filter((c) => c !== answer),
  ).slice(0, 3);
  if (wrong.length < 3) return undefined;
  return { cardId: card.id, type: 'scenario', prompt, choices: shuffle(rng, [answer, ...wrong]), answer };
}

const PROGRAMS: Array<{ entry: string[]; cmd: string[]; args: string[] }> = [
  { entry: ['ping', '-c', '3'], cmd: ['localhost'], args: ['example.com'] },
  { entry: ['python', 'app.py'], cmd: ['--port', '8000'], args: ['--port', '9000'] },
  { entry: ['nginx'], cmd: ['-g', 'daemon off;'], args: ['-T'] },
  { entry: ['echo', 'hello'], cmd: ['world'], args: ['docker'] },
];

function entrypointScenario(card: Card, rng: Rng, say: Phrases): ScenarioQuestion | undefined {
  const program = pick(rng, PROGRAMS);
  const form = (argv: string[], shell: boolean): Form =>
    shell ? { form: 'shell', line: argv.join(' ') } : { form: 'exec', argv };
  const entrypoint = rng() < 0.8 ? form(program.entry, rng() < 0.25) : undefined;
  const cmd =
    rng() < 0.85
      ? form(entrypoint ? program.cmd : [...program.entry, ...program.cmd], rng() < 0.3)
      : undefined;
  const args = rng() < 0.5 ? program.args : [];
  const answer = show(processFor(entrypoint, cmd, args), say);
  const dockerfile = [
    entrypoint && instructionLine('ENTRYPOINT', entrypoint),
    cmd && instructionLine('CMD', cmd),
  ]
    .filter(Boolean)
    .join('\n');
  if (!dockerfile) return undefined;
  const run = ['docker container run example/app', ...args].join(' ');
  // Wrong answers: what the other rules would have run.
  const execOf = (f: Form | undefined) => (f ? (f.form === 'exec' ? f.argv : f.line.split(' ')) : []);
  const candidates = [
    show(processFor(entrypoint && { form: 'exec', argv: execOf(entrypoint) }, cmd, args), say),
    show([...execOf(entrypoint), ...execOf(cmd), ...args], say),
    show(args.length > 0 ? args : execOf(cmd), say),
    show(processFor(entrypoint, cmd, []), say),
    show(processFor(undefined, cmd, args), say),
    show(['/bin/sh', '-c', [...execOf(entrypoint), ...execOf(cmd)].join(' ')], say),
    show(execOf(entrypoint), say),
  ];
  return choiceOf(
    card,
    rng,
    say.whichProcess(`\`\`\`dockerfile\n${dockerfile}\n\`\`\``, run),
    answer,
    candidates,
  );
}

const show = (argv: string[] | undefined, say: Phrases) =>
  argv && argv.length > 0 ? `\`${showArgv(argv)}\`` : say.noProcess;

function publishScenario(card: Card, rng: Rng, say: Phrases): ScenarioQuestion | undefined {
  const host = pick(rng, [8080, 9000, 3000, 8000, 5000, 8443]);
  const inside = pick(
    rng,
    [80, 8081, 3001, 5432, 6379, 443].filter((p) => p !== host),
  );
  const run = `docker container run -d -p ${host}:${inside} example/app`;
  const askHost = rng() < 0.5;
  const others = [22, 2375, host + inside, 8888].map(String);
  return choiceOf(
    card,
    rng,
    askHost ? say.hostPort(run) : say.containerPort(run),
    String(askHost ? host : inside),
    [String(askHost ? inside : host), ...others],
  );
}

function volumeScenario(card: Card, rng: Rng, say: Phrases): ScenarioQuestion | undefined {
  const host = pick(rng, ['/srv/data', '/home/dev/site', '/opt/backup', '/mnt/cache']);
  const inside = pick(rng, ['/var/lib/mysql', '/usr/share/nginx/html', '/data', '/app/cache']);
  const run = `docker container run -d -v ${host}:${inside} example/app`;
  const askHost = rng() < 0.5;
  return choiceOf(card, rng, askHost ? say.hostPath(run) : say.containerPath(run), askHost ? host : inside, [
    askHost ? inside : host,
    '/var/lib/docker/volumes',
    '/tmp',
    '/',
    '/etc/docker',
  ]);
}
