import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { OUTPUT_LANGUAGES, type OutputLanguage } from './daily-report.i18n.js';
import { dailyReportHtml, dailyReportPdf } from './daily-report.render.js';
import { EXPORT_FORMATS, type ExportFormat } from './exports.service.js';
import type { ImportSummary } from './outputs.imports.js';

/**
 * The CLI acts as the user of an API token (`GUARANTOR_TOKEN`, made with `guarantor token
 * create`): imports are owned by that user's party, and exports and reports show what that
 * user may see, exactly as through the API. The token is read from the environment rather
 * than a flag so that it does not appear in process lists.
 */
async function actingViewer(ctx: AppContext): Promise<Viewer> {
  const token = process.env.GUARANTOR_TOKEN;
  if (!token) throw new Error('set GUARANTOR_TOKEN to an API token of the user the command acts as');
  const viewer = await ctx.services.accounts.viewerForToken(token);
  if (!viewer) throw new Error('GUARANTOR_TOKEN is unknown or revoked');
  return viewer;
}

function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} records`, hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

function report(summary: ImportSummary): void {
  process.stdout.write(
    `stored ${summary.stored}, replayed ${summary.replayed}, skipped ${summary.skipped} of ${summary.records} records (import ${summary.importId}, sha256 ${summary.fileSha256})\n`,
  );
}

/** `guarantor import acled|cot|geojson FILE`, `guarantor export …`, `guarantor report daily`. */
export function outputsCli(program: Command, open: () => Promise<AppContext>): void {
  const imports =
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('Import observations from files (all or nothing per file)');
  const formats: { name: 'acled' | 'cot' | 'geojson'; what: string }[] = [
    { name: 'acled', what: 'an ACLED CSV export (codebook columns)' },
    { name: 'cot', what: 'Cursor on Target XML events' },
    { name: 'geojson', what: 'a GeoJSON FeatureCollection of observations' },
  ];
  for (const f of formats) {
    imports
      .command(`${f.name} <file>`)
      .description(`Import ${f.what}; exits 0 when stored, non-zero naming the line and field when not`)
      .option('--releasability <value>', 'public, coalition, owner or party codes separated by commas')
      .action(async (file: string, opts: { releasability?: string }) => {
        const text = readFileSync(file, 'utf8');
        const ctx = await open();
        const bar = progressBar(`${f.name} ${file}`);
        try {
          const viewer = await actingViewer(ctx);
          const rel = opts.releasability;
          const releasability =
            rel === undefined
              ? undefined
              : ['public', 'coalition', 'owner'].includes(rel)
                ? (rel as 'public')
                : rel.split(',');
          const common = { fileName: file, onProgress: (d: number, t: number) => bar.update(d, t) };
          const summary =
            f.name === 'acled'
              ? await ctx.services.monitoringImports.importAcled(viewer, text, {
                  ...common,
                  ...(releasability ? { releasability } : {}),
                })
              : f.name === 'cot'
                ? await ctx.services.monitoringImports.importCot(viewer, text, {
                    ...common,
                    ...(releasability ? { releasability } : {}),
                  })
                : await ctx.services.monitoringImports.importGeoJson(viewer, text, common);
          bar.stop();
          report(summary);
        } finally {
          bar.stop();
          await ctx.close();
        }
      });
  }

  const exports =
    program.commands.find((c) => c.name() === 'export') ??
    program.command('export').description('Export data (streamed)');
  for (const subject of ['observations', 'incidents'] as const) {
    exports
      .command(subject)
      .description(`Export the ${subject} the user may see as CSV, GeoJSON or CoT, streamed with no row cap`)
      .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'csv')
      .option('--out <file>', 'write to a file instead of standard output')
      .option('--bbox <box>', 'minLon,minLat,maxLon,maxLat')
      .option('--from <time>', 'ISO 8601 start')
      .option('--to <time>', 'ISO 8601 end (exclusive)')
      .option('--category <category>')
      .option('--status <statuses>', 'incidents: statuses separated by commas')
      .action(async (opts: Record<string, string | undefined>) => {
        const format = opts.format as ExportFormat;
        if (!EXPORT_FORMATS.includes(format))
          throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
        const ctx = await open();
        try {
          const viewer = await actingViewer(ctx);
          const filter = {
            ...(opts.bbox ? { bbox: opts.bbox } : {}),
            ...(opts.from ? { from: opts.from } : {}),
            ...(opts.to ? { to: opts.to } : {}),
            ...(opts.category ? { category: opts.category } : {}),
            ...(opts.status ? { status: opts.status } : {}),
          };
          const rows =
            subject === 'observations'
              ? ctx.services.monitoringExports.observations(viewer, format, filter)
              : ctx.services.monitoringExports.incidents(viewer, format, filter);
          const out = opts.out ? createWriteStream(opts.out) : process.stdout;
          for await (const chunk of rows) if (!out.write(chunk)) await once(out, 'drain');
          if (opts.out) {
            (out as ReturnType<typeof createWriteStream>).end();
            await once(out, 'finish');
          }
        } finally {
          await ctx.close();
        }
      });
  }

  const reports =
    program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('Reports');
  reports
    .command('daily')
    .description('Daily report in the OSCE SMM pattern, from what the user may see')
    .requiredOption('--date <date>', 'report date YYYY-MM-DD')
    .option('--lang <lang>', `one of ${OUTPUT_LANGUAGES.join(', ')}`, 'en')
    .option('--format <format>', 'json, html or pdf', 'json')
    .option('--cutoff <HH:MM>', 'local cut-off (default MONITORING_REPORT_CUTOFF or 19:30)')
    .option('--time-zone <zone>', 'IANA time zone (default MONITORING_REPORT_TIMEZONE or Europe/Kyiv)')
    .option('--out <file>', 'write to a file (required for pdf unless standard output is redirected)')
    .action(
      async (opts: {
        date: string;
        lang: string;
        format: string;
        cutoff?: string;
        timeZone?: string;
        out?: string;
      }) => {
        if (!(OUTPUT_LANGUAGES as readonly string[]).includes(opts.lang))
          throw new Error(`--lang must be one of ${OUTPUT_LANGUAGES.join(', ')}`);
        if (!['json', 'html', 'pdf'].includes(opts.format))
          throw new Error('--format must be json, html or pdf');
        const lang = opts.lang as OutputLanguage;
        const ctx = await open();
        try {
          const viewer = await actingViewer(ctx);
          const r = await ctx.services.dailyReports.build(viewer, opts.date, {
            ...(opts.cutoff ? { cutoff: opts.cutoff } : {}),
            ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
          });
          const body =
            opts.format === 'pdf'
              ? await dailyReportPdf(r, lang)
              : opts.format === 'html'
                ? dailyReportHtml(r, lang)
                : `${JSON.stringify(r, null, 2)}\n`;
          if (opts.out) {
            const out = createWriteStream(opts.out);
            out.end(body);
            await once(out, 'finish');
            process.stdout.write(`wrote Daily Report ${r.period.number} to ${opts.out}\n`);
          } else {
            process.stdout.write(body);
          }
        } finally {
          await ctx.close();
        }
      },
    );
}
