import { CATEGORY_LABELS, SOURCE_KIND_LABELS } from '../../../modules/monitoring/taxonomy.labels.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { LOCALES } from '../../i18n/catalogue.js';

/** The translation key of a category's name, e.g. `monitoring.categoryName.shelling`. */
export const categoryKey = (category: string) => `monitoring.categoryName.${category}`;
/** The translation key of a source kind's name, e.g. `monitoring.sourceKindName.patrol`. */
export const sourceKindKey = (kind: string) => `monitoring.sourceKindName.${kind}`;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Category and source kind names for the pages, from the same labels as the printed daily
 * report and case file, so that a page and a report never name a category differently.
 */
export const taxonomyStrings = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      ...Object.fromEntries(
        Object.entries(CATEGORY_LABELS[locale]).map(([c, label]) => [categoryKey(c), capitalise(label)]),
      ),
      ...Object.fromEntries(
        Object.entries(SOURCE_KIND_LABELS[locale]).map(([k, label]) => [sourceKindKey(k), capitalise(label)]),
      ),
    },
  ]),
) as unknown as Catalogue;
