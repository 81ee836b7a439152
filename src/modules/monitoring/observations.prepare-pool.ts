import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { prepareNdjson, type PrepareContext, type PreparedBatch } from './observations.prepare.js';

/** A batch of NDJSON lines to prepare (to the worker). */
export interface PrepareJob {
  type: 'prepare';
  id: number;
  owner: string;
  now: number;
  exercise: boolean;
  texts: readonly string[];
  lines: readonly number[];
}

/** The zone set that the jobs after it are tagged with (to the worker). */
export interface ZonesMessage {
  type: 'zones';
  version: number | null;
  features: readonly unknown[];
}

/** The worker's answer to a job. */
export type PrepareReply =
  | { type: 'ready' }
  | { type: 'prepared'; id: number; batch: PreparedBatch }
  | { type: 'failed'; id: number; message: string };

/** Batches smaller than this are prepared on the request's thread: the hand-over costs more. */
export const MIN_WORKER_LINES = 200;

const HERE = import.meta.url;

// Starts the worker's module: from TypeScript sources (tests, `npm run demo`) through tsx's
// loader, registered inside the worker itself (Node 20 does not apply an inherited
// `--import` loader to a worker's entry module).
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.script);
})().catch((error) => { setImmediate(() => { throw error; }); });
`;

/**
 * Prepares NDJSON batches (parse, validate, fingerprint, tag; `prepareNdjson`) on a worker
 * thread, so that the thread that serves requests and writes the database goes on storing
 * one chunk while the next is prepared: on a two-core machine that work was about a quarter
 * of the writer's time. The worker starts at the first large batch (or on `warm`); if it
 * cannot start or fails, batches are prepared on the calling thread and nothing is lost.
 */
export class PreparePool {
  private worker: Worker | undefined;
  private broken = false;
  private sentZones: number | null | undefined;
  private seq = 0;
  /** Batches prepared on the worker so far (the rest were prepared on the calling thread). */
  preparedOnWorker = 0;
  private ready: Promise<void> | undefined;
  private onReady: (() => void) | undefined;
  private readonly pending = new Map<
    number,
    { resolve: (batch: PreparedBatch) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly log: Logger) {}

  /**
   * Starts the worker now rather than at the first large batch (long-running servers);
   * resolves once it has loaded (or could not start: batches are then prepared here).
   */
  warm(): Promise<void> {
    this.start();
    return this.ready ?? Promise.resolve();
  }

  /** Prepares a batch of NDJSON lines: on the worker when it is large and the worker runs. */
  async prepare(
    context: PrepareContext,
    texts: readonly string[],
    lines: readonly number[],
  ): Promise<PreparedBatch> {
    const worker = texts.length >= MIN_WORKER_LINES ? this.start() : undefined;
    if (!worker) return prepareNdjson(context, texts, lines);
    const version = context.zones?.version ?? null;
    if (version !== this.sentZones) {
      const zones: ZonesMessage = { type: 'zones', version, features: context.zones?.features ?? [] };
      worker.postMessage(zones);
      this.sentZones = version;
    }
    const id = ++this.seq;
    const job: PrepareJob = {
      type: 'prepare',
      id,
      owner: context.owner,
      now: context.now,
      exercise: context.exercise,
      texts,
      lines,
    };
    try {
      return await new Promise<PreparedBatch>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        if (this.pending.size === 1) worker.ref();
        worker.postMessage(job);
      });
    } catch (error) {
      this.log.warn({ err: error }, 'preparation worker failed; preparing on the request thread');
      return prepareNdjson(context, texts, lines);
    }
  }

  /** Stops the worker; batches in flight are prepared on the calling thread instead. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.broken = true;
    this.failAll(new Error('preparation pool closed'));
    await worker?.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    try {
      const fromSource = HERE.endsWith('.ts');
      const script = new URL(`./observations.prepare-worker.${fromSource ? 'ts' : 'js'}`, HERE).href;
      // The ESM entry of tsx's API (`require.resolve` names its CommonJS twin).
      const tsx = fromSource
        ? pathToFileURL(
            createRequire(HERE)
              .resolve('tsx/esm/api')
              .replace(/\.cjs$/, '.mjs'),
          ).href
        : null;
      const worker = new Worker(BOOT, { eval: true, workerData: { script, tsx } });
      worker.on('message', (reply: PrepareReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', (code) => this.fail(worker, new Error(`preparation worker exited with ${code}`)));
      // Referenced until it is ready (a process waiting in `warm` has nothing else to do), then
      // only while batches are in flight: an idle worker never keeps the process alive.
      this.ready = new Promise<void>((resolve) => (this.onReady = resolve));
      this.worker = worker;
      this.sentZones = undefined;
      return worker;
    } catch (error) {
      this.broken = true;
      this.log.warn({ err: error }, 'preparation worker could not start; preparing on the request thread');
      return undefined;
    }
  }

  private settle(reply: PrepareReply): void {
    if (reply.type === 'ready') {
      if (this.pending.size === 0) this.worker?.unref();
      this.onReady?.();
      return;
    }
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.type === 'prepared') {
      this.preparedOnWorker++;
      waiting.resolve(reply.batch);
    } else waiting.reject(new Error(reply.message));
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    // A worker that died is not restarted: the calling thread prepares from now on.
    this.worker = undefined;
    this.broken = true;
    this.onReady?.();
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(error);
  }
}
