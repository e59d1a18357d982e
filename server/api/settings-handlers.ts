// Réglages: the analysis settings and the recommendation catalogue in force, and a
// team lead's or administrator's change, saved as a new version. Stored results name
// the version that produced them, so those of an older one are stale and the next
// caseload.list recomputes them (refresh-analyses.ts).
import {
  alignCatalogueEdit,
  describeCatalogueProblem,
} from '../../shared/analysis/recommendations';
import {
  describeSettingsProblem,
  editableSettings,
  settingsProblems,
} from '../../shared/analysis/settings';
import type { ArgsOf, Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { changedPaths } from '../../shared/api/settings';
import type { SettingsDocument, SettingsView } from '../../shared/api/settings';
import type { SettingsVersion } from '../db/settings-repository';
import type { ServiceContext } from './service-context';
import { writeTransaction } from '../db/transactions';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

function viewOf(s: ServiceContext): SettingsView {
  const inForce = s.settingsVersions.current();
  const [, ...history] = s.settingsVersions.history();
  return {
    settings: inForce.settings,
    catalogue: inForce.catalogue,
    current: inForce.info,
    history,
  };
}

/**
 * The change as it will be stored, or invalid_arguments naming the fields that do not
 * hold together (the schema has already checked each field on its own).
 */
function validChange(
  inForce: SettingsVersion,
  change: ArgsOf<'settings.update'>,
): SettingsDocument {
  const edit = alignCatalogueEdit(inForce.catalogue, change.catalogue);
  const problems = [
    ...settingsProblems(change.settings).map(describeSettingsProblem),
    ...(edit.ok ? [] : edit.problems.map(describeCatalogueProblem)),
  ];
  if (!edit.ok || problems.length > 0) {
    throw new ApiError('invalid_arguments', `settings.update: ${problems.join('; ')}`);
  }
  return { settings: change.settings, catalogue: edit.catalogue };
}

export function settingsHandlers(s: ServiceContext): SettingsHandlers {
  // IMMEDIATE: the write lock is taken before the version in force is read, so two
  // changes based on the same version cannot both be saved, even from two processes.
  const update = writeTransaction(s.db, (change: ArgsOf<'settings.update'>, actor: string) => {
    const inForce = s.settingsVersions.current();
    if (change.basedOn !== inForce.info.version) {
      throw new ApiError(
        'conflict',
        `the settings changed meanwhile: version ${inForce.info.version} is in force, not ${change.basedOn}`,
      );
    }
    const next = validChange(inForce, change);
    const before = { settings: editableSettings(inForce.settings), catalogue: inForce.catalogue };
    const changed = changedPaths(before, next);
    if (changed.length === 0) {
      throw new ApiError('invalid_arguments', 'settings.update: nothing changed');
    }
    const saved = s.settingsVersions.add(
      { ...next, createdBy: actor, reason: change.reason },
      s.now().toISOString(),
    );
    s.audit.append({
      actor,
      action: 'settings.update',
      reason: change.reason,
      details: { from: inForce.info.version, to: saved.info.version, changed },
    });
  });

  return {
    'settings.get': () => viewOf(s),

    'settings.update': (change, call) => {
      update(change, s.access.actorOf(call));
      s.settingsChanged();
      return viewOf(s);
    },
  };
}
