// The demo database's users, one or more of each role, all with the same documented
// password (README): enough to try every role's work on the demo caseload.
import { DEMO_AGENCY } from '../../shared/demo/agency';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createUserRepository } from '../db/user-repository';
import type { Role } from '../db/user-repository';

export const DEMO_PASSWORD = 'demo-jalon';

interface DemoUser {
  userId: string;
  displayName: string;
  role: Role;
  team: string | null;
}

export function demoUsers(): DemoUser[] {
  const users: DemoUser[] = [];
  DEMO_AGENCY.teams.forEach((team, index) => {
    users.push({
      userId: `RE-${index + 1}`,
      displayName: `Responsable ${team.name}`,
      role: 'team_lead',
      team: team.id,
    });
    for (const counsellor of team.counsellors) {
      users.push({
        userId: counsellor.id,
        displayName: counsellor.name,
        role: 'counsellor',
        team: team.id,
      });
    }
  });
  users.push({ userId: 'CTRL-1', displayName: 'Contrôleur démo', role: 'controller', team: null });
  users.push({ userId: 'admin', displayName: 'Administrateur démo', role: 'admin', team: null });
  users.push({
    userId: 'DPO-1',
    displayName: 'Délégué à la protection des données démo',
    role: 'dpo',
    team: null,
  });
  return users;
}

/** Adds the demo users that are missing (running the demo again changes nothing). */
export function addDemoUsers(db: Database): number {
  const users = createUserRepository(db);
  let added = 0;
  for (const user of demoUsers()) {
    if (users.get(user.userId)) continue;
    users.add(user, DEMO_PASSWORD);
    added += 1;
  }
  return added;
}
