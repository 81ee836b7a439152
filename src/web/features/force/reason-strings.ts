import { REASON_TEMPLATES } from '../../../modules/commitments/reason-messages.js';

// The conditions engine's reason sentences in the three languages, keyed `force.<message key>`
// (the engine's English templates are the English strings). reason-strings.test.ts checks that
// French and Ukrainian have every key.

type Approval = 'not-needed' | 'not-started' | 'tabled' | 'approved' | 'rejected';

function approvals(
  said: Record<Approval, string>,
  on: string,
  whatIf: string,
  colon: string,
): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(said) as [Approval, string][]).flatMap(([state, text]) => [
      [`force.reason.approval.${state}`, `{body} ({party})${colon}${text}`],
      [`force.reason.approval.${state}.on`, `{body} ({party})${colon}${text} ${on}`],
      [`force.reason.approval.${state}.whatIf`, `{body} ({party})${colon}${text} ${whatIf}`],
    ]),
  );
}

/** English: the engine's own templates. */
export const reasonStringsEn: Record<string, string> = Object.fromEntries(
  Object.entries(REASON_TEMPLATES).map(([key, text]) => [`force.${key}`, text]),
);

/** French. */
export const reasonStringsFr: Record<string, string> = {
  'force.reason.all': 'toutes les {count} conditions ({met} remplies)',
  'force.reason.any': 'l’une des {count} conditions ({met} remplies)',
  'force.reason.commitment.assumed': 'l’engagement {id} est supposé ferme (hypothèse)',
  'force.reason.commitment.unknown': 'l’engagement {id} n’est pas enregistré ou ne vous est pas communicable',
  'force.reason.commitment.excluded': '{name} est exclu avec {party} (hypothèse)',
  'force.reason.commitment.met': '{name} est ferme',
  'force.reason.commitment.pending': '{name} est encore en attente',
  'force.reason.commitment.failed': '{name} a échoué',
  'force.reason.party.excluded': '{party} participe — exclu (hypothèse)',
  'force.reason.party.assumed': '{party} participe — supposé (hypothèse)',
  'force.reason.party.met': '{party} participe par un engagement : oui',
  'force.reason.party.pending': '{party} participe par un engagement : pas encore',
  'force.reason.party.failed': '{party} participe par un engagement : non',
  'force.reason.partyKind.met': '{party} participe par un engagement ({kind}) : oui',
  'force.reason.partyKind.pending': '{party} participe par un engagement ({kind}) : pas encore',
  'force.reason.partyKind.failed': '{party} participe par un engagement ({kind}) : non',
  'force.reason.count': 'au moins {atLeast} parties s’engagent ({scope}) : {have} fermes',
  'force.reason.countAny': 'au moins {atLeast} parties s’engagent (tout type) : {have} fermes',
  'force.reason.total': 'le total ({scope}) atteint {atLeast} {unit} : {have} fermes',
  'force.reason.totalAll': 'le total atteint {atLeast} {unit} : {have} fermes',
  'force.reason.event.happened': '{label} a eu lieu',
  'force.reason.event.happenedOn': '{label} a eu lieu ({date})',
  'force.reason.event.assumed': '{label} — supposé avoir eu lieu (hypothèse)',
  'force.reason.event.never': '{label} — supposé ne jamais avoir lieu (hypothèse)',
  'force.reason.event.notYet': '{label} n’a pas encore eu lieu',
  'force.reason.approval.unknown': 'l’approbation {id} n’est pas enregistrée ou ne vous est pas communicable',
  ...approvals(
    {
      'not-needed': 'approbation non requise',
      'not-started': 'approbation pas engagée',
      tabled: 'approbation déposée',
      approved: 'approbation accordée',
      rejected: 'approbation rejetée',
    },
    'le {date}',
    '(hypothèse)',
    ' : ',
  ),
  'force.reason.deadline.stands': 'l’offre tient jusqu’au {date}',
  'force.reason.deadline.passed': 'l’échéance du {date} est passée',
  'force.reason.step.firm': '{name} est ferme',
  'force.reason.step.assumed': '{name} n’est remplie que sous hypothèses',
  'force.reason.step.failed': '{name} a échoué',
  'force.reason.step.pending': '{name} est en attente',
  'force.reason.stepCauses': '{step} : {causes}',
  'force.reason.lifecycle': 'son état est {state}',
  'force.reason.noConditions': 'elle est sans condition',
  'force.reason.excludedParty': '{party} est exclu (hypothèse)',
};

/** Ukrainian. */
export const reasonStringsUk: Record<string, string> = {
  'force.reason.all': 'усі {count} умови (виконано {met})',
  'force.reason.any': 'будь-яка з {count} умов (виконано {met})',
  'force.reason.commitment.assumed': 'зобов’язання {id} вважається чинним (припущення)',
  'force.reason.commitment.unknown': 'зобов’язання {id} не зафіксовано або воно вам недоступне',
  'force.reason.commitment.excluded': '{name} виключено разом із {party} (припущення)',
  'force.reason.commitment.met': '{name} чинне',
  'force.reason.commitment.pending': '{name} ще очікує',
  'force.reason.commitment.failed': '{name} не відбулося',
  'force.reason.party.excluded': '{party} бере участь — виключено (припущення)',
  'force.reason.party.assumed': '{party} бере участь — припущено (припущення)',
  'force.reason.party.met': '{party} бере участь із зобов’язанням: так',
  'force.reason.party.pending': '{party} бере участь із зобов’язанням: ще ні',
  'force.reason.party.failed': '{party} бере участь із зобов’язанням: ні',
  'force.reason.partyKind.met': '{party} бере участь із зобов’язанням ({kind}): так',
  'force.reason.partyKind.pending': '{party} бере участь із зобов’язанням ({kind}): ще ні',
  'force.reason.partyKind.failed': '{party} бере участь із зобов’язанням ({kind}): ні',
  'force.reason.count': 'щонайменше {atLeast} сторін беруть зобов’язання ({scope}): чинних {have}',
  'force.reason.countAny': 'щонайменше {atLeast} сторін беруть зобов’язання (будь-якого типу): чинних {have}',
  'force.reason.total': 'сума ({scope}) сягає {atLeast} {unit}: чинних {have}',
  'force.reason.totalAll': 'сума сягає {atLeast} {unit}: чинних {have}',
  'force.reason.event.happened': '{label} — відбулося',
  'force.reason.event.happenedOn': '{label} — відбулося ({date})',
  'force.reason.event.assumed': '{label} — припущено, що відбулося (припущення)',
  'force.reason.event.never': '{label} — припущено, що не відбудеться (припущення)',
  'force.reason.event.notYet': '{label} — ще не відбулося',
  'force.reason.approval.unknown': 'схвалення {id} не зафіксовано або воно вам недоступне',
  ...approvals(
    {
      'not-needed': 'схвалення не потрібне',
      'not-started': 'схвалення не розпочато',
      tabled: 'схвалення внесено',
      approved: 'схвалення надано',
      rejected: 'схвалення відхилено',
    },
    '{date}',
    '(припущення)',
    ': ',
  ),
  'force.reason.deadline.stands': 'пропозиція чинна до {date}',
  'force.reason.deadline.passed': 'строк {date} минув',
  'force.reason.step.firm': '{name} — тверде',
  'force.reason.step.assumed': '{name} — виконується лише за припущень',
  'force.reason.step.failed': '{name} — не відбулося',
  'force.reason.step.pending': '{name} — очікує',
  'force.reason.stepCauses': '{step}: {causes}',
  'force.reason.lifecycle': 'його стан — {state}',
  'force.reason.noConditions': 'воно без умов',
  'force.reason.excludedParty': '{party} виключено (припущення)',
};
