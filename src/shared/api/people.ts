import { z } from 'zod'
import { ROLES, STAFF_TITLES } from '../vocabulary.ts'
import { Id, Paging, RefId, refId, SearchText } from './common.ts'

export const RoleGrant = z.object({
  role: z.enum(ROLES, { message: 'Vai trò không hợp lệ' }),
  unitId: RefId,
})
export type RoleGrant = z.infer<typeof RoleGrant>

export const Person = z.object({
  id: z.number().int(),
  fullName: z.string(),
  title: z.enum(STAFF_TITLES),
  unitId: z.number().int(),
  unitName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(['nam', 'nu']).nullable(),
  active: z.boolean(),
  username: z.string().nullable(),
  roles: z.array(RoleGrant.extend({ unitName: z.string() })),
  updatedAt: z.string(),
})
export type Person = z.infer<typeof Person>

const personFields = {
  fullName: z.string().trim().min(2, 'Họ tên quá ngắn').max(120, 'Họ tên tối đa 120 ký tự'),
  title: z.enum(STAFF_TITLES, { message: 'Chức danh không hợp lệ' }),
  unitId: refId('Chọn đơn vị công tác'),
  email: z.string().trim().email('Email không hợp lệ').max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{6,20}$/, 'Số điện thoại không hợp lệ')
    .nullable()
    .optional(),
  birthYear: z
    .number()
    .int()
    .min(1940, 'Năm sinh không hợp lệ')
    .max(2010, 'Năm sinh không hợp lệ')
    .nullable()
    .optional(),
  gender: z.enum(['nam', 'nu']).nullable().optional(),
  active: z.boolean().optional(),
}

export const Username = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập tối thiểu 3 ký tự')
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang')
/**
 * The shape only: the policy (12 characters, not common, not the username, no control
 * characters; src/domain/auth/password-policy.ts) is checked by the server, which answers
 * with its own codes (PASSWORD_TOO_SHORT, PASSWORD_COMMON, …).
 */
export const NewPassword = z.string().min(1, 'Nhập mật khẩu').max(1000, 'Mật khẩu quá dài')

export const CreatePerson = z.object({
  ...personFields,
  username: Username.nullable().optional(),
  password: NewPassword.optional(),
  roles: z.array(RoleGrant).max(20).optional(),
})
export type CreatePerson = z.infer<typeof CreatePerson>

export const UpdatePerson = z.object({
  /** Optimistic concurrency: the updatedAt the client last saw; a newer row refuses the change. */
  expectedUpdatedAt: z.string().optional(),
  data: z
    .object({
      ...personFields,
      username: Username.nullable(),
      password: NewPassword,
      roles: z.array(RoleGrant).max(20),
    })
    .partial(),
})
export type UpdatePerson = z.infer<typeof UpdatePerson>

export const PeopleQuery = Paging.extend({
  unitId: Id.optional(),
  /** Include people of the unit's subtree (default true). */
  subtree: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v !== 'false'),
  q: SearchText.optional(),
  title: z.enum(STAFF_TITLES).optional(),
  active: z.enum(['true', 'false', 'all']).optional(),
})

export const PeoplePage = z.object({ items: z.array(Person), total: z.number().int() })
