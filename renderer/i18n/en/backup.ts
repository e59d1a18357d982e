// English strings of the backups (Settings › Backups) and of the recovery screen shown
// when the database could not be opened at start. Same keys as ../fr/backup.ts.
export const backup = {
  title: 'Backups',
  help: 'Jalon backs up its database every day and keeps the last 7 copies, in a folder of its own under "backups" next to the database, open to your account only. Each copy is verified before it is kept.',
  folder: 'Folder: {{path}}',
  createNow: 'Back up now',
  creating: 'Backing up…',
  created: 'Backup saved: {{name}}.',
  empty: 'No backup yet.',
  caption: 'Backups, newest first',
  columns: {
    createdAt: 'Date',
    kind: 'Kind',
    size: 'Size',
    verified: 'Verified',
    actions: 'Actions',
  },
  kinds: {
    auto: 'Daily',
    manual: 'Manual',
    safety: 'Before a restore',
  },
  verifiedYes: 'Yes',
  verifiedNo: 'No: unreadable copy',
  sizeKb: '{{size}} KB',
  restore: 'Restore',
  restoreLabel: 'Restore the backup of {{date}}',
  adminOnly: 'Only an administrator can restore a backup.',
  dialog: {
    title: 'Restore the backup of {{date}}?',
    explanation:
      'All of Jalon’s data goes back to this backup, for everyone: whatever was done since is lost. A safety copy of the current data is made just before. Everyone will have to sign in again.',
    confirm: 'Restore',
    confirming: 'Restoring…',
    cancel: 'Cancel',
    done: 'Backup restored. Safety copy of the previous data: {{safety}}.',
    signInAgain: 'Sign in again',
  },
  recovery: {
    title: 'Jalon cannot open its database',
    file: 'File: {{path}}',
    detail: 'Technical detail: {{detail}}',
    problems: {
      missing:
        'The database file is missing although backups exist: it may have been moved or deleted.',
      corrupt: 'The database file is damaged: Jalon cannot read it safely.',
      read_only: 'The database file or its folder is read-only: Jalon cannot save anything.',
      disk_full: 'The disk is full: Jalon cannot save anything.',
      too_new:
        'This database was written by a newer version of Jalon, which this version cannot read.',
      cannot_open: 'The database file cannot be opened.',
    },
    todo: {
      missing: 'Put the file back and restart Jalon, or restore the latest backup.',
      corrupt: 'Restore the latest backup: the damaged file is kept beside it for support.',
      read_only: 'Ask IT support to make the file and its folder writable, then restart Jalon.',
      disk_full: 'Free some disk space, then restart Jalon.',
      too_new: 'Install the latest version of Jalon to open this database.',
      cannot_open:
        'Check that the file is reachable (permissions, network drive), then restart Jalon, or restore the latest backup.',
    },
    latest: 'Latest verified backup: {{date}} ({{name}}).',
    noBackup: 'No verified backup is available.',
    restore: 'Restore the latest backup',
    restoring: 'Restoring…',
    restored: 'Backup restored. The damaged file was kept here: {{path}}.',
    continue: 'Continue',
  },
} as const;
