import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ApiEventPayload } from '../../core/api/contract';
import { fr } from './fr';

type Command = ApiEventPayload<'menu.command'>;

/** The French application menu; commands are forwarded to the renderer, which owns the dialogs. */
export function buildAppMenu(send: (command: Command) => void, isDev: boolean): Menu {
  const cmd = (label: string, command: Command, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const, label: fr.appName }] : []),
    {
      label: fr.menu.file,
      submenu: [
        cmd(fr.menu.newMemoire, 'new', 'CmdOrCtrl+N'),
        cmd(fr.menu.open, 'open', 'CmdOrCtrl+O'),
        cmd(fr.menu.importWord, 'import', 'CmdOrCtrl+Shift+I'),
        { type: 'separator' },
        cmd(fr.menu.snapshot, 'snapshot', 'CmdOrCtrl+Shift+S'),
        cmd(fr.menu.cover, 'cover'),
        cmd(fr.menu.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        cmd(fr.menu.close, 'close', 'CmdOrCtrl+W'),
        { type: 'separator' },
        { role: 'quit', label: fr.menu.quit },
      ],
    },
    {
      label: fr.menu.edit,
      submenu: [
        { role: 'undo', label: fr.menu.undo },
        { role: 'redo', label: fr.menu.redo },
        { type: 'separator' },
        { role: 'cut', label: fr.menu.cut },
        { role: 'copy', label: fr.menu.copy },
        { role: 'paste', label: fr.menu.paste },
        { role: 'pasteAndMatchStyle', label: fr.menu.pastePlain },
        { role: 'selectAll', label: fr.menu.selectAll },
      ],
    },
    {
      label: fr.menu.view,
      submenu: [
        cmd(fr.menu.outline, 'outline', 'CmdOrCtrl+\\'),
        cmd(fr.menu.history, 'history', 'CmdOrCtrl+H'),
        { type: 'separator' },
        { role: 'zoomIn', label: fr.menu.zoomIn },
        { role: 'zoomOut', label: fr.menu.zoomOut },
        { role: 'resetZoom', label: fr.menu.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: fr.menu.fullScreen },
        ...(isDev ? [{ role: 'toggleDevTools' as const, label: fr.menu.devTools }] : []),
      ],
    },
    {
      label: fr.menu.help,
      submenu: [cmd(fr.menu.referentiel, 'referentiel'), cmd(fr.menu.about, 'about')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
