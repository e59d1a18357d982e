// The counsellor's follow-up of their own seekers: recommendations accepted or
// dismissed, the action plan, notes, and months entered on a person's behalf. Only the
// seeker's own counsellor may call these (access.ts); each change is in the trail.
import { evidenceFingerprint } from '../../shared/analysis/recommendations';
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { analyseSeekers } from '../analysis/analyse-seekers';
import { journalWithEnteredMonth, storeEnteredMonth } from '../import/enter-month';
import type { ServiceContext } from './service-context';
import { writeTransaction } from '../db/transactions';

type FollowUpHandlers = Pick<
  Handlers,
  | 'recommendation.accept'
  | 'recommendation.dismiss'
  | 'plan.add'
  | 'plan.update'
  | 'notes.add'
  | 'journal.enterMonth'
>;

export function followUpHandlers(s: ServiceContext): FollowUpHandlers {
  const { db, followUp, audit } = s;
  return {
    'recommendation.accept': ({ seekerId, recommendationId, dueOn = null }, call) => {
      const { key } = s.seekerFor(call, seekerId, 'write');
      const entry = s.catalogue().find((e) => e.id === recommendationId);
      if (!entry) throw new ApiError('not_found', `${recommendationId} is not in the catalogue`);
      const acceptedAt = s.now().toISOString();
      return writeTransaction(db, () => {
        const { item, created } = followUp.acceptRecommendation(
          key.seekerRef,
          recommendationId,
          entry.label.fr,
          dueOn,
          acceptedAt,
        );
        // Accepting again returns the item already there: only a new one is an event.
        if (created) {
          audit.append({
            actor: s.access.actorOf(call),
            action: 'recommendation.accept',
            seekerId,
            details: { recommendation: recommendationId, planItem: item.id, dueOn },
          });
        }
        return item;
      })();
    },

    'recommendation.dismiss': ({ seekerId, recommendationId, asOf, reason }, call) => {
      const { key, journal } = s.seekerFor(call, seekerId, 'write');
      const before = s.analyse(journal, asOf, followUp.engineDismissals(key.seekerRef));
      const proposed = before.recommendations.find((r) => r.id === recommendationId);
      if (!proposed) {
        throw new ApiError('not_found', `${recommendationId} is not proposed for ${seekerId}`);
      }
      return writeTransaction(db, () => {
        const record = followUp.dismiss(
          key.seekerRef,
          {
            id: recommendationId,
            dismissedOn: asOf,
            evidenceFingerprint: evidenceFingerprint(proposed.reasons),
            reason,
          },
          s.now().toISOString(),
        );
        audit.append({
          actor: s.access.actorOf(call),
          action: 'recommendation.dismiss',
          seekerId,
          reason,
          details: { recommendation: recommendationId, asOf },
        });
        // The grid shows the top recommendation from the stored result: store it anew
        // without the dismissed one, so both screens agree.
        const computedAt = s.now().toISOString();
        for (const analysed of analyseSeekers(s.journals, [seekerId], {
          refs: s.refs,
          asOf,
          settings: s.settings(),
          catalogue: s.catalogue(),
          dismissalsOf: followUp.engineDismissals,
        })) {
          s.analyses.saveSerialized(analysed, computedAt);
        }
        return record;
      })();
    },

    'plan.add': ({ seekerId, label, dueOn }, call) => {
      const { key } = s.seekerFor(call, seekerId, 'write');
      const addedAt = s.now().toISOString();
      return writeTransaction(db, () => {
        const item = followUp.addOwnAction(key.seekerRef, label, dueOn, addedAt);
        // Free text written about a person stays in its table; the trail names it by id.
        audit.append({
          actor: s.access.actorOf(call),
          action: 'plan.add',
          seekerId,
          details: { planItem: item.id, dueOn },
        });
        return item;
      })();
    },

    'plan.update': ({ seekerId, itemId, status, dueOn }, call) => {
      const { key } = s.seekerFor(call, seekerId, 'write');
      return writeTransaction(db, () => {
        const change = followUp.updatePlanItem(key.seekerRef, itemId, { status, dueOn });
        if (!change) throw new ApiError('not_found', `no plan item ${itemId} for ${seekerId}`);
        const { before, after } = change;
        audit.append({
          actor: s.access.actorOf(call),
          action: 'plan.update',
          seekerId,
          details: {
            planItem: itemId,
            status: { from: before.status, to: after.status },
            dueOn: { from: before.dueOn, to: after.dueOn },
          },
        });
        return after;
      })();
    },

    'notes.add': ({ seekerId, text }, call) => {
      const { key } = s.seekerFor(call, seekerId, 'write');
      const addedAt = s.now().toISOString();
      return writeTransaction(db, () => {
        const note = followUp.addNote(key.seekerRef, text, addedAt);
        // The trail must not become a second copy of what was written about a person.
        audit.append({
          actor: s.access.actorOf(call),
          action: 'note.add',
          seekerId,
          details: { note: note.id, length: text.length },
        });
        return note;
      })();
    },

    'journal.enterMonth': ({ seekerId, asOf, month }, call) => {
      const { key, journal } = s.seekerFor(call, seekerId, 'write');
      const enteredOn = s.now();
      const enteredAt = enteredOn.toISOString();
      const entered = journalWithEnteredMonth(journal, month, asOf, enteredOn);
      // The stored analysis now names the old journal hash: caseload.list and
      // seeker.get compute it again from the new journal.
      storeEnteredMonth(
        { db, journals: s.journals, audit },
        key,
        entered.journal,
        entered.month,
        s.access.actorOf(call),
        enteredAt,
      );
      return entered.month;
    },
  };
}
