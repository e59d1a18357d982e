// `jalon`: the command line of Jalon. Each command lives in commands/; this file wires
// them and turns every failure into one line on stderr and an exit code. A command whose
// work loads much (the import, the engine, the server and Playwright) keeps that work in
// commands/NAME-run.ts, imported only when it runs: `jalon stats` or `--help` does not
// pay for the others.
import { Command, CommanderError, Help } from 'commander';
import type { Option } from 'commander';
import { say } from './messages';
import { CliError, EXIT } from './cli-error';
import { registerAnalyze } from './commands/analyze';
import { registerAudit } from './commands/audit';
import { registerDemo } from './commands/demo';
import { registerDpo } from './commands/dpo';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerPurge } from './commands/purge';
import { registerReport } from './commands/report';
import { registerSeed } from './commands/seed';
import { registerServe } from './commands/serve';
import { registerStats } from './commands/stats';
import { registerUser } from './commands/user';

/** Commander's headings and "(default: …)" in the CLI's language. */
const helpInLanguage = {
  styleTitle: (title: string) => say.helpTitles[title] ?? title,
  optionDescription(this: Help, option: Option): string {
    return Help.prototype.optionDescription
      .call(this, option)
      .replace('(default: ', say.defaultOpen);
  },
};

function buildProgram(): Command {
  const program = new Command()
    .name('jalon')
    .description(say.program)
    .showHelpAfterError(say.helpAfterError)
    .helpOption('-h, --help', say.helpOption)
    .helpCommand('help [command]', say.helpCommand)
    .configureHelp(helpInLanguage)
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
  registerPurge(program);
  registerDpo(program);
  // Sub-commands (and theirs: `user add`) speak the same language and report errors the same way.
  const everyCommand = (command: Command): Command[] => [
    command,
    ...command.commands.flatMap(everyCommand),
  ];
  for (const command of everyCommand(program).slice(1)) {
    command.exitOverride();
    command.helpOption('-h, --help', say.helpOption);
    command.configureHelp(helpInLanguage);
  }
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
    process.stderr.write(`${say.error(message)}\n`);
    if (process.env.JALON_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT.failure;
  }
}

await main(process.argv);
