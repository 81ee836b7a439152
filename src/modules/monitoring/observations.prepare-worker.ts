// The preparation worker: parses, validates, fingerprints and zone-tags NDJSON lines off the
// thread that serves requests and writes the database (see `PreparePool`).
import { parentPort } from 'node:worker_threads';
import type { ZoneFeature } from './monitoring.schemas.js';
import { prepareNdjson } from './observations.prepare.js';
import type { PrepareJob, PrepareReply, ZonesMessage } from './observations.prepare-pool.js';
import { compileZones, type CompiledZones } from './tag-zone.js';

let zones: CompiledZones | null = null;

parentPort?.on('message', (message: PrepareJob | ZonesMessage) => {
  if (message.type === 'zones') {
    zones =
      message.version === null ? null : compileZones(message.version, message.features as ZoneFeature[]);
    return;
  }
  let reply: PrepareReply;
  try {
    const batch = prepareNdjson(
      { owner: message.owner, now: message.now, exercise: message.exercise, zones },
      message.texts,
      message.lines,
    );
    reply = { type: 'prepared', id: message.id, batch };
  } catch (error) {
    reply = { type: 'failed', id: message.id, message: String((error as Error)?.stack ?? error) };
  }
  parentPort!.postMessage(reply);
});

parentPort?.postMessage({ type: 'ready' } satisfies PrepareReply);
