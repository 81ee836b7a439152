/**
 * Wording of the daily report and case file in the three working languages: English, French
 * and Ukrainian. Keys are stable; figures are inserted by the renderers, never translated.
 */

import { CATEGORY_LABELS } from './taxonomy.labels.js';

/** Languages of the printed outputs. */
export const OUTPUT_LANGUAGES = ['en', 'fr', 'uk'] as const;
/** One output language. */
export type OutputLanguage = (typeof OUTPUT_LANGUAGES)[number];

/** The labels of one language. */
export interface OutputLabels {
  dailyReport: string;
  basedOn: (cutoff: string, timeZone: string, from: string, to: string) => string;
  exercise: string;
  summary: (violations: number, explosions: number, previous: number, previousExplosions: number) => string;
  violationsByRegion: string;
  region: string;
  violations: string;
  explosions: string;
  previousPeriod: string;
  change: string;
  disengagementAreas: string;
  area: string;
  observations: string;
  weaponsInViolation: string;
  weapon: string;
  quantity: string;
  distanceToLine: string;
  freedomOfMovement: string;
  freedomOfMovementNote: string;
  kind: string;
  civilianCasualties: string;
  killed: string;
  injured: string;
  estimate: string;
  significantIncidents: string;
  status: string;
  severity: string;
  sources: string;
  time: string;
  location: string;
  none: string;
  visibleBasis: (observations: number, incidents: number) => string;
  caseFile: string;
  incident: string;
  evidence: string;
  history: string;
  comments: string;
  ledgerProof: string;
  notInLedger: string;
  categories: Record<string, string>;
}

/** Labels by language. */
export const LABELS: Record<OutputLanguage, OutputLabels> = {
  en: {
    dailyReport: 'Daily Report',
    basedOn: (cutoff, tz, from, to) =>
      `Based on information received as of ${cutoff} (${tz}); period ${from} – ${to} (UTC).`,
    exercise: 'EXERCISE — generated data, not real events',
    summary: (v, e, p, pe) =>
      `The monitors recorded ${v} ceasefire violations, including ${e} explosions. In the previous reporting period they recorded ${p} ceasefire violations, including ${pe} explosions.`,
    violationsByRegion: 'Ceasefire violations by region',
    region: 'Region',
    violations: 'Violations',
    explosions: 'Explosions',
    previousPeriod: 'Previous period',
    change: 'Change',
    disengagementAreas: 'Activity in and near the disengagement areas',
    area: 'Area',
    observations: 'Observations',
    weaponsInViolation: 'Weapons in violation of withdrawal lines',
    weapon: 'Weapon',
    quantity: 'Quantity',
    distanceToLine: 'Distance to the line (m)',
    freedomOfMovement: 'Restrictions of freedom of movement*',
    freedomOfMovementNote:
      '* Restrictions of the monitors’ freedom of movement or other impediments to the mandate.',
    kind: 'Kind',
    civilianCasualties: 'Civilian casualties',
    killed: 'killed',
    injured: 'injured',
    estimate: 'low / best / high',
    significantIncidents: 'Significant incidents',
    status: 'Status',
    severity: 'Severity',
    sources: 'Sources',
    time: 'Time (UTC)',
    location: 'Location',
    none: 'None recorded.',
    visibleBasis: (o, i) =>
      `Figures rest on the ${o} observations and ${i} incidents releasable to the reader.`,
    caseFile: 'Case file for the Special Commission',
    incident: 'Incident',
    evidence: 'Evidence (SHA-256)',
    history: 'History',
    comments: 'Comments and disputes',
    ledgerProof: 'Ledger inclusion proofs',
    notInLedger: 'The ledger holds no entry for this record.',
    categories: CATEGORY_LABELS.en,
  },
  fr: {
    dailyReport: 'Rapport quotidien',
    basedOn: (cutoff, tz, from, to) =>
      `Sur la base des informations reçues jusqu’à ${cutoff} (${tz}) ; période du ${from} au ${to} (UTC).`,
    exercise: 'EXERCICE — données générées, pas des événements réels',
    summary: (v, e, p, pe) =>
      `Les observateurs ont enregistré ${v} violations du cessez-le-feu, dont ${e} explosions. Au cours de la période précédente, ils avaient enregistré ${p} violations du cessez-le-feu, dont ${pe} explosions.`,
    violationsByRegion: 'Violations du cessez-le-feu par région',
    region: 'Région',
    violations: 'Violations',
    explosions: 'Explosions',
    previousPeriod: 'Période précédente',
    change: 'Évolution',
    disengagementAreas: 'Activité dans les zones de désengagement et à proximité',
    area: 'Zone',
    observations: 'Observations',
    weaponsInViolation: 'Armes en violation des lignes de retrait',
    weapon: 'Arme',
    quantity: 'Quantité',
    distanceToLine: 'Distance à la ligne (m)',
    freedomOfMovement: 'Restrictions de la liberté de circulation*',
    freedomOfMovementNote:
      '* Restrictions de la liberté de circulation des observateurs ou autres entraves au mandat.',
    kind: 'Type',
    civilianCasualties: 'Victimes civiles',
    killed: 'tués',
    injured: 'blessés',
    estimate: 'bas / meilleur / haut',
    significantIncidents: 'Incidents importants',
    status: 'Statut',
    severity: 'Gravité',
    sources: 'Sources',
    time: 'Heure (UTC)',
    location: 'Lieu',
    none: 'Aucun enregistré.',
    visibleBasis: (o, i) =>
      `Les chiffres reposent sur les ${o} observations et ${i} incidents communicables au lecteur.`,
    caseFile: 'Dossier pour la Commission spéciale',
    incident: 'Incident',
    evidence: 'Preuves (SHA-256)',
    history: 'Historique',
    comments: 'Commentaires et contestations',
    ledgerProof: 'Preuves d’inclusion dans le registre',
    notInLedger: 'Le registre ne contient aucune entrée pour cet enregistrement.',
    categories: CATEGORY_LABELS.fr,
  },
  uk: {
    dailyReport: 'Щоденний звіт',
    basedOn: (cutoff, tz, from, to) =>
      `На основі інформації, отриманої станом на ${cutoff} (${tz}); період ${from} – ${to} (UTC).`,
    exercise: 'НАВЧАННЯ — згенеровані дані, не реальні події',
    summary: (v, e, p, pe) =>
      `Спостерігачі зафіксували ${v} порушень режиму припинення вогню, зокрема ${e} вибухів. У попередньому звітному періоді вони зафіксували ${p} порушень режиму припинення вогню, зокрема ${pe} вибухів.`,
    violationsByRegion: 'Порушення режиму припинення вогню за регіонами',
    region: 'Регіон',
    violations: 'Порушення',
    explosions: 'Вибухи',
    previousPeriod: 'Попередній період',
    change: 'Зміна',
    disengagementAreas: 'Активність у районах розведення сил і поблизу них',
    area: 'Район',
    observations: 'Спостереження',
    weaponsInViolation: 'Озброєння з порушенням ліній відведення',
    weapon: 'Озброєння',
    quantity: 'Кількість',
    distanceToLine: 'Відстань до лінії (м)',
    freedomOfMovement: 'Обмеження свободи пересування*',
    freedomOfMovementNote:
      '* Обмеження свободи пересування спостерігачів або інші перешкоди виконанню мандата.',
    kind: 'Вид',
    civilianCasualties: 'Жертви серед цивільного населення',
    killed: 'загиблі',
    injured: 'поранені',
    estimate: 'мін. / найкраща / макс.',
    significantIncidents: 'Значні інциденти',
    status: 'Статус',
    severity: 'Тяжкість',
    sources: 'Джерела',
    time: 'Час (UTC)',
    location: 'Місце',
    none: 'Не зафіксовано.',
    visibleBasis: (o, i) => `Дані ґрунтуються на ${o} спостереженнях і ${i} інцидентах, доступних читачеві.`,
    caseFile: 'Справа для Спеціальної комісії',
    incident: 'Інцидент',
    evidence: 'Докази (SHA-256)',
    history: 'Історія',
    comments: 'Коментарі та заперечення',
    ledgerProof: 'Докази включення до реєстру',
    notInLedger: 'Реєстр не містить запису для цього об’єкта.',
    categories: CATEGORY_LABELS.uk,
  },
};

/** The label of a category in a language (its API name when untranslated). */
export function categoryLabel(lang: OutputLanguage, category: string): string {
  return LABELS[lang].categories[category] ?? category;
}
