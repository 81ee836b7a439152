import { defineStrings } from '../../i18n/catalogue.js';

/** Strings of the guarantees pages in English, French and Ukrainian. */
export const guaranteesStrings = defineStrings({
  en: {
    'guarantees.title': 'Security guarantees',
    'guarantees.proposedActivations': 'Proposed activations',
    'guarantees.responseCommitments': 'Response commitments',
  },
  fr: {
    'guarantees.title': 'Garanties de sécurité',
    'guarantees.proposedActivations': 'Activations proposées',
    'guarantees.responseCommitments': 'Engagements de riposte',
  },
  uk: {
    'guarantees.title': 'Гарантії безпеки',
    'guarantees.proposedActivations': 'Запропоновані активації',
    'guarantees.responseCommitments': 'Зобов’язання щодо реагування',
  },
});
