// The calendar module's codes, and the calendar core's (CalendarErrorCode, same names).
import { defineErrors } from '../../platform/error-catalogue.ts'

export const CALENDAR_ERRORS = defineErrors({
  CALENDAR_ENTRY_NOT_FOUND: { status: 404, message: 'Không tìm thấy ngày này trong lịch chính thức' },
  /** The national official calendar: only the supreme level's administrators or those they grant it. */
  CALENDAR_NATIONAL_FORBIDDEN: {
    status: 403,
    message:
      'Lịch làm việc chính thức áp dụng toàn quốc: chỉ quản trị viên VKSND tối cao hoặc quản trị viên được VKSND tối cao giao quyền mới được thay đổi',
  },
  CALENDAR_MANAGER_NOT_ADMIN: {
    status: 422,
    message: 'Chỉ giao quyền sửa lịch chính thức cho quản trị viên đang hoạt động',
  },
  CALENDAR_MANAGER_NOT_FOUND: { status: 404, message: 'Cán bộ này chưa được giao quyền sửa lịch chính thức' },
  CALENDAR_DATE_TAKEN: { status: 409, message: 'Ngày này đã có trong lịch chính thức; hãy sửa dòng đã có' },
  CALENDAR_YEAR_NOT_CONFIRMED: { status: 404, message: 'Lịch nghỉ năm này chưa được xác nhận' },
  CALENDAR_RECOMPUTE_NOT_FOUND: { status: 404, message: 'Không tìm thấy lượt tính lại thời hạn này' },
  CALENDAR_INVALID_DATE: { status: 422, message: 'Ngày không hợp lệ' },
  CALENDAR_CONFLICTING_ENTRIES: { status: 422, message: 'Một ngày có hai dòng mâu thuẫn trong lịch chính thức' },
  CALENDAR_REASON_REQUIRED: { status: 422, message: 'Chưa nhập lý do' },
  CALENDAR_NO_WORKING_DAY: { status: 422, message: 'Không tìm thấy ngày làm việc nào sau ngày này' },
})
