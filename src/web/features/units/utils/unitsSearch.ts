import { z } from 'zod'
import { optionalPositiveInt } from '@/web/shared/utils/searchParams.ts'

export const UnitsSearch = z.object({
  /** The unit whose details are shown beside the tree. */
  id: optionalPositiveInt,
  /** Show units that have ceased to exist. */
  historical: z.boolean().optional().catch(undefined),
})
export type UnitsSearch = z.infer<typeof UnitsSearch>

export const validateUnitsSearch = (search: Record<string, unknown>): UnitsSearch => UnitsSearch.parse(search)
