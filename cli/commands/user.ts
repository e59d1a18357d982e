// `jalon user add|list|disable|enable|reset-password`: the administrator's commands.
// Passwords are read from standard input (one line), never from the command line,
// where they would stay in the shell's history and the process list.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import {
  createUserRepository,
  ROLES,
  UserInputError,
} from '../../electron/services/db/user-repository';
import type { Role } from '../../electron/services/db/user-repository';
import { CliError } from '../cli-error';
import { openStore } from '../open-store';

function passwordFromStdin(): string {
  if (process.stdin.isTTY) {
    throw new CliError('pipe the password on standard input, e.g.: printf %s "$PW" | jalon user …');
  }
  const password = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new CliError('no password on standard input');
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

const DB_OPTION = [
  '--db <path>',
  'database file (default: $JALON_DB or the user data folder)',
] as const;

export function registerUser(program: Command): void {
  const user = program.command('user').description('Administer the people who use Jalon.');

  user
    .command('add')
    .description('Add a user; the password is read from standard input.')
    .requiredOption('--id <id>', 'user id (a counsellor’s is their counsellor id in the journals)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--team <team>', 'team id (counsellors and team leads)')
    .option(...DB_OPTION)
    .action((o: { id: string; name: string; role: string; team?: string; db?: string }) => {
      const password = passwordFromStdin();
      const added = withUsers(o.db, (users) =>
        users.add(
          { userId: o.id, displayName: o.name, role: o.role as Role, team: o.team ?? null },
          password,
        ),
      );
      process.stdout.write(`added ${added.userId} (${added.role})\n`);
    });

  user
    .command('list')
    .description('List the users.')
    .option(...DB_OPTION)
    .option('--json', 'print as JSON')
    .action((o: { db?: string; json?: boolean }) => {
      const list = withUsers(o.db, (users) => users.list());
      if (o.json) {
        process.stdout.write(`${JSON.stringify(list)}\n`);
        return;
      }
      for (const u of list) {
        const state = u.disabled ? ' (disabled)' : '';
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
      .description(disabled ? 'Stop a user from signing in.' : 'Let a disabled user sign in again.')
      .requiredOption('--id <id>', 'user id')
      .option(...DB_OPTION)
      .action((o: { id: string; db?: string }) => {
        withUsers(o.db, (users) => users.setDisabled(o.id, disabled));
        process.stdout.write(`${o.id} ${disabled ? 'disabled' : 'enabled'}\n`);
      });
  }

  user
    .command('reset-password')
    .description('Set a new password (read from standard input) and lift any lock-out.')
    .requiredOption('--id <id>', 'user id')
    .option(...DB_OPTION)
    .action((o: { id: string; db?: string }) => {
      const password = passwordFromStdin();
      withUsers(o.db, (users) => users.resetPassword(o.id, password));
      process.stdout.write(`password of ${o.id} reset\n`);
    });
}
