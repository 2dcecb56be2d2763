import { useEffect, useMemo, useState } from 'react';
import { createApiClient } from './api/client';
import type { OpenedMemoire } from '../../core/api';
import { StartScreen } from './start/StartScreen';
import { EditorScreen } from './editor/EditorScreen';
import { ErrorNotice } from './ui/Dialog';
import { fr } from './i18n/fr';

/** The app: the start screen until a mémoire is open, then the editor. */
export function App() {
  const api = useMemo(() => createApiClient(), []);
  const [opened, setOpened] = useState<OpenedMemoire | null>(null);
  const [showNew, setShowNew] = useState(false);
  const [openRequest, setOpenRequest] = useState(0);
  const [importRequest, setImportRequest] = useState(0);
  const [menuCommand, setMenuCommand] = useState<{ name: string; seq: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const offMenu = api.on('menu.command', (name) => {
      if (name === 'new') setShowNew(true);
      else if (name === 'open') setOpenRequest((n) => n + 1);
      else if (name === 'import') {
        setOpened(null);
        setImportRequest((n) => n + 1);
      } else if (name === 'about') window.alert(fr.about);
      setMenuCommand((c) => ({ name, seq: (c?.seq ?? 0) + 1 }));
    });
    const offFile = api.on('file.open', ({ path }) => {
      api.call('memoire.open', { path }).then(setOpened, (e) => setError((e as Error).message));
    });
    return () => {
      offMenu();
      offFile();
    };
  }, [api]);

  useEffect(() => {
    document.title = opened ? `${opened.meta.title} — ${fr.appName}` : fr.appName;
  }, [opened]);

  return (
    <>
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      {opened ? (
        <EditorScreen key={opened.handle} api={api} opened={opened} onClose={() => setOpened(null)} onOpened={setOpened} menuCommand={menuCommand} />
      ) : (
        <StartScreen api={api} onOpened={setOpened} showNew={showNew} setShowNew={setShowNew} openRequest={openRequest} importRequest={importRequest} />
      )}
    </>
  );
}
