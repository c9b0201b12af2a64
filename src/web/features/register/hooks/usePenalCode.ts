import { useQuery } from '@tanstack/react-query'
import { fetchPenalCode } from '../api/registerApi.ts'

// The Penal Code does not change while the page is open.
const STATIC = { staleTime: Infinity, gcTime: 30 * 60_000 } as const

const isOffenceDate = (on: string | null | undefined): on is string =>
  typeof on === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(on)

/** Articles matching a number or part of a name (accent-insensitive, on the server); with `on`, as applied to an offence that day. */
export const usePenalCodeSearch = (q: string, on?: string | null) => {
  const date = isOffenceDate(on) ? on : undefined
  return useQuery({
    queryKey: ['penal-code', q, date ?? ''],
    queryFn: () => fetchPenalCode(q, date),
    enabled: q.length > 0,
    ...STATIC,
  })
}

/** One article by id ("173", "217a"; old records may hold 173), to name a charge that is already recorded. */
export const usePenalArticle = (article: string | number | null | undefined, on?: string | null) => {
  const id = article === null || article === undefined ? '' : String(article).trim().toLowerCase()
  const date = isOffenceDate(on) ? on : undefined
  return useQuery({
    queryKey: ['penal-code', id, date ?? ''],
    queryFn: () => fetchPenalCode(id, date),
    enabled: /^[1-9]\d{0,2}[a-z]?$/.test(id),
    select: (page) => page.items.find((a) => a.article === id) ?? null,
    ...STATIC,
  })
}
