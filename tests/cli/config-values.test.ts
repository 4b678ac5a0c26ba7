import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { configSet, configShow, parseConfigKey, parseConfigValue } from '../../src/cli/commands/config.js';
import type { Context } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';
import { closeStore, getConfig, openStore } from '../../src/store/index.js';
import { tempDir } from '../store/helpers.js';
import { run, testContext } from './helpers.js';

describe('parseConfigKey', async () => {
  it('knows the keys users type, in any case', async () => {
    expect(parseConfigKey('retention')).toBe('retention');
    expect(parseConfigKey('new-per-day')).toBe('newPerDay');
    expect(parseConfigKey('MAX-ANSWER-SECONDS')).toBe('maxAnswerSeconds');
    expect(parseConfigKey(' New-Per-Day ')).toBe('newPerDay');
  });

  it.each(['newPerDay', 'retain', '', 'toString', '__proto__'])(
    'refuses %j, listing the keys',
    async (key) => {
      expect(() => parseConfigKey(key)).toThrow(UsageError);
      expect(() => parseConfigKey(key)).toThrow(
        /^unknown config key '.*'; keys: retention \(0\.7–0\.99\), new-per-day \(0–9999\), leech-threshold \(1–99\), max-answer-seconds \(10–3600\)$/,
      );
    },
  );

  it('keeps control sequences out of the message', async () => {
    expect(() => parseConfigKey('x\x1b[2Jy')).toThrow(/^unknown config key 'xy';/);
  });
});

describe('parseConfigValue', async () => {
  it.each([
    ['0.7', 0.7],
    ['0.85', 0.85],
    ['.9', 0.9],
    ['0.99', 0.99],
    [' 0.950 ', 0.95],
  ])('retention %j → %d', async (text, value) => {
    expect(parseConfigValue('retention', text)).toBe(value);
  });

  it.each(['0.69', '0.991', '1', '-0.8', '+0.8', '8e-1', '0x1', 'abc', '', ' ', '0,85', 'NaN', 'Infinity'])(
    'retention refuses %j, naming the range',
    (text) => {
      expect(() => parseConfigValue('retention', text)).toThrow(UsageError);
      expect(() => parseConfigValue('retention', text)).toThrow(
        /^retention must be a number from 0\.7 to 0\.99, not '.*'$/,
      );
    },
  );

  it.each([
    ['0', 0],
    ['20', 20],
    ['007', 7],
    ['9999', 9999],
  ])('new-per-day %j → %d', async (text, value) => {
    expect(parseConfigValue('newPerDay', text)).toBe(value);
  });

  it.each(['-1', '10000', '2.5', '20.', '1e3', 'twenty', ''])('new-per-day refuses %j', async (text) => {
    const refuse = () => parseConfigValue('newPerDay', text);
    expect(refuse).toThrow(UsageError);
    expect(refuse).toThrow(/^new-per-day must be a whole number from 0 to 9999, not '.*'$/);
  });

  it.each([
    ['10', 10],
    ['90', 90],
    ['3600', 3600],
  ])('max-answer-seconds %j → %d', async (text, value) => {
    expect(parseConfigValue('maxAnswerSeconds', text)).toBe(value);
  });

  it.each(['9', '3601', '0', '90.5', '-60', '1e2', 'a minute', ''])(
    'max-answer-seconds refuses %j, in one line naming the range',
    async (text) => {
      const refuse = () => parseConfigValue('maxAnswerSeconds', text);
      expect(refuse).toThrow(UsageError);
      expect(refuse).toThrow(/^max-answer-seconds must be a whole number from 10 to 3600, not '.*'$/);
    },
  );

  it('usage errors exit 2', async () => {
    try {
      parseConfigValue('retention', '2');
      expect.unreachable();
    } catch (error) {
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as UsageError).name).toBe('UsageError');
    }
  });
});

describe('configSet and configShow', async () => {
  let home: string;
  let context: Context;
  let printed: string[];
  const db = () => join(home, 'dockstudy.db');

  beforeEach(() => {
    home = tempDir();
    printed = [];
    // Each line the command prints, as it printed it.
    context = { ...testContext({ home, builtin: false }).context, out: (text) => printed.push(text) };
  });

  it('get and list show the defaults without creating the store', async () => {
    await configShow(context, undefined);
    await configShow(context, undefined);
    await configShow(context, 'new-per-day');
    await configShow(context, 'retention', { json: true });
    expect(printed).toEqual([
      'retention = 0.9\nnew-per-day = 20\nleech-threshold = 8\nmax-answer-seconds = 60',
      'retention = 0.9\nnew-per-day = 20\nleech-threshold = 8\nmax-answer-seconds = 60',
      'new-per-day = 20',
      '{\n  "retention": 0.9\n}',
    ]);
    expect(existsSync(db())).toBe(false);
  });

  it('set stores the value and confirms it; get reads it back', async () => {
    await configSet(context, 'retention', '0.85');
    await configSet(context, 'new-per-day', '35');
    await configShow(context, undefined, { json: true });
    expect(printed).toEqual([
      'retention = 0.85',
      'new-per-day = 35',
      '{\n  "retention": 0.85,\n  "new-per-day": 35,\n  "leech-threshold": 8,\n  "max-answer-seconds": 60\n}',
    ]);
    const store = openStore(db(), { readonly: true });
    expect(getConfig(store)).toEqual({
      retention: 0.85,
      newPerDay: 35,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    closeStore(store);
  });

  it('a bad key or value changes nothing, and creates no store', async () => {
    await expect(configSet(context, 'retention', '1.5')).rejects.toThrow(UsageError);
    await expect(configSet(context, 'colour', 'blue')).rejects.toThrow(/unknown config key 'colour'/);
    expect(existsSync(db())).toBe(false);

    await configSet(context, 'retention', '0.8');
    const before = readFileSync(db());
    await expect(configSet(context, 'new-per-day', '-3')).rejects.toThrow(/new-per-day/);
    await expect(configSet(context, 'retention', '0.5')).rejects.toThrow(/0\.7 to 0\.99/);
    expect(readFileSync(db()).equals(before)).toBe(true);
    const store = openStore(db(), { readonly: true });
    expect(getConfig(store)).toEqual({
      retention: 0.8,
      newPerDay: 20,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    closeStore(store);
    expect(printed).toEqual(['retention = 0.8']);
  });

  it('a bad stored value names the command that mends it', async () => {
    await configSet(context, 'retention', '0.8');
    const store = openStore(db());
    store.db.prepare("INSERT INTO config (key, value) VALUES ('new-per-day', 'lots')").run();
    closeStore(store);
    const result = await run(['config', 'get'], { home });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `dockstudy: ${db()}: new-per-day must be a whole number from 0 to 9999 (got lots); ` +
        'fix it with: dockstudy config set new-per-day <value>\n',
    );
    expect((await run(['config', 'set', 'new-per-day', '5'], { home })).stdout).toBe('new-per-day = 5\n');
  });

  it('max-answer-seconds at its bounds: 10 and 3600 are kept, 9 and 3601 refused in one line, exit 2', async () => {
    for (const ok of ['10', '3600']) {
      const result = await run(['config', 'set', 'max-answer-seconds', ok], { home });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe(`max-answer-seconds = ${ok}\n`);
    }
    const before = readFileSync(db());
    for (const bad of ['9', '3601']) {
      const result = await run(['--lang', 'en', 'config', 'set', 'max-answer-seconds', bad], { home });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        `dockstudy: max-answer-seconds must be a whole number from 10 to 3600, not '${bad}'\n`,
      );
    }
    expect(readFileSync(db()).equals(before)).toBe(true);
    expect((await run(['config', 'get', 'max-answer-seconds'], { home })).stdout).toBe(
      'max-answer-seconds = 3600\n',
    );
  });

  // Arity and unknown subcommands are commander's to refuse: exit 2, nothing written.
  it.each([
    [['config', 'frob'], /unknown command 'frob'/],
    [['config', 'set', 'retention'], /missing required argument 'value'/],
    [['config', 'list', 'retention'], /too many arguments/],
    [['config', 'get', 'retention', '0.8'], /too many arguments/],
  ])('%j is a usage error', async (args, message) => {
    const result = await run(args, { home });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(db())).toBe(false);
  });
});
