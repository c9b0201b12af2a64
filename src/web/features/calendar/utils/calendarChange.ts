import type { z } from 'zod'
import type { CalendarMove, CalendarRecomputeNotice, OfficialCalendarKind } from '@/shared/api/calendar.ts'
import { OFFICIAL_CALENDAR_KIND_LABELS } from '@/shared/api/calendar.ts'
import { formatDate } from '@/shared/format.ts'

export type CalendarMoveItem = z.infer<typeof CalendarMove>

/** The last change an administrator made, kept on screen with the deadlines it moved. */
export type CalendarChange =
  | {
      action: 'create' | 'update' | 'delete'
      date: string
      kind: OfficialCalendarKind
      reason: string
      moved: CalendarMoveItem[]
      /** The background recompute the change started (null: no deadline could move); its status lists the moves. */
      recompute: CalendarRecomputeNotice | null
    }
  | {
      /** A year's announcement confirmed (or corrected), or its confirmation withdrawn. */
      action: 'confirm_year' | 'withdraw_year'
      /** 1 January of the year, so the page shows that year. */
      date: string
      year: number
      decision: string
      moved: CalendarMoveItem[]
      recompute: CalendarRecomputeNotice | null
    }

const VERBS: Record<'create' | 'update' | 'delete', string> = { create: 'thêm', update: 'sửa', delete: 'xóa' }

/** "Sau khi thêm ngày 02/05/2026 (Ngày nghỉ: Nghỉ hoán đổi dịp 30/4 – 1/5) vào lịch chính thức, 2 thời hạn có ngày kết thúc thay đổi:" */
export const describeChange = (change: CalendarChange): string => {
  const count = change.moved.length
  const outcome = change.recompute
    ? `hệ thống tính lại ${change.recompute.deadlines} thời hạn của ${change.recompute.matters} vụ việc:`
    : count > 0
      ? `${count} thời hạn có ngày kết thúc thay đổi:`
      : 'hệ thống đã tính lại các thời hạn liên quan.'
  if ('year' in change)
    return change.action === 'confirm_year'
      ? `Sau khi xác nhận lịch nghỉ năm ${change.year} (${change.decision}), ${outcome}`
      : `Sau khi bỏ xác nhận lịch nghỉ năm ${change.year}, ngày nghỉ bù được tính lại theo Điều 111 khoản 3 BLLĐ 2019; ${outcome}`
  const what = `ngày ${formatDate(change.date)} (${OFFICIAL_CALENDAR_KIND_LABELS[change.kind]}: ${change.reason})`
  const where =
    change.action === 'create'
      ? ' vào lịch chính thức'
      : change.action === 'delete'
        ? ' khỏi lịch chính thức'
        : ' trong lịch chính thức'
  return `Sau khi ${VERBS[change.action]} ${what}${where}, ${outcome}`
}

/** The toast after a change: short, the panel has the details. */
export const changeNotice = (change: CalendarChange): string =>
  change.recompute
    ? change.recompute.message
    : change.moved.length > 0
      ? `${change.moved.length} thời hạn đã thay đổi theo lịch mới.`
      : 'Không có thời hạn nào bị ảnh hưởng.'
