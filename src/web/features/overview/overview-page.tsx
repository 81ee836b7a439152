import { useMemo } from 'react';
import type { Overview } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { Page } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { SECTION_MODULES, SECTIONS, type SectionId } from '../types.js';
import { HeadlineFigures, humanizeKey } from './headline-figures.js';

function sectionOfModule(module: string): SectionId | undefined {
  return SECTIONS.find((s) => SECTION_MODULES[s].includes(module));
}

/** The overview: every module's headline figures (`GET /api/v1/overview`), in section order. */
export default function OverviewPage() {
  const { t, has, format } = useI18n();
  const { status } = useSession();
  const overview = useApi<Overview>('overview');
  const loadedAt = useMemo(() => new Date().toISOString(), [overview.data]);
  const order = (m: string) => {
    const section = sectionOfModule(m);
    return section ? SECTIONS.indexOf(section) : SECTIONS.length;
  };
  return (
    <Page
      title={t('overview.title')}
      lead={overview.data ? t('overview.lead', { time: format.dateTime(loadedAt) }) : undefined}
      actions={
        <button type="button" className="button button--quiet" onClick={overview.reload}>
          {t('overview.refresh')}
        </button>
      }
    >
      <Async state={overview}>
        {(data) => {
          const modules = Object.entries(data.modules)
            .filter(([, headlines]) => headlines.length > 0)
            .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
          if (modules.length === 0) return <Empty>{t('overview.noModules')}</Empty>;
          return (
            <div className="overview-grid">
              {modules.map(([module, headlines]) => {
                const section = sectionOfModule(module);
                const title = has(`${module}.title`) ? t(`${module}.title`) : humanizeKey(module);
                return (
                  <section className="panel" key={module} aria-labelledby={`overview-${module}`}>
                    <h2 id={`overview-${module}`}>{title}</h2>
                    <HeadlineFigures module={module} headlines={headlines} />
                    {section && status?.modules.includes(module) && (
                      <Link className="panel__link" to={`/${section}`}>
                        {t('overview.open', { section: t(`section.${section}`) })}
                      </Link>
                    )}
                  </section>
                );
              })}
            </div>
          );
        }}
      </Async>
    </Page>
  );
}
