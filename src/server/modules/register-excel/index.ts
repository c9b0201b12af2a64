// The register's Excel module's public surface: its routes.
export { registerExcelRoutes } from './register-excel.routes.ts'
