// Staged uploads (issue 16, hole 7): they had no quota and no expiry, and a killed
// process left them on disk for good. Real files in a real folder, a clock the test
// moves, limits lowered to reach them with a few bytes.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { StagedFiles, STAGING_LIMITS } from '../../server/import/staged-files';
import type { StagingLimits } from '../../server/import/staged-files';
import { ApiError } from '../../shared/api/errors';
import { openDatabase } from '../../server/db/database';
import { addDemoUsers } from '../../server/demo/demo-users';
import { apiFor } from '../helpers/api';
import { jsonl, seeker } from '../helpers/journals';
import { testServices, TEST_NOW } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

const LIMITS: StagingLimits = { files: 3, bytes: 1_000, idleMs: 60_000 };

describe('staged uploads', () => {
  const tempDir = useTempDir('jalon-staged-');
  let clock = new Date('2026-12-07T09:00:00Z');
  const opened: StagedFiles[] = [];
  afterEach(() => {
    for (const staged of opened.splice(0)) staged.dispose();
  });

  function stagedFiles(limits = LIMITS): StagedFiles {
    const staged = new StagedFiles({ uploadRoot: root(), now: () => clock, limits });
    opened.push(staged);
    return staged;
  }
  const root = () => join(tempDir(), 'jalon.db-uploads');
  const upload = (staged: StagedFiles, owner: string, bytes: number, name = 'f.jsonl') =>
    staged.stageUpload(name, Readable.from([Buffer.alloc(bytes, 'x')]), 10_000, owner);
  /** The uploaded copies on disk, wherever this process put them. */
  const copiesOnDisk = () =>
    readdirSync(root(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  it('has real defaults: 20 files and 4 GiB per person, forgotten after an hour unused', () => {
    expect(STAGING_LIMITS).toEqual({
      files: 20,
      bytes: 4 * 1024 * 1024 * 1024,
      idleMs: 60 * 60 * 1000,
    });
  });

  it('keeps at most `files` per person, dropping their least recently used', async () => {
    const staged = stagedFiles();
    const first = await upload(staged, 'RE-1', 10);
    later(1);
    const kept = [await upload(staged, 'RE-1', 10)];
    later(1);
    kept.push(await upload(staged, 'RE-1', 10));
    const other = await upload(staged, 'RE-2', 10);
    later(1);
    kept.push(await upload(staged, 'RE-1', 10));

    expect(() => staged.resolve([first.id], 'RE-1')).toThrow(ApiError);
    expect(
      staged.resolve(
        kept.map((f) => f.id),
        'RE-1',
      ),
    ).toHaveLength(3);
    expect(staged.resolve([other.id], 'RE-2')).toHaveLength(1);
    // The dropped copy is gone from the disk: three of RE-1's and RE-2's one remain.
    expect(copiesOnDisk()).toBe(4);
  });

  it('keeps a person’s bytes within the quota, and refuses what cannot fit', async () => {
    const staged = stagedFiles();
    const old = await upload(staged, 'RE-1', 600);
    later(1);
    const recent = await upload(staged, 'RE-1', 600);
    expect(() => staged.resolve([old.id], 'RE-1')).toThrow(/no staged file/);

    // A file being imported is never dropped: the next upload does not fit beside it.
    staged.resolve([recent.id], 'RE-1');
    await expect(upload(staged, 'RE-1', 600)).rejects.toMatchObject({
      code: 'quota_exceeded',
    });
    await expect(upload(staged, 'RE-2', 1_001)).rejects.toMatchObject({
      code: 'quota_exceeded',
    });
    expect(copiesOnDisk()).toBe(1);
  });

  it('forgets a file unused for an hour and deletes its copy, not while it is read', async () => {
    const staged = stagedFiles();
    const abandoned = await upload(staged, 'RE-1', 10);
    const previewed = await upload(staged, 'RE-1', 10);
    staged.resolve([previewed.id], 'RE-1');
    later(LIMITS.idleMs);

    staged.sweep();

    expect(() => staged.resolve([abandoned.id], 'RE-1')).toThrow(/no staged file/);
    expect(copiesOnDisk()).toBe(1);
    // Once the preview is done, the hour starts again from then.
    staged.settle([previewed.id]);
    later(LIMITS.idleMs - 1);
    staged.sweep();
    expect(staged.resolve([previewed.id], 'RE-1')).toHaveLength(1);
    staged.settle([previewed.id]);
    later(LIMITS.idleMs);
    staged.sweep();
    expect(copiesOnDisk()).toBe(0);
  });

  it('lets only the person who staged a file import it', async () => {
    const staged = stagedFiles();
    const theirs = await upload(staged, 'RE-1', 10);
    expect(() => staged.resolve([theirs.id], 'RE-2')).toThrow(/no staged file/);
    expect(staged.resolve([theirs.id], 'RE-1')).toHaveLength(1);
  });

  it('writes copies only its user can read, in a folder beside the database', async () => {
    const staged = stagedFiles();
    await upload(staged, 'RE-1', 10);
    const [dir] = readdirSync(root());
    expect(dir).toMatch(new RegExp(`^${process.pid}-`));
    expect(statSync(root()).mode & 0o777).toBe(0o700);
    expect(statSync(join(root(), dir!)).mode & 0o777).toBe(0o700);
    const [id] = readdirSync(join(root(), dir!));
    const [file] = readdirSync(join(root(), dir!, id!));
    expect(statSync(join(root(), dir!, id!, file!)).mode & 0o777).toBe(0o600);
  });

  it('deletes at start what a killed process left, not what a running one holds', async () => {
    const exited = spawnSync(process.execPath, ['-e', '']);
    const gonePid = exited.pid!;
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      for (const pid of [gonePid, running.pid!]) {
        mkdirSync(join(root(), `${pid}-abc123`, 'id'), { recursive: true });
        writeFileSync(join(root(), `${pid}-abc123`, 'id', 'journal.jsonl'), '{}');
      }

      stagedFiles();

      expect(existsSync(join(root(), `${gonePid}-abc123`))).toBe(false);
      expect(existsSync(join(root(), `${running.pid}-abc123`, 'id', 'journal.jsonl'))).toBe(true);
    } finally {
      running.kill();
    }
  });

  it('deletes an upload once imported, and keeps it after a preview for the import', async () => {
    const db = openDatabase(join(tempDir(), 'jalon.db'));
    addDemoUsers(db);
    const services = testServices(db, { now: TEST_NOW });
    try {
      const body = Readable.from([jsonl([seeker('DE-UP', { counsellor_id: 'CNS-01' })])]);
      const file = await services.staged.stageUpload('lot.jsonl', body, 10_000, 'RE-1');
      expect(copiesOnDisk()).toBe(1);
      const lead = apiFor(() => services, 'RE-1');

      await lead.call('import.preview', { files: [file.id] });
      await services.imports.idle();
      expect(copiesOnDisk()).toBe(1);
      // Someone else cannot import RE-1's file.
      const other = await apiFor(() => services, 'admin').send('import.start', {
        files: [file.id],
      });
      expect(other).toMatchObject({ ok: false, error: { code: 'not_found' } });

      const job = await lead.call('import.start', { files: [file.id] });
      await services.imports.idle();
      expect((await lead.call('import.status', { jobId: job.id })).summary).toMatchObject({
        imported: 1,
      });
      expect(copiesOnDisk()).toBe(0);
    } finally {
      await services.dispose();
      db.close();
    }
  });
});
