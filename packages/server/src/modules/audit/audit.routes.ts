import { auditListQuery } from '@danvan/shared';
import type { AppInstance } from '../../http/app-types.js';
import { listAudit } from './audit.service.js';

export function auditRoutes(app: AppInstance): void {
  app.get(
    '/api/audit',
    {
      schema: { tags: ['audit'], summary: 'Nhật ký hoạt động / audit log', querystring: auditListQuery },
      config: { action: 'audit.read' },
    },
    (request) => listAudit(app.db, request.requireActor(), request.query),
  );
}
