import { ApiProblem } from '../../api/client.js';
import { TextField } from '../../components/form.js';
import { problemFieldErrors } from '../../components/problem-fields.js';
import { useI18n } from '../../i18n/i18n.js';

/** The messages a problem gives for a field or any item in it (`scenario.excludeParties.0`). */
function errorUnder(error: Error | undefined, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const found = Object.entries(problemFieldErrors(error.problem))
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .map(([, detail]) => detail);
  return found.length > 0 ? found.join('; ') : undefined;
}

/** A scenario as the form edits it: texts, turned into the API's form on submit. */
export interface ScenarioDraft {
  name: string;
  exclude: string;
  assume: string;
  refuse: string;
  delayFactor: string;
}

/** The fields of one scenario: its name, parties left out or assumed, parliaments that say no, delays. */
export function ScenarioFields({
  legend,
  draft,
  onChange,
  error,
  pointer,
}: {
  legend: string;
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  error: Error | undefined;
  /** Where the API reports this scenario's problems: `scenario` or `compareWith`. */
  pointer: string;
}) {
  const { t } = useI18n();
  const set = (change: Partial<ScenarioDraft>) => onChange({ ...draft, ...change });
  return (
    <fieldset className="scenario-fields">
      <legend>{legend}</legend>
      <TextField
        label={t('guarantees.scenarioName')}
        value={draft.name}
        required
        maxLength={200}
        error={errorUnder(error, `${pointer}.name`)}
        onChange={(e) => set({ name: e.target.value })}
      />
      <TextField
        label={t('guarantees.excludeParties')}
        hint={t('guarantees.partyCodesHint')}
        value={draft.exclude}
        error={errorUnder(error, `${pointer}.excludeParties`)}
        onChange={(e) => set({ exclude: e.target.value })}
      />
      <TextField
        label={t('guarantees.assumeParties')}
        hint={t('guarantees.partyCodesHint')}
        value={draft.assume}
        error={errorUnder(error, `${pointer}.assumeParties`)}
        onChange={(e) => set({ assume: e.target.value })}
      />
      <TextField
        label={t('guarantees.refusingParties')}
        hint={t('guarantees.partyCodesHint')}
        value={draft.refuse}
        error={errorUnder(error, `${pointer}.approvalsByParty`)}
        onChange={(e) => set({ refuse: e.target.value })}
      />
      <TextField
        label={t('guarantees.delayFactor')}
        hint={t('guarantees.delayFactorHint')}
        type="number"
        min={0}
        max={20}
        step="0.1"
        value={draft.delayFactor}
        error={errorUnder(error, `${pointer}.approvalDelayFactor`)}
        onChange={(e) => set({ delayFactor: e.target.value })}
      />
    </fieldset>
  );
}
