// Which seekers a signed-in person may read or change, checked in the handlers (the
// screens only hide what a role cannot do): a counsellor their own portfolio, a team
// lead their team's portfolios (read only), a print session the one seeker of its
// report. The dispatcher has already checked the channel's roles.
//
// A seeker the caller may not read is answered exactly as one that does not exist
// (`not_found`, same message): a refusal must not tell which identifiers are real.
// `forbidden` is kept for a seeker the caller reads but may not change, whose
// existence they know already.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SignedInUser } from '../../shared/auth/roles';
import type { CallContext } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { EVERYONE } from '../import/import-types';
import type { ImportScope } from '../import/import-types';

/** The one answer for a seeker that does not exist or that the caller may not read. */
export function noSuchSeeker(seekerId: string): ApiError {
  return new ApiError('not_found', `no seeker ${seekerId}`);
}

export function createAccess(db: Database) {
  const teamOfStmt = db.prepare<{ user_id: string }, { team: string | null }>(
    "SELECT team FROM users WHERE user_id = @user_id AND role = 'counsellor'",
  );
  const counsellorsOfTeamStmt = db.prepare<{ team: string }, { user_id: string }>(
    "SELECT user_id FROM users WHERE team = @team AND role = 'counsellor' ORDER BY user_id",
  );

  function signedIn(context: CallContext): SignedInUser {
    if (!context.user) throw new ApiError('unauthorized', 'sign in first');
    return context.user;
  }

  function inTeam(lead: SignedInUser, counsellorId: string): boolean {
    return lead.team !== null && teamOfStmt.get({ user_id: counsellorId })?.team === lead.team;
  }

  return {
    /** The counsellor ids whose portfolios this person reads. */
    readableCounsellors(context: CallContext): string[] {
      const user = signedIn(context);
      if (user.role === 'counsellor') return [user.userId];
      if (user.role === 'team_lead' && user.team !== null) {
        return counsellorsOfTeamStmt.all({ team: user.team }).map((r) => r.user_id);
      }
      return [];
    },

    canRead(context: CallContext, seekerId: string, counsellorId: string): boolean {
      const user = signedIn(context);
      if (context.printOf !== null) return context.printOf === seekerId;
      if (user.role === 'counsellor') return counsellorId === user.userId;
      if (user.role === 'team_lead') return inTeam(user, counsellorId);
      return false;
    },

    /** Only a seeker's own counsellor changes their follow-up or journal. */
    canWrite(context: CallContext, counsellorId: string): boolean {
      const user = signedIn(context);
      return context.printOf === null && user.role === 'counsellor' && user.userId === counsellorId;
    },

    assertRead(context: CallContext, seekerId: string, counsellorId: string): void {
      if (!this.canRead(context, seekerId, counsellorId)) throw noSuchSeeker(seekerId);
    },

    assertWrite(context: CallContext, seekerId: string, counsellorId: string): void {
      this.assertRead(context, seekerId, counsellorId);
      if (!this.canWrite(context, counsellorId)) {
        throw new ApiError('forbidden', `${seekerId} is not in your portfolio`);
      }
    },

    /**
     * Whose people this person's import may create or change: an administrator's, every
     * one; a team lead's, only those of their team's counsellors (none without a team).
     */
    importScope(context: CallContext): ImportScope {
      const user = signedIn(context);
      if (user.role === 'admin') return EVERYONE;
      return { kind: 'counsellors', counsellorIds: new Set(this.readableCounsellors(context)) };
    },

    /** The actor the audit trail names. */
    actorOf(context: CallContext): string {
      return signedIn(context).userId;
    },
  };
}

export type Access = ReturnType<typeof createAccess>;
