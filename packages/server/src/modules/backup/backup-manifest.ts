import { z } from 'zod';

export const ARCHIVE_FORMAT = 'danvan-backup';
/** The archive's layout; a reader refuses any other. */
export const ARCHIVE_VERSION = 2;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const bytes = z.number().int().nonnegative();

const manifestFile = z.object({ sha256, bytes });

/** `manifest.json`, the archive's first entry: what the archive holds and how to check it. */
export const backupManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int(),
  created: z.string(),
  engine: z.string(),
  /** The newest migration applied; `migrations` lists them all, as the restoring database must have them. */
  schemaVersion: z.string(),
  migrations: z.array(z.string()),
  counts: z.object({ tables: z.record(z.string(), bytes), files: bytes }),
  dump: manifestFile,
  files: z.array(manifestFile),
  missingFiles: z.array(sha256),
});

export type BackupManifest = z.infer<typeof backupManifest>;
export type ManifestFile = z.infer<typeof manifestFile>;

export const fileEntryName = (hash: string) => `files/${hash.slice(0, 2)}/${hash}`;
