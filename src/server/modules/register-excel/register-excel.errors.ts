// The register's Excel import and export codes.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const REGISTER_EXCEL_ERRORS = defineErrors({
  IMPORT_FILE_INVALID: { status: 422, message: 'Tệp gửi lên không phải tệp Excel (.xlsx) đọc được' },
  IMPORT_ROWS_INVALID: { status: 422, message: 'Tệp có dòng lỗi; chưa có dữ liệu nào được nhập' },
  /** Over a byte limit of the import (declared or inflated size, entries, shared strings, the reader's memory). */
  IMPORT_TOO_LARGE: { status: 413, message: 'Tệp quá lớn để đọc; hãy chia sổ thụ lý thành nhiều tệp nhỏ hơn' },
  IMPORT_TOO_MANY_ROWS: { status: 422, message: 'Tệp có quá nhiều dòng; hãy chia thành nhiều tệp' },
  IMPORT_TOO_SLOW: { status: 422, message: 'Đọc tệp quá lâu; hãy chia sổ thụ lý thành nhiều tệp nhỏ hơn' },
  /** Too many imports running at once, the caller's own or the server's. */
  IMPORT_BUSY: { status: 429, message: 'Đang có quá nhiều lần nhập sổ thụ lý chưa xong; hãy chờ rồi gửi lại' },
  EXPORT_TOO_MANY_ROWS: { status: 422, message: 'Danh sách quá dài để xuất; hãy chọn đơn vị hoặc kỳ nhỏ hơn' },
})
