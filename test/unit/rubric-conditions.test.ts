import { describe, expect, it } from 'vitest';
import { check, statuses } from '../helpers/checks';
import { miniMarkdown } from '../helpers/mini-md';

/** Status of one criterion on a short invented draft (other sectors and wordings than the corpus). */
function statusOf(md: string, id: string): string {
  return statuses(check(miniMarkdown(md)))[id];
}

function adviceOf(md: string, id: string): string {
  return check(miniMarkdown(md))
    .criteria.find((c) => c.criterionId === id)!
    .advice.join(' ');
}

describe('1.1 external diagnostic', () => {
  it('opportunities: rated on both dimensions with a priority → satisfied; economic only → partial; claims → missing', () => {
    const rated = `# Analyse du marché
- Rénovation énergétique des écoles du département : faisabilité moyenne (il faut la qualification RGE), intérêt économique fort, environ 120 k€ par an. Retenue en priorité 1.
- Équipement des fermes photovoltaïques : faisabilité faible faute de grue, intérêt économique moyen (35 k€). Écartée cette année.`;
    expect(statusOf(rated, '1.1.a')).toBe('satisfied');
    const ecoOnly = `# Analyse du marché
- Rénovation des écoles du département : environ 120 k€ par an.
- Fermes photovoltaïques : environ 35 k€ par an.`;
    expect(statusOf(ecoOnly, '1.1.a')).toBe('partial');
    expect(adviceOf(ecoOnly, '1.1.a')).toMatch(/faisabilité/);
    const claim = `# Opportunités
Grâce à une veille active, nous avons identifié les opportunités les plus pertinentes au regard de la faisabilité et de la rentabilité.`;
    expect(statusOf(claim, '1.1.a')).toBe('missing');
  });

  it('threats: each estimated → satisfied; one estimated of two → partial; bare words → missing', () => {
    const estimated = `# Les menaces
| Menace | Effet sur mon secteur | Probabilité | Impact |
|---|---|---|---|
| Ouverture d'un entrepôt Amazon Business à Lyon | 15 % de nos petits clients exposés | forte | moyen |
| Hausse du prix du carton de 9 % | marge brute en baisse | moyenne | fort |`;
    expect(statusOf(estimated, '1.1.b')).toBe('satisfied');
    const half = `# Les menaces
- Ouverture d'un entrepôt Amazon Business à Lyon : probabilité forte, environ 60 k€ de CA exposé.
- Départ à la retraite de notre unique technicien frigoriste en 2026, sans successeur formé.`;
    expect(statusOf(half, '1.1.b')).toBe('partial');
    const bare = `# Menaces
- Concurrence : elle est de plus en plus agressive.
- Conjoncture : le contexte reste incertain.`;
    expect(statusOf(bare, '1.1.b')).toBe('missing');
  });
});

describe('1.2.a internal diagnostic', () => {
  it('strengths, weaknesses and a decisive advantage justified against competitors → satisfied; self-praise → missing', () => {
    const full = `# Diagnostic interne
Forces : atelier de découpe laser interne, 2 jours de délai moyen, 94 % de clients fidèles. Faiblesses : pas de site marchand, une seule commerciale.
Notre avantage décisif est la livraison en 48 h des pièces découpées : les trois concurrents de la région sous-traitent la découpe et annoncent 10 jours, alors que 7 acheteurs sur 10 interrogés citent le délai comme premier critère.`;
    expect(statusOf(full, '1.2.a')).toBe('satisfied');
    const praise = `# Diagnostic interne
Notre expertise, notre réactivité et notre sens du service constituent de véritables avantages concurrentiels.`;
    expect(statusOf(praise, '1.2.a')).toBe('missing');
  });
});

describe('1.3 strategy and objectives', () => {
  const strategy = `# Stratégie
Nous avons segmenté la clientèle selon la taille : boulangeries artisanales (≈ 300 dans le Finistère), chaînes régionales (12), grande distribution (40 magasins).
Notre cible prioritaire : les boulangeries artisanales de 3 à 10 salariés du Finistère nord.
Positionnement : « Votre farine livrée en 24 h, moulue à moins de 50 km ».`;

  it('segmentation, target and positioning → satisfied; no positioning → partial', () => {
    expect(statusOf(strategy, '1.3.a')).toBe('satisfied');
    expect(statusOf(strategy.split('\nPositionnement')[0], '1.3.a')).toBe('partial');
  });

  it('SMART objectives with one deadline for all → satisfied; a vague one → partial; directions only → missing', () => {
    const smart = `${strategy}
# Objectifs pour l'exercice 2026
- Signer 25 nouvelles boulangeries de la cible.
- Atteindre 410 k€ de CA sur la farine bio.`;
    expect(statusOf(smart, '1.3.c')).toBe('satisfied');
    const vague = `${smart}
- Développer notre notoriété auprès des artisans.`;
    expect(statusOf(vague, '1.3.c')).toBe('partial');
    const directions = `# Objectifs
Nous voulons augmenter le CA et développer la notoriété, selon la méthode SMART.`;
    expect(statusOf(directions, '1.3.c')).toBe('missing');
  });

  it('objectives linked to the target by a sentence → satisfied; unlinked → partial', () => {
    const linked = `${strategy}
# Objectifs pour l'exercice 2026
- Signer 25 nouvelles boulangeries de la cible.
- Atteindre 410 k€ de CA sur la farine bio.
Ces objectifs découlent directement de notre cible : les boulangeries artisanales.`;
    expect(statusOf(linked, '1.3.b')).toBe('satisfied');
    expect(statusOf(linked.split('\nCes objectifs')[0], '1.3.b')).toBe('partial');
  });
});

describe('1.4 the PAC', () => {
  it('phases named in one sentence → satisfied; two phases → partial', () => {
    expect(
      statusOf(
        `# Plan d'action\nLe PAC a été construit en cinq étapes : analyse des ventes, objectifs validés en octobre, choix des actions, budget de 9 000 €, planning et suivi mensuel.`,
        '1.4.a',
      ),
    ).toBe('satisfied');
    expect(statusOf(`# Plan d'action\nPour construire le plan, j'ai analysé les ventes puis choisi les actions.`, '1.4.a')).toBe('partial');
  });

  const pac = (rows: string) => `# Plan d'action commerciale
| Action | Type | Canal | Budget |
|---|---|---|---|
${rows}`;

  it('balance: three types without token → satisfied; a token type → partial; one type → missing', () => {
    const balanced = pac(`| Salon Agrimat | Détection | Salon | 2 000 € |
| Publicité dans la revue locale | Détection | Presse | 800 € |
| Démonstration au champ | Conquête | Terrain | 1 500 € |
| Offre d'essai | Conquête | E-mail + téléphone | 600 € |
| Visite d'entretien annuelle | Fidélisation | Terrain | 900 € |
| Club utilisateurs | Fidélisation | Événement | 1 200 € |`);
    expect(statusOf(balanced, '1.4.b')).toBe('satisfied');
    const token = pac(`| Salon Agrimat | Détection | Salon | 4 000 € |
| Publicité | Détection | Presse | 3 000 € |
| Phoning | Détection | Téléphone | 500 € |
| Démonstration | Conquête | Terrain | 3 500 € |
| Offre d'essai | Conquête | E-mail | 2 600 € |
| Carte de vœux | Fidélisation | Courrier | 100 € |`);
    expect(statusOf(token, '1.4.b')).toBe('partial');
    expect(statusOf(pac(`| Salon | Détection | Salon | 1 000 € |\n| Phoning | Détection | Téléphone | 300 € |`), '1.4.b')).toBe('missing');
  });

  it('channels: combined in actions → satisfied; several channels one per action → partial; one channel → missing', () => {
    const cross = pac(`| Salon | Détection | Salon, e-mail de relance | 2 000 € |
| Offre d'essai | Conquête | E-mail + téléphone | 600 € |
| Visite | Fidélisation | Terrain | 900 € |`);
    expect(statusOf(cross, '1.4.c')).toBe('satisfied');
    const multi = pac(`| Salon | Détection | Salon | 2 000 € |
| Offre d'essai | Conquête | E-mail | 600 € |
| Visite | Fidélisation | Terrain | 900 € |`);
    expect(statusOf(multi, '1.4.c')).toBe('partial');
    expect(adviceOf(multi, '1.4.c')).toMatch(/cross-canal/);
    const single = pac(`| Appel des prospects | Détection | Téléphone | 200 € |
| Relance des devis | Conquête | Téléphone | 100 € |`);
    expect(statusOf(single, '1.4.c')).toBe('missing');
  });
});

describe('2.1 collaboration', () => {
  it('several actors with meetings and a validation rule → satisfied; tasks only → partial; "l’équipe" → partial', () => {
    const full = `# Collaboration avec les services
Le bureau d'études chiffre les variantes et l'assistante ADV saisit les commandes. Nous faisons un point tous les lundis à 9 h ; toute remise au-delà de 8 % est validée par le directeur commercial.`;
    expect(statusOf(full, '2.1.a')).toBe('satisfied');
    expect(statusOf(full, '2.1.b')).toBe('satisfied');
    const tasks = `# Collaboration avec les services
Le bureau d'études chiffre les variantes et l'assistante ADV saisit les commandes.`;
    expect(statusOf(tasks, '2.1.b')).toBe('partial');
    expect(statusOf(`# Collaboration\nJ'ai collaboré avec les différents services de l'entreprise, en mode projet.`, '2.1.a')).toBe('partial');
  });
});

describe('2.4 prospection', () => {
  it('targeting with criteria and a count → satisfied; one broad criterion → partial', () => {
    const target = `# Prospection directe
À partir de la base SIRENE : garages indépendants (code NAF 45.20A) de 2 à 9 salariés en Gironde, non clients : 212 établissements, les 60 de Bordeaux Métropole en priorité.`;
    expect(statusOf(target, '2.4.a')).toBe('satisfied');
    expect(statusOf(`# Prospection directe\nJe démarche les garages de Gironde.`, '2.4.a')).toBe('partial');
  });

  it('a hook quoted with the prospect’s situation → satisfied; generic quote → partial; none → missing', () => {
    const specific = `# Prospection directe
Mon accroche au téléphone :
> « Bonjour, vous avez ouvert votre second garage à Mérignac en mars : nos clients de cette taille gagnent 6 heures d'atelier par semaine avec notre planning. Puis-je vous le montrer jeudi ? »`;
    expect(statusOf(specific, '2.4.b')).toBe('satisfied');
    const generic = `# Prospection directe
Mon accroche : « Bonjour, je suis Paul de Garagix, un logiciel pour les garages. Auriez-vous 10 minutes pour une présentation ? »`;
    expect(statusOf(generic, '2.4.b')).toBe('partial');
    expect(statusOf(`# Prospection directe\nJ'appelle les garages de la liste.`, '2.4.b')).toBe('missing');
  });

  it('tours grouped by area with the kilometres saved → satisfied; the rule alone → partial; a restatement → missing', () => {
    expect(
      statusOf(
        `# Organisation des tournées\nJe regroupe mes visites par secteur, un jour par département : 12 tournées au lieu de 30 allers-retours, soit environ 2 100 km évités.`,
        '2.4.c',
      ),
    ).toBe('satisfied');
    expect(statusOf(`# Organisation des tournées\nJe regroupe mes visites par secteur, un jour par département.`, '2.4.c')).toBe('partial');
    expect(statusOf(`# Organisation des tournées\nLes déplacements ont été optimisés afin de maîtriser les coûts.`, '2.4.c')).toBe('missing');
  });
});

describe('2.5.a go / no go', () => {
  const grid = (total: string) => `# Appel d'offres du lycée Jules-Ferry
Consultation du 12 février 2026 : nettoyage de 4 bâtiments, 3 ans, environ 180 k€ HT.
| Critère | Poids | Note /5 |
|---|---|---|
| Marge estimée (économique) | 40 % | 3 |
| Référence dans l'éducation (stratégique) | 30 % | 4 |
| Disponibilité des équipes de nuit (faisabilité) | 30 % | 2 |
| Total | 100 % | ${total} |
Seuil de 3 sur 5 : décision no go.`;

  it('a weighted grid of three families applied to a tender → satisfied; a wrong total → partial', () => {
    expect(statusOf(grid('3'), '2.5.a')).toBe('satisfied');
    expect(statusOf(grid('3,4'), '2.5.a')).toBe('partial');
    expect(adviceOf(grid('3,4'), '2.5.a')).toMatch(/score total/);
  });

  it('no tender at all → missing', () => {
    expect(statusOf(`# Appels d'offres\nPas concerné : nos clients ne passent pas par des appels d'offres.`, '2.5.a')).toBe('missing');
  });
});

describe('2.6.a CRM', () => {
  it('a filtered query feeding an action with an objective → satisfied; logging only → partial', () => {
    expect(
      statusOf(
        `# CRM\nDans Pipedrive, j'ai filtré les comptes : secteur = hôtellerie ; dernière commande > 12 mois ; CA 2024 > 5 k€. Résultat : 38 comptes, cible de la campagne de relance avec l'objectif de réactiver 10 comptes d'ici juin.`,
        '2.6.a',
      ),
    ).toBe('satisfied');
    expect(statusOf(`# CRM\nJ'enregistre tous mes appels dans Pipedrive pour suivre le pipeline.`, '2.6.a')).toBe('partial');
  });
});

describe('2.7 tracking and ROI', () => {
  const tracking = `# Suivi du PAC au 30/04/2026
| Indicateur | Prévu au 30/04 | Réalisé au 30/04 | Écart |
|---|---|---|---|
| Nouveaux hôtels clients | 12 | 8 | -4 |
| CA hôtellerie | 90 k€ | 71 k€ | -19 k€ |
Action corrective : relance des 14 devis en attente, objectif : récupérer les 4 hôtels manquants d'ici juin. Coût : 600 € ; gain attendu : 3 000 € de marge ; ROI = (3 000 - 600) / 600 = 400 %.`;

  it('gaps written and a corrective action tied to a gap → 2.7.a satisfied; ROI correct → 2.7.b satisfied', () => {
    expect(statusOf(tracking, '2.7.a')).toBe('satisfied');
    expect(statusOf(tracking, '2.7.b')).toBe('satisfied');
    expect(statusOf(tracking, '4.4.a')).toBe('satisfied');
  });

  it('a wrong ROI → partial, and the advice says to check the calculation', () => {
    const wrong = tracking.replace('= 400 %', '= 250 %');
    expect(statusOf(wrong, '2.7.b')).toBe('partial');
    expect(adviceOf(wrong, '2.7.b')).toMatch(/vérifiez le calcul/);
  });

  it('an intention to monitor → missing', () => {
    const intention = `# Suivi\nNous suivrons le chiffre d'affaires et le taux de transformation chaque mois.`;
    expect(statusOf(intention, '2.7.a')).toBe('missing');
    expect(statusOf(intention, '4.4.a')).toBe('missing');
    expect(statusOf(intention, '4.4.b')).toBe('missing');
  });
});

describe('3.1 the negotiation', () => {
  const negotiation = `# Une négociation avec la clinique Saint-Roch
La clinique (220 lits) renouvelait son contrat de blanchisserie, environ 85 k€ par an.
Avant le rendez-vous, j'ai consulté leur site internet et leurs comptes publiés sur Pappers : le résultat était en baisse de 12 %, j'en ai conclu que le prix compterait.
Mon objectif : un contrat de 3 ans à 80 k€ par an minimum ; mon angle d'attaque : la traçabilité du linge plutôt que le prix.
J'ai appris que la directrice des achats prépare le dossier, que le directeur général signe au-dessus de 50 k€ et que la cadre de santé peut bloquer.
Leviers d'achat : économie (budget en baisse de 12 %), sécurité (deux pertes de linge stérile en 2025).
J'ai reformulé : « Vous voulez un linge tracé pièce par pièce, sans hausse de budget sur trois ans, c'est bien cela ? » La directrice des achats a confirmé.
Le contrat a été signé le 4 mars 2026 : 3 ans, 82 k€ par an.`;

  it('a concrete negotiation reported in full → every 3.1 criterion satisfied', () => {
    const s = statuses(check(miniMarkdown(negotiation)));
    expect(['3.1.a', '3.1.b', '3.1.c', '3.1.d', '3.1.e', '3.1.f'].map((id) => s[id])).toEqual(Array(6).fill('satisfied'));
  });

  it('an agreement in principle → 3.1.f partial; a negotiation only observed caps b–f', () => {
    expect(
      statusOf(
        negotiation.replace(
          'Le contrat a été signé le 4 mars 2026 : 3 ans, 82 k€ par an.',
          'La directrice nous a donné son accord de principe ; la signature est prévue en mai.',
        ),
        '3.1.f',
      ),
    ).toBe('partial');
    const observed = negotiation.replace('Avant le rendez-vous', "J'ai accompagné mon responsable, c'est lui qui a mené la discussion. Avant le rendez-vous");
    expect(statusOf(observed, '3.1.f')).toBe('partial');
    expect(statusOf(observed, '3.1.a')).toBe('satisfied');
  });

  it('claims with no negotiation described → missing', () => {
    const claims = `# Négociations
Chaque négociation a été préparée avec soin ; la reformulation a été systématiquement validée et mes solutions ont abouti à des accords gagnant-gagnant.`;
    const s = statuses(check(miniMarkdown(claims)));
    expect(['3.1.a', '3.1.b', '3.1.c', '3.1.d', '3.1.e', '3.1.f'].map((id) => s[id])).toEqual(Array(6).fill('missing'));
  });
});

describe('4.4.b dashboard', () => {
  it('three KPIs over several months → satisfied; one snapshot → partial', () => {
    const monthly = `# Tableau de bord
| Indicateur | Janv. | Févr. | Mars | Objectif |
|---|---|---|---|---|
| Clients actifs | 40 | 44 | 47 | 55 |
| CA cumulé (k€) | 30 | 62 | 95 | 140 |
| Taux de transformation | 18 % | 21 % | 24 % | 25 % |`;
    expect(statusOf(monthly, '4.4.b')).toBe('satisfied');
    const snapshot = `# Tableau de bord
| Indicateur | Objectif | Réalisé fin mars |
|---|---|---|
| Clients actifs | 55 | 47 |
| CA cumulé | 140 k€ | 95 k€ |`;
    expect(statusOf(snapshot, '4.4.b')).toBe('partial');
  });
});

describe('placeholders count as nothing', () => {
  it('a section of placeholders and template guidance gives missing', () => {
    const placeholders = `# Ligne éditoriale
[à compléter]
# Message d'accroche
TODO : écrire le script
# Positionnement
Présentez ici le positionnement choisi.`;
    const s = statuses(check(miniMarkdown(placeholders)));
    expect([s['2.3.b'], s['2.4.b'], s['1.3.a']]).toEqual(['missing', 'missing', 'missing']);
  });
});
