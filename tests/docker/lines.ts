// Reading command lines in the grammar tests: a line docker accepts, one it refuses, two that mean the same.
import { compareCommands, parseCommandLine } from '../../src/docker/index.js';

export const same = (a: string, b: string) => compareCommands(a, b).equal;

export const parsed = (line: string) => {
  const result = parseCommandLine(line);
  if ('error' in result) throw new Error(`${line}: ${JSON.stringify(result.error)}`);
  return result;
};

export const errorOf = (line: string) => {
  const result = parseCommandLine(line);
  if (!('error' in result)) throw new Error(`${line} parsed, but docker refuses it`);
  return result.error;
};
