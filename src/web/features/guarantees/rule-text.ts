import { useI18n } from '../../i18n/i18n.js';
import type { Trigger } from './guarantees-api.js';

/** A trigger rule in plain words: "3 or more verified ground-assault incidents of severity 3+ within 24 h, attributed to RUS". */
export function useRuleText(): (rule: Trigger['rule']) => string {
  const { t } = useI18n();
  return (rule) =>
    t('guarantees.ruleText', {
      count: rule.minCount,
      categories: rule.categories.join(', '),
      severity: rule.minSeverity,
      hours: rule.windowHours,
      attribution: rule.attributedTo.length > 0 ? rule.attributedTo.join(', ') : t('guarantees.anyParty'),
    }) + (rule.area?.zone ? ` · ${t('guarantees.inZone', { zone: rule.area.zone })}` : '');
}
