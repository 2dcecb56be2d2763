/**
 * "1 menace sur 3 n’a", "2 menaces sur 3 n’ont": the forms are "noun|verb" so the count goes
 * between the noun and its verb, as French wants it.
 */
export function countOf(n: number, total: number, singular: string, plural = `${singular}s`): string {
  const [noun, verb] = (n > 1 ? plural : singular).split('|');
  return `${n} ${noun} sur ${total}${verb ? ` ${verb}` : ''}`;
}

/**
 * What the checklist advises, in French, in one catalogue: the block rules (`rules/`) and the shared
 * fallbacks take their sentences here, by criterion, so that the checklist's wording is read and
 * changed in one place. Counts arrive already agreed (« 2 menaces sur 3 n’ont »), lists already joined.
 */
export const ADVICE = {
  /** Said of any criterion. */
  any: {
    addSectionAndBlock: (section: string, block: string) => `Ajoutez la section « ${section} » et le bloc « ${block} ».`,
    emptySection: (section: string, block: string) => `La section « ${section} » est vide : complétez le bloc « ${block} » ou rédigez-la.`,
    noNotion: (notions: string, block: string) => `Aucune des notions attendues n’apparaît (${notions}) : utilisez le bloc « ${block} ».`,
    notionsMissing: (notions: string) => `Notions absentes du texte : ${notions}.`,
    structureInBlock: (block: string) => `Structurez ces éléments dans le bloc « ${block} » pour qu’ils soient chiffrés et vérifiables.`,
    convertTable: (block: string) => `Ce tableau a été reconnu comme « ${block} » : convertissez-le en bloc pour des calculs et une vérification complets.`,
    examOnly: (templates: string) =>
      `Critère évalué à l’examen (étude de cas), pas dans le mémoire. Entraînez-vous avec le modèle d’entraînement ${templates}.`,
    readIt: 'Ce critère se juge à la lecture.',
    checkFailed: (why: string) => `La vérification automatique a échoué (${why}) : jugez ce critère à la lecture.`,
  },
  '1.1.a': {
    unrated: (n: number, total: number, scale: string) =>
      `${countOf(n, total, 'opportunité|n’a', 'opportunités|n’ont')} pas de note de faisabilité ou d’efficacité économique : notez-les de ${scale}.`,
    tooFew: (min: number) => `Comparez au moins ${min} opportunités pour montrer que vous retenez les plus pertinentes.`,
    opportunityRating: 'évaluation à la fois de la faisabilité et de l’intérêt économique',
    priority: 'Dites laquelle vous retenez en priorité (rang, « retenue »).',
    noneNamed: (min: number) => `Aucune opportunité concrète n’est nommée : présentez-en au moins ${min}, évaluées en faisabilité et en intérêt économique.`,
  },
  '1.1.b': {
    unrated: (n: number, total: number, scale: string) =>
      `${countOf(n, total, 'menace|n’a', 'menaces|n’ont')} pas d’estimation du risque : notez probabilité et impact de ${scale}.`,
    tooFew: (min: number) => `Présentez au moins ${min} menaces.`,
    threatRating: 'estimation du risque (probabilité et impact, criticité ou CA exposé)',
    noneNamed: 'Aucune menace concrète : dites qui ou quoi menace votre périmètre, et estimez chaque risque.',
  },
  '1.2.a': {
    strengthsFirst: 'Listez les forces et les faiblesses du périmètre : elles fondent les avantages concurrentiels.',
    noAdvantage: 'Dégagez au moins un avantage concurrentiel.',
    noneDecisive: 'Aucun avantage n’est marqué « décisif » : indiquez lequel fait la différence face aux concurrents.',
    unjustified: (n: number, total: number, minWords: number) =>
      `${countOf(n, total, 'avantage décisif|n’est pas justifié', 'avantages décisifs|ne sont pas justifiés')} (${minWords} mots au moins).`,
    decisiveUnjustified:
      'L’avantage décisif n’est pas justifié : dites pourquoi il l’est face aux concurrents ou aux critères d’achat de la cible, avec un fait.',
    noneSingled: 'Aucun avantage n’est désigné comme décisif : dites lequel fait la différence, et pourquoi.',
    diagnosticFirst: 'Appuyez l’avantage décisif sur un diagnostic interne : forces et faiblesses concrètes.',
    noDiagnostic: 'Pas de diagnostic interne : listez des forces et des faiblesses concrètes, puis l’avantage décisif et sa justification.',
  },
  '1.3.a': {
    tooFewSegments: (min: number) => `Décrivez au moins ${min} segments.`,
    tickTargets: 'Cochez la ou les cibles retenues parmi les segments.',
    positioning: 'Formulez le positionnement en une phrase complète.',
    segmentationPart: (min: number) => `la segmentation (au moins ${min} segments et leur critère)`,
    targetPart: 'la cible retenue',
    positioningPart: 'le positionnement (la promesse faite à la cible, liée à votre avantage)',
    toDefine: (parts: string) => `À définir : ${parts}.`,
  },
  '1.3.b': {
    unlinked: (n: number, total: number) => `${countOf(n, total, 'objectif|n’est relié', 'objectifs|ne sont reliés')} à aucun segment ni axe stratégique.`,
    unknownSegment: (n: number, total: number) =>
      `${countOf(n, total, 'objectif|vise', 'objectifs|visent')} un segment absent de la segmentation : utilisez les mêmes noms.`,
    noObjective: 'Aucun objectif n’est formulé : il n’y a rien à relier à la stratégie.',
    noStrategy: 'Aucun élément de stratégie (segment, cible, positionnement) auquel rattacher les objectifs.',
    sayTheLink: 'Dites comment chaque objectif découle de la cible ou du positionnement choisi (« objectif lié à notre cible… »).',
  },
  '1.3.c': {
    lacking: (n: number, total: number, what: string) => `${countOf(n, total, 'objectif|n’a', 'objectifs|n’ont')} pas ${what}.`,
    /** What an objective can lack, as « n’a pas … » says it. */
    parts: { indicator: 'd’indicateur', target: 'de valeur cible chiffrée', unit: 'd’unité', deadline: 'd’échéance' },
    tooFew: (min: number) => `Fixez au moins ${min} objectifs.`,
    noObjective: (min: number) => `Aucun objectif n’est formulé : écrivez au moins ${min} objectifs chiffrés avec leur échéance.`,
    noFigure: 'Aucun objectif n’a de valeur cible chiffrée : donnez pour chacun l’indicateur, la cible et l’échéance.',
    withoutFigure: (count: string) => `${count} sans valeur cible chiffrée.`,
    withoutDeadline: (count: string) => `${count} sans échéance.`,
    tooFewWritten: (min: number) => `Formulez au moins ${min} objectifs.`,
  },
  '1.4.a': {
    phasesMissing: (phases: string) => `Phases non identifiées : ${phases}.`,
    phasesNamed: (count: string, phases: string, min: number) =>
      `La démarche d’élaboration nomme ${count} (${phases}) ; ${min} attendues au moins, dans l’ordre : diagnostic → objectifs → actions → budget → planning → suivi.`,
  },
  '1.4.b': {
    untyped: (count: string) => `${count} sans type : choisissez détection, conquête ou fidélisation.`,
    noneOfType: (type: string, min: string) => `Aucune action de ${type} : ajoutez-en pour équilibrer le PAC (au moins ${min} des actions).`,
    tooFewOfType: (type: string, share: string, min: string) => `Les actions de ${type} ne font que ${share} des actions (au moins ${min} attendu).`,
    tooManyOfType: (type: string, share: string, max: string) =>
      `Les actions de ${type} font ${share} des actions : au-delà de ${max}, le PAC n’est plus équilibré.`,
    noTypedAction: 'Aucune action typée : classez chaque action du PAC en détection, conquête ou fidélisation.',
    oneType: (type: string) => `Toutes les actions sont de ${type} : le PAC doit couvrir détection, conquête et fidélisation.`,
    typesAbsent: (types: string) => `Aucune action de ${types}.`,
    tokenType: (type: string, actions: number, budgetShare: number, maxShare: number) =>
      `La ${type} ne compte qu’une action sur ${actions} et ${budgetShare} % du budget (moins de ${maxShare} %) : renforcez-la ou justifiez ce déséquilibre par la stratégie.`,
  },
  '1.4.c': {
    noChannels: 'Indiquez les canaux de chaque action.',
    tooFewChannels: (channels: string, min: number) => `Le PAC n’utilise que ${channels} : ${min} au moins pour un plan multicanal.`,
    tooFewCombined: (count: string, min: string) => `${count} plusieurs canaux : visez ${min} d’actions cross canal.`,
    channelsOfEachAction: 'Indiquez les canaux de chaque action du PAC.',
    tooFewChannelsNamed: (count: number, min: number) => `Le PAC n’utilise que ${count} canaux ; ${min} au moins pour un plan multicanal.`,
    notCrossChannel:
      'Aucune action ne combine deux canaux et aucun relais entre canaux n’est décrit (« les contacts du salon sont rappelés sous 72 h ») : le PAC est multicanal, pas cross-canal.',
    oneChannel: 'Toutes les actions passent par le même canal : variez-les et articulez-les.',
  },
  '2.1.a': {
    incomplete: (n: number, total: number) => `${countOf(n, total, 'acteur|n’a', 'acteurs|n’ont')} pas de service ou de rôle.`,
    tooFew: (min: number) => `Identifiez au moins ${min} acteurs internes.`,
    tooFewActors: (count: string, min: number) => `${count} par sa fonction ; ${min} attendus, avec leur rôle dans vos actions.`,
    nameActors: 'Nommez les acteurs internes (services ou fonctions) qui ont pris part à vos actions.',
  },
  '2.1.b': {
    undescribed: (n: number, total: number) => `${countOf(n, total, 'acteur|n’a', 'acteurs|n’ont')} pas de mode, de fréquence ou de livrables décrits.`,
    formatMode: 'le format (réunion, brief, outil partagé)',
    timingMode: 'la fréquence ou les délais',
    validationMode: 'la règle de validation',
    deliverableMode: 'les livrables attendus',
    describeModes: (min: number, modes: string) => `Décrivez comment vous travaillez ensemble : ${min} modalités au moins parmi ${modes}.`,
    oneActor: 'Les modalités ne concernent qu’un acteur : décrivez-les pour l’équipe.',
    nothingSaid: 'Rien n’est dit des modalités de collaboration (réunions, délais, livrables, validations).',
  },
  '2.3.a': {
    unlinked: (n: number, total: number) => `${countOf(n, total, 'support|n’est relié', 'supports|ne sont reliés')} à aucun objectif.`,
    tooFew: (min: number) => `Présentez au moins ${min} supports.`,
    noSupport: 'Aucun support de social selling ou d’inbound n’est nommé (profil LinkedIn, page, guide, webinaire…).',
    tooFewNamed: (found: number, min: number) => `${found === 1 ? 'Un seul support nommé' : `${found} supports nommés`} ; ${min} au moins.`,
    objectives: 'Fixez les objectifs du social selling (image auprès de la cible, nombre de leads ou de contacts).',
    withoutRole: (count: string) => `${count} sans rôle : dites pour chacun à quel objectif il sert ou pourquoi il convient à la cible.`,
  },
  '2.3.b': {
    incomplete: (missing: string) => `Ligne éditoriale incomplète : ${missing}.`,
    themes: 'les thèmes',
    audience: 'le public visé',
    tone: 'le ton',
    frequency: 'la fréquence',
    link: 'le lien avec le positionnement',
    specify: (missing: string) => `Ligne éditoriale incomplète : précisez ${missing}.`,
    linkAlone: 'Le lien avec le positionnement est affirmé avec un seul autre élément : définissez thèmes, public, ton ou rythme.',
    none: 'Aucune ligne éditoriale au-delà des canaux : définissez thèmes, public, ton, rythme et lien avec le positionnement.',
  },
  '2.4.a': {
    criteria: 'Détaillez les critères de ciblage (secteur, taille, zone, fonction de l’interlocuteur…).',
    nameTarget: 'Nommez la cible visée.',
    broadTarget: (min: number) =>
      `La cible de prospection tient en un critère large ; définissez-la par ${min} critères au moins (taille, secteur ou code NAF, zone fine, événement déclencheur, fonction du contact).`,
    sizeTarget: 'Dimensionnez la cible (nombre d’entreprises ou de contacts), donnez sa source ou un ordre de priorité.',
    noTarget: 'Aucune cible de prospection directe n’est définie.',
  },
  '2.4.b': {
    write: 'Rédigez le message d’accroche tel que vous l’avez utilisé.',
    tooShort: (words: number) => `L’accroche ne fait que ${words} mots : montrez ce qu’elle apporte à la cible.`,
    tooLong: (words: number, max: number) => `L’accroche fait ${words} mots : une accroche tient en ${max} mots au plus.`,
    target: 'Indiquez à quelle cible l’accroche s’adresse.',
    generic:
      'L’accroche est générique : elle pourrait partir à n’importe quel prospect. Citez une situation ou un déclencheur propre à la cible, puis le bénéfice et la demande.',
    quoteIt: 'L’accroche est seulement décrite : citez-la (script d’appel, objet et première ligne de l’e-mail).',
    noHook: 'Aucun message d’accroche : citez votre accroche (appel, e-mail ou message LinkedIn).',
  },
  '2.4.c': {
    byZone: (zones: string) => `Regroupez les visites par zone (au moins ${zones}) pour montrer l’optimisation des tournées.`,
    cost: 'Chiffrez le coût des déplacements (coût par zone, ou km et coût au km).',
    figureTheRule: 'La règle d’organisation est là ; chiffrez son effet (km, €, trajets évités) ou le budget de déplacement.',
    ruleMissing: 'Un budget sans règle : dites comment les déplacements sont organisés (regroupement par zone, tournées, visites par jour).',
    remote: 'Prospection entièrement à distance : pour la limiter aux coûts, séquencez qualification à distance puis visites groupées, et chiffrez l’économie.',
    nothingSaid: 'Rien n’est dit de l’organisation des déplacements : règle de tournée et économie chiffrée.',
  },
  '2.5.a': {
    familiesMissing: (families: string) => `Aucun critère de la famille ${families} : la grille doit allier intérêt économique, stratégique et faisabilité.`,
    tooFew: (count: string, min: number) => `La grille n’a que ${count} : ${min} au moins.`,
    weights: (sum: string) => `Les poids totalisent ${sum} % au lieu de 100 %.`,
    rate: (scale: string) => `Notez chaque critère (${scale}) et donnez son poids.`,
    threshold: 'Fixez le seuil de décision.',
    decision: 'Indiquez la décision (go ou no go).',
    contradicts: (decision: string, score: string, threshold: string) =>
      `La décision « ${decision} » contredit la grille (score ${score} % pour un seuil de ${threshold} %) : justifiez-la.`,
    familyMissing: (family: string) => `Aucun critère de la famille ${family}.`,
    noTender: 'Aucun appel d’offres analysé : appliquez une grille go / no go à une consultation réelle.',
    notApplied: 'La grille n’est pas appliquée à un appel d’offres réel (objet, montant, date).',
    tooFewInGrid: (count: number, min: number) => `La grille a ${count} critères ; ${min} au moins.`,
    rateEach: 'Notez chaque critère.',
    stateDecision: 'Énoncez la décision (go ou no go) et ce qui la fonde (score face au seuil).',
    wrongTotal: 'Le score total ne correspond pas aux notes pondérées : recalculez-le.',
    rateAtLeast: (min: number) => `Notez au moins ${min} critères (économique, stratégique, faisabilité).`,
    decisionOnly: 'Énoncez la décision (go ou no go).',
    nameStrategic: 'Nommez le critère stratégique.',
    noGrid: 'Aucune grille go / no go appliquée à un appel d’offres réel.',
  },
  '2.6.a': {
    tool: 'Nommez l’outil de GRC utilisé.',
    filters: 'Détaillez les filtres de la requête.',
    size: 'Donnez la taille de la cible obtenue.',
    objective: 'Reliez la requête à l’objectif de l’action qu’elle sert.',
    tieToAction: 'Reliez le résultat de la requête à une action nommée et à son objectif.',
    noQuery: 'L’outil est utilisé, mais sans requête : donnez les critères de sélection (filtres), le nombre obtenu et l’action qu’il alimente.',
    noCrm: 'Aucune base de données ni CRM utilisé pour cibler une action.',
  },
  '2.7.a': {
    notFigured: (n: number, total: number) =>
      `${countOf(n, total, 'ligne|n’a', 'lignes|n’ont')} pas d’objectif ou de réalisé chiffré : l’écart ne peut pas être calculé.`,
    uncorrected: (n: number, total: number) =>
      `${countOf(n, total, 'écart négatif|n’a', 'écarts négatifs|n’ont')} pas d’action corrective : l’écart doit devenir son objectif.`,
    noPlannedActual: 'Aucun prévu / réalisé chiffré : donnez, à une date, la valeur visée et la valeur atteinte de chaque objectif.',
    tooFewTracked: (count: string, min: number) => `${count} avec prévu et réalisé ; ${min} au moins.`,
    writeGap: 'Écrivez l’écart (en valeur ou en %) pour les objectifs en retard.',
    tieCorrective: 'Reliez au moins une action corrective à un écart chiffré (« récupérer les 4 contrats manquants »).',
  },
  '2.7.b': {
    noCorrective: 'Aucune action corrective dans le tableau de suivi : ajoutez-en avec leur coût et leur gain attendu.',
    noRoi: (n: number, total: number) =>
      `${countOf(n, total, 'action corrective|n’a', 'actions correctives|n’ont')} pas de coût ou de gain : le ROI ne peut pas être calculé.`,
    nothingFigured: 'Aucun coût, gain ni ROI d’action corrective : chiffrez-les dans le tableau de suivi.',
    intoTracking: 'Intégrez ce calcul de ROI au tableau de suivi, à côté de l’écart visé.',
    wrongRoi: 'Le ROI ne correspond pas au coût et au gain donnés ((gain − coût) / coût) : vérifiez le calcul.',
    alsoGive: (missing: string) => `Pour une action corrective, donnez aussi ${missing} : coût, gain et ROI = (gain − coût) / coût.`,
    costWord: 'le coût',
    gainWord: 'le gain attendu',
    roiWord: 'le ROI',
  },
  '3.1': {
    sheet: (client: string, advice: string) => `${client} : ${advice}`,
    noNegotiation: 'Aucune négociation concrète n’est rapportée (client, objet, enjeu) : racontez-en une que vous avez menée.',
    observedOnly: 'La négociation a été menée par un autre : seulement observée, le critère est au plus partiel.',
  },
  '3.1.a': {
    sources: 'précisez les sources consultées et ce que vous en avez tiré.',
    noResearch: 'Aucune recherche en ligne avant la négociation : dites quelles sources vous avez consultées et ce que vous en avez tiré.',
    tooFewSources: (found: number, min: number) =>
      `${found === 1 ? 'Une seule source' : `${found} sources`} en ligne ; consultez-en au moins ${min} (site, comptes publiés, LinkedIn, presse, avis clients…).`,
    findings: 'Dites ce que ces sources vous ont appris et comment cela a orienté votre préparation.',
  },
  '3.1.b': {
    objectives: 'définissez les objectifs de la négociation.',
    angle: 'définissez l’angle d’attaque.',
    vagueObjective: 'L’objectif reste vague : chiffrez ce qu’il faut obtenir (volume, durée, prix plancher, remise maximale).',
    whichAngle: 'Dites par quel angle vous attaquez (le thème ou le levier choisi plutôt que le prix).',
    neither: 'Ni objectif ni angle d’attaque pour la négociation.',
  },
  '3.1.c': {
    power: 'indiquez pour chaque interlocuteur son rôle et son pouvoir de décision.',
    revealPower: 'Dites ce que vos questions ont révélé du pouvoir de chacun : qui prescrit, qui décide, qui valide le budget, qui peut bloquer.',
    noInterlocutor: 'Les interlocuteurs de la négociation ne sont pas identifiés.',
  },
  '3.1.d': {
    detail: 'détaillez les leviers d’achat (sécurité, économie, image, nouveauté, confort…) et ce qui les révèle.',
    identify: 'identifiez les leviers d’achat du client.',
    tooFewLevers: (found: number, min: number) =>
      `${found > 1 ? `${found} leviers d’achat identifiés` : 'Un seul levier d’achat identifié (ou une grille récitée)'} : nommez au moins ${min} leviers propres à ce client, avec le fait qui le montre.`,
    noLever: 'Aucun levier d’achat identifié pour ce client.',
  },
  '3.1.e': {
    validated: 'précisez si le client a validé la reformulation (et comment).',
    write: 'rédigez la reformulation de la situation et du besoin.',
    noReformulation: 'Aucune reformulation rapportée : citez-la, puis dites comment le client l’a validée.',
    reportValidation: 'La reformulation est donnée ; rapportez la validation du client (confirmation, correction, accord sur le récapitulatif).',
    giveContent: 'Donnez le contenu de la reformulation (situation et besoin), puis la validation du client.',
  },
  '3.1.f': {
    solution: 'décrivez la solution argumentée.',
    outcome: (issue: string) => `issue « ${issue} » : expliquez ce qui a manqué et la suite donnée.`,
    pending: 'L’accord n’est qu’en principe ou en attente de signature : rapportez la signature ou la commande quand elle a lieu.',
    noOutcome: 'Aucune issue rapportée : dites si le client a signé, commandé ou accepté la proposition, et à quelles conditions.',
  },
  '4.3.a': {
    noAnomaly: 'Aucune anomalie relevée : le tuteur juge si le suivi en a omis.',
    uncorrected: (n: number, total: number) => `${countOf(n, total, 'anomalie|reste', 'anomalies|restent')} sans action corrective.`,
    negativeRoi: (n: number, total: number) =>
      `${countOf(n, total, 'action corrective|a', 'actions correctives|ont')} un ROI négatif : montrez en quoi elles corrigent efficacement.`,
  },
  '4.4.a': {
    notMeasured: (n: number, total: number) =>
      `${countOf(n, total, 'indicateur|n’a', 'indicateurs|n’ont')} pas d’objectif ou de résultat : le décalage n’est pas mesuré.`,
    tooFew: (min: number) => `Suivez au moins ${min} indicateurs.`,
    tooFewPairs: (min: number) => `Donnez pour au moins ${min} indicateurs l’objectif et le résultat obtenu, pour que l’écart se lise.`,
    noKpi: 'Aucun indicateur chiffré : donnez pour chaque KPI son objectif et son résultat.',
  },
  '4.4.b': {
    onePeriod: (n: number, total: number, min: number) =>
      `${countOf(n, total, 'indicateur|n’est suivi', 'indicateurs|ne sont suivis')} que sur une période : ${min} au moins montrent l’évolution.`,
    tooFew: (min: number) => `Le tableau de bord doit couvrir au moins ${min} indicateurs pour une vision globale.`,
    summary: 'Rédigez la synthèse qui tire les axes de progrès du tableau de bord.',
    tooFewEvolving: (count: string, min: number, periods: number) => `L’évolution n’est donnée que pour ${count} ; ${min} au moins sur ${periods} périodes.`,
    groupSeries: (count: string, min: number, periods: number) =>
      `L’évolution n’est donnée que pour ${count} ; regroupez ${min} indicateurs au moins sur ${periods} périodes.`,
    onePeriodShown: (periods: number) =>
      `Le tableau de bord ne montre qu’une période : donnez les valeurs d’au moins ${periods} périodes pour voir l’évolution.`,
    noValue: 'Aucune valeur d’indicateur : construisez un tableau de bord qui regroupe les KPI sur plusieurs périodes.',
  },
  /** What the checklist notes of the document as a whole. */
  findings: {
    emptySection: (section: string) => `La section « ${section} » est vide.`,
    tooShort: (section: string, words: string, min: string, max: string) => `« ${section} » : ${words} mots pour un objectif de ${min} à ${max}.`,
    tooLong: (section: string, words: string, max: string) => `« ${section} » : ${words} mots, au-delà de l’objectif (${max}) : resserrez.`,
    placeholder: (text: string) => `Texte provisoire oublié : « ${text} ».`,
    uncaptionedFigure: (n: number) => `La figure ${n} n’a pas de légende.`,
    orphanObjective: (objective: string) => `L’objectif ${objective} n’est visé par aucune action du PAC.`,
    actionWithoutKpi: (action: string) => `L’action « ${action} » n’a pas d’indicateur.`,
    budgetDiffers: (stated: string, total: string) => `Le texte annonce un budget de ${stated} ; le PAC totalise ${total}.`,
    roiDiffers: (stated: string, computed: string) => `Le texte annonce un ROI de ${stated} ; le tableau de suivi donne ${computed}.`,
    targetDiffers: (code: string, stated: string, target: string) => `Le texte donne pour ${code} une cible de ${stated} ; l’objectif SMART dit ${target}.`,
  },
  practice: {
    targetAndRatings: 'Indiquez la cible et notez faisabilité et efficacité de chaque action.',
    justifySupport: 'Justifiez le support choisi pour chaque action.',
    subject: 'Rédigez l’objet.',
    subjectTooLong: (chars: number, max: number) => `L’objet fait ${chars} caractères : ${max} au plus pour être lu en entier sur mobile.`,
    preheader: 'Ajoutez un pré-en-tête qui complète l’objet.',
    preheaderTooLong: (chars: number, max: number) => `Le pré-en-tête fait ${chars} caractères (${max} au plus).`,
    callToAction: 'Ajoutez un appel à l’action unique et visible.',
    personalise: 'Personnalisez le message (ex. {Prénom}, {Entreprise}).',
    unsubscribe: 'Prévoyez le lien de désinscription (obligatoire).',
    eventObjective: 'Reliez chaque évènement à un objectif de développement.',
    automation: 'Citez les outils de marketing automation envisagés (ex. scénario de relance).',
    proposalMissing: (parts: string) => `Éléments absents : ${parts}.`,
    proposalForm: 'La forme se juge à la lecture : mise en page, ton, lisibilité. Demandez l’avis de votre tuteur.',
    mapColumn: (column: string) => `Complétez « ${column} » pour chaque étape.`,
    mapSteps: (min: number) => `La démarche commerciale compte au moins ${min} étapes (détection, qualification, proposition, suivi…).`,
    mapIncomplete: (n: number, total: number) => `${countOf(n, total, 'étape|est incomplète', 'étapes|sont incomplètes')}.`,
  },
  prose: {
    noneConcrete: (item: string) => `Aucune ${item} concrète : nommez-les et dites ce qui touche votre périmètre.`,
    unrated: (count: string, total: number, rating: string) => `${count} sur ${total} sans ${rating}.`,
    tooFewItems: (min: number, items: string, found: number) => `Présentez au moins ${min} ${items} (${found} ${found > 1 ? 'trouvées' : 'trouvée'}).`,
  },
} as const;
