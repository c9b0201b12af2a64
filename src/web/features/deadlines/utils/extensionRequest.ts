import { formatDate } from '@/shared/format.ts'
import { daysBetween, todayInVietnam } from './deadlineTone.ts'

/**
 * The last day to ask for an extension (e.g. Điều 173 khoản 3 BLTTHS: the investigating body
 * asks the procuracy at the latest 10 days before detention ends), as the deadline pages show
 * it. Once that day has passed an extension can no longer be asked for in time: that is a
 * warning, not a grey footnote (issue 12, item 11). Three days before, it is a reminder.
 */
export type ExtensionRequestNote = {
  text: string
  /** For a table row: one short line, the full text on hover (issue 12, a warning row took four lines). */
  short: string
  color: string
  passed: boolean
}

/** Days before the last day from which the note is a reminder rather than plain text. */
const REMINDER_DAYS = 3

export const extensionRequestNote = (latest: string, today: string = todayInVietnam()): ExtensionRequestNote => {
  const left = daysBetween(today, latest)
  const date = formatDate(latest)
  if (left < 0)
    return {
      text: `Đã quá hạn đề nghị gia hạn: chậm nhất ngày ${date} (quá ${-left} ngày)`,
      short: `Quá hạn đề nghị gia hạn ${-left} ngày`,
      color: 'red.7',
      passed: true,
    }
  const note = (text: string, short: string, color: string) => ({ text, short, color, passed: false })
  if (left === 0)
    return note(`Hôm nay là ngày cuối đề nghị gia hạn (${date})`, 'Hạn đề nghị gia hạn: hôm nay', 'orange.8')
  if (left <= REMINDER_DAYS)
    return note(
      `Đề nghị gia hạn chậm nhất ngày ${date} (còn ${left} ngày)`,
      `Đề nghị gia hạn: còn ${left} ngày`,
      'orange.8',
    )
  return note(`Đề nghị gia hạn chậm nhất ngày ${date}`, `Đề nghị gia hạn chậm nhất ${date.slice(0, 5)}`, 'dimmed')
}
