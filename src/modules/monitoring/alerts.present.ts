import type { AlertRuleParams } from './alerts.rules.js';
import type { AlertEventTable, AlertRuleTable, SavedSearchTable } from './outputs.tables.js';

/** An alert rule as the API shows it (the webhook secret only once, on creation). */
export interface AlertRule {
  id: string;
  name: string;
  params: AlertRuleParams;
  webhookUrl: string | null;
  enabled: boolean;
  party: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A fired alert. */
export interface AlertEvent {
  id: string;
  ruleId: string;
  at: string;
  subjectKind: string;
  subjectId: string;
  summary: string;
}

/** A saved search. */
export interface SavedSearch {
  id: string;
  name: string;
  target: 'observations' | 'incidents';
  filter: Record<string, unknown>;
  party: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A rule's parameters as posted (without the evaluation-only fields kept beside them). */
export const ruleParams = (r: AlertRuleTable): AlertRuleParams => {
  // The creator's coalition membership is kept beside the parameters for evaluation only.
  const { inCoalition: _inCoalition, ...params } = JSON.parse(r.params_json) as AlertRuleParams & {
    inCoalition?: boolean;
  };
  return params;
};
/** A rule row as the API shows it. */
export const presentRule = (r: AlertRuleTable): AlertRule => ({
  id: r.id,
  name: r.name,
  params: ruleParams(r),
  webhookUrl: r.webhook_url,
  enabled: r.enabled === 1,
  party: r.owner_party,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
/** A fired alert row as the API shows it. */
export const presentAlert = (a: AlertEventTable): AlertEvent => ({
  id: a.id,
  ruleId: a.rule_id,
  at: a.at,
  subjectKind: a.subject_kind,
  subjectId: a.subject_id,
  summary: a.summary,
});
/** A saved search row as the API shows it. */
export const presentSearch = (s: SavedSearchTable): SavedSearch => ({
  id: s.id,
  name: s.name,
  target: s.target as SavedSearch['target'],
  filter: JSON.parse(s.filter_json) as Record<string, unknown>,
  party: s.owner_party,
  createdBy: s.created_by,
  createdAt: s.created_at,
  updatedAt: s.updated_at,
});
