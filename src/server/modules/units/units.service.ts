// Units: list what the caller may see, and let administrators shape the tree.
import type { CreateUnit, Unit, UpdateUnit } from '@/shared/api/units.ts'
import { isUnitValidOn, reachOf, wouldCreateCycle, wouldCreateSuccessionCycle } from '@/domain/units/unit-tree.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError } from '../../platform/app-error.ts'
import { authorize, authorizeAnywhere, can, permittedUnits, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { bumpUnitsVersion } from '../../platform/unit-tree-cache.ts'
import {
  countDependants,
  deleteUnitRow,
  findUnitByCode,
  findUnitById,
  insertUnitRow,
  listUnitsByIds,
  toUnit,
  updateUnitRow,
} from './units.repository.ts'

const NOT_FOUND = () => new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

export const listUnits = async (
  db: Database,
  ctx: RequestContext,
  query: { under?: number | undefined; includeHistorical: boolean },
): Promise<Unit[]> => {
  let visible = permittedUnits(ctx, 'unit.read')
  if (query.under !== undefined) {
    if (!visible.has(query.under)) throw NOT_FOUND()
    const under = reachOf(ctx.tree, query.under)
    visible = new Set([...visible].filter((id) => under.has(id)))
  }
  const today = ctx.today
  const ids = [...visible].filter((id) => query.includeHistorical || isUnitValidOn(ctx.tree.byId.get(id)!, today))

  return (await listUnitsByIds(db, ids)).map((row) => withParentName(ctx, toUnit(row)))
}

const withParentName = (ctx: RequestContext, unit: Unit): Unit => ({
  ...unit,
  parentName: unit.parentId === null ? null : (ctx.tree.byId.get(unit.parentId)?.name ?? null),
})

/** A unit the caller cannot see answers exactly like one that does not exist. */
export const getUnit = async (db: Database, ctx: RequestContext, id: number): Promise<Unit> => {
  if (!can(ctx, 'unit.read', id)) throw NOT_FOUND()
  const row = await findUnitById(db, id)
  if (!row) throw NOT_FOUND()

  return withParentName(ctx, toUnit(row))
}

type UnitShape = { parentId: number | null; successorId: number | null; validFrom: string; validTo: string | null }

const assertCoherent = (ctx: RequestContext, id: number | null, shape: UnitShape) => {
  const { tree } = ctx
  if (shape.parentId === null)
    throw new AppError('UNIT_INVALID_PARENT', 'Phải chọn đơn vị cấp trên', [
      { path: 'parentId', message: 'Chọn đơn vị cấp trên' },
    ])
  if (!tree.byId.has(shape.parentId) || !can(ctx, 'unit.manage', shape.parentId))
    throw new AppError('UNIT_INVALID_PARENT', 'Đơn vị cấp trên không tồn tại hoặc ngoài phạm vi quản trị của bạn', [
      { path: 'parentId', message: 'Đơn vị cấp trên không hợp lệ' },
    ])
  if (id !== null && wouldCreateCycle(tree, id, shape.parentId))
    throw new AppError('UNIT_INVALID_PARENT', 'Không thể đặt một đơn vị làm cấp dưới của chính nó', [
      { path: 'parentId', message: 'Tạo vòng lặp trong cây đơn vị' },
    ])
  if (shape.successorId !== null) {
    if (!tree.byId.has(shape.successorId) || !can(ctx, 'unit.manage', shape.successorId))
      throw new AppError('UNIT_INVALID_SUCCESSOR', 'Đơn vị kế thừa không tồn tại hoặc ngoài phạm vi quản trị của bạn', [
        { path: 'successorId', message: 'Đơn vị kế thừa không hợp lệ' },
      ])
    if (id !== null && wouldCreateSuccessionCycle(tree, id, shape.successorId))
      throw new AppError('UNIT_INVALID_SUCCESSOR', 'Quan hệ kế thừa tạo thành vòng lặp', [
        { path: 'successorId', message: 'Tạo vòng lặp kế thừa' },
      ])
    if (shape.validTo === null)
      throw new AppError('UNIT_INVALID_SUCCESSOR', 'Chỉ đơn vị đã chấm dứt hoạt động mới có đơn vị kế thừa', [
        { path: 'validTo', message: 'Nhập ngày chấm dứt hoạt động' },
      ])
  }
  if (shape.validTo !== null && shape.validTo < shape.validFrom)
    throw new AppError('VALIDATION_FAILED', 'Ngày chấm dứt không được trước ngày thành lập', [
      { path: 'validTo', message: 'Ngày chấm dứt phải sau ngày thành lập' },
    ])
}

const assertCodeFree = async (tx: Executor, code: string, exceptId: number | null) => {
  const existing = await findUnitByCode(tx, code)
  if (existing && existing.id !== exceptId)
    throw new AppError('UNIT_CODE_TAKEN', `Mã đơn vị "${code}" đã được dùng`, [
      { path: 'code', message: 'Mã đơn vị đã tồn tại' },
    ])
}

export const createUnit = async (db: Database, ctx: RequestContext, input: CreateUnit): Promise<Unit> => {
  authorizeAnywhere(ctx, 'unit.manage')
  const shape = {
    parentId: input.parentId,
    successorId: input.successorId ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  }
  assertCoherent(ctx, null, shape)

  return db.transaction(async (tx) => {
    await assertCodeFree(tx, input.code, null)
    const row = await insertUnitRow(tx, {
      ...shape,
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      level: input.level,
      sortOrder: input.sortOrder ?? 0,
    })
    await bumpUnitsVersion(tx)
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'unit',
      entityId: row.id,
      unitId: row.id,
      after: toUnit(row),
    })

    return toUnit(row)
  })
}

export const updateUnit = async (db: Database, ctx: RequestContext, id: number, input: UpdateUnit): Promise<Unit> => {
  if (!can(ctx, 'unit.read', id)) throw NOT_FOUND()
  authorize(ctx, 'unit.manage', id)

  return db.transaction(async (tx) => {
    const before = await findUnitById(tx, id)
    if (!before) throw NOT_FOUND()
    const data = input.data
    const next = {
      code: data.code ?? before.code,
      name: data.name ?? before.name,
      shortName: data.shortName === undefined ? before.shortName : data.shortName,
      level: data.level ?? before.level,
      parentId: data.parentId === undefined ? before.parentId : data.parentId,
      successorId: data.successorId === undefined ? before.successorId : data.successorId,
      validFrom: data.validFrom ?? before.validFrom,
      validTo: data.validTo === undefined ? before.validTo : data.validTo,
      sortOrder: data.sortOrder ?? before.sortOrder,
    }
    // A root unit keeps having no parent; every other unit must stay inside the caller's reach.
    if (!(before.parentId === null && next.parentId === null)) assertCoherent(ctx, id, next)
    await assertCodeFree(tx, next.code, id)
    const row = await updateUnitRow(tx, id, next)
    await bumpUnitsVersion(tx)
    await writeAudit(tx, originOf(ctx), {
      action: 'update',
      entity: 'unit',
      entityId: id,
      unitId: id,
      before: toUnit(before),
      after: toUnit(row),
    })

    return toUnit(row)
  })
}

/** Only a unit nothing refers to may be deleted; a unit that existed is closed with validTo instead. */
export const deleteUnit = async (db: Database, ctx: RequestContext, id: number): Promise<void> => {
  if (!can(ctx, 'unit.read', id)) throw NOT_FOUND()
  authorize(ctx, 'unit.manage', id)
  await db.transaction(async (tx) => {
    const before = await findUnitById(tx, id)
    if (!before) throw NOT_FOUND()
    if ((await countDependants(tx, id)) > 0)
      throw new AppError(
        'UNIT_HAS_DEPENDANTS',
        'Đơn vị đang có đơn vị trực thuộc, cán bộ, phân quyền hoặc vụ việc đã thụ lý; hãy ghi ngày chấm dứt hoạt động thay vì xóa',
      )
    await writeAudit(tx, originOf(ctx), {
      action: 'delete',
      entity: 'unit',
      entityId: id,
      unitId: before.parentId,
      before: toUnit(before),
    })
    await deleteUnitRow(tx, id)
    await bumpUnitsVersion(tx)
  })
}
