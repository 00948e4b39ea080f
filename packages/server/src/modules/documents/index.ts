// The documents module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the register of documents issued, searchable.
// Owns tables: documents, document_attachments, document_words.

export { importDocumentRegister, readRegisterFile } from './document-import.service.js';
export { fixtureDocuments } from './documents.fixture.js';
export { documentIndicators } from './documents.indicators.js';
export { documentActions } from './documents.policy.js';
export { documentRoutes } from './documents.routes.js';
export { nextDocumentNumber } from './document-number.service.js';
export { citedDocuments, createDocument, listDocuments } from './documents.service.js';
