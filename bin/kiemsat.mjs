#!/usr/bin/env node
// The kiemsat command. TypeScript runs through tsx, so there is no separate build step for the server.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
