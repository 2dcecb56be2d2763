// Loaded by every path that can show an error, so zod's messages are French before any schema runs.
import './zod-french';

/** Codes of the errors a user can meet; each has a French message below. */
export type ErrorCode =
  | 'not-found'
  | 'empty-file'
  | 'not-sqlite'
  | 'foreign-file'
  | 'newer-version'
  | 'truncated'
  | 'corrupted'
  | 'already-open'
  | 'exists'
  | 'unreadable'
  | 'unwritable'
  | 'invalid-input'
  | 'invalid-document'
  | 'unknown-handle'
  | 'unknown-snapshot'
  | 'unknown-attachment'
  | 'unsupported-image'
  | 'invalid-annex'
  | 'too-large'
  | 'read-only'
  | 'export-target'
  | 'export-exists'
  | 'not-regular-file'
  | 'invalid-review'
  | 'out-of-date'
  | 'internal';

const messagesFr: Record<ErrorCode, string> = {
  'not-found': "Ce fichier n'existe pas (ou plus) à cet emplacement.",
  'empty-file': 'Ce fichier est vide : ce n’est pas un mémoire. Il n’a pas été modifié.',
  'not-sqlite': "Ce fichier n'est pas un mémoire Mémoire Studio (format inconnu). Il n'a pas été modifié.",
  'foreign-file': "Ce fichier est une base de données d'une autre application, pas un mémoire. Il n'a pas été modifié.",
  'newer-version':
    'Ce mémoire a été enregistré par une version plus récente de Mémoire Studio. Mettez l’application à jour pour l’ouvrir ; le fichier n’a pas été modifié.',
  truncated: 'Ce mémoire est incomplet (fichier tronqué, copie interrompue ?). Il n’a pas été modifié : récupérez une copie complète.',
  corrupted: 'Ce mémoire est endommagé et ne peut pas être ouvert. Il n’a pas été modifié : utilisez une sauvegarde ou une copie envoyée.',
  'already-open': 'Ce mémoire est déjà ouvert dans une autre fenêtre ou une autre application. Fermez-le avant de le rouvrir ici.',
  exists: 'Un fichier porte déjà ce nom à cet emplacement. Choisissez un autre nom.',
  unreadable: "Ce fichier ne peut pas être lu (droits d'accès ?).",
  unwritable: "Impossible d'écrire à cet emplacement (dossier protégé, disque plein ou fichier verrouillé). Rien n'a été perdu.",
  'invalid-input': 'Données refusées : elles ne respectent pas le format attendu.',
  'invalid-document': 'Le document reçu est invalide ; la dernière version enregistrée est conservée.',
  'unknown-handle': 'Ce mémoire n’est plus ouvert. Rouvrez-le depuis l’écran d’accueil.',
  'unknown-snapshot': 'Cette version de l’historique n’existe plus.',
  'unknown-attachment': 'Cette image ou cette annexe est introuvable dans le mémoire.',
  'unsupported-image': 'Format d’image non pris en charge : utilisez une image PNG ou JPEG.',
  'invalid-annex': 'Cette annexe n’est pas un PDF lisible : retirez-la ou remplacez-la.',
  'too-large': 'Ce fichier est trop volumineux.',
  'read-only':
    'Ce mémoire est ouvert en lecture seule (il contient des éléments que cette version ne sait pas afficher) : rien n’est enregistré par-dessus. Enregistrez une copie réparée pour continuer à écrire.',
  'export-target': 'Cet emplacement contient un mémoire : un export ne peut pas l’écraser. Choisissez un autre nom de fichier (.pdf ou .docx).',
  'export-exists': 'Un fichier porte déjà ce nom à cet emplacement. Confirmez pour le remplacer, ou choisissez un autre nom.',
  'invalid-review': 'Ce fichier n’est pas une relecture Mémoire Studio lisible : rien n’a été modifié.',
  'not-regular-file':
    'Cet emplacement n’est pas un fichier ordinaire (dossier, tube ou périphérique) : il ne peut pas être ouvert comme un mémoire. Rien n’a été modifié.',
  'out-of-date': 'Le texte enregistré a changé entre-temps : le document est enregistré en entier.',
  internal: 'Une erreur inattendue est survenue. Votre texte est conservé.',
};

/** An error meant for the user: a stable code for programs and a French message for people. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;

  constructor(code: ErrorCode, detail?: string, message?: string) {
    super(message ?? messagesFr[code]);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
}

/** The French message for an error code. */
export function errorMessage(code: ErrorCode): string {
  return messagesFr[code];
}
