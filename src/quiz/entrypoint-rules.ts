// How docker decides what a container runs, from ENTRYPOINT, CMD and the arguments after the image.
// Facts from the Dockerfile reference ("Understand how CMD and ENTRYPOINT interact").

export type Form = { form: 'exec'; argv: string[] } | { form: 'shell'; line: string };

const viaShell = (line: string) => ['/bin/sh', '-c', line];
const argvOf = (form: Form) => (form.form === 'exec' ? form.argv : viaShell(form.line));

/** The process that runs, as argv; undefined when there is nothing to run (the container fails). */
export function processFor(
  entrypoint: Form | undefined,
  cmd: Form | undefined,
  runArgs: string[],
): string[] | undefined {
  // A shell-form ENTRYPOINT ignores CMD and the run arguments.
  if (entrypoint?.form === 'shell') return viaShell(entrypoint.line);
  const tail = runArgs.length > 0 ? runArgs : cmd ? argvOf(cmd) : [];
  if (entrypoint) return [...entrypoint.argv, ...tail];
  return tail.length > 0 ? tail : undefined;
}

/** Dockerfile text for a form: `CMD ["a", "b"]` or `CMD a b`. */
export function instructionLine(name: 'ENTRYPOINT' | 'CMD', form: Form): string {
  return form.form === 'exec'
    ? `${name} ${JSON.stringify(form.argv).replace(/","/g, '", "')}`
    : `${name} ${form.line}`;
}

/** argv as a shell would show it: arguments with spaces are quoted. */
export function showArgv(argv: string[]): string {
  return argv.map((a) => (/[\s"'$]/.test(a) || a === '' ? `"${a.replace(/"/g, '\\"')}"` : a)).join(' ');
}
