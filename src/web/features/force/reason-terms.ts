import { defineStrings } from '../../i18n/catalogue.js';

/**
 * The codes the conditions engine puts inside its reason sentences (a commitment's kind and
 * lifecycle state, and pillars in a scope), in the three languages, so that a translated
 * sentence does not carry English codes.
 */
export const reasonTerms = defineStrings({
  en: {
    'force.term.kind.unit': 'troops or unit',
    'force.term.kind.equipment': 'equipment',
    'force.term.kind.ammunition': 'ammunition',
    'force.term.kind.funding': 'funding',
    'force.term.kind.intelligence': 'intelligence',
    'force.term.kind.training': 'training',
    'force.term.kind.technology': 'technology',
    'force.term.kind.logistics': 'logistics',
    'force.term.kind.basing': 'basing or overflight',
    'force.term.kind.consultation': 'consultation',
    'force.term.kind.sanctions': 'sanctions',
    'force.term.kind.diplomatic': 'diplomatic action',
    'force.term.state.announced': 'announced',
    'force.term.state.committed': 'committed',
    'force.term.state.approved': 'approved',
    'force.term.state.ready': 'ready',
    'force.term.state.active': 'active',
    'force.term.state.fulfilled': 'fulfilled',
    'force.term.state.withdrawn': 'withdrawn',
    'force.term.state.lapsed': 'lapsed',
    'force.term.unit.units': 'units',
  },
  fr: {
    'force.term.kind.unit': 'troupes ou unité',
    'force.term.kind.equipment': 'équipement',
    'force.term.kind.ammunition': 'munitions',
    'force.term.kind.funding': 'financement',
    'force.term.kind.intelligence': 'renseignement',
    'force.term.kind.training': 'formation',
    'force.term.kind.technology': 'technologie',
    'force.term.kind.logistics': 'logistique',
    'force.term.kind.basing': 'stationnement ou survol',
    'force.term.kind.consultation': 'consultation',
    'force.term.kind.sanctions': 'sanctions',
    'force.term.kind.diplomatic': 'action diplomatique',
    'force.term.state.announced': 'annoncé',
    'force.term.state.committed': 'engagé',
    'force.term.state.approved': 'approuvé',
    'force.term.state.ready': 'prêt',
    'force.term.state.active': 'actif',
    'force.term.state.fulfilled': 'réalisé',
    'force.term.state.withdrawn': 'retiré',
    'force.term.state.lapsed': 'caduc',
    'force.term.unit.units': 'unités',
  },
  uk: {
    'force.term.kind.unit': 'війська або підрозділ',
    'force.term.kind.equipment': 'техніка',
    'force.term.kind.ammunition': 'боєприпаси',
    'force.term.kind.funding': 'фінансування',
    'force.term.kind.intelligence': 'розвідка',
    'force.term.kind.training': 'навчання',
    'force.term.kind.technology': 'технології',
    'force.term.kind.logistics': 'логістика',
    'force.term.kind.basing': 'базування або проліт',
    'force.term.kind.consultation': 'консультації',
    'force.term.kind.sanctions': 'санкції',
    'force.term.kind.diplomatic': 'дипломатичні дії',
    'force.term.state.announced': 'оголошено',
    'force.term.state.committed': 'взято зобов’язання',
    'force.term.state.approved': 'схвалено',
    'force.term.state.ready': 'готово',
    'force.term.state.active': 'діє',
    'force.term.state.fulfilled': 'виконано',
    'force.term.state.withdrawn': 'відкликано',
    'force.term.state.lapsed': 'втратило чинність',
    'force.term.unit.units': 'од.',
  },
});

/**
 * A reason's placeholder values with the engine's codes named in the language: `state` and
 * `kind` by their terms, `scope` part by part (kinds, and pillars by their section names),
 * and the engine's default `unit` ("units"; a condition's own unit is the planner's text).
 * Other values (names, figures, dates) pass unchanged.
 */
export function localiseReasonVars(
  vars: Record<string, string | number>,
  t: (key: string) => string,
  has: (key: string) => boolean,
): Record<string, string | number> {
  const term = (value: string) => {
    for (const key of [`force.term.kind.${value}`, `force.term.state.${value}`, `section.${value}`])
      if (has(key)) return t(key);
    return value;
  };
  const out: Record<string, string | number> = { ...vars };
  for (const name of ['state', 'kind'] as const) {
    const value = out[name];
    if (typeof value === 'string') out[name] = term(value);
  }
  if (typeof out.unit === 'string' && has(`force.term.unit.${out.unit}`))
    out.unit = t(`force.term.unit.${out.unit}`);
  if (typeof out.scope === 'string') out.scope = out.scope.split(', ').map(term).join(', ');
  return out;
}
