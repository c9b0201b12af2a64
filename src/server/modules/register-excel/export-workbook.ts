// Lists as workbooks: one sheet, Vietnamese headers, real Excel dates shown dd/mm/yyyy (so
// they sort and filter in Excel), a frozen header row with filters.
import ExcelJS from 'exceljs'
import { CRIME_CATEGORY_LABELS, isCrimeCategory } from '@/domain/deadlines/index.ts'
import { MATTER_KIND_SHORT_LABELS } from '@/domain/register/matter-kinds.ts'
import type { Deadline, MatterSummary } from '@/shared/api/register.ts'
import { DATE_FORMAT, excelDate, styleHeaderRow } from '../../platform/excel.ts'

type Column<T> = {
  header: string
  width: number
  value: (item: T, index: number) => ExcelJS.CellValue
  date?: boolean
  wrap?: boolean
}

const buildSheet = async <T>(sheetName: string, columns: Column<T>[], items: T[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'kiemsat'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName)
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.date ? { numFmt: DATE_FORMAT } : c.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {},
  }))
  for (const [i, item] of items.entries()) sheet.addRow(columns.map((c) => c.value(item, i)))
  styleHeaderRow(sheet)
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const categoryLabel = (category: string | null): string | null =>
  category && isCrimeCategory(category) ? CRIME_CATEGORY_LABELS[category] : category

const MATTER_COLUMNS: Column<MatterSummary>[] = [
  { header: 'STT', width: 7, value: (_, i) => i + 1 },
  { header: 'Số thụ lý', width: 20, value: (m) => m.number },
  { header: 'Loại vụ việc', width: 15, value: (m) => MATTER_KIND_SHORT_LABELS[m.kind] },
  { header: 'Tóm tắt', width: 48, value: (m) => m.title, wrap: true },
  { header: 'Đơn vị thụ lý', width: 30, value: (m) => m.unitName },
  { header: 'Ngày thụ lý', width: 13, value: (m) => excelDate(m.receivedOn), date: true },
  { header: 'Giai đoạn', width: 28, value: (m) => m.stageLabel },
  { header: 'Loại tội phạm', width: 28, value: (m) => categoryLabel(m.category) },
  { header: 'Bị can / đương sự', width: 36, value: (m) => m.subjectNames.join('; '), wrap: true },
  { header: 'Kiểm sát viên (tên đăng nhập hoặc họ tên)', width: 26, value: (m) => m.prosecutorName },
  { header: 'Hạn gần nhất', width: 13, value: (m) => excelDate(m.nextDueDate), date: true },
  { header: 'Tình trạng', width: 16, value: (m) => (m.closed ? 'Đã kết thúc' : 'Đang giải quyết') },
]

const URGENCY_LABELS: Record<NonNullable<Deadline['urgency']>, string> = {
  overdue: 'Quá hạn',
  due_today: 'Đến hạn hôm nay',
  due_3: 'Trong 3 ngày',
  due_7: 'Trong 7 ngày',
  later: 'Còn hạn',
}
const STATUS_LABELS: Record<Exclude<Deadline['status'], 'open'>, string> = {
  met: 'Kết thúc trong hạn',
  missed: 'Kết thúc quá hạn',
  suspended: 'Đang tạm đình chỉ',
}

const deadlineState = (d: Deadline): string =>
  d.status === 'open' ? URGENCY_LABELS[d.urgency ?? 'later'] : STATUS_LABELS[d.status]

const DEADLINE_COLUMNS: Column<Deadline>[] = [
  { header: 'STT', width: 7, value: (_, i) => i + 1 },
  { header: 'Số thụ lý', width: 20, value: (d) => d.matterNumber },
  { header: 'Loại vụ việc', width: 15, value: (d) => MATTER_KIND_SHORT_LABELS[d.matterKind] },
  { header: 'Tóm tắt vụ việc', width: 40, value: (d) => d.matterTitle, wrap: true },
  { header: 'Đơn vị', width: 28, value: (d) => d.unitName },
  { header: 'Bị can, bị cáo', width: 24, value: (d) => d.subjectName },
  { header: 'Thời hạn', width: 40, value: (d) => d.ruleName, wrap: true },
  { header: 'Ngày bắt đầu', width: 13, value: (d) => excelDate(d.startDate), date: true },
  { header: 'Hạn cuối', width: 13, value: (d) => excelDate(d.dueDate), date: true },
  // Điều 134 BLTTHS read the other way (the lenient reading, for the procuracy's own limits in days).
  { header: 'Hạn theo cách tính khác', width: 13, value: (d) => excelDate(d.alternativeDueDate), date: true },
  { header: 'Giờ hết hạn', width: 10, value: (d) => d.dueTime },
  { header: 'Tình trạng', width: 20, value: deadlineState },
  { header: 'Ngày kết thúc', width: 13, value: (d) => excelDate(d.closedOn), date: true },
  { header: 'Số lần còn được gia hạn', width: 12, value: (d) => d.extensionsRemaining },
  { header: 'Căn cứ pháp lý', width: 60, value: (d) => d.basis, wrap: true },
  { header: 'Kiểm sát viên', width: 24, value: (d) => d.prosecutorName },
]

export const mattersWorkbook = (items: MatterSummary[]): Promise<Buffer> =>
  buildSheet('Sổ thụ lý', MATTER_COLUMNS, items)

export const deadlinesWorkbook = (items: Deadline[]): Promise<Buffer> => buildSheet('Thời hạn', DEADLINE_COLUMNS, items)
