// The import template: the sheet "Sổ thụ lý" to fill (headers, widths, text and date
// formats, dropdowns, an italic example row the importer skips while unchanged) and the
// sheet "Hướng dẫn" explaining every column. docs/register-import.md describes the same.
import ExcelJS from 'exceljs'
import { EVENT_TYPES } from '@/domain/register/event-types.ts'
import { formatNumber } from '@/shared/format.ts'
import { IMPORT_MAX_ROWS } from '@/shared/api/register-excel.ts'
import { GUIDE_SHEET, headerText, IMPORT_COLUMNS, IMPORT_SHEET, KIND_CHOICES } from './columns.ts'
import { DATE_FORMAT, styleHeaderRow, TEXT_FORMAT } from '../../platform/excel.ts'
import { addImportDropdowns } from './sheet-style.ts'

// Rows prepared with formats and dropdowns; more rows can still be typed below.
const PREPARED_ROWS = 5_000

const fillSheet = (sheet: ExcelJS.Worksheet) => {
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: headerText(c),
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: TEXT_FORMAT } : c.key === 'receivedOn' ? { numFmt: DATE_FORMAT } : {},
  }))
  styleHeaderRow(sheet)
  IMPORT_COLUMNS.forEach((c, i) => {
    sheet.getRow(1).getCell(i + 1).note = c.guide
  })
  const example = sheet.addRow(
    Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.example === '' ? null : c.example])),
  )
  example.font = { italic: true, color: { argb: 'FF7F7F7F' } }
  addImportDropdowns(sheet, new Map(IMPORT_COLUMNS.map((c, i) => [c.key, i + 1])), 2, PREPARED_ROWS + 1)
}

const OPENING_BY_KIND: [string, string, string][] = [
  [KIND_CHOICES[0], EVENT_TYPES.report_received.label, 'Nguồn tin, Cơ quan (cơ quan đang giải quyết nguồn tin)'],
  [KIND_CHOICES[1], EVENT_TYPES.case_instituted.label, 'Cơ quan (cơ quan điều tra), Điều BLHS, Khoản, Điểm (nếu có)'],
  [KIND_CHOICES[2], EVENT_TYPES.civil_accepted.label, 'Cơ quan (Tòa án đang giải quyết)'],
  [KIND_CHOICES[3], EVENT_TYPES.civil_accepted.label, 'Cơ quan (Tòa án đang giải quyết)'],
]

const NOTES = [
  'Nhập đủ các cột có dấu * ở trang "Sổ thụ lý", mỗi vụ việc một dòng, bắt đầu từ dòng 2. Không đổi tên các cột; có thể đổi thứ tự cột hoặc thêm cột ghi chú riêng (hệ thống chỉ đọc các cột có tên dưới đây).',
  'Dòng 2 (chữ nghiêng, màu xám) là dòng ví dụ: hệ thống bỏ qua dòng này nếu giữ nguyên. Có thể xóa hoặc ghi đè dữ liệu thật lên dòng này.',
  'Nhập theo nguyên tắc "tất cả hoặc không": nếu có dù chỉ một dòng lỗi, không dòng nào được nhập. Hãy bấm "Kiểm tra" trước; hệ thống liệt kê lỗi theo số dòng và tên cột, và có thể tải tệp báo cáo lỗi (thêm cột "Lỗi" tô đỏ) để sửa rồi gửi lại chính tệp đó.',
  `Mỗi lần nhập tối đa ${formatNumber(IMPORT_MAX_ROWS)} dòng, tệp không quá 20 MB.`,
  'Giai đoạn tố tụng và các thời hạn (kèm căn cứ pháp lý) được hệ thống tự tính từ loại vụ việc, ngày thụ lý và tội danh; không nhập tay. Các hành vi tố tụng tiếp theo ghi nhận trong từng vụ việc sau khi nhập.',
]

const fillGuide = (sheet: ExcelJS.Worksheet) => {
  sheet.columns = [{ width: 28 }, { width: 12 }, { width: 100 }]
  sheet.addRow(['Hướng dẫn nhập sổ thụ lý từ Excel']).font = { bold: true, size: 14 }
  sheet.addRow([])
  for (const note of NOTES) {
    const row = sheet.addRow([`• ${note}`])
    sheet.mergeCells(row.number, 1, row.number, 3)
    row.alignment = { wrapText: true, vertical: 'top' }
    row.height = 32
  }
  sheet.addRow([])
  const columnsHeader = sheet.addRow(['Cột', 'Bắt buộc', 'Cách nhập'])
  columnsHeader.font = { bold: true }
  for (const c of IMPORT_COLUMNS) {
    const row = sheet.addRow([
      c.header,
      c.required ? 'Có' : c.key === 'source' || c.key === 'article' || c.key === 'clause' ? 'Tùy loại' : 'Không',
      c.guide,
    ])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
  sheet.addRow([])
  const kindsHeader = sheet.addRow(['Loại vụ việc', '', 'Hành vi tố tụng mở đầu vụ việc; các cột cần nhập thêm'])
  kindsHeader.font = { bold: true }
  for (const [kind, opening, needs] of OPENING_BY_KIND)
    sheet.addRow([kind, '', `${opening}. Cần nhập thêm: ${needs}.`]).alignment = { wrapText: true, vertical: 'top' }
}

export const buildTemplate = async (): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'kiemsat'
  workbook.created = new Date()
  fillSheet(workbook.addWorksheet(IMPORT_SHEET))
  fillGuide(workbook.addWorksheet(GUIDE_SHEET))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
