// Excel import of a unit's quality ratings for an emulation year (issue 14 item 2): a template
// listing the unit's people, and an upload that checks every row and imports all of them or none,
// answering row by row in Vietnamese. The archive is inflated and counted first (the register's
// zip-bomb guard, issue 10) before exceljs reads it.
import ExcelJS from 'exceljs'
import { QUALITY_RATING_LABELS, QUALITY_RATINGS, type QualityRating } from '@/domain/emulation/vocabulary.ts'
import type { Database } from '../../db/client.ts'
import { AppError, type ErrorDetail } from '../../platform/app-error.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { styleHeaderRow } from '../../platform/excel.ts'
import type { RegisterImportConfig } from '../../platform/config.ts'
import { checkWholeArchive } from '../register-excel/index.ts'
import { findFact, insertFact, peopleOfUnitYear, ratingOf, ratingsOf, updateFact } from './facts.repository.ts'
import { authorizeEdit, originOf, readableUnit } from './facts.service.ts'

const SHEET = 'Xếp loại'
const HEADERS = [
  'Mã cán bộ',
  'Họ và tên',
  'Xếp loại chất lượng',
  'Số ngày vắng mặt',
  'Số ngày nghỉ thai sản',
  'Ghi chú',
]
const BY_LABEL = new Map<string, QualityRating>(
  QUALITY_RATINGS.map((r) => [QUALITY_RATING_LABELS[r].toLocaleLowerCase('vi'), r]),
)

export const ratingsTemplate = async (db: Database, ctx: RequestContext, unitId: number, year: number) => {
  const unit = readableUnit(ctx, unitId)
  const staff = await peopleOfUnitYear(db, unitId, year)
  const ratings = await ratingsOf(
    db,
    staff.map((p) => p.id),
    year,
  )
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(SHEET)
  sheet.addRow(HEADERS)
  styleHeaderRow(sheet)
  sheet.columns = [{ width: 12 }, { width: 32 }, { width: 28 }, { width: 16 }, { width: 18 }, { width: 40 }]
  for (const person of staff) {
    const r = ratings.find((x) => x.personId === person.id)
    sheet.addRow([
      person.id,
      person.fullName,
      r?.rating ? QUALITY_RATING_LABELS[r.rating] : '',
      r?.absenceDays ?? 0,
      r?.maternityDays ?? 0,
      r?.note ?? '',
    ])
  }
  const list = `"${QUALITY_RATINGS.map((r) => QUALITY_RATING_LABELS[r]).join(',')}"`
  for (let row = 2; row <= Math.max(2, staff.length + 1); row++)
    sheet.getCell(row, 3).dataValidation = { type: 'list', allowBlank: true, formulae: [list] }
  return {
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `xep-loai-${year}-${unit.code}.xlsx`.replace(/[^A-Za-z0-9.-]/g, '-'),
  }
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('')
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '')
  return String(value).trim()
}

const days = (text: string, what: string, errors: string[]): number => {
  if (text === '') return 0
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0 || n > 366) errors.push(`${what} phải là số nguyên từ 0 đến 366`)
  return n
}

export const importRatings = async (
  db: Database,
  ctx: RequestContext,
  unitId: number,
  year: number,
  file: Buffer,
  limits: RegisterImportConfig['limits'],
) => {
  readableUnit(ctx, unitId)
  authorizeEdit(ctx, unitId)
  await checkWholeArchive(file, limits)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(file as never, { ignoreNodes: ['dataValidations'] })
  } catch {
    throw new AppError('IMPORT_FILE_INVALID', 'Không đọc được tệp. Hãy gửi tệp Excel dạng .xlsx (tải tệp mẫu)')
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0]
  if (!sheet) throw new AppError('IMPORT_FILE_INVALID', 'Tệp không có trang tính nào')
  const staff = new Map((await peopleOfUnitYear(db, unitId, year)).map((p) => [p.id, p]))
  const ratedElsewhere = new Set(
    (await ratingsOf(db, [...staff.keys()], year)).filter((r) => r.unitId !== unitId).map((r) => r.personId),
  )
  const details: ErrorDetail[] = []
  const rows: {
    personId: number
    rating: QualityRating | null
    absenceDays: number
    maternityDays: number
    note: string
  }[] = []
  const seen = new Set<number>()
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const values = [1, 2, 3, 4, 5, 6].map((c) => cellText(row.getCell(c).value))
    if (values.every((v) => v === '')) return
    const errors: string[] = []
    const personId = Number(values[0])
    if (!Number.isInteger(personId) || !staff.has(personId))
      errors.push(`Mã cán bộ "${values[0]}" không phải cán bộ của đơn vị trong năm ${year}`)
    else if (ratedElsewhere.has(personId))
      errors.push(`Cán bộ mã ${personId} đã được xếp loại năm ${year} tại đơn vị khác`)
    else if (seen.has(personId)) errors.push(`Cán bộ mã ${personId} có hai dòng trong tệp`)
    seen.add(personId)
    const label = values[2]!.toLocaleLowerCase('vi')
    const rating = label === '' ? null : (BY_LABEL.get(label) ?? null)
    if (label !== '' && rating === null)
      errors.push(
        `Xếp loại "${values[2]}" không hợp lệ; chọn một trong: ${QUALITY_RATINGS.map((r) => QUALITY_RATING_LABELS[r]).join('; ')}`,
      )
    const absenceDays = days(values[3]!, 'Số ngày vắng mặt', errors)
    const maternityDays = days(values[4]!, 'Số ngày nghỉ thai sản', errors)
    if (values[5]!.length > 2000) errors.push('Ghi chú quá dài')
    for (const message of errors) details.push({ path: `Dòng ${number}`, message })
    if (errors.length === 0) rows.push({ personId, rating, absenceDays, maternityDays, note: values[5]! })
  })
  if (details.length > 0) throw new AppError('EMULATION_IMPORT_INVALID', undefined, details)
  return db.transaction(async (tx) => {
    let created = 0
    let updated = 0
    for (const row of rows) {
      const existing = await ratingOf(tx, row.personId, year)
      if (existing) {
        const before = (await findFact(tx, 'emulation_rating', existing.id))!
        const after = await updateFact(tx, 'emulation_rating', existing.id, {
          ...row,
          updatedAt: new Date().toISOString(),
        })
        await writeAudit(tx, originOf(ctx), {
          action: 'update',
          entity: 'emulation_rating',
          entityId: existing.id,
          unitId: after.unitId,
          before,
          after,
        })
        updated++
      } else {
        const after = await insertFact(tx, 'emulation_rating', { ...row, year, unitId })
        await writeAudit(tx, originOf(ctx), {
          action: 'create',
          entity: 'emulation_rating',
          entityId: after.id,
          unitId,
          after,
        })
        created++
      }
    }
    return { created, updated }
  })
}
