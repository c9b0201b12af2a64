// Importing an existing register from Excel, all or nothing: every row is checked first;
// one failing row refuses the whole file (422, one detail per problem) and nothing is
// written. A clean file is stored in one transaction with one audit row for the import.
import { createHash } from 'node:crypto'
import { ancestorsOf, type UnitTree } from '@/domain/units/unit-tree.ts'
import { importProblemPath, type ImportResult } from '@/shared/api/register-excel.ts'
import { formatNumber } from '@/shared/format.ts'
import type { Database } from '../../db/client.ts'
import { AppError, type ErrorDetail } from '../../platform/app-error.ts'
import { authorizeAnywhere, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { loadWorkingCalendar } from '../calendar/index.ts'
import { createMattersInTx } from './bulk-create.ts'
import { checkImport, type ImportCheck } from './check-import.ts'
import { IMPORT_COLUMNS } from './columns.ts'
import type { ImportGate } from './import-gate.ts'
import type { WorkbookReader } from './workbook-host.ts'

// A file with thousands of bad rows would answer megabytes of details; the report has them all.
const MAX_DETAILS = 1_000

const HEADERS = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.header]))

const rowsInvalid = (check: ImportCheck): AppError => {
  const details: ErrorDetail[] = []
  const rows = [...check.problems.keys()].sort((a, b) => a - b)
  for (const row of rows) {
    for (const p of check.problems.get(row)!)
      details.push({ path: importProblemPath(row, p.column ? HEADERS.get(p.column)! : null), message: p.message })
  }
  const shown = details.slice(0, MAX_DETAILS)
  if (details.length > MAX_DETAILS) {
    shown.push({
      path: 'file',
      message: `Còn ${formatNumber(details.length - MAX_DETAILS)} lỗi khác chưa liệt kê; tải báo cáo lỗi (.xlsx) để xem đầy đủ`,
    })
  }
  return new AppError(
    'IMPORT_ROWS_INVALID',
    `Tệp có ${formatNumber(rows.length)} dòng lỗi; chưa có dữ liệu nào được nhập`,
    shown,
  )
}

/** The lowest unit above every unit of the import, so that whoever reads any of them may read its audit row. */
const commonUnit = (tree: UnitTree, unitIds: number[]): number | null => {
  const [first, ...rest] = [...new Set(unitIds)]
  if (first === undefined) return null
  const chainOf = (id: number) => [id, ...ancestorsOf(tree, id)]
  const others = rest.map((id) => new Set(chainOf(id)))
  return chainOf(first).find((id) => others.every((chain) => chain.has(id))) ?? null
}

const countBy = <T>(items: T[], keyOf: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1
  return counts
}

const assertWorkbook = (body: unknown): Buffer => {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new AppError('IMPORT_FILE_INVALID', 'Chưa có tệp Excel (.xlsx) được gửi lên')
  return body
}

const calendarOf = (db: Database) => (from: string) => loadWorkingCalendar(db, from)

/** The workbook reader (worker threads) and the bound on concurrent imports, one of each per server. */
export type ImportTools = { workbooks: WorkbookReader; gate: ImportGate }

/** A place in the gate for the whole import, the read, the check and the writing: each holds memory or the database. */
const gated = async <T>(tools: ImportTools, ctx: RequestContext, work: () => Promise<T>): Promise<T> => {
  const leave = tools.gate.enter(ctx.actor.personId)
  try {
    return await work()
  } finally {
    leave()
  }
}

export const importRegister = async (
  db: Database,
  ctx: RequestContext,
  body: unknown,
  { dryRun }: { dryRun: boolean },
  tools: ImportTools,
): Promise<ImportResult> => {
  authorizeAnywhere(ctx, 'matter.write')
  const buffer = assertWorkbook(body)
  return gated(tools, ctx, () => importWorkbook(db, ctx, buffer, dryRun, tools))
}

const importWorkbook = async (
  db: Database,
  ctx: RequestContext,
  buffer: Buffer,
  dryRun: boolean,
  tools: ImportTools,
): Promise<ImportResult> => {
  const sheet = await tools.workbooks.read(buffer)
  const today = ctx.today

  // One transaction from the check to the last insert: a number taken meanwhile cannot slip in.
  return db.transaction(async (tx) => {
    const check = await checkImport(tx, ctx, sheet, today, (from) => loadWorkingCalendar(tx, from))
    if (check.problems.size > 0) throw rowsInvalid(check)
    if (dryRun) return { imported: check.valid.length, dryRun: true }

    const inputs = check.valid.map((v) => v.input)
    const created = await createMattersInTx(tx, ctx, inputs, check.calendar, today)
    const tree = ctx.tree
    await writeAudit(
      tx,
      { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId },
      {
        action: 'create',
        entity: 'register_import',
        entityId: null,
        unitId: commonUnit(
          tree,
          inputs.map((m) => m.unitId),
        ),
        after: {
          fileSha256: createHash('sha256').update(buffer).digest('hex'),
          rows: inputs.length,
          ...created,
          byUnit: countBy(inputs, (m) => tree.byId.get(m.unitId)?.code ?? String(m.unitId)),
          byKind: countBy(inputs, (m) => m.kind),
        },
      },
    )
    return { imported: created.matters, dryRun: false }
  })
}

/** The uploaded workbook with its problems written in; never writes to the register. */
export const importErrorReport = async (
  db: Database,
  ctx: RequestContext,
  body: unknown,
  tools: ImportTools,
): Promise<{ workbook: Buffer; rows: number; errorRows: number }> => {
  authorizeAnywhere(ctx, 'matter.write')
  const buffer = assertWorkbook(body)
  return gated(tools, ctx, async () => {
    const sheet = await tools.workbooks.read(buffer)
    const check = await checkImport(db, ctx, sheet, ctx.today, calendarOf(db))
    const found = {
      sheetName: sheet.sheetName,
      headerRow: sheet.headerRow,
      columns: sheet.columns,
      rows: sheet.rows.map(({ row }) => ({ row })),
    }
    return {
      workbook: await tools.workbooks.report(buffer, found, check.problems),
      rows: sheet.rows.length,
      errorRows: check.problems.size,
    }
  })
}
