// Stands in for the embedded database's thread in the host's tests: it reports ready, then
// stops on its own, as the real one would if PGlite aborted.
import { parentPort } from 'node:worker_threads'

parentPort.postMessage({ type: 'ready' })
setTimeout(() => process.exit(3), 20)
