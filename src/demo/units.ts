// The demo unit tree: Hậu Giang before the July 2025 reform, the merged Cần Thơ after it
// (DOMAIN.md §1.1, §1.1a, §1.3). Names and codes are data, not rules: department
// numbering differs between provinces and the regional numbering here is unconfirmed.
import type { UnitSeed } from '@/demo/types.ts'
import type { UnitLevel } from '@/shared/vocabulary.ts'

export const ROOT_CODE = 'VKSNDTC'
/** The new VKSND thành phố Cần Thơ, from 1/7/2025: the demo logins work here. */
export const CURRENT_PROVINCE_CODE = 'CT'
export const OLD_PROVINCE_CODE = 'HG'

/** Last day of the old units and first day of their successors (Luật 82/2025/QH15). */
export const REFORM_LAST_DAY = '2025-06-30'
export const REFORM_FIRST_DAY = '2025-07-01'

export type DepartmentTemplate = { key: string; name: string; shortName: string; level: UnitLevel }

/** One provincial procuracy's departments (§1.3); the same set before and after the reform. */
export const DEPARTMENTS: readonly DepartmentTemplate[] = [
  { key: 'VP', name: 'Văn phòng tổng hợp', shortName: 'Văn phòng', level: 'office' },
  {
    key: 'P1',
    name: 'Phòng Thực hành quyền công tố, kiểm sát điều tra và kiểm sát xét xử sơ thẩm án hình sự',
    shortName: 'Phòng 1',
    level: 'department',
  },
  {
    key: 'P2',
    name: 'Phòng Thực hành quyền công tố, kiểm sát điều tra và kiểm sát xét xử sơ thẩm án kinh tế, tham nhũng, chức vụ',
    shortName: 'Phòng 2',
    level: 'department',
  },
  {
    key: 'P7',
    name: 'Phòng Thực hành quyền công tố và kiểm sát xét xử phúc thẩm án hình sự',
    shortName: 'Phòng 7',
    level: 'department',
  },
  {
    key: 'P8',
    name: 'Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự',
    shortName: 'Phòng 8',
    level: 'department',
  },
  {
    key: 'P9',
    name: 'Phòng Kiểm sát việc giải quyết các vụ, việc dân sự, hôn nhân và gia đình',
    shortName: 'Phòng 9',
    level: 'department',
  },
  {
    key: 'P10',
    name: 'Phòng Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh, thương mại, lao động',
    shortName: 'Phòng 10',
    level: 'department',
  },
  {
    key: 'P11',
    name: 'Phòng Kiểm sát thi hành án dân sự, thi hành án hành chính',
    shortName: 'Phòng 11',
    level: 'department',
  },
  {
    key: 'P12',
    name: 'Phòng Kiểm sát và giải quyết đơn khiếu nại, tố cáo trong hoạt động tư pháp',
    shortName: 'Phòng 12',
    level: 'department',
  },
  { key: 'P15', name: 'Phòng Tổ chức cán bộ', shortName: 'Phòng 15', level: 'department' },
  { key: 'TTR', name: 'Thanh tra', shortName: 'Thanh tra', level: 'department' },
]

type District = { code: string; place: string; validFrom: string }

/** Hậu Giang's eight district-level procuracies (§1.1a). Pre-2025 start dates are approximate. */
const HG_DISTRICTS: readonly District[] = [
  { code: 'HG.CTA', place: 'huyện Châu Thành A', validFrom: '2004-01-01' },
  { code: 'HG.CTH', place: 'huyện Châu Thành', validFrom: '2004-01-01' },
  { code: 'HG.PH', place: 'huyện Phụng Hiệp', validFrom: '2004-01-01' },
  { code: 'HG.LMH', place: 'huyện Long Mỹ', validFrom: '2004-01-01' },
  { code: 'HG.VTY', place: 'huyện Vị Thủy', validFrom: '2004-01-01' },
  { code: 'HG.VTA', place: 'thành phố Vị Thanh', validFrom: '2004-01-01' },
  { code: 'HG.NB', place: 'thành phố Ngã Bảy', validFrom: '2004-01-01' },
  { code: 'HG.LMX', place: 'thị xã Long Mỹ', validFrom: '2015-04-01' },
]

/**
 * The regional procuracies of the new Cần Thơ that cover the former Hậu Giang, and the
 * districts each absorbed. Numbered after the old Cần Thơ city's areas (KV1–5, not in the
 * demo); the real numbering is unconfirmed, so it is kept here as data.
 */
export const CT_REGIONALS: readonly { code: string; number: number; absorbs: readonly string[] }[] = [
  { code: 'CT.KV6', number: 6, absorbs: ['HG.VTA', 'HG.VTY'] },
  { code: 'CT.KV7', number: 7, absorbs: ['HG.LMH', 'HG.LMX'] },
  { code: 'CT.KV8', number: 8, absorbs: ['HG.PH', 'HG.NB'] },
  { code: 'CT.KV9', number: 9, absorbs: ['HG.CTH', 'HG.CTA'] },
]

const VKSND = 'Viện kiểm sát nhân dân'

const unit = (fields: Omit<UnitSeed, 'validTo' | 'successorCode'> & Partial<UnitSeed>): UnitSeed => ({
  validTo: null,
  successorCode: null,
  ...fields,
})

const departments = (
  provinceCode: string,
  validFrom: string,
  ceased: { validTo: string; successorPrefix: string } | null,
): UnitSeed[] =>
  DEPARTMENTS.map((d, i) =>
    unit({
      code: `${provinceCode}.${d.key}`,
      name: d.name,
      shortName: d.shortName,
      level: d.level,
      parentCode: provinceCode,
      validFrom,
      validTo: ceased?.validTo ?? null,
      successorCode: ceased ? `${ceased.successorPrefix}.${d.key}` : null,
      sortOrder: i + 1,
    }),
  )

const successorOf = (districtCode: string): string => {
  const regional = CT_REGIONALS.find((r) => r.absorbs.includes(districtCode))
  if (!regional) throw new Error(`district ${districtCode} has no regional successor`)
  return regional.code
}

export const rootUnit = (): UnitSeed =>
  unit({
    code: ROOT_CODE,
    name: `${VKSND} tối cao`,
    shortName: 'VKSND tối cao',
    level: 'supreme',
    parentCode: null,
    validFrom: '1960-07-26',
    sortOrder: 0,
  })

/** Cần Thơ after the reform, then the three provinces merged into it, with Hậu Giang in full. */
export const demoProvinceUnits = (): UnitSeed[] => {
  const ct = CURRENT_PROVINCE_CODE
  const ceased = { validTo: REFORM_LAST_DAY, successorCode: ct }
  return [
    unit({
      code: ct,
      name: `${VKSND} thành phố Cần Thơ`,
      shortName: 'VKSND TP Cần Thơ',
      level: 'provincial',
      parentCode: ROOT_CODE,
      validFrom: REFORM_FIRST_DAY,
      sortOrder: 1,
    }),
    ...departments(ct, REFORM_FIRST_DAY, null),
    ...CT_REGIONALS.map((r, i) =>
      unit({
        code: r.code,
        name: `${VKSND} khu vực ${r.number} – Cần Thơ`,
        shortName: `VKSND khu vực ${r.number} – Cần Thơ`,
        level: 'regional',
        parentCode: ct,
        validFrom: REFORM_FIRST_DAY,
        sortOrder: DEPARTMENTS.length + 1 + i,
      }),
    ),
    unit({
      code: OLD_PROVINCE_CODE,
      name: `${VKSND} tỉnh Hậu Giang`,
      shortName: 'VKSND tỉnh Hậu Giang',
      level: 'provincial',
      parentCode: ROOT_CODE,
      validFrom: '2004-01-01',
      ...ceased,
      sortOrder: 2,
    }),
    ...departments(OLD_PROVINCE_CODE, '2004-01-01', { validTo: REFORM_LAST_DAY, successorPrefix: ct }),
    ...HG_DISTRICTS.map((d, i) =>
      unit({
        code: d.code,
        name: `${VKSND} ${d.place}`,
        shortName: `VKSND ${d.place}`,
        level: 'district',
        parentCode: OLD_PROVINCE_CODE,
        validFrom: d.validFrom,
        validTo: REFORM_LAST_DAY,
        successorCode: successorOf(d.code),
        sortOrder: DEPARTMENTS.length + 1 + i,
      }),
    ),
    // The old city of Cần Thơ has the same official name as the new one; the code and the
    // short name tell them apart.
    unit({
      code: 'CTCU',
      name: `${VKSND} thành phố Cần Thơ`,
      shortName: 'VKSND TP Cần Thơ (trước 01/7/2025)',
      level: 'provincial',
      parentCode: ROOT_CODE,
      validFrom: '2004-01-01',
      ...ceased,
      sortOrder: 3,
    }),
    unit({
      code: 'ST',
      name: `${VKSND} tỉnh Sóc Trăng`,
      shortName: 'VKSND tỉnh Sóc Trăng',
      level: 'provincial',
      parentCode: ROOT_CODE,
      validFrom: '1992-04-01',
      ...ceased,
      sortOrder: 4,
    }),
  ]
}

export const syntheticProvinceCode = (n: number): string => `TN${String(n).padStart(2, '0')}`

/** A made-up post-reform province for benchmarks: the usual departments and `regionalCount` regional units. */
export const syntheticProvinceUnits = (n: number, regionalCount: number, sortOrder: number): UnitSeed[] => {
  const code = syntheticProvinceCode(n)
  return [
    unit({
      code,
      name: `${VKSND} tỉnh Thử nghiệm ${n}`,
      shortName: `VKSND tỉnh Thử nghiệm ${n}`,
      level: 'provincial',
      parentCode: ROOT_CODE,
      validFrom: REFORM_FIRST_DAY,
      sortOrder,
    }),
    ...departments(code, REFORM_FIRST_DAY, null),
    ...Array.from({ length: regionalCount }, (_, i) =>
      unit({
        code: `${code}.KV${i + 1}`,
        name: `${VKSND} khu vực ${i + 1} – Thử nghiệm ${n}`,
        shortName: `VKSND khu vực ${i + 1} – Thử nghiệm ${n}`,
        level: 'regional',
        parentCode: code,
        validFrom: REFORM_FIRST_DAY,
        sortOrder: DEPARTMENTS.length + 1 + i,
      }),
    ),
  ]
}
