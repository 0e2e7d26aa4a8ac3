import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Thrown for wrong command-line use: the script prints the message and its usage, and exits 2. */
export class UsageError extends Error {}

/** Parses the flags of a contributor script; an unknown flag or a missing value is a UsageError. */
export function parseFlags<T extends ParseArgsOptionsConfig>(options: T, args = process.argv.slice(2)) {
  try {
    return parseArgs({ options, args, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs a script's main function: usage errors exit 2 with the usage, other errors exit 1 with their message. */
export async function runCli(usage: string, main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    console.error(`Error: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(`\n${usage}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
