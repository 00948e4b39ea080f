import type { AppInstance } from '../../http/app-types.js';
import { ping } from './health.repository.js';

export function healthRoutes(app: AppInstance): void {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Tình trạng hệ thống / health' }, config: { action: 'public' } },
    async () => {
      await app.db.transaction(ping);
      return { status: 'ok', db: app.db.engine };
    },
  );
}
