import { useI18n } from '../i18n/i18n.js';
import { useSession } from './session.js';

/** The EXERCISE marking, on every page (signed in or not) while exercise data is loaded. */
export function ExerciseBanner() {
  const { status } = useSession();
  const { t } = useI18n();
  if (!status?.exercise) return null;
  return (
    <div className="exercise-banner" role="note" data-testid="exercise-banner">
      <strong>{t('app.exercise')}</strong>
      <span className="exercise-banner__detail"> — {t('app.exerciseDetail')}</span>
    </div>
  );
}
