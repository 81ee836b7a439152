/**
 * The columns of the Kiel Institute Ukraine Support Tracker ("Bilateral Assistance, MAIN DATA"
 * sheet and its CSV export), as Guarantor reads them. Source of the layout:
 * https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/
 *
 * Releases add, drop and reorder columns; the importer finds each column by its header name
 * (case-insensitive, spaces and underscores alike) and ignores the ones it does not know.
 */
export const KIEL_COLUMNS = {
  id: ['id', 'activity_id'],
  donor: ['donor'],
  aidTypeGeneral: ['aid_type_general'],
  aidTypeSpecific: ['aid_type_specific'],
  measure: ['measure'],
  announcementDate: ['announcement_date'],
  month: ['month'],
  explanation: ['explanation'],
  source: ['source', 'sources'],
  reportingCurrency: ['reporting_currency'],
  sourceReportedValue: ['source_reported_value'],
  activityValueEur: ['tot_activity_value_eur'],
  subActivityValueEur: ['tot_sub_activity_value_eur'],
  deliveredValueEur: ['tot_value_deliv_eur'],
  item: ['item'],
  itemType: ['item_type'],
  itemCount: ['item_numb'],
  itemCountDelivered: ['item_numb_deliv'],
} as const;

/** A field of a tracker row, keyed as in `KIEL_COLUMNS`. */
export type KielField = keyof typeof KIEL_COLUMNS;

/** Columns without which a file is not a tracker file. */
export const REQUIRED_KIEL_FIELDS: readonly KielField[] = ['donor', 'measure', 'aidTypeGeneral'];

/** Normalised header text: lower case, trimmed, runs of spaces or dashes as one underscore. */
export function normaliseHeader(value: unknown): string {
  const raw = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Donor names as the tracker spells them, mapped to party codes (ISO 3166-1 alpha-3, `EU`,
 * `NATO`). A donor missing here is imported with its name and no party code.
 */
export const KIEL_DONOR_CODES: Readonly<Record<string, string>> = {
  australia: 'AUS',
  austria: 'AUT',
  belgium: 'BEL',
  bulgaria: 'BGR',
  canada: 'CAN',
  croatia: 'HRV',
  cyprus: 'CYP',
  'czech republic': 'CZE',
  czechia: 'CZE',
  denmark: 'DNK',
  estonia: 'EST',
  finland: 'FIN',
  france: 'FRA',
  germany: 'DEU',
  greece: 'GRC',
  hungary: 'HUN',
  iceland: 'ISL',
  ireland: 'IRL',
  italy: 'ITA',
  japan: 'JPN',
  latvia: 'LVA',
  lithuania: 'LTU',
  luxembourg: 'LUX',
  malta: 'MLT',
  netherlands: 'NLD',
  'new zealand': 'NZL',
  norway: 'NOR',
  poland: 'POL',
  portugal: 'PRT',
  romania: 'ROU',
  slovakia: 'SVK',
  slovenia: 'SVN',
  'south korea': 'KOR',
  korea: 'KOR',
  spain: 'ESP',
  sweden: 'SWE',
  switzerland: 'CHE',
  taiwan: 'TWN',
  turkey: 'TUR',
  türkiye: 'TUR',
  'united kingdom': 'GBR',
  'united states': 'USA',
  'european union': 'EU',
  'eu (commission and council)': 'EU',
  'eu institutions': 'EU',
  'european peace facility': 'EU',
  'european investment bank': 'EU',
  albania: 'ALB',
  'north macedonia': 'MKD',
  montenegro: 'MNE',
  ukraine: 'UKR',
};

/** Party code of a tracker donor name, or null when the name is not a known party. */
export function donorCode(name: string): string | null {
  return KIEL_DONOR_CODES[name.trim().toLowerCase()] ?? null;
}
