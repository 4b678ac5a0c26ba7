// dockstudy doctor: is the store whole, and if not, which backup could replace it.

import { diagnoseStore, displayPath } from '../../store/index.js';
import { toJson } from '../../text/safety.js';
import { messages, storeErrorText } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';

export async function doctorCommand(context: Context, options: { json?: boolean }) {
  const found = diagnoseStore(context.storeFile, context.cwd);
  const t = messages(context.env.lang).doctor;
  const file = displayPath(found.file);
  if (options.json) context.out(toJson(found, 2));
  else if (found.state === 'ok') context.out(t.ok(file));
  else if (found.state === 'missing') context.out(t.missing(file));
  else {
    if (found.state === 'damaged') for (const problem of found.problems) context.out(problem);
    const newest = found.backups[0];
    context.out(
      newest ? `${t.backup(displayPath(newest))}\n${t.restore(file, displayPath(newest))}` : t.noBackup,
    );
  }
  if (found.state === 'damaged') throw new UserError(t.damaged(file));
  if (found.state === 'unusable') {
    const problem = found.reason
      ? storeErrorText(context.env.lang, {
          file: found.file,
          problem: found.reason,
          message: found.problems[0]!,
        })
      : found.problems[0];
    throw new UserError(`${t.unusable} ${problem}`);
  }
}
