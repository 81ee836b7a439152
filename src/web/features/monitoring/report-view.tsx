import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../../api/client.js';
import { Loading, LoadError } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * A daily report as the server renders it (HTML in the chosen language), shown inside a
 * shadow root so that the report's print styles do not leak into the application. The HTML
 * is parsed, never run: `innerHTML` does not execute scripts, and the server escapes every
 * value it writes.
 */
export function ReportView({ date, lang }: { date: string; lang: string }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ loading: boolean; error?: Error }>({ loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setState({ loading: true });
    fetch(apiUrl(`reports/daily/${date}`, { format: 'html', lang }), {
      credentials: 'same-origin',
      signal: abort.signal,
    })
      .then(async (response) => {
        const text = await response.text();
        if (!response.ok) {
          const detail = (JSON.parse(text) as { detail?: string }).detail;
          throw new Error(detail ?? response.statusText);
        }
        const doc = new DOMParser().parseFromString(text, 'text/html');
        const element = host.current;
        if (!element) return;
        const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
        const styles = [...doc.querySelectorAll('style')].map((s) => s.outerHTML).join('');
        // Wide tables scroll inside the report on a phone instead of widening the page.
        const fit =
          '<style>:host{display:block;max-width:100%;overflow-x:auto}table{display:block;max-width:100%;overflow-x:auto}</style>';
        root.innerHTML = `${styles}${fit}<div lang="${lang}">${doc.body.innerHTML}</div>`;
        setState({ loading: false });
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted)
          setState({ loading: false, error: e instanceof Error ? e : new Error(String(e)) });
      });
    return () => abort.abort();
  }, [date, lang, generation]);

  return (
    <>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={() => setGeneration((g) => g + 1)} />}
      <div
        ref={host}
        className="daily-report"
        data-testid="daily-report"
        role="document"
        aria-label={t('monitoring.reports.document', { date })}
        hidden={state.loading || state.error !== undefined}
      />
    </>
  );
}
