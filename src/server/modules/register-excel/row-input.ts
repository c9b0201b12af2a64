// One sheet row → the register's CreateMatter, with a Vietnamese problem for each cell that
// cannot be read. The opening act follows the kind (DOMAIN.md §2.2): a crime report opens
// with its receipt, a criminal case with its institution, a civil or administrative matter
// with the procuracy's acceptance for supervision.
import { formatViDate } from '@/domain/calendar/index.ts'
import { articleNumber, PENAL_CODE_ARTICLES } from '@/domain/penal-code/index.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { MATTER_KIND_LABELS, MATTER_KIND_SHORT_LABELS, MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import type { UnitNode } from '@/domain/units/unit-tree.ts'
import type { CreateMatter } from '@/shared/api/register.ts'
import { readArticleId, readDate, readText, readWholeNumber, type Read } from './cells.ts'
import { IMPORT_COLUMNS, KIND_CHOICES, SOURCE_CHOICES, type ImportColumnKey } from './columns.ts'
import { labelMatcher } from './labels.ts'
import type { ProsecutorMatch } from './prosecutors.ts'
import type { SheetRow } from './read-workbook.ts'

export type RowProblem = { column: ImportColumnKey | null; message: string }

/** What a row is checked against: the caller's reach, looked up once for the whole file. */
export type RowLookups = {
  unitByCode: (code: string) => UnitNode | undefined
  canWrite: (unitId: number) => boolean
  /** A username or a full name → an active person the caller may assign. */
  prosecutor: (text: string) => ProsecutorMatch
}

const matchKind = labelMatcher<MatterKind>(
  [
    ...MATTER_KINDS.map((k) => [MATTER_KIND_SHORT_LABELS[k], k] as const),
    ...MATTER_KINDS.map((k) => [MATTER_KIND_LABELS[k], k] as const),
    ['Hình sự', 'criminal_case'],
    ['Tố giác', 'crime_report'],
    ...MATTER_KINDS.map((k) => [k, k] as const),
  ],
  new Map(MATTER_KINDS.map((k) => [k, MATTER_KIND_SHORT_LABELS[k]])),
)

const matchSource = labelMatcher<string>([
  [SOURCE_CHOICES[0], 'to_giac'],
  [SOURCE_CHOICES[1], 'tin_bao'],
  [SOURCE_CHOICES[2], 'kien_nghi_khoi_to'],
])

/** "Chưa nhập tóm tắt (cột bắt buộc)": what is missing named, not only its column. */
const NOUNS = new Map(
  IMPORT_COLUMNS.map((c) => {
    const noun = c.header.replace(/\s*\(.*\)$/, '')
    return [c.key, noun.charAt(0).toLocaleLowerCase('vi') + noun.slice(1)]
  }),
)
const requiredMessage = (column: ImportColumnKey) => `Chưa nhập ${NOUNS.get(column)} (cột bắt buộc)`

/** The code's own range, before the catalogue: "Bộ luật Hình sự không có Điều 999 (các điều từ 1 đến 426)". */
const outsideTheCode = (article: string): string | null => {
  const n = articleNumber(article)
  return n >= PENAL_CODE_ARTICLES.first && n <= PENAL_CODE_ARTICLES.last
    ? null
    : `Bộ luật Hình sự không có Điều ${article} (các điều từ ${PENAL_CODE_ARTICLES.first} đến ${PENAL_CODE_ARTICLES.last})`
}

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
      if (required) this.report(column, requiredMessage(column))
      return null
    }
    return value
  }

  date(column: ImportColumnKey): string | null {
    const value = this.take(column, readDate(this.row.cells[column] ?? null))
    if (value === null && this.problems.every((p) => p.column !== column)) this.report(column, requiredMessage(column))
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

/** A value of the list, or the row's problem: the label it most likely meant, or the whole list. */
const listValue = <T>(
  reader: RowReader,
  column: ImportColumnKey,
  text: string,
  match: ReturnType<typeof labelMatcher<T>>,
  what: string,
  choices: readonly string[],
): T | null => {
  const found = match(text)
  if (found.ok) return found.value
  reader.report(
    column,
    found.suggestion !== null
      ? `Không có ${what} "${text}"; có phải "${found.suggestion}"?`
      : `${what.charAt(0).toLocaleUpperCase('vi')}${what.slice(1)} phải là một trong: ${choices.join(', ')}`,
  )
  return null
}

/** What the row could not supply and was filled in to check the rest: problems there are not the row's. */
type Placeholders = Set<ImportColumnKey>

const CHARGE_COLUMNS = ['article', 'clause', 'point'] as const
const EVENT_COLUMNS = ['receivedOn', 'body', 'source', ...CHARGE_COLUMNS] as const
// Stand-ins that pass the contract, so that every other cell of a failing row is checked too.
const STAND_IN = { number: 'X', title: 'XXX', unitId: 1, body: 'XX', charge: { article: '173', clause: 1 } } as const

const chargeOf = (reader: RowReader, kind: MatterKind, placeholders: Placeholders) => {
  const read = reader.articleId('article', /điều|dieu|blhs/g)
  const outside = read === null ? null : outsideTheCode(read)
  if (outside !== null) reader.report('article', outside)
  const article = outside === null ? read : null
  const clause = reader.whole('clause', /khoản|khoan/g)
  const pointText = reader.text('point')
  if (kind !== 'criminal_case') {
    for (const [column, value] of [
      ['article', read],
      ['clause', clause],
      ['point', pointText],
    ] as const)
      if (value !== null) reader.report(column, NOT_FOR_KIND('vụ án hình sự (tội danh trong quyết định khởi tố vụ án)'))
    return undefined
  }
  if (read === null && reader.problems.every((p) => p.column !== 'article'))
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
  const pointOk = point === null || /^[a-zđ]$/.test(point)
  if (!pointOk) reader.report('point', 'Điểm là một chữ cái, ví dụ c hoặc đ')
  if (article === null || clause === null || !pointOk) {
    // A clause is checked against its article: neither is checked alone against a stand-in.
    for (const column of CHARGE_COLUMNS) placeholders.add(column)
    return { ...STAND_IN.charge, point: null }
  }
  return { article, clause, point }
}

/** The opening act of each kind, with the details its event type requires. */
const openingEvent = (
  reader: RowReader,
  kind: MatterKind,
  occurredOn: string,
  readBody: string | null,
  placeholders: Placeholders,
): CreateMatter['initialEvent'] => {
  const sourceText = reader.text('source')
  const charge = chargeOf(reader, kind, placeholders)
  if (readBody === null) placeholders.add('body')
  const body = readBody ?? STAND_IN.body
  if (kind !== 'crime_report' && sourceText !== null) reader.report('source', NOT_FOR_KIND('loại "Tin báo"'))
  switch (kind) {
    case 'crime_report': {
      const source =
        sourceText === null ? null : listValue(reader, 'source', sourceText, matchSource, 'nguồn tin', SOURCE_CHOICES)
      if (sourceText === null) reader.report('source', `Tin báo phải có nguồn tin: ${SOURCE_CHOICES.join(', ')}`)
      if (source === null) placeholders.add('source')
      return { type: 'report_received', occurredOn, data: { source: source ?? 'tin_bao', investigatingBody: body } }
    }
    case 'criminal_case':
      return { type: 'case_instituted', occurredOn, issuingBody: body, data: { charge, investigatingBody: body } }
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
  const written = reader.text('prosecutor')
  if (written === null) return null
  const found = lookups.prosecutor(written)
  if (found.ok) return found.id
  reader.report('prosecutor', found.message)
  return null
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
  /**
   * The row as far as it could be read, stand-ins where it could not, for the contract and the
   * register's rules to check every other cell of a failing row; their problems in `placeholders`
   * (or in a column already at fault) are not reported.
   */
  draft: CreateMatter
  placeholders: ReadonlySet<ImportColumnKey>
  /** Unit and number as far as they could be read, to find numbers repeated within the file. */
  unitId: number | null
  number: string | null
}

/** The row as the register's input. */
export const rowToInput = (row: SheetRow, lookups: RowLookups): RowInput => {
  const reader = new RowReader(row)
  const placeholders: Placeholders = new Set()
  const number = reader.text('number', true)
  const kindText = reader.text('kind', true)
  const kind = kindText === null ? null : listValue(reader, 'kind', kindText, matchKind, 'loại vụ việc', KIND_CHOICES)
  const title = reader.text('title', true)
  const receivedOn = reader.date('receivedOn')
  const unitId = unitOf(reader, lookups, receivedOn)
  const prosecutorId = prosecutorOf(reader, lookups)
  const body = reader.text('body', true)
  const subjects = subjectsOf(reader)
  // Without its kind or its date the opening act cannot be told: none of its cells is checked further.
  const initialEvent =
    kind !== null && receivedOn !== null
      ? openingEvent(reader, kind, receivedOn, body, placeholders)
      : { type: 'civil_accepted', occurredOn: '2020-01-01', data: { court: STAND_IN.body } }
  if (kind === null || receivedOn === null) for (const column of EVENT_COLUMNS) placeholders.add(column)
  for (const [column, value] of [
    ['number', number],
    ['kind', kind],
    ['title', title],
    ['unitCode', unitId],
  ] as const)
    if (value === null) placeholders.add(column)

  const draft: CreateMatter = {
    kind: kind ?? 'civil',
    unitId: unitId ?? STAND_IN.unitId,
    number: number ?? STAND_IN.number,
    title: title ?? STAND_IN.title,
    prosecutorId,
    subjects,
    initialEvent,
  }
  // Every stand-in replaces a cell already reported; should one ever not be, the row still fails aloud.
  if (reader.problems.length === 0 && placeholders.size > 0)
    reader.report(null, 'Dòng chưa đủ thông tin để nhập; hãy kiểm tra các cột bắt buộc')
  const clean = reader.problems.length === 0
  return { input: clean ? draft : null, problems: reader.problems, draft, placeholders, unitId, number }
}
