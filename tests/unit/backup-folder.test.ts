// The backups folder of a database, as the main process makes it and the settings screen
// shows it: one folder per database file, with the path's own separator.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { backupFolderOf } from '../../shared/api/backup';
import { backupDirFor } from '../../server/backup/backup-store';

describe('backupFolderOf', () => {
  it('is backups/<file name>/ beside the database, one per file', () => {
    expect(backupFolderOf('/home/c/.config/Jalon/jalon.db')).toBe(
      '/home/c/.config/Jalon/backups/jalon.db',
    );
    expect(backupFolderOf('/tmp/a.db')).not.toBe(backupFolderOf('/tmp/b.db'));
    expect(backupFolderOf('C:\\Users\\c\\AppData\\Roaming\\Jalon\\jalon.db')).toBe(
      'C:\\Users\\c\\AppData\\Roaming\\Jalon\\backups\\jalon.db',
    );
    expect(backupFolderOf('jalon.db')).toBe('backups/jalon.db');
  });

  it('names the folder the main process uses', () => {
    const databasePath = join('/srv', 'jalon', 'agence.db');
    expect(backupFolderOf(databasePath)).toBe(backupDirFor(databasePath));
  });
});
