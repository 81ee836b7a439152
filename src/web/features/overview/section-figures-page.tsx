import type { Overview } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Page } from '../../components/page.js';
import { Async, Empty } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import { SECTION_MODULES, type SectionId } from '../types.js';
import { HeadlineFigures } from './headline-figures.js';

/**
 * A section whose module has no pages yet: its live headline figures from
 * `GET /api/v1/overview`, so the navigation entry always leads to real data.
 */
export default function SectionFiguresPage({ section }: { section: SectionId }) {
  const { t } = useI18n();
  const overview = useApi<Overview>('overview');
  return (
    <Page title={t(`section.${section}`)} lead={t('section.figures')}>
      <Async state={overview}>
        {(data) => {
          const modules = SECTION_MODULES[section].filter((m) => (data.modules[m]?.length ?? 0) > 0);
          if (modules.length === 0) return <Empty />;
          return modules.map((m) => (
            <section className="panel" key={m}>
              <HeadlineFigures module={m} headlines={data.modules[m] ?? []} />
            </section>
          ));
        }}
      </Async>
    </Page>
  );
}
