import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Runs in the worker: its own connection to the database file, copying committed WAL frames
// into the database (PASSIVE: never blocks the writer or readers) every `intervalMs`.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints a SQLite database's write-ahead log from a worker thread. SQLite otherwise
 * checkpoints inside the commit that crosses `wal_autocheckpoint` pages, copying and syncing
 * pages on the thread that serves requests: measured about a sixth of ingest CPU. The
 * checkpoint does not touch durability — a commit is durable once its WAL frames are synced
 * (`synchronous = FULL`) — so moving it is safe; the writer keeps a high automatic threshold
 * as a bound should the worker fall behind.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;

  constructor(path: string, intervalMs = 250) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { path, driver, intervalMs } });
    // A worker that cannot open the file leaves checkpoints to the writer's threshold.
    this.worker.on('error', () => undefined);
    this.worker.unref();
  }

  /** Runs a last checkpoint and closes the worker's connection (before the writer's closes). */
  async stop(): Promise<void> {
    // Referenced again while it finishes, or a process with nothing else to do would exit first.
    this.worker.ref();
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
    clearTimeout(timer);
    await this.worker.terminate();
  }
}
