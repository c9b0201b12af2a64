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
    rolldownOptions: {
      output: {
        // Vendor code in groups of its own, so that a change in our code leaves them cached. The
        // charts library and its renderer (zrender) load with the indicators pages only (lazy
        // routes); split in two, neither is over the 500 kB Vite warns about, and both download at once.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 6 },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 5 },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/, priority: 5 },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 5 },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/, priority: 5 },
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/, priority: 7 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
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
