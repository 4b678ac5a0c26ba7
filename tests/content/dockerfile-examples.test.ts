import {
  DockerfileParser,
  type Instruction,
  JSONInstruction,
  Keyword,
  PropertyInstruction,
} from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { fencesOf, loadContent } from './content-files.js';

// Every ```dockerfile block of the built-in decks, read by a real Dockerfile parser (dockerfile-ast,
// the one behind the Dockerfile language server), then held to what the builder would refuse.

const INSTRUCTIONS = new Set<string>(Object.values(Keyword));
// Exec form: these may take a JSON array; SHELL must.
const JSON_FORMS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'ADD', 'COPY']);

/** What a builder would reject in one Dockerfile (or fragment), one message a problem. */
function dockerfileProblems(text: string): string[] {
  const problems: string[] = [];
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  if (instructions.length === 0) problems.push('no instruction');
  const say = (i: Instruction, what: string) =>
    problems.push(`line ${i.getRange().start.line + 1}: ${i.getKeyword()} ${what}`);
  for (const instruction of instructions) checkInstruction(instruction, say);
  // A whole Dockerfile (one with a FROM) starts with FROM, after global ARGs only.
  const firstOther = instructions.find((i) => i.getKeyword() !== 'ARG');
  if (
    instructions.some((i) => i.getKeyword() === 'FROM') &&
    firstOther &&
    firstOther.getKeyword() !== 'FROM'
  ) {
    say(firstOther, 'comes before the first FROM');
  }
  return problems;
}

function checkInstruction(instruction: Instruction, say: (i: Instruction, what: string) => void) {
  const keyword = instruction.getKeyword();
  if (!INSTRUCTIONS.has(keyword)) return say(instruction, 'is not a Dockerfile instruction');
  if (instruction.getArguments().length === 0) return say(instruction, 'has no arguments');
  const raw = (instruction.getRawArgumentsContent() ?? '').replace(/^(--\S+\s+)+/, '');
  if (raw.startsWith('[')) {
    if (!JSON_FORMS.has(keyword)) say(instruction, 'does not take a JSON array');
    else if (!isJsonStringArray(raw)) say(instruction, `has a malformed exec form: ${raw}`);
    if (instruction instanceof JSONInstruction && instruction.getJSONStrings().length === 0) {
      say(instruction, 'has an empty exec form');
    }
  } else if (keyword === 'SHELL') say(instruction, 'must be a JSON array');
  if (instruction instanceof PropertyInstruction && (keyword === 'ENV' || keyword === 'LABEL')) {
    for (const property of instruction.getProperties()) {
      // `ENV KEY = value` is the legacy one-pair form: the value becomes "= value".
      if (property.getValue()?.startsWith('='))
        say(instruction, `sets ${property.getName()} to "${property.getValue()}"`);
      if (property.getAssignmentOperator() === null && instruction.getProperties().length > 1) {
        say(instruction, `mixes the legacy "key value" form into ${property.getName()}`);
      }
    }
  }
  if (keyword === 'FROM') {
    const args = instruction.getArguments().map((a) => a.getValue());
    const rest = args.slice(1).filter((a) => !a.startsWith('--'));
    if (rest.length > 0 && !(rest.length === 2 && rest[0]!.toUpperCase() === 'AS')) {
      say(instruction, `has stray words: ${rest.join(' ')}`);
    }
  }
  if (keyword === 'ONBUILD') {
    const trigger = instruction.getArguments()[0]?.getValue().toUpperCase() ?? '';
    if (['ONBUILD', 'FROM', 'MAINTAINER'].includes(trigger)) say(instruction, `cannot trigger ${trigger}`);
  }
}

function isJsonStringArray(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

describe('Dockerfile examples in the built-in decks', () => {
  const fences = (['ko', 'en'] as const)
    .flatMap(loadContent)
    .flatMap(fencesOf)
    .filter((f) => f.lang === 'dockerfile');

  it('are there to check', () => {
    expect(fences.length).toBeGreaterThanOrEqual(40);
  });

  it('parse as Dockerfiles and hold nothing a builder would refuse', () => {
    const problems = fences.flatMap((f) => dockerfileProblems(f.text).map((p) => `${f.where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('are held to rules that catch real mistakes', () => {
    expect(dockerfileProblems('FROM alpine:3.20\nENV BUILDDATE = today')).toEqual([
      'line 2: ENV sets BUILDDATE to "= today"',
    ]);
    expect(dockerfileProblems('CMD ["node", \'server.js\']')).toHaveLength(1);
    expect(dockerfileProblems('SHELL /bin/bash -c')).toEqual(['line 1: SHELL must be a JSON array']);
    expect(dockerfileProblems('RUN echo hi\nFROM alpine')).toEqual([
      'line 1: RUN comes before the first FROM',
    ]);
    expect(dockerfileProblems('ARG V=1\nFROM alpine:$V AS build')).toEqual([]);
    expect(dockerfileProblems('FORM alpine')).toEqual(['line 1: FORM is not a Dockerfile instruction']);
    expect(dockerfileProblems('ONBUILD FROM alpine')).toEqual(['line 1: ONBUILD cannot trigger FROM']);
    expect(dockerfileProblems('EXPOSE')).toEqual(['line 1: EXPOSE has no arguments']);
  });
});
