// What a daily digest says: how many deadlines are overdue, due today, within 3 and within
// 7 days, and which ones, most urgent first. Pure, so the bands are tested without a database.
import { deadlineStatus, type DeadlineStatus } from '@/domain/deadlines/index.ts'

export type DigestDeadline = {
  deadlineId: number
  matterId: number
  matterNumber: string
  ruleCode: string
  ruleName: string
  subjectName: string | null
  unitId: number
  responsibleId: number | null
  dueDate: string
}

export type DigestItem = Omit<DigestDeadline, 'unitId' | 'responsibleId'> & {
  urgency: Exclude<DeadlineStatus, 'later'>
}

export type DigestSection = {
  counts: Record<Exclude<DeadlineStatus, 'later'>, number>
  items: DigestItem[]
}

export const MAX_DIGEST_ITEMS = 20

export const summariseDeadlines = (deadlines: readonly DigestDeadline[], today: string): DigestSection => {
  const counts = { overdue: 0, due_today: 0, due_3: 0, due_7: 0 }
  const items: DigestItem[] = []
  for (const d of [...deadlines].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.deadlineId - b.deadlineId)) {
    const urgency = deadlineStatus(d.dueDate, today)
    if (urgency === 'later') continue
    counts[urgency] += 1
    if (items.length < MAX_DIGEST_ITEMS) {
      const { unitId: _unit, responsibleId: _responsible, ...item } = d
      items.push({ ...item, urgency })
    }
  }

  return { counts, items }
}

export const isEmptySection = (section: DigestSection): boolean => Object.values(section.counts).every((n) => n === 0)
