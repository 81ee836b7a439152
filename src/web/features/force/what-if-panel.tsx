import type { WhatIf } from '../../../modules/commitments/resolve-conditions.js';
import { useI18n } from '../../i18n/i18n.js';

/** The what-if toggles of the board: grant the US backstop, a parliament says no, drop a party. */
export interface WhatIfChoice {
  backstop: boolean;
  /** Party whose approvals are all rejected, or ''. */
  parliamentNo: string;
  /** Party taken out, or ''. */
  excluded: string;
}

/** The engine's what-if options for a choice. */
export function whatIfOf(choice: WhatIfChoice): WhatIf {
  return {
    ...(choice.backstop ? { assumeParties: ['USA'] } : {}),
    ...(choice.parliamentNo ? { approvalsByParty: { [choice.parliamentNo]: 'rejected' as const } } : {}),
    ...(choice.excluded ? { excludeParties: [choice.excluded] } : {}),
  };
}

/** The toggles; every change recomputes the board in the browser. */
export function WhatIfPanel({
  choice,
  onChange,
  parties,
  partiesWithApprovals,
}: {
  choice: WhatIfChoice;
  onChange: (choice: WhatIfChoice) => void;
  parties: readonly string[];
  partiesWithApprovals: readonly string[];
}) {
  const { t } = useI18n();
  return (
    <fieldset className="what-if" data-testid="what-if">
      <legend className="visually-hidden">{t('force.whatIf')}</legend>
      <label>
        <input
          type="checkbox"
          checked={choice.backstop}
          onChange={(e) => onChange({ ...choice, backstop: e.target.checked })}
        />
        {t('force.grantBackstop')}
      </label>
      <label>
        {t('force.parliamentNo')}
        <select
          value={choice.parliamentNo}
          onChange={(e) => onChange({ ...choice, parliamentNo: e.target.value })}
        >
          <option value="">{t('force.none')}</option>
          {partiesWithApprovals.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t('force.exclude')}
        <select value={choice.excluded} onChange={(e) => onChange({ ...choice, excluded: e.target.value })}>
          <option value="">{t('force.none')}</option>
          {parties.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
