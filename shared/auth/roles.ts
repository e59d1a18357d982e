// Who uses Jalon (see the brief; `dpo`, the data-protection officer, reads the access log
// and answers the right of access, never a portfolio): the role decides which channels a person may call,
// the team which portfolios a team lead reads. Declared here, without any platform,
// because the API contract, the handlers and the screens all speak of them.
export const ROLES = ['counsellor', 'team_lead', 'controller', 'admin', 'dpo'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The person behind a call, as the handlers and the screens see them. */
export interface SignedInUser {
  userId: string;
  displayName: string;
  role: Role;
  team: string | null;
}
