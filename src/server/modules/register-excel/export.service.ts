// Exports of the register's lists: exactly what GET /api/matters and GET /api/deadlines
// list for the same filters (the same queries are called, so reach and filters cannot
// drift apart), every page at once. Exporting case data is audited (DESIGN.md principle 5).
import type { z } from 'zod'
import { EXPORT_MAX_ROWS, type DeadlineExportQuery, type MatterExportQuery } from '@/shared/api/register-excel.ts'
import { formatNumber } from '@/shared/format.ts'
import type { Database } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorizeAnywhere, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { listDeadlines, listMatters } from '../register/index.ts'
import { deadlinesWorkbook, mattersWorkbook } from './export-workbook.ts'

export type ExportFile = { workbook: Buffer; fileName: string; rows: number }

const tooMany = (total: number, noun: string) =>
  new AppError(
    'EXPORT_TOO_MANY_ROWS',
    `Danh sách có ${formatNumber(total)} ${noun}, vượt giới hạn ${formatNumber(EXPORT_MAX_ROWS)} dòng của một lần xuất. Hãy thu hẹp điều kiện lọc (đơn vị, thời gian, loại vụ việc) rồi xuất lại`,
  )

const audit = (
  db: Database,
  ctx: RequestContext,
  entity: string,
  unitId: number | undefined,
  filter: object,
  rows: number,
) =>
  writeAudit(
    db,
    { actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId },
    { action: 'export', entity, entityId: null, unitId: unitId ?? ctx.actor.unitId, after: { filter, rows } },
  )

export const exportMatters = async (
  db: Database,
  ctx: RequestContext,
  query: z.output<typeof MatterExportQuery>,
): Promise<ExportFile> => {
  authorizeAnywhere(ctx, 'matter.read')
  // The first call only counts; the unit's reach and the filters are listMatters' own.
  const { total } = await listMatters(db, ctx, { ...query, page: 1, pageSize: 1 })
  if (total > EXPORT_MAX_ROWS) throw tooMany(total, 'vụ việc')
  const { items } = await listMatters(db, ctx, { ...query, page: 1, pageSize: EXPORT_MAX_ROWS })
  const workbook = await mattersWorkbook(items)
  await audit(db, ctx, 'matter', query.unitId, query, items.length)
  return { workbook, fileName: `so-thu-ly-${ctx.today}.xlsx`, rows: items.length }
}

export const exportDeadlines = async (
  db: Database,
  ctx: RequestContext,
  query: z.output<typeof DeadlineExportQuery>,
): Promise<ExportFile> => {
  authorizeAnywhere(ctx, 'matter.read')
  const { total } = await listDeadlines(db, ctx, { ...query, page: 1, pageSize: 1 })
  if (total > EXPORT_MAX_ROWS) throw tooMany(total, 'thời hạn')
  const { items } = await listDeadlines(db, ctx, { ...query, page: 1, pageSize: EXPORT_MAX_ROWS })
  const workbook = await deadlinesWorkbook(items)
  await audit(db, ctx, 'deadline', query.unitId, query, items.length)
  return { workbook, fileName: `thoi-han-${ctx.today}.xlsx`, rows: items.length }
}
