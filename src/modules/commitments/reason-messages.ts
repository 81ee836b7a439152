import { APPROVAL_STATES } from './commitments.model.js';

/**
 * The sentences of the conditions engine's explanations as message keys with variables, so
 * that the web application shows them in the reader's language (its catalogues use the same
 * keys; the English ones are these templates). Pure data: the web's string catalogue imports it.
 */

/** One sentence: a key of `REASON_TEMPLATES` and the values of its `{placeholders}`. */
export interface ReasonMessage {
  key: string;
  vars: Record<string, string | number>;
}

const approvalTemplates = Object.fromEntries(
  APPROVAL_STATES.flatMap((state) => {
    const said = state === 'not-started' ? 'not started' : `is ${state}`;
    return [
      [`reason.approval.${state}`, `{body} ({party}) approval ${said}`],
      [`reason.approval.${state}.on`, `{body} ({party}) approval ${said} on {date}`],
      [`reason.approval.${state}.whatIf`, `{body} ({party}) approval ${said} (what-if)`],
    ];
  }),
);

/** English templates of every reason sentence, by key. */
export const REASON_TEMPLATES: Record<string, string> = {
  'reason.all': 'all of {count} conditions ({met} met)',
  'reason.any': 'any of {count} conditions ({met} met)',
  'reason.commitment.assumed': 'commitment {id} is assumed binding (what-if)',
  'reason.commitment.unknown': 'commitment {id} is not recorded or not releasable to you',
  'reason.commitment.excluded': '{name} is excluded with {party} (what-if)',
  'reason.commitment.met': '{name} is binding',
  'reason.commitment.pending': '{name} is still pending',
  'reason.commitment.failed': '{name} has failed',
  'reason.party.excluded': '{party} participates — excluded (what-if)',
  'reason.party.assumed': '{party} participates — assumed (what-if)',
  'reason.party.met': '{party} participates with a commitment: yes',
  'reason.party.pending': '{party} participates with a commitment: not yet',
  'reason.party.failed': '{party} participates with a commitment: no',
  'reason.partyKind.met': '{party} participates with a {kind} commitment: yes',
  'reason.partyKind.pending': '{party} participates with a {kind} commitment: not yet',
  'reason.partyKind.failed': '{party} participates with a {kind} commitment: no',
  'reason.count': 'at least {atLeast} parties commit ({scope}): {have} binding',
  'reason.countAny': 'at least {atLeast} parties commit (any kind): {have} binding',
  'reason.total': 'total ({scope}) reaches {atLeast} {unit}: {have} binding',
  'reason.totalAll': 'total reaches {atLeast} {unit}: {have} binding',
  'reason.event.happened': '{label} has happened',
  'reason.event.happenedOn': '{label} has happened ({date})',
  'reason.event.assumed': '{label} — assumed to have happened (what-if)',
  'reason.event.never': '{label} — assumed never to happen (what-if)',
  'reason.event.notYet': '{label} has not happened yet',
  'reason.approval.unknown': 'approval {id} is not recorded or not releasable to you',
  ...approvalTemplates,
  'reason.deadline.stands': 'the offer stands until {date}',
  'reason.deadline.passed': 'the deadline {date} has passed',
  'reason.step.firm': '{name} is firm',
  'reason.step.assumed': '{name} is met only under what-if assumptions',
  'reason.step.failed': '{name} failed',
  'reason.step.pending': '{name} is pending',
  'reason.stepCauses': '{step}: {causes}',
  'reason.lifecycle': 'it is {state}',
  'reason.noConditions': 'it has no conditions',
  'reason.excludedParty': '{party} is excluded (what-if)',
};

/** One step of a chain of reasons: a commitment's state and, when given, what causes it. */
export interface ReasonStep {
  message: ReasonMessage;
  /** The causes, joined by "; " after a colon; null when the step names none. */
  causes: ReasonMessage[] | null;
}

/** The English sentence of a step of a chain of reasons. */
export function formatStep(step: ReasonStep): string {
  const head = formatReason(step.message);
  if (step.causes === null) return head;
  return formatReason({
    key: 'reason.stepCauses',
    vars: { step: head, causes: step.causes.map(formatReason).join('; ') },
  });
}

// Templates split once into literal text (even places) and placeholder names (odd places):
// formatting thousands of sentences per resolution then only joins strings (a regex replace
// per sentence made the explanations 5× slower).
const compiled = new Map<string, string[]>();

function parts(key: string): string[] {
  let out = compiled.get(key);
  if (!out) {
    out = (REASON_TEMPLATES[key] ?? key).split(/\{(\w+)\}/);
    compiled.set(key, out);
  }
  return out;
}

/** The English sentence of a message. */
export function formatReason(message: ReasonMessage): string {
  const template = parts(message.key);
  let text = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i]!;
    const value = message.vars[name];
    text += (value === undefined ? `{${name}}` : String(value)) + template[i + 1]!;
  }
  return text;
}
