import type { FastifyBaseLogger } from 'fastify';
import type { ExtractionConfig } from '../../config.js';
import type { Database } from '../../db/client.js';
import type { FileStore } from '../../files/file-store.js';
import { ExtractionQueue } from '../../files/extraction-queue.js';
import {
  claimAttachment,
  findUnclaimedPending,
  releaseAttachment,
  storeAttachmentText,
} from './attachment-text.repository.js';

/** The durable extraction queue over the documents' attachments (files/extraction-queue.ts). */
export class AttachmentExtraction extends ExtractionQueue {
  constructor(deps: { db: Database; files: FileStore; log: FastifyBaseLogger }, config: ExtractionConfig) {
    super(deps, config, {
      name: 'document_attachments',
      findUnclaimedPending,
      claim: claimAttachment,
      release: releaseAttachment,
      store: storeAttachmentText,
    });
  }
}
