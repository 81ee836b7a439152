import { resolve } from 'node:path';

/** Runtime configuration, read once from the environment (documented in docs/configuration.md). */
export interface Config {
  /** TCP port the HTTP server listens on. */
  port: number;
  /** Interface the HTTP server binds to. */
  host: string;
  /** `postgres://…` for PostgreSQL; a file path (or unset) for SQLite. */
  databaseUrl: string;
  /** Log level for pino (`fatal` … `trace`, or `silent`). */
  logLevel: string;
  /** Whether session cookies carry the `Secure` attribute (set when served over HTTPS). */
  secureCookies: boolean;
  /** Session lifetime in seconds. */
  sessionTtlSeconds: number;
  /** Requests per minute a single client (token, session or address) may make. */
  rateLimitPerMinute: number;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Largest batch (NDJSON, CSV, XML, XLSX) body accepted, in bytes. */
  batchBodyLimitBytes: number;
  /** Folder of the built web application served at `/`. */
  webRoot: string;
  /** Folder for runtime files (SQLite database, ledger key). */
  dataDir: string;
  /** Origin line of ledger checkpoints (C2SP tlog-checkpoint). */
  ledgerOrigin: string;
  /** File holding the ledger's Ed25519 signing key; created on first start. */
  ledgerKeyFile: string;
  /** Optional PMTiles basemap served to the web application for detail. */
  basemapPmtiles: string | undefined;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** Reads the configuration from environment variables, with defaults for a laptop. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.GUARANTOR_DATA_DIR ?? 'data');
  return {
    port: intFrom(env, 'PORT', 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl:
      env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : resolve(dataDir, 'guarantor.db'),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.SECURE_COOKIES === 'true',
    sessionTtlSeconds: intFrom(env, 'SESSION_TTL_SECONDS', 12 * 3600),
    rateLimitPerMinute: intFrom(env, 'RATE_LIMIT_PER_MINUTE', 3000),
    bodyLimitBytes: intFrom(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    batchBodyLimitBytes: intFrom(env, 'BATCH_BODY_LIMIT_BYTES', 256 * 1024 * 1024),
    webRoot: resolve(env.GUARANTOR_WEB_ROOT ?? 'dist/web'),
    dataDir,
    ledgerOrigin: env.LEDGER_ORIGIN ?? 'guarantor.example/ledger',
    ledgerKeyFile: resolve(env.LEDGER_KEY_FILE ?? resolve(dataDir, 'ledger.key')),
    basemapPmtiles: env.BASEMAP_PMTILES || undefined,
  };
}
