import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// `npm run dev:web` talks to the API on :3000 unless told otherwise.
const apiTarget = process.env.KIEMSAT_API_URL ?? 'http://127.0.0.1:3000'

// The web app lives in src/web; the server serves dist/web with an SPA fallback.
export default defineConfig({
  root: fromRoot('./src/web'),
  publicDir: false,
  plugins: [react()],
  resolve: { alias: { '@': fromRoot('./src') } },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // zod ships comments Rollup cannot place; harmless, and not ours to fix.
      onwarn: (warning, warn) => {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return
        warn(warning)
      },
      output: {
        manualChunks: (id) => {
          if (!id.includes('node_modules')) return undefined
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react'
          if (id.includes('node_modules/@mantine/') || id.includes('node_modules/@floating-ui/')) return 'mantine'
          if (id.includes('node_modules/@tanstack/')) return 'tanstack'
          if (id.includes('node_modules/@tabler/')) return 'icons'
          // Charts load with the indicators pages only (lazy routes), not with every page.
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts'
          return 'vendor'
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': apiTarget } },
})
