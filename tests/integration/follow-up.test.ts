// The counsellor's follow-up through the handlers, as IPC and HTTP call them, on a real
// SQLite file: actions of their own in the plan, their status and due date, notes, and
// the audit trail that records each change without copying what was written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';

import type { Channel } from '../../shared/api/contract';
import type { Services } from '../../server/api/handlers';
import { createAuditRepository } from '../../server/db/audit-repository';
import { openDatabase } from '../../server/db/database';
import { addTestUsers, apiFor } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { testServices } from '../helpers/services';

const AS_OF = '2026-10-20';
const NOTE = 'Rendez-vous téléphonique : projet de formation en comptabilité.';

describe('follow-up: action plan and notes', () => {
  const tempDir = useTempDir();
  let path: string;
  let db: Database;
  let services: Services;
  let clock: Date;

  const { send, call } = apiFor(() => services, 'CNS-01');
  const admin = apiFor(() => services, 'admin');

  function openServices() {
    db = openDatabase(path);
    services = testServices(db, { now: () => clock });
  }

  async function closeServices() {
    await services.dispose();
    db.close();
  }

  beforeEach(async () => {
    path = join(tempDir(), 'jalon.db');
    clock = new Date('2026-10-20T09:00:00Z');
    openServices();
    addTestUsers(services);
    const file = writeJsonl(join(tempDir(), 'journaux.jsonl'), [seeker('S1'), seeker('S2')]);
    await admin.call('import.start', { files: [services.staged.stagePath(file).id] });
    await services.imports.idle();
  });

  afterEach(closeServices);

  it('adds an action of the counsellor’s own, kept in the page after reopening the file', async () => {
    const item = await call('plan.add', {
      seekerId: 'S1',
      label: '  Relancer l’agence d’intérim  ',
      dueOn: '2026-11-05',
    });
    expect(item).toMatchObject({
      recommendationId: null,
      label: 'Relancer l’agence d’intérim',
      status: 'todo',
      dueOn: '2026-11-05',
      createdAt: '2026-10-20T09:00:00.000Z',
    });
    await closeServices();
    openServices();
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(page.actionPlan).toEqual([item]);
    expect((await call('seeker.get', { seekerId: 'S2', asOf: AS_OF })).actionPlan).toEqual([]);
  });

  it('changes the status and the due date, each alone or both, keeping what is not given', async () => {
    const { id } = await call('plan.add', { seekerId: 'S1', label: 'Atelier CV', dueOn: null });
    const started = await call('plan.update', {
      seekerId: 'S1',
      itemId: id,
      status: 'in_progress',
    });
    expect(started).toMatchObject({ status: 'in_progress', dueOn: null });
    const dated = await call('plan.update', { seekerId: 'S1', itemId: id, dueOn: '2026-12-01' });
    expect(dated).toMatchObject({ status: 'in_progress', dueOn: '2026-12-01' });
    const closed = await call('plan.update', {
      seekerId: 'S1',
      itemId: id,
      status: 'done',
      dueOn: null,
    });
    expect(closed).toMatchObject({ id, label: 'Atelier CV', status: 'done', dueOn: null });
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(page.actionPlan).toEqual([closed]);
  });

  it('refuses to change an item through another seeker’s page, or one that does not exist', async () => {
    const { id } = await call('plan.add', { seekerId: 'S1', label: 'Atelier CV', dueOn: null });
    const wrongSeeker = await send('plan.update', { seekerId: 'S2', itemId: id, status: 'done' });
    expect(wrongSeeker).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const noItem = await send('plan.update', { seekerId: 'S1', itemId: id + 1, status: 'done' });
    expect(noItem).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const noSeeker = await send('notes.add', { seekerId: 'S9', text: NOTE });
    expect(noSeeker).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(page.actionPlan[0]).toMatchObject({ status: 'todo' });
    expect(createAuditRepository(db).ofSeeker('S2')).toEqual([]);
  });

  it('refuses invalid arguments before any handler runs', async () => {
    const invalid: [Channel, unknown][] = [
      ['plan.add', { seekerId: 'S1', label: '   ', dueOn: null }],
      ['plan.add', { seekerId: 'S1', label: 'x'.repeat(201), dueOn: null }],
      ['plan.add', { seekerId: 'S1', label: 'Atelier', dueOn: '05/11/2026' }],
      ['plan.add', { seekerId: 'S1', label: 'Atelier' }],
      ['plan.update', { seekerId: 'S1', itemId: 0, status: 'done' }],
      ['plan.update', { seekerId: 'S1', itemId: 1.5, status: 'done' }],
      ['plan.update', { seekerId: 'S1', itemId: 1, status: 'maybe' }],
      ['plan.update', { seekerId: 'S1', itemId: 1, label: 'renamed' }],
      ['notes.add', { seekerId: 'S1', text: ' \n ' }],
      ['notes.add', { seekerId: 'S1', text: 'x'.repeat(2001) }],
    ];
    for (const [channel, args] of invalid) {
      expect(await send(channel, args), JSON.stringify(args)).toMatchObject({
        ok: false,
        error: { code: 'invalid_arguments' },
      });
    }
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(page).toMatchObject({ actionPlan: [], notes: [] });
  });

  it('keeps dated notes, newest first', async () => {
    const first = await call('notes.add', { seekerId: 'S1', text: `  ${NOTE}\n` });
    expect(first).toMatchObject({ text: NOTE, createdAt: '2026-10-20T09:00:00.000Z' });
    clock = new Date('2026-10-27T14:30:00Z');
    const second = await call('notes.add', {
      seekerId: 'S1',
      text: 'A envoyé trois candidatures.',
    });
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(page.notes).toEqual([second, first]);
    expect((await call('seeker.get', { seekerId: 'S2', asOf: AS_OF })).notes).toEqual([]);
  });

  it('records each change in the audit trail, never the note’s text, and the chain verifies', async () => {
    const item = await call('plan.add', { seekerId: 'S1', label: 'Atelier CV', dueOn: null });
    await call('plan.update', { seekerId: 'S1', itemId: item.id, status: 'in_progress' });
    const note = await call('notes.add', { seekerId: 'S1', text: NOTE });
    const audit = createAuditRepository(db);
    const entries = audit.ofSeeker('S1');
    expect(entries.map((e) => e.action)).toEqual(['plan.add', 'plan.update', 'note.add']);
    expect(entries[1]!.details).toEqual({
      planItem: item.id,
      status: { from: 'todo', to: 'in_progress' },
      dueOn: { from: null, to: null },
    });
    expect(entries[2]!.details).toEqual({ note: note.id, length: NOTE.length });
    expect(JSON.stringify(entries)).not.toContain('Rendez-vous');
    // The import is the first entry; the three changes follow it in one chain.
    expect(audit.verify()).toEqual({ intact: true, entries: 4 });
  });
});
