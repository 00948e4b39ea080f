import { inboxSchema } from '@danvan/shared';
import type { AppInstance } from '../../http/app-types.js';
import { getInbox } from './inbox.service.js';

export function inboxRoutes(app: AppInstance): void {
  app.get(
    '/api/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Việc cần làm của tài khoản / what the account has to act on',
        response: { 200: inboxSchema },
      },
      config: { action: 'inbox.read' },
    },
    (request) => getInbox(app.db, request.requireActor()),
  );
}
