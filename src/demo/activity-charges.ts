// The crimes of the demo register, weighted roughly as a Mekong Delta regional procuracy
// sees them: theft, assault, drugs, fraud, traffic deaths and gambling first. Every charge
// is a clause of the Penal Code catalogue (src/domain/penal-code); the test checks it.
import { CRIME_CATEGORIES, type CrimeCategory } from '@/domain/deadlines/index.ts'
import { articleNumber, categoryOfCharge } from '@/domain/penal-code/index.ts'
import type { Charge } from '@/domain/register/event-types.ts'

export type CrimeProfile = {
  charge: Charge
  weight: number
  /** Summaries of the facts; '{p}' is replaced by a ward or commune. */
  titles: readonly string[]
  /** Economic or corruption crime: investigated by the economic police, money to recover. */
  economic: boolean
  /** How many people are usually charged together: [min, max]. */
  suspects: readonly [number, number]
  /** Custody then detention is the usual measure (arrest in the act, violent or drug crimes). */
  detentionLikely: number
}

const c = (article: number | string, clause: number, point: string | null = null): Charge => ({
  article: String(article),
  clause,
  point,
})

const p = (
  charge: Charge,
  weight: number,
  titles: readonly string[],
  options: { economic?: boolean; suspects?: readonly [number, number]; detention?: number } = {},
): CrimeProfile => ({
  charge,
  weight,
  titles,
  economic: options.economic ?? false,
  suspects: options.suspects ?? [1, 1],
  detentionLikely: options.detention ?? 0.2,
})

export const CRIME_PROFILES: readonly CrimeProfile[] = [
  p(
    c(173, 1),
    22,
    [
      'Trộm cắp xe mô tô tại {p}',
      'Trộm cắp điện thoại di động tại chợ {p}',
      'Trộm cắp máy bơm nước, mô tơ điện tại {p}',
      'Trộm cắp tiền và vàng trong nhà dân tại {p}',
      'Trộm cắp gà đá tại {p}',
      'Trộm cắp dây điện, thiết bị công trình tại {p}',
    ],
    { suspects: [1, 2], detention: 0.25 },
  ),
  p(c(173, 2, 'c'), 6, ['Trộm cắp tài sản trị giá trên 50 triệu đồng tại {p}', 'Trộm cắp xe ô tô tải nhỏ tại {p}'], {
    suspects: [1, 3],
    detention: 0.6,
  }),
  p(
    c(134, 1),
    7,
    [
      'Cố ý gây thương tích do mâu thuẫn trong lúc uống rượu tại {p}',
      'Dùng cây đánh gây thương tích cho hàng xóm tại {p}',
    ],
    { suspects: [1, 2] },
  ),
  p(
    c(134, 2),
    4,
    ['Dùng dao gây thương tích cho người khác tại {p}', 'Hỗn chiến gây thương tích tại quán karaoke ở {p}'],
    { suspects: [1, 3], detention: 0.5 },
  ),
  p(
    c(249, 1, 'c'),
    7,
    ['Tàng trữ trái phép chất ma túy, bị bắt quả tang tại {p}', 'Tàng trữ trái phép ma túy đá tại nhà trọ ở {p}'],
    { detention: 0.8 },
  ),
  p(c(251, 1), 4, ['Mua bán trái phép chất ma túy tại {p}', 'Bán ma túy đá cho người nghiện tại {p}'], {
    suspects: [1, 2],
    detention: 0.9,
  }),
  p(c(251, 2, 'b'), 1, ['Mua bán trái phép chất ma túy nhiều lần tại {p}'], { suspects: [2, 4], detention: 1 }),
  p(c(255, 1), 1, ['Tổ chức sử dụng trái phép chất ma túy tại nhà trọ ở {p}'], { suspects: [1, 3], detention: 0.8 }),
  p(
    c(174, 1),
    4,
    [
      'Lừa đảo chiếm đoạt tài sản qua mạng xã hội, bị hại cư trú tại {p}',
      'Lừa đảo nhận tiền chạy việc làm tại {p}',
      'Giả danh công an gọi điện lừa đảo chiếm đoạt tài sản của người dân {p}',
    ],
    { economic: true },
  ),
  p(c(174, 2, 'c'), 2, ['Lừa đảo chiếm đoạt tiền đặt cọc mua đất tại {p}', 'Lừa đảo chiếm đoạt tiền góp hụi tại {p}'], {
    economic: true,
    suspects: [1, 2],
    detention: 0.4,
  }),
  p(c(174, 3), 1, ['Lừa đảo chiếm đoạt tài sản với số tiền đặc biệt lớn tại {p}'], {
    economic: true,
    suspects: [1, 3],
    detention: 0.7,
  }),
  p(
    c(260, 1, 'a'),
    6,
    [
      'Tai nạn giao thông làm chết người trên Quốc lộ 61 đoạn qua {p}',
      'Tai nạn giao thông làm chết người trên Quốc lộ 1 đoạn qua {p}',
      'Tai nạn giao thông làm chết người trên Quốc lộ 61C đoạn qua {p}',
      'Va chạm giữa xe tải và xe mô tô làm chết người tại {p}',
    ],
    { detention: 0.05 },
  ),
  p(
    c(321, 1),
    7,
    [
      'Đánh bạc bằng hình thức đá gà ăn tiền tại {p}',
      'Đánh bạc bằng hình thức đánh bài ăn tiền tại {p}',
      'Đánh bạc bằng hình thức ghi số đề tại {p}',
    ],
    { suspects: [2, 5], detention: 0.05 },
  ),
  p(c(322, 1), 2, ['Tổ chức đánh bạc, gá bạc (trường gà) tại {p}'], { suspects: [1, 3], detention: 0.4 }),
  p(c(171, 1), 2, ['Cướp giật điện thoại di động của người đi đường tại {p}', 'Cướp giật dây chuyền vàng tại {p}'], {
    suspects: [1, 2],
    detention: 0.9,
  }),
  p(c(168, 1), 1, ['Cướp tài sản của tài xế xe ôm công nghệ tại {p}'], { suspects: [1, 2], detention: 1 }),
  p(c(318, 1), 2, ['Gây rối trật tự công cộng tại {p}', 'Tụ tập đua xe, gây rối trật tự công cộng tại {p}'], {
    suspects: [2, 4],
  }),
  p(
    c(175, 1),
    1,
    ['Lạm dụng tín nhiệm chiếm đoạt xe mô tô thuê tại {p}', 'Lạm dụng tín nhiệm chiếm đoạt tiền hụi tại {p}'],
    { economic: true },
  ),
  p(c(178, 1), 1, ['Hủy hoại tài sản, chặt phá cây trồng của người khác tại {p}'], { suspects: [1, 2] }),
  p(c(201, 2), 1, ['Cho vay lãi nặng trong giao dịch dân sự tại {p}'], { economic: true, suspects: [1, 3] }),
  p(c(290, 1), 1, ['Sử dụng mạng viễn thông chiếm đoạt tài sản của người dân {p}'], { economic: true }),
  p(c(341, 1), 1, ['Làm giả, sử dụng giấy tờ giả của cơ quan, tổ chức tại {p}']),
  p(c(227, 1), 1, ['Khai thác cát trái phép trên kênh Xà No đoạn qua {p}'], { economic: true, suspects: [1, 2] }),
  p(c(330, 1), 1, ['Chống người thi hành công vụ tại {p}'], { detention: 0.5 }),
  p(c(191, 1), 1, ['Vận chuyển thuốc lá điếu nhập lậu qua {p}'], { economic: true }),
  p(c(146, 1), 0.5, ['Dâm ô đối với người dưới 16 tuổi tại {p}'], { detention: 0.7 }),
  p(c(123, 2), 0.5, ['Giết người do mâu thuẫn gia đình tại {p}'], { detention: 1 }),
  p(c(353, 2), 0.7, ['Tham ô tài sản tại Ủy ban nhân dân {p}', 'Tham ô tiền học phí tại trường học ở {p}'], {
    economic: true,
    suspects: [1, 2],
    detention: 0.3,
  }),
  p(c(355, 1), 0.4, ['Lạm dụng chức vụ, quyền hạn chiếm đoạt tiền hỗ trợ người dân {p}'], {
    economic: true,
    suspects: [1, 2],
  }),
  p(c(356, 1), 0.4, ['Lợi dụng chức vụ, quyền hạn trong quản lý đất đai tại {p}'], {
    economic: true,
    suspects: [1, 3],
  }),
]

/** Corruption and office crimes (BLHS Chương XXIII): the provincial economic department handles most. */
export const isCorruption = (charge: Charge): boolean =>
  articleNumber(charge.article) >= 353 && articleNumber(charge.article) <= 366

/** A lesser charge the court or the procuracy may settle on instead (convicted of another charge, charge changed). */
export const lesserCharge = (charge: Charge): Charge => {
  if (charge.article === '251') return c(249, 1, 'c')
  if (charge.article === '171' || charge.article === '168') return c(173, 1)
  if (charge.article === '322') return c(321, 1)
  if (charge.article === '174' && charge.clause > 1) return c(174, 1)
  if (charge.article === '175') return c(174, 1)
  if (charge.clause > 1) return { article: charge.article, clause: charge.clause - 1, point: null }
  return charge
}

/** A heavier clause found during the investigation (more victims, higher value). */
export const heavierCharge = (charge: Charge): Charge => {
  if (charge.article === '173' && charge.clause === 1) return c(173, 2, 'c')
  if (charge.article === '134' && charge.clause === 1) return c(134, 2)
  if (charge.article === '249') return c(251, 1)
  if (charge.article === '174' && charge.clause === 1) return c(174, 2, 'c')
  return charge
}

/** The least serious category among the charges a suspect or case has had: it sets the shortest time limits. */
export const leastSerious = (charges: readonly Charge[]): CrimeCategory =>
  CRIME_CATEGORIES[Math.min(...charges.map((ch) => CRIME_CATEGORIES.indexOf(categoryOfCharge(ch))))] ??
  'it_nghiem_trong'
