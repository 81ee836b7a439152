import type { Catalogue } from '../../i18n/catalogue.js';
import { boardStrings } from './strings-board.js';
import { donorStrings } from './strings-donors.js';

/**
 * Strings of the support pages in English, French and Ukrainian: the board, lists and pledges
 * (`strings-board.ts`), and the donor views and tracker import (`strings-donors.ts`).
 */
export const supportStrings: Catalogue = {
  en: { ...boardStrings.en, ...donorStrings.en },
  fr: { ...boardStrings.fr, ...donorStrings.fr },
  uk: { ...boardStrings.uk, ...donorStrings.uk },
};
