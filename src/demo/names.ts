// Vietnamese name parts for generated demo people. The people are invented:
// DOMAIN.md §1.1a forbids using the names of real officials.
import type { Random } from '@/demo/random.ts'
import { foldVietnamese } from '@/shared/text.ts'

export type Gender = 'nam' | 'nu'

export type VietnameseName = { family: string; middle: string; given: string; fullName: string }

/** Family names (họ), weighted roughly by how common they are in the Mekong Delta. */
const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 6],
  ['Huỳnh', 5],
  ['Võ', 5],
  ['Phan', 4],
  ['Trương', 3],
  ['Hoàng', 2],
  ['Bùi', 2],
  ['Đặng', 2],
  ['Đỗ', 2],
  ['Ngô', 2],
  ['Hồ', 2],
  ['Dương', 2],
  ['Lý', 2],
  ['Lâm', 2],
  ['Châu', 1],
  ['Tô', 1],
  ['Đoàn', 1],
]

// Middle names (tên đệm) carry gender in Vietnamese ("Văn" male, "Thị" female),
// so they are chosen per gender to keep the names believable.
const MIDDLE: Record<Gender, readonly (readonly [string, number])[]> = {
  nam: [
    ['Văn', 30],
    ['Minh', 8],
    ['Thanh', 6],
    ['Hoàng', 5],
    ['Quốc', 6],
    ['Đức', 4],
    ['Hữu', 5],
    ['Công', 4],
    ['Trung', 3],
    ['Tấn', 4],
    ['Chí', 3],
    ['Ngọc', 3],
    ['Quang', 3],
    ['Thành', 3],
    ['Hoài', 2],
  ],
  nu: [
    ['Thị', 35],
    ['Ngọc', 8],
    ['Thanh', 5],
    ['Minh', 3],
    ['Thu', 5],
    ['Kim', 5],
    ['Hồng', 4],
    ['Bích', 4],
    ['Mỹ', 4],
    ['Phương', 3],
    ['Thúy', 3],
    ['Diễm', 2],
    ['Hoài', 2],
    ['Cẩm', 2],
  ],
}

const GIVEN: Record<Gender, readonly string[]> = {
  nam: [
    'Đức',
    'Hùng',
    'Tuấn',
    'Khoa',
    'Dũng',
    'Hải',
    'Long',
    'Phúc',
    'Thắng',
    'Quang',
    'Trí',
    'Hiếu',
    'Nghĩa',
    'Toàn',
    'Khải',
    'Bảo',
    'Lộc',
    'Tài',
    'Nhân',
    'Sơn',
    'Vinh',
    'Phong',
    'Cường',
    'Huy',
    'Khánh',
    'Thịnh',
    'Lâm',
    'Tâm',
    'Hưng',
    'Đạt',
    'Tú',
    'Nam',
    'Hiển',
    'Việt',
    'Thái',
    'Kiệt',
    'Duy',
    'Trọng',
    'Lợi',
    'Tín',
  ],
  nu: [
    'Hạnh',
    'Phương',
    'Nhung',
    'Trâm',
    'Lan',
    'Hương',
    'Thảo',
    'Trang',
    'Ngân',
    'Linh',
    'Hà',
    'Vy',
    'Hằng',
    'Yến',
    'Loan',
    'Diễm',
    'Nga',
    'Thủy',
    'Tuyết',
    'Mai',
    'Quyên',
    'Nhi',
    'Hiền',
    'Thư',
    'Ánh',
    'Châu',
    'Oanh',
    'Uyên',
    'Thắm',
    'Xuân',
    'Duyên',
    'Giang',
    'Trinh',
    'Ngọc',
  ],
}

export const randomName = (random: Random, gender: Gender): VietnameseName => {
  const family = random.weighted(FAMILY)
  const given = random.pick(GIVEN[gender])
  // "Ngọc Ngọc" or "Phương Phương" read as typos, so the middle name may not repeat the given name.
  let middle = random.weighted(MIDDLE[gender])
  while (middle === given) middle = random.weighted(MIDDLE[gender])
  return { family, middle, given, fullName: `${family} ${middle} ${given}` }
}

/** "Đặng Thị Hạnh" → "dang thi hanh": for e-mail addresses, which stay ASCII. */
export const toAscii = foldVietnamese
