import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  // One schema file per module, plus the platform's tables; src/server/db/schema.ts re-exports them.
  schema: ['./src/server/modules/*/*.schema.ts', './src/server/platform/*.schema.ts'],
  out: './migrations',
})
