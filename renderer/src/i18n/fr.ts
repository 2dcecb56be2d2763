/** Every string the interface shows, in French; another language is another file of the same shape. */
export const fr = {
  appName: 'Mémoire Studio',
  tagline: 'Rédigez votre mémoire en suivant le référentiel, sans jamais perdre un mot.',
  start: {
    newMemoire: 'Nouveau mémoire',
    open: 'Ouvrir…',
    recent: 'Fichiers récents',
    noRecent: 'Aucun fichier récent.',
    workspace: 'Mémoires du dossier de travail',
    missing: 'introuvable',
    forget: 'Retirer de la liste',
    openByPath: 'Ouvrir un fichier par son chemin',
    pathPlaceholder: '/chemin/vers/mon-memoire.memoire',
    openedAt: (d: string) => `ouvert le ${d}`,
  },
  meta: {
    title: 'Titre du mémoire',
    subtitle: 'Sous-titre',
    candidate: 'Candidat·e (prénom et nom)',
    school: 'École',
    company: 'Entreprise',
    perimeter: 'Périmètre en responsabilité',
    tutor: 'Tuteur ou tutrice en entreprise',
    schoolTutor: 'Tuteur ou tutrice école',
    year: 'Année',
    confidential: 'Mémoire confidentiel',
    confidentialHelp: 'Le nom de l’entreprise et les termes sensibles pourront être masqués à l’export.',
    sensitiveTerms: 'Termes sensibles (un par ligne)',
    required: 'Champ obligatoire',
  },
  newDialog: {
    title: 'Nouveau mémoire',
    template: 'Modèle : Mémoire — Plan d’Action Commerciale (sections du référentiel)',
    create: 'Créer le mémoire',
    cancel: 'Annuler',
  },
  cover: {
    title: 'Page de garde et réglages',
    length: 'Longueur exigée par l’école',
    minPages: 'Pages minimum',
    maxPages: 'Pages maximum',
    wordsPerPage: 'Mots par page',
    save: 'Enregistrer',
  },
  toolbar: {
    undo: 'Annuler (Ctrl+Z)',
    redo: 'Rétablir (Ctrl+Y)',
    paragraph: 'Paragraphe',
    heading: (n: number) => `Titre ${n}`,
    bold: 'Gras (Ctrl+B)',
    italic: 'Italique (Ctrl+I)',
    underline: 'Souligné (Ctrl+U)',
    bulletList: 'Liste à puces',
    orderedList: 'Liste numérotée',
    quote: 'Citation',
    link: 'Lien (Ctrl+K)',
    table: 'Insérer un tableau',
    addRow: 'Ajouter une ligne',
    addColumn: 'Ajouter une colonne',
    deleteRow: 'Supprimer la ligne',
    deleteColumn: 'Supprimer la colonne',
    deleteTable: 'Supprimer le tableau',
    image: 'Insérer une image',
    footnote: 'Note de bas de page (Ctrl+Alt+F)',
    history: 'Historique',
    cover: 'Page de garde',
    outline: 'Plan',
    close: 'Fermer le mémoire',
  },
  link: { title: 'Lien', url: 'Adresse (https://…)', apply: 'Appliquer', remove: 'Retirer le lien', invalid: 'Saisissez une adresse commençant par https://, http:// ou mailto:' },
  footnote: { title: 'Note de bas de page', text: 'Texte de la note', apply: 'Valider', remove: 'Supprimer la note' },
  figure: { captionPlaceholder: 'Légende de la figure…', loading: 'Chargement de l’image…', missing: 'Image introuvable dans le mémoire' },
  autosave: {
    saved: (ago: string) => `Enregistré ${ago}`,
    saving: 'Enregistrement…',
    dirty: 'Modifications en cours…',
    error: (msg: string) => `Échec de l’enregistrement : ${msg} Nouvel essai automatique…`,
    never: 'Pas encore modifié',
    snapshot: 'Version automatique ajoutée à l’historique',
  },
  outline: {
    title: 'Plan du mémoire',
    words: (n: number) => `${n.toLocaleString('fr-FR')} mots`,
    target: (min: number, max: number) => `objectif ${min.toLocaleString('fr-FR')}–${max.toLocaleString('fr-FR')}`,
    under: 'En dessous de l’objectif',
    within: 'Dans l’objectif',
    over: 'Au-delà de l’objectif',
    criteria: 'Critères du référentiel traités dans cette section',
    total: (words: number, pages: string, min: number, max: number) =>
      `${words.toLocaleString('fr-FR')} mots · ≈ ${pages} pages (attendu : ${min}–${max})`,
  },
  history: {
    title: 'Historique des versions',
    create: 'Créer une version nommée',
    namePlaceholder: 'Ex. : Version envoyée au tuteur',
    preview: 'Aperçu',
    restore: 'Restaurer',
    confirmRestore: 'Restaurer cette version ? Le texte actuel est d’abord conservé dans l’historique.',
    empty: 'Aucune version pour l’instant. Une version automatique est créée toutes les 10 minutes d’écriture.',
    kinds: { auto: 'Automatique', named: 'Nommée', 'before-restore': 'Avant restauration', 'before-import': 'Avant import' },
    words: (n: number) => `${n.toLocaleString('fr-FR')} mots`,
    restored: 'Version restaurée.',
    close: 'Fermer',
    previewTitle: (name: string) => `Aperçu : ${name}`,
  },
  errors: {
    title: 'Impossible de continuer',
    ok: 'Compris',
  },
  about: 'Mémoire Studio — rédaction, vérification et export du mémoire de fin d’année.',
};

/** "il y a 2 s", "il y a 3 min", "à 14:05" — how long ago a save happened. */
export function agoFr(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 5) return 'à l’instant';
  if (s < 60) return `il y a ${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `il y a ${m} min`;
  return `à ${new Date(then).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
}

/** A date as "28/11/2026 à 23:40". */
export function dateTimeFr(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('fr-FR')} à ${d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
}
