import { z } from 'zod'
import { UNIT_LEVELS } from '../vocabulary.ts'
import { Id, IsoDate, RefId } from './common.ts'

export const Unit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  level: z.enum(UNIT_LEVELS),
  parentId: z.number().int().nullable(),
  /**
   * The superior's official name, also when the superior is outside what the reader may see (the
   * province's "Trực thuộc: VKSND tối cao"): an organisation chart is public, its records are not.
   */
  parentName: z.string().nullable().optional(),
  successorId: z.number().int().nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  sortOrder: z.number().int(),
})
export type Unit = z.infer<typeof Unit>

const unitFields = {
  code: z
    .string()
    .trim()
    .min(1, 'Mã đơn vị không được để trống')
    .max(40, 'Mã đơn vị tối đa 40 ký tự')
    .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang'),
  name: z.string().trim().min(2, 'Tên đơn vị quá ngắn').max(200, 'Tên đơn vị tối đa 200 ký tự'),
  shortName: z.string().trim().max(80).nullable().optional(),
  level: z.enum(UNIT_LEVELS, { message: 'Cấp đơn vị không hợp lệ' }),
  parentId: RefId.nullable(),
  successorId: RefId.nullable().optional(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
}

export const CreateUnit = z.object(unitFields)
export type CreateUnit = z.infer<typeof CreateUnit>

export const UpdateUnit = z.object({ data: z.object(unitFields).partial() })
export type UpdateUnit = z.infer<typeof UpdateUnit>

export const UnitListQuery = z.object({
  /** Only this unit and what it reaches (its subtree and predecessors). */
  under: Id.optional(),
  /** Include units that have ceased to exist (validTo in the past). Default true. */
  includeHistorical: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v !== 'false'),
})

export const UnitList = z.object({ items: z.array(Unit) })
