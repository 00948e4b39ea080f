import { createUserBody, updateUserBody, userListQuery, idSchema } from '@danvan/shared';
import { z } from 'zod';
import type { AppInstance } from '../../http/app-types.js';
import { createUser, listUsers, updateUser } from './users.service.js';

const tags = ['users'];

export function userRoutes(app: AppInstance): void {
  app.get(
    '/api/users',
    {
      schema: { tags, summary: 'Người dùng trong phạm vi / users in scope', querystring: userListQuery },
      config: { action: 'user.list' },
    },
    (request) =>
      listUsers(app.db, request.requireActor(), {
        query: request.query.q,
        unitId: request.query.unitId,
        includeDisabled: request.query.includeDisabled === 'true',
      }),
  );

  app.post(
    '/api/users',
    {
      schema: { tags, summary: 'Tạo người dùng / create user', body: createUserBody },
      config: { action: 'user.create' },
    },
    async (request, reply) =>
      reply.code(201).send(await createUser(app.db, request.requireActor(), request.body, request.ip)),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, khóa, mở khóa người dùng / update, disable, enable user',
        params: z.object({ id: idSchema }),
        body: updateUserBody,
      },
      config: { action: 'user.update' },
    },
    (request) => updateUser(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );
}
