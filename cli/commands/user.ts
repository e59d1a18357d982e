// `jalon user add|list|disable|enable|reset-password`: the administrator's commands.
// Passwords are read from standard input (one line), never from the command line,
// where they would stay in the shell's history and the process list.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createUserRepository, ROLES, UserInputError } from '../../server/db/user-repository';
import type { Role } from '../../server/db/user-repository';
import { CliError } from '../cli-error';
import { openStore } from '../open-store';
import { say } from '../messages';

function passwordFromStdin(): string {
  if (process.stdin.isTTY) {
    throw new CliError(say.user.pipePassword);
  }
  const password = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new CliError(say.user.noPassword);
  return password;
}

function withUsers<T>(
  dbOption: string | undefined,
  work: (users: ReturnType<typeof createUserRepository>) => T,
): T {
  const db = openStore(dbOption);
  try {
    return work(createUserRepository(db));
  } catch (error) {
    if (error instanceof UserInputError) throw new CliError(error.message);
    throw error;
  } finally {
    db.close();
  }
}

const DB_OPTION = ['--db <path>', say.dbOption] as const;

export function registerUser(program: Command): void {
  const user = program.command('user').description(say.user.description);

  user
    .command('add')
    .description(say.user.add)
    .requiredOption('--id <id>', say.user.id)
    .requiredOption('--name <name>', say.user.name)
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--team <team>', say.user.team)
    .option(...DB_OPTION)
    .action((o: { id: string; name: string; role: string; team?: string; db?: string }) => {
      const password = passwordFromStdin();
      const added = withUsers(o.db, (users) =>
        users.add(
          { userId: o.id, displayName: o.name, role: o.role as Role, team: o.team ?? null },
          password,
        ),
      );
      process.stdout.write(`${say.user.added(added.userId, added.role)}\n`);
    });

  user
    .command('list')
    .description(say.user.list)
    .option(...DB_OPTION)
    .option('--json', say.jsonOption)
    .action((o: { db?: string; json?: boolean }) => {
      const list = withUsers(o.db, (users) => users.list());
      if (o.json) {
        process.stdout.write(`${JSON.stringify(list)}\n`);
        return;
      }
      for (const u of list) {
        const state = u.disabled ? say.user.disabledMark : '';
        process.stdout.write(
          `${u.userId}\t${u.role}\t${u.team ?? '-'}\t${u.displayName}${state}\n`,
        );
      }
    });

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(disabled ? say.user.disable : say.user.enable)
      .requiredOption('--id <id>', say.user.plainId)
      .option(...DB_OPTION)
      .action((o: { id: string; db?: string }) => {
        withUsers(o.db, (users) => users.setDisabled(o.id, disabled));
        process.stdout.write(`${disabled ? say.user.disabled(o.id) : say.user.enabled(o.id)}\n`);
      });
  }

  user
    .command('reset-password')
    .description(say.user.resetPassword)
    .requiredOption('--id <id>', say.user.plainId)
    .option(...DB_OPTION)
    .action((o: { id: string; db?: string }) => {
      const password = passwordFromStdin();
      withUsers(o.db, (users) => users.resetPassword(o.id, password));
      process.stdout.write(`${say.user.passwordReset(o.id)}\n`);
    });
}
