#!/usr/bin/env node
// Runs the TypeScript server directly: no build step between a checkout and a running system.
import { register } from 'tsx/esm/api';

register();
await import('../packages/server/src/cli.ts');
