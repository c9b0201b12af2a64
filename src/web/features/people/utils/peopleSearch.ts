import { z } from 'zod'
import { STAFF_TITLES } from '@/shared/vocabulary.ts'
import { optionalPositiveInt, optionalText } from '@/web/shared/utils/searchParams.ts'

export const PERSON_STATUSES = ['active', 'inactive', 'all'] as const
export type PersonStatus = (typeof PERSON_STATUSES)[number]

/** The people list's filters, kept in the URL so Back returns to the same page of results. */
export const PeopleSearch = z.object({
  q: optionalText,
  title: z.enum(STAFF_TITLES).optional().catch(undefined),
  status: z.enum(PERSON_STATUSES).optional().catch(undefined),
  /** false: only people of the chosen unit itself, not of the units below it. */
  subtree: z.boolean().optional().catch(undefined),
  page: optionalPositiveInt,
})
export type PeopleSearch = z.infer<typeof PeopleSearch>

export const validatePeopleSearch = (search: Record<string, unknown>): PeopleSearch => PeopleSearch.parse(search)
