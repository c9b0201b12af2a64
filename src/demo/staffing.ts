// Who works where: the posts (slots) of one post-reform province, before names are drawn.
// Everyone works in a current unit; the pre-2025 units only carry history.
import type { StaffTitle } from '@/shared/vocabulary.ts'
import { DEPARTMENTS } from '@/demo/units.ts'

/** 'ksv' becomes a procurator rank when the person is drawn, weighted by the unit's level. */
export type SlotTitle = StaffTitle | 'ksv'

export type Slot = { unitCode: string; title: SlotTitle; regional: boolean }

const LEADERSHIP: readonly SlotTitle[] = ['vien_truong', 'pho_vien_truong', 'pho_vien_truong', 'pho_vien_truong']

// Criminal departments get the most procurators; the office holds the statistics,
// emulation, IT, records and accounting staff (DOMAIN.md §1.3). The first two posts of each
// list are the light version used for benchmark provinces.
const DEPARTMENT_STAFF: Readonly<Record<string, readonly SlotTitle[]>> = {
  VP: ['chanh_van_phong', 'pho_chanh_van_phong', 'chuyen_vien', 'chuyen_vien', 'chuyen_vien', 'van_thu', 'ke_toan'],
  P1: ['truong_phong', 'pho_truong_phong', 'pho_truong_phong', 'ksv', 'ksv', 'kiem_tra_vien'],
  P2: ['truong_phong', 'pho_truong_phong', 'ksv', 'ksv', 'kiem_tra_vien'],
  P7: ['truong_phong', 'pho_truong_phong', 'ksv', 'ksv', 'kiem_tra_vien'],
  P8: ['truong_phong', 'pho_truong_phong', 'ksv', 'kiem_tra_vien'],
  P9: ['truong_phong', 'pho_truong_phong', 'ksv', 'kiem_tra_vien'],
  P10: ['truong_phong', 'pho_truong_phong', 'ksv'],
  P11: ['truong_phong', 'pho_truong_phong', 'ksv'],
  P12: ['truong_phong', 'ksv'],
  P15: ['truong_phong', 'pho_truong_phong', 'chuyen_vien'],
  // The vocabulary has no "Chánh Thanh tra"; the inspectorate head is recorded as a department head.
  TTR: ['truong_phong', 'kiem_tra_vien_chinh'],
}

const REGIONAL_STAFF: readonly SlotTitle[] = ['vien_truong', 'pho_vien_truong', 'ksv', 'ksv']

export type Staffing = 'full' | 'light'

/** The posts of a province: leadership, then each department, then each regional procuracy. */
export const provinceSlots = (provinceCode: string, regionalCodes: readonly string[], staffing: Staffing): Slot[] => {
  const size = (titles: readonly SlotTitle[], light: number) => (staffing === 'full' ? titles : titles.slice(0, light))
  const slots: Slot[] = LEADERSHIP.map((title) => ({ unitCode: provinceCode, title, regional: false }))
  for (const d of DEPARTMENTS) {
    for (const title of size(DEPARTMENT_STAFF[d.key] ?? [], 2))
      slots.push({ unitCode: `${provinceCode}.${d.key}`, title, regional: false })
  }
  for (const code of regionalCodes) {
    for (const title of size(REGIONAL_STAFF, 3)) slots.push({ unitCode: code, title, regional: true })
  }
  return slots
}
