import { defineStrings } from '../../i18n/catalogue.js';

/** Strings of the agreements pages in English, French and Ukrainian. */
export const agreementsStrings = defineStrings({
  en: {
    'agreements.title': 'Long-term agreements',
    'agreements.count': 'Agreements',
    'agreements.reminders': 'Expiry and review reminders',
  },
  fr: {
    'agreements.title': 'Accords à long terme',
    'agreements.count': 'Accords',
    'agreements.reminders': 'Rappels d’échéance et de révision',
  },
  uk: {
    'agreements.title': 'Довгострокові угоди',
    'agreements.count': 'Угоди',
    'agreements.reminders': 'Нагадування про строк дії та перегляд',
  },
});
