import { z } from 'zod'
import { MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import { optionalIsoDate, optionalPositiveInt, optionalText } from '@/web/shared/utils/searchParams.ts'

export const MATTER_SORTS = ['-receivedOn', 'receivedOn', 'number', '-number', 'nextDueDate', '-updatedAt'] as const

export const MATTER_SORT_LABELS: Record<(typeof MATTER_SORTS)[number], string> = {
  '-receivedOn': 'Ngày thụ lý mới nhất',
  receivedOn: 'Ngày thụ lý cũ nhất',
  number: 'Số thụ lý tăng dần',
  '-number': 'Số thụ lý giảm dần',
  nextDueDate: 'Hạn gần nhất trước',
  '-updatedAt': 'Mới cập nhật',
}

export const MATTER_STATUSES = ['open', 'closed', 'all'] as const
export type MatterStatus = (typeof MATTER_STATUSES)[number]

/** The register's filters, kept in the URL so Back returns to the same page of results. */
export const MattersSearch = z.object({
  q: optionalText,
  kind: z.enum(MATTER_KINDS).optional().catch(undefined),
  stage: optionalText,
  prosecutorId: optionalPositiveInt,
  /** A Penal Code article id, "173" or "217a"; a bare number from an old link reads as its id. */
  article: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim().toLowerCase())
    .pipe(z.string().regex(/^[1-9]\d{0,2}[a-z]?$/))
    .optional()
    .catch(undefined),
  from: optionalIsoDate,
  to: optionalIsoDate,
  /** Absent: every matter, open or closed. */
  status: z.enum(MATTER_STATUSES).optional().catch(undefined),
  sort: z.enum(MATTER_SORTS).optional().catch(undefined),
  /** false: only the chosen unit's own matters, not those of the units below it. */
  subtree: z.boolean().optional().catch(undefined),
  page: optionalPositiveInt,
})
export type MattersSearch = z.infer<typeof MattersSearch>

export const validateMattersSearch = (search: Record<string, unknown>): MattersSearch => MattersSearch.parse(search)

export const CLOSED_PARAM: Record<MatterStatus, 'true' | 'false' | 'all'> = {
  open: 'false',
  closed: 'true',
  all: 'all',
}
