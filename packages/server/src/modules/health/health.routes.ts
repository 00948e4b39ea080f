import type { AppInstance } from '../../http/app-types.js';

export function healthRoutes(app: AppInstance): void {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Tình trạng hệ thống / health' }, config: { action: 'public' } },
    async () => {
      await app.db.transaction((sql) => sql.query('SELECT 1'));
      return { status: 'ok', db: app.db.engine };
    },
  );
}
