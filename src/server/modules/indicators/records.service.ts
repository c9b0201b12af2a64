// The records behind a figure (numerator or denominator, optionally one prosecutor's), their
// Excel export, per-prosecutor figures, and closing a period. The list is produced by the same
// compiled atoms as the figure, so its length (or, for amounts, its sum) equals the figure.
import ExcelJS from 'exceljs'
import type { IndicatorDefinition } from '@/domain/indicators/definition.ts'
import { figureValue } from '@/domain/indicators/compare.ts'
import { childrenOn } from '@/domain/indicators/rollup.ts'
import { MATTER_KIND_SHORT_LABELS } from '@/domain/register/matter-kinds.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { Database } from '../../db/client.ts'
import { findClosures, insertClosure } from './targets.repository.ts'
import { figuresByProsecutor, findItemRows, type ItemRow } from './records.repository.ts'
import { authorize, type RequestContext } from '../../platform/actor.ts'
import { AppError } from '../../platform/app-error.ts'
import { writeAudit } from '../../platform/audit.ts'
import { DATE_FORMAT, excelDate, styleHeaderRow } from '../../platform/excel.ts'
import { formatDate } from '@/shared/format.ts'
import { personNames as namesOf } from '../people/index.ts'
import { compileItems } from './compile-sql.ts'
import { definitionsFor } from './figures.repository.ts'
import {
  closureInfo,
  definitionOf,
  figure,
  originOf,
  periodInfo,
  periodOf,
  recordingUnitsOf,
  requireUnitOn,
  resolveScope,
  rolledFigures,
  rollUpDay,
} from './indicators.service.ts'

export type RecordsQuery = {
  unitId: number
  code: string
  part: 'numerator' | 'denominator'
  period: string
  asOf?: string | undefined
  prosecutorId?: number | undefined
}

const EXPORT_MAX_ROWS = 20_000

/** Checks the caller, the indicator and the period, and compiles the item query for the scope. */
const itemsScope = (tree: UnitTree, ctx: RequestContext, query: RecordsQuery) => {
  // Opening records is reading case data: matter.read over the unit, not just indicator.read.
  const { period, asOf, day, unit } = resolveScope(tree, ctx, 'matter.read', query)
  const definition = definitionOf(query.code)
  const measure = definition[query.part]
  if (!measure) throw new AppError('INDICATOR_NO_DENOMINATOR', 'Chỉ tiêu này là số đếm, không có mẫu số')
  const items = compileItems(definition, query.part, {
    unitIds: recordingUnitsOf(tree, unit.id, day),
    from: period.from,
    to: period.to,
    asOf,
  })
  return { definition, measure, period, asOf, unit, items }
}

const toRecord = (row: ItemRow) => ({
  matterId: Number(row.matter_id),
  unitId: Number(row.unit_id),
  unitName: row.unit_name,
  number: row.number,
  title: row.title,
  kind: row.kind,
  receivedOn: row.received_on,
  stageLabel: row.stage_label,
  prosecutorName: row.prosecutor_name,
  subjectId: row.subject_id === null ? null : Number(row.subject_id),
  subjectName: row.subject_name,
  amount: row.amount === null ? null : Number(row.amount),
})

export const indicatorRecords = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  query: RecordsQuery & { page: number; pageSize: number },
) => {
  const scope = itemsScope(tree, ctx, query)
  const rows = await findItemRows(db, scope.items, query.prosecutorId, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  // Past the last page the window totals are gone: count again without paging.
  const totals =
    rows[0] ??
    (query.page > 1 ? (await findItemRows(db, scope.items, query.prosecutorId, { limit: 1, offset: 0 }))[0] : undefined)
  await writeAudit(db, originOf(ctx), {
    action: 'read',
    entity: 'indicator_records',
    entityId: query.code,
    unitId: scope.unit.id,
    after: { period: scope.period.key, part: query.part, asOf: scope.asOf },
  })
  return {
    code: scope.definition.code,
    part: query.part,
    label: scope.measure.label,
    figure: totals ? Number(totals.figure) : 0,
    total: totals ? Number(totals.total) : 0,
    items: rows.map(toRecord),
  }
}

export const recordsWorkbook = async (db: Database, tree: UnitTree, ctx: RequestContext, query: RecordsQuery) => {
  const scope = itemsScope(tree, ctx, query)
  const rows = await findItemRows(db, scope.items, query.prosecutorId, { limit: EXPORT_MAX_ROWS + 1, offset: 0 })
  if (rows.length > EXPORT_MAX_ROWS)
    throw new AppError(
      'EXPORT_TOO_MANY_ROWS',
      `Danh sách có hơn ${EXPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng; hãy chọn đơn vị hoặc kỳ nhỏ hơn`,
    )
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'kiemsat'
  const sheet = workbook.addWorksheet('Hồ sơ')
  const person = scope.definition.unitOfCount === 'person'
  const amount = scope.definition.unitOfCount === 'vnd'
  sheet.columns = [
    { header: 'STT', width: 7 },
    { header: 'Số thụ lý', width: 20 },
    { header: 'Loại vụ việc', width: 15 },
    { header: 'Tóm tắt', width: 48, style: { alignment: { wrapText: true, vertical: 'top' } } },
    ...(person ? [{ header: 'Bị can, bị cáo', width: 26 }] : []),
    ...(amount ? [{ header: 'Số tiền (đồng)', width: 18, style: { numFmt: '#,##0' } }] : []),
    { header: 'Đơn vị', width: 30 },
    { header: 'Ngày thụ lý', width: 13, style: { numFmt: DATE_FORMAT } },
    { header: 'Giai đoạn', width: 28 },
    { header: 'Kiểm sát viên', width: 24 },
  ]
  for (const [index, row] of rows.entries())
    sheet.addRow([
      index + 1,
      row.number,
      MATTER_KIND_SHORT_LABELS[row.kind],
      row.title,
      ...(person ? [row.subject_name] : []),
      ...(amount ? [row.amount === null ? null : Number(row.amount)] : []),
      row.unit_name,
      excelDate(row.received_on),
      row.stage_label,
      row.prosecutor_name,
    ])
  styleHeaderRow(sheet)
  // The sheet says what it is: indicator, part, unit, period and "as of", and the figure.
  const figureText = amount
    ? rows.reduce((sum, r) => sum + Number(r.amount ?? 0), 0).toLocaleString('vi-VN') + ' đồng'
    : `${rows.length.toLocaleString('vi-VN')}`
  const info = workbook.addWorksheet('Thông tin')
  info.columns = [{ width: 22 }, { width: 90 }]
  for (const line of [
    ['Chỉ tiêu', scope.definition.name],
    [query.part === 'numerator' ? 'Tử số' : 'Mẫu số', scope.measure.label],
    ['Số liệu', figureText],
    ['Đơn vị', scope.unit.name],
    ['Kỳ', scope.period.label],
    ['Tính đến ngày', formatDate(scope.asOf)],
    ['Căn cứ', scope.definition.legalSource],
  ])
    info.addRow(line)
  await writeAudit(db, originOf(ctx), {
    action: 'export',
    entity: 'indicator_records',
    entityId: query.code,
    unitId: scope.unit.id,
    after: { period: scope.period.key, part: query.part, rows: rows.length },
  })
  return {
    workbook: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: `chi-tieu-${query.code.toLowerCase().replaceAll('_', '-')}-${query.part === 'numerator' ? 'tu-so' : 'mau-so'}-${scope.period.key.toLowerCase()}.xlsx`,
  }
}

/** Per prosecutor of the matters in the unit's scope: the figure of one indicator. */
export const prosecutorFigures = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  query: { unitId: number; code: string; period: string; asOf?: string | undefined },
) => {
  const { period, asOf, day, unit } = resolveScope(tree, ctx, 'matter.read', query)
  const definition = definitionOf(query.code)
  const scope = { unitIds: recordingUnitsOf(tree, unit.id, day), from: period.from, to: period.to, asOf }
  const parts = (['numerator', 'denominator'] as const).filter((part) => definition[part] !== null)
  const byProsecutor = new Map<number | null, { numerator: number; denominator: number | null }>()
  for (const part of parts) {
    const rows = await figuresByProsecutor(db, compileItems(definition, part, scope))
    for (const row of rows) {
      const id = row.prosecutor_id === null ? null : Number(row.prosecutor_id)
      const entry = byProsecutor.get(id) ?? { numerator: 0, denominator: definition.denominator ? 0 : null }
      entry[part] = Number(row.figure)
      byProsecutor.set(id, entry)
    }
  }
  const names = await namesOf(db, [...byProsecutor.keys()])
  const items = [...byProsecutor].map(([prosecutorId, f]) => ({
    prosecutorId,
    name: prosecutorId === null ? 'Chưa phân công' : (names.get(prosecutorId) ?? `#${prosecutorId}`),
    numerator: f.numerator,
    denominator: f.denominator,
    value: figureValue(f.numerator, f.denominator),
  }))
  items.sort((a, b) => b.numerator - a.numerator || a.name.localeCompare(b.name, 'vi'))
  return { code: definition.code, items }
}

// ── Closing a period ─────────────────────────────────────────────────────────────────────

/** The unit and its children on the period's last day, each closed or not. */
export const closures = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  query: { unitId: number; period: string },
) => {
  authorize(ctx, 'indicator.read', query.unitId)
  const period = periodOf(query.period)
  const day = rollUpDay(period, ctx.today)
  const unit = requireUnitOn(tree, query.unitId, day)
  const ids = [unit.id, ...childrenOn(tree, unit.id, day)]
  const rows = await findClosures(db, period.key, ids)
  const info = await closureInfo(db, rows)
  return {
    period: periodInfo(period),
    items: ids.map((id) => ({
      unitId: id,
      code: tree.byId.get(id)!.code,
      name: tree.byId.get(id)!.name,
      closure: info.get(id) ?? null,
    })),
  }
}

/**
 * Chốt số liệu: freezes the unit's rolled-up figures as of today. Only once per unit and
 * period, only after the period has ended (the last day may be the closing day itself: the
 * monthly statistics are due on the last day of the month, DOMAIN.md §6.3).
 */
export const closePeriod = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  input: { unitId: number; period: string },
) => {
  authorize(ctx, 'period.close', input.unitId)
  const period = periodOf(input.period)
  const today = ctx.today
  if (period.to > today)
    throw new AppError('PERIOD_NOT_ENDED', `Kỳ ${period.label} chưa kết thúc; chỉ chốt số liệu từ ngày cuối kỳ`)
  const unit = requireUnitOn(tree, input.unitId, period.to)
  const definitions = definitionsFor(period)
  const rolled = await rolledFigures(db, tree, unit.id, period, today)
  const own = rolled.get(unit.id) ?? {}
  const figures = Object.fromEntries(
    definitions.map((d: IndicatorDefinition) => {
      const { numerator, denominator } = figure(d, own)
      return [d.code, [numerator, denominator]]
    }),
  )

  await db.transaction(async (tx) => {
    const closureId = await insertClosure(tx, {
      unitId: unit.id,
      periodKey: period.key,
      periodFrom: period.from,
      periodTo: period.to,
      asOf: today,
      figures,
      closedBy: ctx.actor.personId,
    })
    if (closureId === null) throw new AppError('PERIOD_ALREADY_CLOSED', `${unit.name} đã chốt số liệu ${period.label}`)
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'period_closure',
      entityId: closureId,
      unitId: unit.id,
      after: { period: period.key, figures },
    })
  })

  return closures(db, tree, ctx, input)
}
