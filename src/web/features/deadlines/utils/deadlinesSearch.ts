import { z } from 'zod'
import { optionalPositiveInt } from '@/web/shared/utils/searchParams.ts'

export const DEADLINE_TABS = ['overdue', 'due_today', 'due_3', 'due_7', 'week', 'open'] as const
export type DeadlineTab = (typeof DEADLINE_TABS)[number]

/**
 * The bands count each deadline once (1–3 days left, then 4–7), so their labels say the range:
 * "Trong 7 ngày: 3" beside four deadlines within a week read as a miscount (issue 12, item 15).
 */
export const DEADLINE_TAB_LABELS: Record<DeadlineTab, string> = {
  overdue: 'Quá hạn',
  due_today: 'Đến hạn hôm nay',
  due_3: 'Còn 1–3 ngày',
  due_7: 'Còn 4–7 ngày',
  /** The home's "due this week": the three bands before together, today and the 7th day included. */
  week: 'Trong 7 ngày tới (cả hôm nay)',
  open: 'Tất cả đang mở',
}

/** The deadlines page's view, kept in the URL. */
export const DeadlinesSearch = z.object({
  /** Absent: the role's own default (defaultDeadlineScope). */
  scope: z.enum(['mine', 'unit']).optional().catch(undefined),
  /** Absent: every open deadline. */
  urgency: z.enum(DEADLINE_TABS).optional().catch(undefined),
  page: optionalPositiveInt,
  /** detention: only the clocks of persons in custody or detention (the home's detention card opens it). */
  group: z.enum(['detention']).optional().catch(undefined),
})
export type DeadlinesSearch = z.infer<typeof DeadlinesSearch>

export const validateDeadlinesSearch = (search: Record<string, unknown>): DeadlinesSearch =>
  DeadlinesSearch.parse(search)

/**
 * The list a role opens on: a prosecutor their own assigned matters ("Thời hạn của tôi"); anyone
 * who is not a prosecutor — leadership, heads, the statistics office — has none assigned, so
 * their own list would be empty: they open on their unit's (issue 12, item 13).
 */
export const defaultDeadlineScope = (roles: readonly { role: string }[]): 'mine' | 'unit' =>
  roles.some((r) => r.role === 'prosecutor') ? 'mine' : 'unit'
