import type { BlockSpec } from './block-spec';

/** Internal actors and how the candidate worked with each. */
export const collaboration: BlockSpec = {
  name: 'collaboration',
  title: 'Acteurs internes et collaboration',
  description: 'Pour chaque service mobilisé : rôle, mode de collaboration, fréquence, livrables et critères de performance.',
  sectionIds: ['collaboration'],
  criteria: ['2.1.a', '2.1.b'],
  fields: [],
  tables: [
    {
      key: 'acteurs',
      label: 'Acteurs',
      rowLabel: 'acteur',
      initialRows: 2,
      columns: [
        { key: 'service', label: 'Service / acteur', type: 'text', required: true, aliases: ['service', 'acteur', 'acteurs'] },
        { key: 'role', label: 'Rôle', type: 'text', required: true, aliases: ['role'] },
        { key: 'mode', label: 'Mode de collaboration', type: 'text', aliases: ['mode', 'modalite', 'modalites'] },
        { key: 'frequence', label: 'Fréquence', type: 'text', aliases: ['frequence'] },
        { key: 'livrables', label: 'Livrables', type: 'text', aliases: ['livrable', 'livrables'] },
        { key: 'performance', label: 'Critères de performance', type: 'text', aliases: ['performance', 'critere de performance'] },
      ],
    },
  ],
};

/** Social selling and inbound supports, and the editorial line. */
export const socialSelling: BlockSpec = {
  name: 'socialSelling',
  title: 'Social selling, inbound et ligne éditoriale',
  description: 'Chaque support avec l’objectif qu’il sert, puis la ligne éditoriale : cibles, thèmes, ton, fréquence, lien avec le positionnement.',
  sectionIds: ['social-selling'],
  criteria: ['2.3.a', '2.3.b'],
  fields: [
    { key: 'cibles', label: 'Cibles de la ligne éditoriale', type: 'text', required: true },
    { key: 'themes', label: 'Thèmes', type: 'text', required: true },
    { key: 'ton', label: 'Ton', type: 'text', required: true },
    { key: 'frequence', label: 'Fréquence de publication', type: 'text', required: true },
    { key: 'lienPositionnement', label: 'Lien avec le positionnement', type: 'longtext', required: true },
  ],
  tables: [
    {
      key: 'supports',
      label: 'Supports',
      rowLabel: 'support',
      initialRows: 2,
      columns: [
        { key: 'support', label: 'Support', type: 'text', required: true, aliases: ['support', 'supports', 'reseau'] },
        { key: 'objectif', label: 'Objectif visé', type: 'text', required: true, aliases: ['objectif'] },
        { key: 'cible', label: 'Cible', type: 'text', aliases: ['cible'] },
        { key: 'kpi', label: 'Indicateur', type: 'text', aliases: ['indicateur', 'kpi'] },
      ],
    },
  ],
};

/** Direct prospection: targeting, hook message and tour logistics. */
export const prospection: BlockSpec = {
  name: 'prospection',
  title: 'Plan de prospection directe',
  description: 'Critères de ciblage, message d’accroche, puis organisation des tournées par zone pour limiter les déplacements.',
  sectionIds: ['prospection'],
  criteria: ['2.4.a', '2.4.b', '2.4.c'],
  fields: [
    { key: 'ciblage', label: 'Critères de ciblage', type: 'longtext', required: true },
    { key: 'cible', label: 'Cible visée (à qui s’adresse l’accroche)', type: 'text', required: true },
    { key: 'accroche', label: 'Message d’accroche', type: 'longtext', required: true },
    { key: 'coutKm', label: 'Coût au km (€)', type: 'money' },
  ],
  tables: [
    {
      key: 'tournees',
      label: 'Tournées',
      rowLabel: 'zone',
      initialRows: 2,
      columns: [
        { key: 'zone', label: 'Zone', type: 'text', required: true, aliases: ['zone', 'secteur'] },
        { key: 'visites', label: 'Visites', type: 'number', aliases: ['visites', 'rendez-vous', 'rdv'] },
        { key: 'km', label: 'Km', type: 'number', aliases: ['km', 'kilometres', 'distance'] },
        { key: 'cout', label: 'Coût (€)', type: 'money', aliases: ['cout', 'frais'] },
      ],
    },
  ],
};

/** Go / no-go grid: weighted criteria in three families, threshold and decision. */
export const goNoGo: BlockSpec = {
  name: 'goNoGo',
  title: 'Grille go / no go',
  description: 'Critères pondérés (total 100 %) des familles économique, stratégique et faisabilité, notés de 0 à 5 ; le score pondéré se compare au seuil.',
  sectionIds: ['appels-offres'],
  criteria: ['2.5.a'],
  fields: [
    { key: 'appelOffres', label: 'Appel d’offres analysé', type: 'text', required: true },
    { key: 'seuil', label: 'Seuil de décision (%)', type: 'percent', required: true, min: 0, max: 100 },
    { key: 'decision', label: 'Décision', type: 'select', options: ['Go', 'No go'], required: true },
    { key: 'justification', label: 'Justification de la décision', type: 'longtext' },
  ],
  tables: [
    {
      key: 'criteres',
      label: 'Critères',
      rowLabel: 'critère',
      initialRows: 3,
      columns: [
        { key: 'critere', label: 'Critère', type: 'text', required: true, aliases: ['critere', 'criteres'] },
        {
          key: 'famille',
          label: 'Famille',
          type: 'select',
          options: ['Économique', 'Stratégique', 'Faisabilité'],
          required: true,
          aliases: ['famille', 'categorie', 'type'],
        },
        { key: 'poids', label: 'Poids (%)', type: 'percent', required: true, min: 0, max: 100, aliases: ['poids', 'ponderation', 'coefficient'] },
        { key: 'note', label: 'Note (0-5)', type: 'rating', required: true, min: 0, max: 5, aliases: ['note', 'score', 'evaluation'] },
      ],
    },
  ],
};

/** A CRM query that produced the target of an action. */
export const crm: BlockSpec = {
  name: 'crm',
  title: 'Requête CRM',
  description: 'Outil, filtres appliqués, taille de la cible obtenue et objectif de l’action qu’elle sert.',
  sectionIds: ['crm'],
  criteria: ['2.6.a'],
  fields: [
    { key: 'outil', label: 'Outil de GRC / CRM', type: 'text', required: true },
    { key: 'objectifAction', label: 'Objectif de l’action ciblée', type: 'text', required: true },
    { key: 'tailleCible', label: 'Taille de la cible obtenue', type: 'number', required: true },
  ],
  tables: [
    {
      key: 'filtres',
      label: 'Filtres de la requête',
      rowLabel: 'filtre',
      initialRows: 2,
      columns: [
        { key: 'champ', label: 'Champ', type: 'text', required: true, aliases: ['champ', 'critere'] },
        { key: 'condition', label: 'Condition', type: 'text', aliases: ['condition', 'operateur'] },
        { key: 'valeur', label: 'Valeur', type: 'text', required: true, aliases: ['valeur'] },
      ],
    },
  ],
};
