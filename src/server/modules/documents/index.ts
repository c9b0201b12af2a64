// The documents module's public surface: the register's route, and the one write another module
// makes when it issues a document (the number comes with it, in that module's transaction).
// Rendering the document itself is src/server/platform/documents (no database).
export { documentRoutes } from './documents.routes.ts'
export { registerOutgoingDocument, type IssueDocument } from './documents.service.ts'
