import { describe, expect, it } from 'vitest'
import {
  alternativeDueText,
  daysLeftText,
  deadlineTone,
  formatDue,
  todayInVietnam,
  urgencyOf,
} from '../deadlineTone.ts'

describe('the two readings of Điều 134', () => {
  it("names the safe date and the other reading's last day, or nothing when they agree", () => {
    expect(alternativeDueText({ dueDate: '2026-03-21', alternativeDueDate: '2026-03-23' })).toBe(
      'Hạn an toàn 21/03/2026; hạn cuối theo cách tính khác 23/03/2026 (Điều 134 BLTTHS)',
    )
    expect(alternativeDueText({ dueDate: '2026-05-04', alternativeDueDate: null })).toBe('')
  })
})

describe('deadline tones', () => {
  it('bands a due date like the server: overdue, today, 3 and 7 days, later', () => {
    expect(
      ['2026-06-09', '2026-06-10', '2026-06-13', '2026-06-17', '2026-06-18'].map((d) => urgencyOf(d, '2026-06-10')),
    ).toEqual(['overdue', 'due_today', 'due_3', 'due_7', 'later'])
    expect(daysLeftText('2026-06-08', '2026-06-10')).toBe('quá 2 ngày')
    expect(daysLeftText('2026-07-10', '2026-06-10')).toBe('còn 30 ngày')
  })

  it('colours closed deadlines by outcome and shows hours for custody', () => {
    expect(deadlineTone({ status: 'met', urgency: null }).color).toBe('green')
    expect(deadlineTone({ status: 'missed', urgency: null }).color).toBe('red.9')
    expect(deadlineTone({ status: 'open', urgency: 'due_3' }).color).toBe('yellow')
    expect(formatDue({ dueDate: '2026-03-05', dueTime: '14:30' })).toBe('05/03/2026 14:30')
  })

  it('takes today in Vietnam, not in UTC', () => {
    expect(todayInVietnam(new Date('2026-06-09T18:30:00Z'))).toBe('2026-06-10')
  })
})
