// The import sheet's columns: one definition used by the template, the reader, the error
// report and docs/register-import.md. Columns are found by their header text, so the user
// may reorder them or add their own; only the headers below are read.
import { foldVietnamese } from '@/shared/text.ts'

export type ImportColumnKey =
  | 'number'
  | 'kind'
  | 'title'
  | 'receivedOn'
  | 'unitCode'
  | 'prosecutor'
  | 'source'
  | 'body'
  | 'article'
  | 'clause'
  | 'point'
  | 'subjects'

export type ImportColumn = {
  key: ImportColumnKey
  /** The header as shown, without the required-mark. */
  header: string
  /** Headers of earlier templates and of the export, still read as this column. */
  aliases?: readonly string[]
  required: boolean
  width: number
  /** Keep what is typed as text, so Excel does not turn "12/2026" into a date. */
  text?: boolean
  /** The "Hướng dẫn" sheet's explanation. */
  guide: string
  /** The example row's value. */
  example: string | number | Date
}

export const IMPORT_SHEET = 'Sổ thụ lý'
export const GUIDE_SHEET = 'Hướng dẫn'
export const ERROR_HEADER = 'Lỗi'

/** The dropdown of "Loại vụ việc" and the words the reader accepts for each kind. */
export const KIND_CHOICES = ['Tin báo', 'Vụ án hình sự', 'Dân sự', 'Hành chính'] as const
export const SOURCE_CHOICES = ['Tố giác', 'Tin báo', 'Kiến nghị khởi tố'] as const

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'number',
    header: 'Số thụ lý',
    required: true,
    width: 20,
    text: true,
    example: 'VD-01/2026/TB',
    guide:
      'Số thụ lý trong sổ của đơn vị, tối đa 40 ký tự; không được trùng với vụ việc đã có của đơn vị, cũng không trùng giữa các dòng trong tệp.',
  },
  {
    key: 'kind',
    header: 'Loại vụ việc',
    required: true,
    width: 16,
    example: 'Tin báo',
    guide: `Chọn trong danh sách: ${KIND_CHOICES.join(', ')}. "Tin báo" gồm tố giác, tin báo về tội phạm và kiến nghị khởi tố.`,
  },
  {
    key: 'title',
    header: 'Tóm tắt',
    required: true,
    width: 44,
    example: 'Tin báo mất trộm xe mô tô tại phường Vị Tân',
    guide: 'Tóm tắt nội dung vụ việc, từ 3 đến 300 ký tự.',
  },
  {
    key: 'receivedOn',
    header: 'Ngày thụ lý',
    required: true,
    width: 14,
    example: new Date(Date.UTC(2026, 2, 2)),
    guide:
      'Ngày tiếp nhận nguồn tin, ngày khởi tố vụ án hoặc ngày thụ lý kiểm sát, dạng dd/mm/yyyy (ví dụ 02/03/2026); nhập ô kiểu ngày của Excel hoặc gõ chữ đều được. Không được sau ngày hôm nay. Thời hạn tố tụng được tính từ ngày này.',
  },
  {
    key: 'unitCode',
    header: 'Mã đơn vị',
    required: true,
    width: 14,
    text: true,
    example: 'CT.KV6',
    guide:
      'Mã của đơn vị thụ lý (ví dụ CT.KV6), như trong mục Đơn vị. Bạn phải có quyền ghi sổ thụ lý của đơn vị này và đơn vị phải đang hoạt động vào ngày thụ lý.',
  },
  {
    key: 'prosecutor',
    header: 'Kiểm sát viên (tên đăng nhập hoặc họ tên)',
    aliases: ['Tên đăng nhập KSV', 'Kiểm sát viên'],
    required: false,
    width: 26,
    text: true,
    example: '',
    guide:
      'Kiểm sát viên được phân công (không bắt buộc): tên đăng nhập (ví dụ ksv) hoặc họ tên đầy đủ (ví dụ Nguyễn Văn An; không phân biệt chữ hoa, chữ thường). Người này phải đang công tác và thuộc phạm vi của bạn; nếu có hai người cùng họ tên, hãy nhập tên đăng nhập.',
  },
  {
    key: 'source',
    header: 'Nguồn tin',
    required: false,
    width: 18,
    example: 'Tin báo',
    guide: `Chỉ nhập cho loại "Tin báo", và bắt buộc với loại này: ${SOURCE_CHOICES.join(', ')}.`,
  },
  {
    key: 'body',
    header: 'Cơ quan (điều tra, tòa án)',
    required: true,
    width: 34,
    example: 'Công an phường Vị Tân',
    guide:
      'Với tin báo: cơ quan đang giải quyết nguồn tin; với vụ án hình sự: cơ quan điều tra đã khởi tố; với vụ việc dân sự, hành chính: Tòa án đang giải quyết.',
  },
  {
    key: 'article',
    header: 'Điều BLHS',
    required: false,
    width: 11,
    example: '',
    guide:
      'Chỉ nhập cho vụ án hình sự, và bắt buộc với loại này: điều của Bộ luật Hình sự trong quyết định khởi tố vụ án (ví dụ 173, hoặc 217a với điều bổ sung). Điều phải có trong danh mục tội danh của hệ thống.',
  },
  {
    key: 'clause',
    header: 'Khoản',
    required: false,
    width: 8,
    example: '',
    guide:
      'Khoản của điều đã nhập (ví dụ 1), bắt buộc khi có điều. Khoản quyết định loại tội (Điều 9 BLHS) và do đó các thời hạn điều tra, truy tố.',
  },
  {
    key: 'point',
    header: 'Điểm',
    required: false,
    width: 8,
    text: true,
    example: '',
    guide: 'Điểm của khoản, một chữ cái (ví dụ c hoặc đ); không bắt buộc.',
  },
  {
    key: 'subjects',
    header: 'Bị can / đương sự',
    required: false,
    width: 36,
    example: '',
    guide:
      'Họ tên bị can (vụ án hình sự) hoặc đương sự (dân sự, hành chính), nhiều người cách nhau bằng dấu chấm phẩy ";". Mỗi họ tên từ 2 đến 120 ký tự.',
  },
]

/** "Số thụ lý *" on the sheet; the mark is not part of the name. */
export const headerText = (column: ImportColumn): string => (column.required ? `${column.header} *` : column.header)

/** Headers compare without accents, case, the required-mark and extra spaces. */
export const headerKey = (text: string): string => foldVietnamese(text.replace(/\*/g, ' ')).replace(/\s+/g, ' ').trim()

const BY_HEADER = new Map(
  IMPORT_COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((header) => [headerKey(header), c] as const)),
)

export const columnForHeader = (text: string): ImportColumn | undefined => BY_HEADER.get(headerKey(text))
