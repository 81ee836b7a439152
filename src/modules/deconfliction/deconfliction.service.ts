import type { AppContext } from '../../platform/context.js';
import { ConflictsService } from './conflicts.service.js';
import { HotlineService } from './hotline.service.js';
import { NotificationsService } from './notifications.service.js';

/**
 * The public surface of deconfliction, as other modules reach it through
 * `ctx.services.deconfliction`: notifications, conflicts and the hotline.
 */
export class DeconflictionService {
  readonly conflicts: ConflictsService;
  readonly notifications: NotificationsService;
  readonly hotline: HotlineService;

  constructor(ctx: AppContext) {
    this.conflicts = new ConflictsService(ctx);
    this.notifications = new NotificationsService(ctx, this.conflicts);
    this.hotline = new HotlineService(ctx, this.notifications, this.conflicts);
  }
}
