// The French menu: screen commands go to the renderer as events; the rest are roles.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/main/menu';
import type { MenuCommand } from '../../electron/main/menu';
import { menuStrings } from '../../electron/main/menu-strings';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe('the application menu', () => {
  it('has Fichier, Affichage and Aide', () => {
    expect(menuTemplate(() => {}, 'linux').map((m) => m.label)).toEqual([
      'Fichier',
      'Affichage',
      'Aide',
    ]);
  });

  it.each<[string, MenuCommand]>([
    ['Importer…', 'import'],
    ['Exporter le portefeuille en CSV…', 'exportCsv'],
    ['Exporter le portefeuille pour Excel…', 'exportXlsx'],
    ['Portefeuille', 'caseload'],
    ['Réglages', 'settings'],
    ['À propos de Jalon', 'help'],
  ])('sends %s to the renderer as the %s command', (label, command) => {
    const sent: MenuCommand[] = [];
    const item = items(menuTemplate((c) => sent.push(c), 'linux')).find((i) => i.label === label);
    click(item!);
    expect(sent).toEqual([command]);
  });

  it('leaves quitting, zoom and full screen to Electron roles, labelled in French', () => {
    const roles = items(menuTemplate(() => {}, 'linux'))
      .filter((item) => item.role)
      .map((item) => [item.role, item.label]);
    expect(roles).toEqual([
      ['quit', 'Quitter'],
      ['resetZoom', 'Taille réelle'],
      ['zoomIn', 'Zoom avant'],
      ['zoomOut', 'Zoom arrière'],
      ['togglefullscreen', 'Plein écran'],
    ]);
  });

  it('puts an application menu first on macOS', () => {
    expect(menuTemplate(() => {}, 'darwin')[0]!.label).toBe('Jalon');
  });

  it('speaks English on an English system, French on any other', () => {
    const labels = (locale: string) =>
      items(menuTemplate(() => {}, 'linux', menuStrings(locale))).map((item) => item.label);
    expect(labels('en-GB')).toEqual(expect.arrayContaining(['File', 'View', 'Help', 'Import…']));
    expect(labels('en')).toContain('Quit');
    expect(labels('fr')).toEqual(labels('de-DE'));
    expect(labels('fr')).toContain('Fichier');
  });
});
