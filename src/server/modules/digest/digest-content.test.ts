import { describe, expect, it } from 'vitest'
import { MAX_DIGEST_ITEMS, summariseDeadlines, type DigestDeadline } from './digest-content.ts'

const deadline = (id: number, dueDate: string): DigestDeadline => ({
  deadlineId: id,
  matterId: id,
  matterNumber: `${id}/2026/TB`,
  ruleCode: 'BLTTHS_147_NGUON_TIN',
  ruleName: 'Thời hạn giải quyết nguồn tin',
  subjectName: null,
  unitId: 1,
  responsibleId: 1,
  dueDate,
})

describe('daily digest bands, counted from Tuesday 24/11/2026', () => {
  const today = '2026-11-24'

  it('puts each open deadline in one band and leaves out those more than 7 days away', () => {
    const section = summariseDeadlines(
      [
        deadline(1, '2026-11-20'),
        deadline(2, '2026-11-24'),
        deadline(3, '2026-11-25'),
        deadline(4, '2026-11-27'),
        deadline(5, '2026-11-28'),
        deadline(6, '2026-12-01'),
        deadline(7, '2026-12-02'),
      ],
      today,
    )
    expect(section.counts).toEqual({ overdue: 1, due_today: 1, due_3: 2, due_7: 2 })
    expect(section.items.map((i) => [i.deadlineId, i.urgency])).toEqual([
      [1, 'overdue'],
      [2, 'due_today'],
      [3, 'due_3'],
      [4, 'due_3'],
      [5, 'due_7'],
      [6, 'due_7'],
    ])
  })

  it('lists the most urgent first and at most 20, while counting all', () => {
    const many = Array.from({ length: 30 }, (_, i) => deadline(i + 1, i < 25 ? '2026-11-01' : '2026-11-24'))
    const section = summariseDeadlines(many.reverse(), today)
    expect(section.counts.overdue).toBe(25)
    expect(section.items).toHaveLength(MAX_DIGEST_ITEMS)
    expect(section.items.every((i) => i.urgency === 'overdue')).toBe(true)
  })
})
