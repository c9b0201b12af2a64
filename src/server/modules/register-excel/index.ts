// The register's Excel module's public surface: its routes.
export { registerExcelRoutes } from './register-excel.routes.ts'
// The zip-bomb guard, for the other modules that read an uploaded workbook (the emulation ratings).
export { checkWholeArchive } from './zip-guard.ts'
