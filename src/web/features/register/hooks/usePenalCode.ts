import { useQuery } from '@tanstack/react-query'
import { fetchPenalCode } from '../api/registerApi.ts'

// The Penal Code does not change while the page is open.
const STATIC = { staleTime: Infinity, gcTime: 30 * 60_000 } as const

/** Articles matching a number or part of a name (accent-insensitive, on the server). */
export const usePenalCodeSearch = (q: string) =>
  useQuery({ queryKey: ['penal-code', q], queryFn: () => fetchPenalCode(q), enabled: q.length > 0, ...STATIC })

/** One article by number, to name a charge that is already recorded. */
export const usePenalArticle = (article: number | null | undefined) =>
  useQuery({
    queryKey: ['penal-code', String(article ?? '')],
    queryFn: () => fetchPenalCode(String(article)),
    enabled: typeof article === 'number' && article > 0,
    select: (page) => page.items.find((a) => a.article === article) ?? null,
    ...STATIC,
  })
