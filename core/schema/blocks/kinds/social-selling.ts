import type { BlockSpec } from '../block-spec';

/** Social selling and inbound supports, and the editorial line. */
export const socialSelling: BlockSpec<'socialSelling'> = {
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
