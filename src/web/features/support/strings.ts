import { defineStrings } from '../../i18n/catalogue.js';

/** Strings of the support pages in English, French and Ukrainian. */
export const supportStrings = defineStrings({
  en: {
    'support.title': 'Support to Ukraine’s armed forces',
    'support.donors': 'Donors',
    'support.allocationEur': 'Allocated (EUR)',
    'support.deliveredEur': 'Delivered (EUR)',
  },
  fr: {
    'support.title': 'Soutien aux forces armées ukrainiennes',
    'support.donors': 'Donateurs',
    'support.allocationEur': 'Alloué (EUR)',
    'support.deliveredEur': 'Livré (EUR)',
  },
  uk: {
    'support.title': 'Підтримка Збройних Сил України',
    'support.donors': 'Донори',
    'support.allocationEur': 'Виділено (EUR)',
    'support.deliveredEur': 'Поставлено (EUR)',
  },
});
