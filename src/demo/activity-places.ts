// Where the demo matters happen and who handles them besides the procuracy: wards and
// communes, investigation bodies and courts, before and after the July 2025 reform
// (DOMAIN.md §1.1, §1.1a). The district police and district courts ceased with the
// district level; their work went to the provincial police and the regional courts.
import { CT_REGIONALS } from '@/demo/units.ts'

/** Wards and communes of each former Hậu Giang district, as named before 01/7/2025. */
const OLD_PLACES: Readonly<Record<string, readonly string[]>> = {
  'HG.VTA': ['phường I', 'phường III', 'phường IV', 'phường V', 'phường VII', 'xã Hỏa Lựu', 'xã Tân Tiến', 'xã Vị Tân'],
  'HG.VTY': ['thị trấn Nàng Mau', 'xã Vị Thắng', 'xã Vị Trung', 'xã Vĩnh Thuận Tây', 'xã Vị Bình', 'xã Vĩnh Tường'],
  'HG.LMH': ['thị trấn Vĩnh Viễn', 'xã Lương Tâm', 'xã Xà Phiên', 'xã Thuận Hòa', 'xã Vĩnh Viễn A', 'xã Lương Nghĩa'],
  'HG.LMX': ['phường Thuận An', 'phường Bình Thạnh', 'phường Vĩnh Tường', 'xã Long Phú', 'xã Tân Phú', 'xã Long Trị'],
  'HG.PH': [
    'thị trấn Cây Dương',
    'thị trấn Kinh Cùng',
    'thị trấn Búng Tàu',
    'xã Hòa An',
    'xã Tân Long',
    'xã Phương Bình',
    'xã Hiệp Hưng',
  ],
  'HG.NB': ['phường Lái Hiếu', 'phường Hiệp Thành', 'phường Ngã Bảy', 'xã Đại Thành', 'xã Tân Thành'],
  'HG.CTH': ['thị trấn Ngã Sáu', 'thị trấn Mái Dầm', 'xã Đông Phước', 'xã Phú Hữu', 'xã Đông Thạnh', 'xã Phú Tân'],
  'HG.CTA': [
    'thị trấn Một Ngàn',
    'thị trấn Rạch Gòi',
    'thị trấn Bảy Ngàn',
    'xã Tân Hòa',
    'xã Thạnh Xuân',
    'xã Nhơn Nghĩa A',
  ],
}

/** The wards and communes of the two-tier local government from 01/7/2025, per regional procuracy. */
const NEW_PLACES: Readonly<Record<string, readonly string[]>> = {
  'CT.KV6': [
    'phường Vị Thanh',
    'phường Vị Tân',
    'xã Vị Thủy',
    'xã Vĩnh Thuận Đông',
    'xã Vị Thanh 1',
    'xã Vĩnh Tường',
    'xã Hỏa Lựu',
  ],
  'CT.KV7': [
    'phường Long Mỹ',
    'phường Long Phú 1',
    'phường Long Bình',
    'xã Vĩnh Viễn',
    'xã Lương Tâm',
    'xã Xà Phiên',
    'xã Long Mỹ',
  ],
  'CT.KV8': [
    'phường Ngã Bảy',
    'phường Đại Thành',
    'xã Phụng Hiệp',
    'xã Hiệp Hưng',
    'xã Tân Phước Hưng',
    'xã Phương Bình',
    'xã Hòa An',
  ],
  'CT.KV9': [
    'xã Châu Thành',
    'xã Đông Phước',
    'xã Phú Hữu',
    'xã Châu Thành A',
    'xã Thạnh Xuân',
    'xã Tân Hòa',
    'xã Nhơn Nghĩa A',
  ],
}

const OLD_DISTRICT_NAMES: Readonly<Record<string, string>> = {
  'HG.VTA': 'thành phố Vị Thanh',
  'HG.VTY': 'huyện Vị Thủy',
  'HG.LMH': 'huyện Long Mỹ',
  'HG.LMX': 'thị xã Long Mỹ',
  'HG.PH': 'huyện Phụng Hiệp',
  'HG.NB': 'thành phố Ngã Bảy',
  'HG.CTH': 'huyện Châu Thành',
  'HG.CTA': 'huyện Châu Thành A',
}

const regionalNumber = (code: string): number | undefined => CT_REGIONALS.find((r) => r.code === code)?.number

/** Places a matter of this unit can happen in; provincial units draw from the whole province. */
export const placesOf = (unitCode: string): readonly string[] => {
  const own = OLD_PLACES[unitCode] ?? NEW_PLACES[unitCode]
  if (own) return own
  const pool = unitCode.startsWith('HG') ? OLD_PLACES : NEW_PLACES
  return Object.values(pool).flat()
}

/** Cơ quan điều tra that investigates the unit's matters. */
export const investigatingBodyOf = (unitCode: string, economic: boolean): string => {
  const district = OLD_DISTRICT_NAMES[unitCode]
  if (district) return `Cơ quan Cảnh sát điều tra Công an ${district}`
  const province = unitCode.startsWith('HG') ? 'tỉnh Hậu Giang' : 'thành phố Cần Thơ'
  const division = economic ? 'Phòng Cảnh sát kinh tế' : 'Phòng Cảnh sát hình sự'
  return unitCode.includes('.P')
    ? `Cơ quan Cảnh sát điều tra Công an ${province} (${division})`
    : `Cơ quan Cảnh sát điều tra Công an ${province}`
}

/** The court of first instance facing the unit. */
export const courtOf = (unitCode: string): string => {
  const district = OLD_DISTRICT_NAMES[unitCode]
  if (district) return `Tòa án nhân dân ${district}`
  const n = regionalNumber(unitCode)
  if (n !== undefined) return `Tòa án nhân dân khu vực ${n} – Cần Thơ`
  return unitCode.startsWith('HG') ? 'Tòa án nhân dân tỉnh Hậu Giang' : 'Tòa án nhân dân thành phố Cần Thơ'
}

/**
 * Short code of the unit inside matter numbers: 'KV6', 'VTA', 'P1'; a former provincial
 * department is 'P1-HG', so that a matter it passed on to its successor keeps a number
 * the successor's own register has not used.
 */
export const unitSuffix = (unitCode: string): string => {
  const [province, unit = province] = unitCode.split('.')
  return province === 'HG' && unit?.startsWith('P') ? `${unit}-HG` : (unit ?? unitCode)
}

/** The procuracy's own abbreviation in document numbers, e.g. QĐ-VKSKV6, CT-VKSVTA. */
export const procuracyAbbreviation = (unitCode: string): string =>
  unitCode.startsWith('HG.P') ? 'VKSHG' : unitCode.startsWith('CT.P') ? 'VKSCT' : `VKS${unitSuffix(unitCode)}`

export const procuracyName = (unitCode: string): string => {
  const district = OLD_DISTRICT_NAMES[unitCode]
  if (district) return `Viện kiểm sát nhân dân ${district}`
  const n = regionalNumber(unitCode)
  if (n !== undefined) return `Viện kiểm sát nhân dân khu vực ${n} – Cần Thơ`
  return unitCode.startsWith('HG')
    ? 'Viện kiểm sát nhân dân tỉnh Hậu Giang'
    : 'Viện kiểm sát nhân dân thành phố Cần Thơ'
}
