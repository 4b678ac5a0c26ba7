// The global options as written on the command line (program.ts defines them for commander; plain
// runs are read by plain-arguments.ts): those that take a value, and those that do not.
export const GLOBAL_VALUES = ['--notes', '--lang'];
export const GLOBAL_SWITCHES = ['--no-builtin', '--no-color'];
