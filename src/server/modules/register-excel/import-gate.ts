// How many imports run at once in this server instance: each holds a worker thread, a copy of
// its rows and one long transaction, so a few concurrent uploads (four bomb files in issue 10)
// were enough to exhaust the process. Beyond the bounds the upload is refused at once (429) and
// nothing is read or written; the user sends it again when their previous import has finished.
import { formatNumber } from '@/shared/format.ts'
import { AppError } from '../../platform/app-error.ts'

export type ImportGateOptions = { total: number; perUser: number }

export type ImportGate = {
  /** Takes a place for this person's import, or refuses; the function returned gives it back. */
  enter: (personId: number) => () => void
  running: () => number
}

export const createImportGate = ({ total, perUser }: ImportGateOptions): ImportGate => {
  const byPerson = new Map<number, number>()
  let all = 0
  return {
    running: () => all,
    enter: (personId) => {
      const own = byPerson.get(personId) ?? 0
      if (own >= perUser)
        throw new AppError(
          'IMPORT_BUSY',
          `Bạn đang có ${formatNumber(own)} lần nhập sổ thụ lý chưa xong; mỗi người được nhập tối đa ${formatNumber(perUser)} tệp cùng lúc. Hãy chờ lần nhập trước xong rồi gửi lại`,
        )
      if (all >= total)
        throw new AppError(
          'IMPORT_BUSY',
          `Máy chủ đang xử lý ${formatNumber(all)} lần nhập sổ thụ lý (tối đa ${formatNumber(total)} lần cùng lúc). Hãy thử lại sau ít phút`,
        )
      byPerson.set(personId, own + 1)
      all++
      let left = false
      return () => {
        if (left) return
        left = true
        all--
        const now = (byPerson.get(personId) ?? 1) - 1
        if (now > 0) byPerson.set(personId, now)
        else byPerson.delete(personId)
      }
    },
  }
}
