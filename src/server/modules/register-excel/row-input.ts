// One sheet row → the register's CreateMatter, with a Vietnamese problem for each cell that
// cannot be read. The opening act follows the kind (DOMAIN.md §2.2): a crime report opens
// with its receipt, a criminal case with its institution, a civil or administrative matter
// with the procuracy's acceptance for supervision.
import { formatViDate } from '@/domain/calendar/index.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { MATTER_KIND_LABELS, MATTER_KIND_SHORT_LABELS, MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import type { UnitNode } from '@/domain/units/unit-tree.ts'
import type { CreateMatter } from '@/shared/api/register.ts'
import { foldVietnamese } from '@/shared/text.ts'
import { readArticleId, readDate, readText, readWholeNumber, type Read } from './cells.ts'
import { KIND_CHOICES, SOURCE_CHOICES, type ImportColumnKey } from './columns.ts'
import type { SheetRow } from './read-workbook.ts'

export type RowProblem = { column: ImportColumnKey | null; message: string }

export type Person = { id: number; unitId: number; active: boolean }

/** What a row is checked against: the caller's reach, looked up once for the whole file. */
export type RowLookups = {
  unitByCode: (code: string) => UnitNode | undefined
  canWrite: (unitId: number) => boolean
  personByUsername: (username: string) => Person | undefined
  canReadPerson: (unitId: number) => boolean
}

const KIND_WORDS = new Map<string, MatterKind>([
  ...MATTER_KINDS.map((k) => [foldVietnamese(MATTER_KIND_SHORT_LABELS[k]), k] as const),
  ...MATTER_KINDS.map((k) => [foldVietnamese(MATTER_KIND_LABELS[k]), k] as const),
  ...MATTER_KINDS.map((k) => [k, k] as const),
  ['hinh su', 'criminal_case'],
  ['to giac', 'crime_report'],
])

const SOURCE_WORDS = new Map<string, string>([
  [foldVietnamese(SOURCE_CHOICES[0]), 'to_giac'],
  [foldVietnamese(SOURCE_CHOICES[1]), 'tin_bao'],
  [foldVietnamese(SOURCE_CHOICES[2]), 'kien_nghi_khoi_to'],
])

const REQUIRED = 'Chưa nhập (cột bắt buộc)'

/** Collects the problems of one row while its cells are read. */
class RowReader {
  readonly problems: RowProblem[] = []
  constructor(private readonly row: SheetRow) {}

  private take<T>(column: ImportColumnKey, read: Read<T>): T | null {
    if (read.ok) return read.value
    this.problems.push({ column, message: read.message })
    return null
  }

  report(column: ImportColumnKey | null, message: string): void {
    this.problems.push({ column, message })
  }

  text(column: ImportColumnKey, required = false): string | null {
    const value = this.take(column, readText(this.row.cells[column] ?? null))
    if (value === '') {
      if (required) this.report(column, REQUIRED)
      return null
    }
    return value
  }

  date(column: ImportColumnKey): string | null {
    const value = this.take(column, readDate(this.row.cells[column] ?? null))
    if (value === null && this.problems.every((p) => p.column !== column)) this.report(column, REQUIRED)
    return value
  }

  whole(column: ImportColumnKey, words: RegExp): number | null {
    return this.take(column, readWholeNumber(this.row.cells[column] ?? null, words))
  }

  articleId(column: ImportColumnKey, words: RegExp): string | null {
    return this.take(column, readArticleId(this.row.cells[column] ?? null, words))
  }
}

const NOT_FOR_KIND = (kinds: string) => `Chỉ nhập cột này cho ${kinds}; hãy để trống`

const chargeOf = (reader: RowReader, kind: MatterKind) => {
  const article = reader.articleId('article', /điều|dieu|blhs/g)
  const clause = reader.whole('clause', /khoản|khoan/g)
  const pointText = reader.text('point')
  if (kind !== 'criminal_case') {
    for (const [column, value] of [
      ['article', article],
      ['clause', clause],
      ['point', pointText],
    ] as const)
      if (value !== null) reader.report(column, NOT_FOR_KIND('vụ án hình sự (tội danh trong quyết định khởi tố vụ án)'))
    return undefined
  }
  if (article === null && reader.problems.every((p) => p.column !== 'article'))
    reader.report('article', 'Vụ án hình sự phải có điều BLHS trong quyết định khởi tố')
  if (clause === null && reader.problems.every((p) => p.column !== 'clause'))
    reader.report('clause', 'Nhập khoản của điều BLHS')
  const point =
    pointText === null
      ? null
      : pointText
          .toLowerCase()
          .replace(/điểm|diem|\)/g, '')
          .trim()
  if (point !== null && !/^[a-zđ]$/.test(point)) reader.report('point', 'Điểm là một chữ cái, ví dụ c hoặc đ')
  return article !== null && clause !== null ? { article, clause, point } : undefined
}

/** The opening act of each kind, with the details its event type requires. */
const openingEvent = (
  reader: RowReader,
  kind: MatterKind,
  occurredOn: string,
  body: string | null,
): CreateMatter['initialEvent'] | null => {
  const sourceText = reader.text('source')
  const charge = chargeOf(reader, kind)
  if (kind !== 'crime_report' && sourceText !== null) reader.report('source', NOT_FOR_KIND('loại "Tin báo"'))
  switch (kind) {
    case 'crime_report': {
      const source = sourceText === null ? null : (SOURCE_WORDS.get(foldVietnamese(sourceText)) ?? null)
      if (sourceText === null) reader.report('source', `Tin báo phải có nguồn tin: ${SOURCE_CHOICES.join(', ')}`)
      else if (source === null) reader.report('source', `Nguồn tin phải là một trong: ${SOURCE_CHOICES.join(', ')}`)
      return { type: 'report_received', occurredOn, data: { source, investigatingBody: body } }
    }
    case 'criminal_case':
      return charge
        ? { type: 'case_instituted', occurredOn, issuingBody: body, data: { charge, investigatingBody: body } }
        : null
    case 'civil':
    case 'administrative':
      return { type: 'civil_accepted', occurredOn, data: { court: body } }
  }
}

const unitOf = (reader: RowReader, lookups: RowLookups, receivedOn: string | null): number | null => {
  const code = reader.text('unitCode', true)
  if (code === null) return null
  const unit = lookups.unitByCode(code)
  // An unknown code and a unit out of reach read the same: codes outside one's reach reveal nothing.
  if (!unit || !lookups.canWrite(unit.id)) {
    reader.report('unitCode', `Không có đơn vị mã "${code}" trong phạm vi bạn được ghi sổ thụ lý`)
    return null
  }
  if (receivedOn !== null && unit.validFrom > receivedOn)
    reader.report('unitCode', `Đơn vị ${unit.code} hoạt động từ ${formatViDate(unit.validFrom)}, sau ngày thụ lý`)
  if (receivedOn !== null && unit.validTo !== null && unit.validTo < receivedOn)
    reader.report(
      'unitCode',
      `Đơn vị ${unit.code} đã kết thúc hoạt động ngày ${formatViDate(unit.validTo)}, trước ngày thụ lý`,
    )
  return unit.id
}

const prosecutorOf = (reader: RowReader, lookups: RowLookups): number | null => {
  const username = reader.text('prosecutor')
  if (username === null) return null
  const person = lookups.personByUsername(username)
  if (!person || !person.active || !lookups.canReadPerson(person.unitId)) {
    reader.report('prosecutor', `Không có cán bộ đang công tác với tên đăng nhập "${username}" trong phạm vi của bạn`)
    return null
  }
  return person.id
}

const subjectsOf = (reader: RowReader) =>
  (reader.text('subjects') ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map((fullName) => ({ fullName }))

export type RowInput = {
  /** Null when a cell could not be read or a rule of the sheet itself failed. */
  input: CreateMatter | null
  problems: RowProblem[]
  /** Unit and number as far as they could be read, to find numbers repeated within the file. */
  unitId: number | null
  number: string | null
}

/** The row as the register's input. */
export const rowToInput = (row: SheetRow, lookups: RowLookups): RowInput => {
  const reader = new RowReader(row)
  const number = reader.text('number', true)
  const kindText = reader.text('kind', true)
  const kind = kindText === null ? null : (KIND_WORDS.get(foldVietnamese(kindText)) ?? null)
  if (kindText !== null && kind === null)
    reader.report('kind', `Loại vụ việc phải là một trong: ${KIND_CHOICES.join(', ')}`)
  const title = reader.text('title', true)
  const receivedOn = reader.date('receivedOn')
  const unitId = unitOf(reader, lookups, receivedOn)
  const prosecutorId = prosecutorOf(reader, lookups)
  const body = reader.text('body', true)
  const subjects = subjectsOf(reader)
  const initialEvent = kind !== null && receivedOn !== null ? openingEvent(reader, kind, receivedOn, body) : null

  if (
    reader.problems.length > 0 ||
    number === null ||
    kind === null ||
    title === null ||
    unitId === null ||
    initialEvent === null
  ) {
    return { input: null, problems: reader.problems, unitId, number }
  }
  return { input: { kind, unitId, number, title, prosecutorId, subjects, initialEvent }, problems: [], unitId, number }
}
