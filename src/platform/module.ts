import type { Command } from 'commander';
import type { Migration } from 'kysely';
import type { AppContext } from './context.js';
import type { App } from './http/app-type.js';
import type { Viewer } from './access/viewer.js';

/** A headline figure for the overview page. */
export interface Headline {
  /** Stable key, also the translation key in the web application. */
  key: string;
  value: number;
  /** Optional change against the previous period, same unit as `value`. */
  change?: number;
}

/**
 * A module of Guarantor: its tables, services, HTTP routes, CLI verbs and exercise data.
 * Modules are listed, in dependency order, in `src/modules/registry.ts`.
 */
export interface GuarantorModule {
  /** Folder name under `src/modules/`. */
  name: string;
  /**
   * Migrations keyed by a stable name `NN-module-NNN-what`, where NN is the module's fixed
   * two-digit number; applied in name order on both dialects.
   */
  migrations: Record<string, Migration>;
  /** Creates the module's services and adds them to `ctx.services`. */
  services?(ctx: AppContext): void;
  /** Registers the module's HTTP routes (paths include `/api/v1`). */
  routes?(app: App, ctx: AppContext): void | Promise<void>;
  /** Registers the module's CLI verbs; `open` gives a migrated context. */
  cli?(program: Command, open: () => Promise<AppContext>): void;
  /** Loads the module's part of the exercise scenario (idempotent). */
  exercise?(ctx: AppContext, progress: (message: string) => void): Promise<void>;
  /** Headline figures for the overview page, filtered for the viewer. */
  overview?(ctx: AppContext, viewer: Viewer): Promise<Headline[]>;
}
