import { formatDate } from '@/shared/format.ts'
import { daysBetween, todayInVietnam } from './deadlineTone.ts'

/**
 * The last day to ask for an extension (e.g. Điều 173 khoản 3 BLTTHS: the investigating body
 * asks the procuracy at the latest 10 days before detention ends), as the deadline pages show
 * it. Once that day has passed an extension can no longer be asked for in time: that is a
 * warning, not a grey footnote (issue 12, item 11). Three days before, it is a reminder.
 */
export type ExtensionRequestNote = { text: string; color: string; passed: boolean }

/** Days before the last day from which the note is a reminder rather than plain text. */
const REMINDER_DAYS = 3

export const extensionRequestNote = (latest: string, today: string = todayInVietnam()): ExtensionRequestNote => {
  const left = daysBetween(today, latest)
  const date = formatDate(latest)
  if (left < 0)
    return {
      text: `Đã quá hạn đề nghị gia hạn: chậm nhất ngày ${date} (quá ${-left} ngày)`,
      color: 'red.7',
      passed: true,
    }
  if (left === 0) return { text: `Hôm nay là ngày cuối đề nghị gia hạn (${date})`, color: 'orange.8', passed: false }
  if (left <= REMINDER_DAYS)
    return { text: `Đề nghị gia hạn chậm nhất ngày ${date} (còn ${left} ngày)`, color: 'orange.8', passed: false }
  return { text: `Đề nghị gia hạn chậm nhất ngày ${date}`, color: 'dimmed', passed: false }
}
