export * from './errors.js';
export * from './roles.js';
export * from './text/fold-vi.js';
export * from './text/format-vi.js';
export * from './units/units.schemas.js';
export * from './auth/auth.schemas.js';
export * from './users/users.schemas.js';
export * from './audit/audit.schemas.js';
