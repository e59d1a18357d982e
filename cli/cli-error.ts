// Errors the CLI reports as one line and an exit code, never as a stack trace.

export const EXIT = {
  ok: 0,
  /** Nothing could be read or done. */
  failure: 1,
  usage: 2,
  /** Some lines were rejected, the rest imported. */
  partial: 3,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}
