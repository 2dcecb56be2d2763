import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ApiEventPayload } from '../../core/api/contract';

type Command = ApiEventPayload<'menu.command'>;

/** The French application menu; commands are forwarded to the renderer, which owns the dialogs. */
export function buildAppMenu(send: (command: Command) => void, isDev: boolean): Menu {
  const cmd = (label: string, command: Command, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const, label: 'Mémoire Studio' }] : []),
    {
      label: 'Fichier',
      submenu: [
        cmd('Nouveau mémoire…', 'new', 'CmdOrCtrl+N'),
        cmd('Ouvrir…', 'open', 'CmdOrCtrl+O'),
        cmd('Importer un document Word…', 'import', 'CmdOrCtrl+Shift+I'),
        { type: 'separator' },
        cmd('Créer une version nommée…', 'snapshot', 'CmdOrCtrl+Shift+S'),
        cmd('Page de garde et réglages…', 'cover'),
        cmd('Exporter…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        cmd('Fermer le mémoire', 'close', 'CmdOrCtrl+W'),
        { type: 'separator' },
        { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'pasteAndMatchStyle', label: 'Coller sans mise en forme' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        cmd('Plan du mémoire', 'outline', 'CmdOrCtrl+\\'),
        cmd('Historique des versions', 'history', 'CmdOrCtrl+H'),
        { type: 'separator' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { role: 'resetZoom', label: 'Taille réelle' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
        ...(isDev ? [{ role: 'toggleDevTools' as const, label: 'Outils de développement' }] : []),
      ],
    },
    {
      label: 'Aide',
      submenu: [cmd('Le référentiel et ses critères', 'referentiel'), cmd('À propos de Mémoire Studio', 'about')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
