// `jalon`: the command line of Jalon. Each command lives in commands/; this file wires
// them and turns every failure into one line on stderr and an exit code. A command whose
// work loads much (the import, the engine, the server and Playwright) keeps that work in
// commands/NAME-run.ts, imported only when it runs: `jalon stats` or `--help` does not
// pay for the others.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './cli-error';
import { registerAnalyze } from './commands/analyze';
import { registerAudit } from './commands/audit';
import { registerDemo } from './commands/demo';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerReport } from './commands/report';
import { registerSeed } from './commands/seed';
import { registerServe } from './commands/serve';
import { registerStats } from './commands/stats';
import { registerUser } from './commands/user';

function buildProgram(): Command {
  const program = new Command()
    .name('jalon')
    .description('Jalon: job-search journals for France Travail counsellors.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerSeed(program);
  registerImport(program);
  registerExport(program);
  registerStats(program);
  registerDemo(program);
  registerAnalyze(program);
  registerServe(program);
  registerReport(program);
  registerAudit(program);
  registerUser(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed the message (or the help).
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jalon: ${message}\n`);
    if (process.env.JALON_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT.failure;
  }
}

await main(process.argv);
