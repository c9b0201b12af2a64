import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * The moment the page was last sent to print (the browser's `beforeprint`, whether from the
 * page's own button or Ctrl+P), for a printed header's "In lúc …". flushSync: the browser lays
 * out the printed page right after the event, before React would otherwise render.
 */
export const usePrintedAt = (): string | null => {
  const [printedAt, setPrintedAt] = useState<string | null>(null)
  useEffect(() => {
    const before = () => flushSync(() => setPrintedAt(new Date().toISOString()))
    window.addEventListener('beforeprint', before)
    return () => window.removeEventListener('beforeprint', before)
  }, [])
  return printedAt
}
