// The native dialogs behind files.chooseForImport and the exports (export.table, dpo.export).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { createElectronPlatform, saveFilters } from '../../electron/main/electron-platform';
import { useTempDir } from '../helpers/temp-dir';

type FakeDialog = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

function platformWith(dialog: Partial<FakeDialog>, window: BrowserWindow | null = null) {
  return createElectronPlatform({
    dialog: dialog as FakeDialog,
    parentWindow: () => window,
    documentsDir: '/home/conseiller/Documents',
  });
}

describe('the Electron platform', () => {
  const tempDir = useTempDir('jalon-platform-');

  it('says it is the desktop app', () => {
    expect(platformWith({}).mode).toBe('electron');
  });

  it('opens a multi-selection dialog for JSON Lines and CSV, modal to the window', async () => {
    const window = {} as BrowserWindow;
    const showOpenDialog = vi.fn().mockResolvedValue({
      canceled: false,
      filePaths: ['/data/seekers.csv', '/data/actions.csv'],
    });
    const paths = await platformWith({ showOpenDialog }, window).chooseImportFiles();
    expect(paths).toEqual(['/data/seekers.csv', '/data/actions.csv']);
    const [parent, options] = showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0].extensions).toEqual(['jsonl', 'csv']);
  });

  it('chooses no file when the dialog is cancelled', async () => {
    const showOpenDialog = vi.fn().mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(platformWith({ showOpenDialog }).chooseImportFiles()).resolves.toEqual([]);
  });

  it('writes the whole file where the person chose, leaving no temporary file', async () => {
    const target = join(tempDir(), 'portefeuille.csv');
    const showSaveDialog = vi.fn().mockResolvedValue({ canceled: false, filePath: target });
    const saved = await platformWith({ showSaveDialog }).saveTextFile('portefeuille.csv', 'a;b\n');
    expect(saved).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('a;b\n');
    expect(readdirSync(tempDir())).toEqual(['portefeuille.csv']);
    expect(showSaveDialog.mock.calls[0]![0].defaultPath).toBe(
      '/home/conseiller/Documents/portefeuille.csv',
    );
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const target = join(tempDir(), 'portefeuille.csv');
    const showSaveDialog = vi.fn().mockResolvedValue({ canceled: true, filePath: target });
    const saved = await platformWith({ showSaveDialog }).saveTextFile('portefeuille.csv', 'x');
    expect(saved).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it('writes the bytes of a binary export whole, leaving no temporary file', async () => {
    const target = join(tempDir(), 'portefeuille.xlsx');
    const showSaveDialog = vi.fn().mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    const saved = await platformWith({ showSaveDialog }).saveBinaryFile('portefeuille.xlsx', bytes);
    expect(saved).toBe(true);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(tempDir())).toEqual(['portefeuille.xlsx']);
    expect(showSaveDialog.mock.calls[0]![0].filters[0].extensions).toEqual(['xlsx']);
  });

  it('writes no binary export when the save dialog is cancelled', async () => {
    const target = join(tempDir(), 'portefeuille.xlsx');
    const showSaveDialog = vi.fn().mockResolvedValue({ canceled: true, filePath: target });
    const saved = await platformWith({ showSaveDialog }).saveBinaryFile(
      'portefeuille.xlsx',
      new Uint8Array([1]),
    );
    expect(saved).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it('offers a filter matching the suggested file type', () => {
    expect(saveFilters('export.csv')[0]!.extensions).toEqual(['csv']);
    expect(saveFilters('export.xlsx')[0]).toEqual({ name: 'Excel', extensions: ['xlsx'] });
    expect(saveFilters('export.jsonl')[0]!.extensions).toEqual(['jsonl']);
    expect(saveFilters('notes.txt')).toEqual([{ name: 'Tous les fichiers', extensions: ['*'] }]);
  });
});
