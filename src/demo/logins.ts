// The demo sign-ins: one per role, each a generated person in the new Cần Thơ procuracy.
// Usernames are fixed because the start-up banner, the docs and the tests name them.
import type { DemoLogin, PersonSeed } from '@/demo/types.ts'
import type { Role } from '@/shared/vocabulary.ts'
import type { Slot, SlotTitle } from '@/demo/staffing.ts'

type LoginPlan = {
  username: string
  role: Role
  /** The login goes to the first person in this unit holding this post. */
  worksIn: string
  title: SlotTitle
  /** The unit the role is granted over. */
  over: string
  what: string
  /** Also granted the national official calendar (the demo has no Supreme Procuracy login). */
  nationalCalendar?: boolean
}

// ksv2 sits in a different regional procuracy from ksv so tests can show that one
// regional unit cannot see another's data.
export const DEMO_LOGIN_PLAN: readonly LoginPlan[] = [
  {
    username: 'admin',
    role: 'admin',
    worksIn: 'CT.VP',
    title: 'chuyen_vien',
    over: 'CT',
    what: 'Quản trị hệ thống VKSND thành phố Cần Thơ: đơn vị, cán bộ, tài khoản; được giao lịch làm việc chính thức toàn quốc',
    nationalCalendar: true,
  },
  {
    username: 'lanhdao',
    role: 'leadership',
    worksIn: 'CT',
    title: 'vien_truong',
    over: 'CT',
    what: 'Viện trưởng VKSND thành phố Cần Thơ, xem toàn bộ các phòng và VKSND khu vực trực thuộc',
  },
  {
    username: 'truongphong',
    role: 'head',
    worksIn: 'CT.P1',
    title: 'truong_phong',
    over: 'CT.P1',
    what: 'Trưởng phòng 1 VKSND thành phố Cần Thơ: THQCT, KSĐT, KSXX sơ thẩm án hình sự',
  },
  {
    username: 'ksv',
    role: 'prosecutor',
    worksIn: 'CT.KV6',
    title: 'ksv',
    over: 'CT.KV6',
    what: 'Kiểm sát viên VKSND khu vực 6 – Cần Thơ',
  },
  {
    username: 'ksv2',
    role: 'prosecutor',
    worksIn: 'CT.KV7',
    title: 'ksv',
    over: 'CT.KV7',
    what: 'Kiểm sát viên VKSND khu vực 7 – Cần Thơ, không xem được dữ liệu của khu vực 6',
  },
  {
    username: 'thongke',
    role: 'statistics',
    worksIn: 'CT.VP',
    title: 'chuyen_vien',
    over: 'CT',
    what: 'Thống kê – tổng hợp, Văn phòng tổng hợp VKSND thành phố Cần Thơ',
  },
  {
    username: 'thidua',
    role: 'emulation',
    worksIn: 'CT.VP',
    title: 'chuyen_vien',
    over: 'CT',
    what: 'Thi đua – khen thưởng, Văn phòng tổng hợp VKSND thành phố Cần Thơ',
  },
  {
    username: 'xem',
    role: 'readonly',
    worksIn: 'CT.TTR',
    title: 'kiem_tra_vien_chinh',
    over: 'CT',
    what: 'Chỉ xem toàn bộ dữ liệu VKSND thành phố Cần Thơ, thuộc Thanh tra',
  },
]

/**
 * Gives the planned people their usernames and roles. `people[i]` was drawn for `slots[i]`.
 * Only these people get roles: the rest have no account, and a role without one grants nothing.
 */
export const attachLogins = (people: PersonSeed[], slots: readonly Slot[]): DemoLogin[] =>
  DEMO_LOGIN_PLAN.map((plan) => {
    const i = slots.findIndex(
      (s, j) => s.unitCode === plan.worksIn && s.title === plan.title && people[j]?.username === null,
    )
    const person = people[i]
    if (!person) throw new Error(`no ${plan.title} post in ${plan.worksIn} for login ${plan.username}`)
    people[i] = {
      ...person,
      username: plan.username,
      roles: [{ role: plan.role, unitCode: plan.over }],
      ...(plan.nationalCalendar ? { nationalCalendarManager: true } : {}),
    }
    return { username: plan.username, role: plan.role, description: `${plan.what} (${person.fullName})` }
  })
