import { z } from 'zod'
import { ROLES, STAFF_TITLES, UNIT_LEVELS } from '../vocabulary.ts'
import { NewPassword } from './people.ts'

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
})

export const ScopeUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.enum(UNIT_LEVELS),
  parentId: z.number().int().nullable(),
  historical: z.boolean(),
})

export const Me = z.object({
  user: z.object({
    personId: z.number().int(),
    username: z.string(),
    fullName: z.string(),
    title: z.enum(STAFF_TITLES),
    unitId: z.number().int(),
    unitName: z.string(),
    roles: z.array(z.object({ role: z.enum(ROLES), unitId: z.number().int(), unitName: z.string() })),
  }),
  /** Synchronizer token: send it back as the X-CSRF-Token header on every write. */
  csrfToken: z.string(),
  /**
   * A demo login on a server not in demo mode: it must change its password first; until then
   * every other route answers 403 PASSWORD_CHANGE_REQUIRED.
   */
  mustChangePassword: z.boolean(),
  /** Every unit the user may see, for the unit switcher. */
  scopeUnits: z.array(ScopeUnit),
  /** What the UI may offer; the server checks again on every request. */
  can: z.object({
    manageUnits: z.boolean(),
    managePeople: z.boolean(),
    editPeople: z.boolean(),
    viewAudit: z.boolean(),
    readMatters: z.boolean(),
    readIndicators: z.boolean(),
    manageIndicators: z.boolean(),
    closePeriods: z.boolean(),
    recordMatters: z.boolean(),
    readPlans: z.boolean(),
    managePlans: z.boolean(),
    /** Thi đua – khen thưởng (issue 14): emulation.read somewhere. */
    readEmulation: z.boolean(),
  }),
})
export type Me = z.infer<typeof Me>

export const ChangePasswordRequest = z
  .object({ currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại'), newPassword: NewPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  })

/** A username + address (or an account's current password) held back by the sign-in delays. */
export const ThrottleEntry = z.object({
  /** 'login': sign-in of a username from an address; 'password': the current password in change-password. */
  scope: z.enum(['login', 'password']),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  failures: z.number().int(),
  firstFailureAt: z.string(),
  lastFailureAt: z.string(),
  blockedUntil: z.string().nullable(),
  /** Held back at the time of the answer. */
  blockedNow: z.boolean(),
})

/** An address whose failures are answered 429 (a right password still signs in from it). */
export const BusyAddress = z.object({ ip: z.string(), failures: z.number().int(), lastAt: z.string() })

export const ThrottleReport = z.object({
  items: z.array(ThrottleEntry),
  addresses: z.array(BusyAddress),
  rules: z.object({
    freeFailures: z.number().int(),
    maxDelaySeconds: z.number().int(),
    addressMaxFailures: z.number().int(),
    addressWindowMinutes: z.number().int(),
  }),
})
export type ThrottleReport = z.infer<typeof ThrottleReport>
