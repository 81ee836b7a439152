import { defineStrings } from '../../i18n/catalogue.js';

/** Strings of the overview. */
export const overviewStrings = defineStrings({
  en: {
    'overview.title': 'Overview',
    'overview.lead': 'Headline figures of every module, as your party may see them. Updated {time}.',
    'overview.noModules': 'No module reports figures yet.',
    'overview.change': '{change} since the previous period',
    'overview.open': 'Open {section}',
    'overview.refresh': 'Refresh',
  },
  fr: {
    'overview.title': 'Vue d’ensemble',
    'overview.lead':
      'Chiffres clés de chaque module, tels que votre partie peut les voir. Mis à jour {time}.',
    'overview.noModules': 'Aucun module ne publie encore de chiffres.',
    'overview.change': '{change} depuis la période précédente',
    'overview.open': 'Ouvrir {section}',
    'overview.refresh': 'Actualiser',
  },
  uk: {
    'overview.title': 'Огляд',
    'overview.lead': 'Основні показники кожного модуля, доступні вашій стороні. Оновлено {time}.',
    'overview.noModules': 'Жоден модуль ще не надає показників.',
    'overview.change': '{change} порівняно з попереднім періодом',
    'overview.open': 'Відкрити розділ «{section}»',
    'overview.refresh': 'Оновити',
  },
});
