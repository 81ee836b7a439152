import { useI18n } from '../../i18n/i18n.js';

/** Whether a party's deployments need its parliament's approval: yes, no or not established. */
export function ApprovalFlag({ value }: { value: boolean | null }) {
  const { t } = useI18n();
  if (value === null) return <span className="flag flag--unknown">{t('common.unknown')}</span>;
  return (
    <span className={`flag flag--${value ? 'yes' : 'no'}`}>
      <span aria-hidden="true">{value ? '● ' : '○ '}</span>
      {value ? t('common.yes') : t('common.no')}
    </span>
  );
}
