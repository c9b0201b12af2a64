// The shapes of the benchmark register: procedural flows of crime reports, criminal cases and
// civil / administrative cases, drawn per (template slot, day) by a seeded generator, then
// derived with the real pure core (stage, charges, measures, deadlines). The loader copies
// each template instance to ~15 matters with SQL, so the stored rows are exactly what
// recomputeMatter would write (register-dataset.ts --verify checks a sample).
import { addDays, daysBetween, type IsoDate, type WorkingCalendar } from '../../src/domain/calendar/index.ts'
import {
  computeDeadline,
  type CrimeCategory,
  type GrantedExtension,
  type Suspension,
} from '../../src/domain/deadlines/index.ts'
import { classifyCharge } from '../../src/domain/penal-code/index.ts'
import { deriveDeadlines, deriveMatterState, validateNewEvent } from '../../src/domain/register/index.ts'
import type { Charge, EventType } from '../../src/domain/register/event-types.ts'
import type { MatterKind } from '../../src/domain/register/matter-kinds.ts'
import type { DerivedDeadline, MatterFacts, RegisterEvent } from '../../src/domain/register/types.ts'
import { storedStatus } from '../../src/domain/register/row-plan.ts'

// ── a small seeded generator ─────────────────────────────────────────────────────────────

export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  weighted: <T>(items: readonly (readonly [T, number])[]) => T
}

export const createRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0)
      let r = next() * total
      for (const [item, w] of items) if ((r -= w) < 0) return item
      return items[items.length - 1]![0]
    },
  }
}

// ── vocabulary: crimes, civil case types, places, names ──────────────────────────────────

type CrimeProfile = {
  charge: Charge
  weight: number
  titles: readonly string[]
  suspects: readonly [number, number]
  detention: number
  economic: boolean
}

const c = (article: number | string, clause: number, point: string | null = null): Charge => ({
  article: String(article),
  clause,
  point,
})
const crime = (
  charge: Charge,
  weight: number,
  titles: readonly string[],
  suspects: readonly [number, number] = [1, 2],
  detention = 0.3,
  economic = false,
): CrimeProfile => ({
  charge,
  weight,
  titles,
  suspects,
  detention,
  economic,
})

// Charges from the Penal Code catalogue (src/domain/penal-code), weighted roughly as a
// regional procuracy sees them; '{p}' is a ward or commune.
const CRIMES: readonly CrimeProfile[] = [
  crime(
    c(173, 1),
    22,
    [
      'Trộm cắp xe mô tô tại {p}',
      'Trộm cắp điện thoại di động tại chợ {p}',
      'Trộm cắp tiền và vàng trong nhà dân tại {p}',
      'Trộm cắp máy bơm nước tại {p}',
    ],
    [1, 3],
    0.3,
  ),
  crime(
    c(173, 2, 'c'),
    6,
    ['Trộm cắp tài sản trị giá trên 50 triệu đồng tại {p}', 'Trộm cắp xe ô tô tải nhỏ tại {p}'],
    [1, 3],
    0.6,
  ),
  crime(
    c(134, 1),
    7,
    [
      'Cố ý gây thương tích do mâu thuẫn trong lúc uống rượu tại {p}',
      'Dùng cây đánh gây thương tích cho hàng xóm tại {p}',
    ],
    [1, 3],
    0.2,
  ),
  crime(
    c(134, 2),
    4,
    ['Dùng dao gây thương tích cho người khác tại {p}', 'Hỗn chiến gây thương tích tại quán karaoke ở {p}'],
    [1, 3],
    0.5,
  ),
  crime(
    c(249, 1, 'c'),
    7,
    ['Tàng trữ trái phép chất ma túy, bị bắt quả tang tại {p}', 'Tàng trữ trái phép ma túy đá tại nhà trọ ở {p}'],
    [1, 2],
    0.8,
  ),
  crime(c(251, 1), 4, ['Mua bán trái phép chất ma túy tại {p}', 'Bán ma túy đá cho người nghiện tại {p}'], [1, 2], 0.9),
  crime(c(251, 2, 'b'), 1, ['Mua bán trái phép chất ma túy nhiều lần tại {p}'], [2, 4], 1),
  crime(
    c(174, 1),
    4,
    [
      'Lừa đảo chiếm đoạt tài sản qua mạng xã hội, bị hại cư trú tại {p}',
      'Giả danh công an gọi điện lừa đảo người dân {p}',
    ],
    [1, 1],
    0.2,
    true,
  ),
  crime(
    c(174, 2, 'c'),
    2,
    ['Lừa đảo chiếm đoạt tiền đặt cọc mua đất tại {p}', 'Lừa đảo chiếm đoạt tiền góp hụi tại {p}'],
    [1, 2],
    0.4,
    true,
  ),
  crime(
    c(260, 1, 'a'),
    6,
    [
      'Tai nạn giao thông làm chết người trên Quốc lộ 1 đoạn qua {p}',
      'Va chạm giữa xe tải và xe mô tô làm chết người tại {p}',
    ],
    [1, 1],
    0.1,
  ),
  crime(
    c(321, 1),
    7,
    ['Đánh bạc bằng hình thức đá gà ăn tiền tại {p}', 'Đánh bạc bằng hình thức ghi số đề tại {p}'],
    [2, 6],
    0.1,
  ),
  crime(
    c(171, 1),
    2,
    ['Cướp giật điện thoại di động của người đi đường tại {p}', 'Cướp giật dây chuyền vàng tại {p}'],
    [1, 2],
    0.9,
  ),
  crime(
    c(318, 1),
    2,
    ['Gây rối trật tự công cộng tại {p}', 'Tụ tập đua xe, gây rối trật tự công cộng tại {p}'],
    [2, 4],
    0.2,
  ),
  crime(c(175, 1), 1, ['Lạm dụng tín nhiệm chiếm đoạt xe mô tô thuê tại {p}'], [1, 1], 0.1, true),
  crime(c(178, 1), 1, ['Hủy hoại tài sản, chặt phá cây trồng của người khác tại {p}'], [1, 2], 0.1),
]

type CivilKind = {
  kind: 'civil' | 'administrative'
  weight: number
  titles: readonly string[]
  duration: readonly [number, number]
  attend: number
  decision: number
  authority: boolean
}

const CIVIL_KINDS: readonly CivilKind[] = [
  {
    kind: 'civil',
    weight: 30,
    titles: [
      'Tranh chấp hợp đồng vay tài sản giữa {a} và {b}',
      'Tranh chấp quyền sử dụng đất tại {p} giữa {a} và {b}',
      'Tranh chấp hợp đồng đặt cọc giữa {a} và {b}',
    ],
    duration: [60, 240],
    attend: 0.5,
    decision: 0.35,
    authority: false,
  },
  {
    kind: 'civil',
    weight: 25,
    titles: [
      'Ly hôn, tranh chấp nuôi con giữa {a} và {b}',
      'Ly hôn giữa {a} và {b}',
      'Yêu cầu công nhận thuận tình ly hôn của {a} và {b}',
    ],
    duration: [30, 150],
    attend: 0.5,
    decision: 0.55,
    authority: false,
  },
  {
    kind: 'civil',
    weight: 10,
    titles: ['Tranh chấp thừa kế quyền sử dụng đất tại {p} giữa {a} và {b}', 'Chia di sản thừa kế giữa {a} và {b}'],
    duration: [90, 300],
    attend: 0.5,
    decision: 0.25,
    authority: false,
  },
  {
    kind: 'civil',
    weight: 8,
    titles: [
      'Tranh chấp hợp đồng mua bán hàng hóa giữa {a} và Công ty TNHH Thương mại {p}',
      'Tranh chấp hợp đồng tín dụng giữa Ngân hàng TMCP và {a}',
    ],
    duration: [90, 270],
    attend: 0.3,
    decision: 0.3,
    authority: false,
  },
  {
    kind: 'civil',
    weight: 4,
    titles: ['Tranh chấp về đơn phương chấm dứt hợp đồng lao động giữa {a} và Công ty cổ phần {p}'],
    duration: [60, 200],
    attend: 0.5,
    decision: 0.3,
    authority: false,
  },
  {
    kind: 'administrative',
    weight: 10,
    titles: [
      'Khiếu kiện quyết định thu hồi đất của Ủy ban nhân dân {p}',
      'Khiếu kiện quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai tại {p}',
      'Khiếu kiện quyết định bồi thường, hỗ trợ tái định cư tại {p}',
    ],
    duration: [90, 300],
    attend: 1,
    decision: 0.2,
    authority: true,
  },
]

export const PLACES: readonly string[] = [
  'phường An Hòa',
  'phường Tân An',
  'phường Cái Khế',
  'phường Ninh Kiều',
  'phường Bình Thủy',
  'phường Long Tuyền',
  'phường Cái Răng',
  'phường Hưng Phú',
  'phường Ô Môn',
  'phường Thốt Nốt',
  'phường Vị Thanh',
  'phường Ngã Bảy',
  'phường Long Mỹ',
  'phường Đại Thành',
  'phường Vị Tân',
  'phường Trung Nhứt',
  'xã Vị Thủy',
  'xã Vĩnh Thuận Đông',
  'xã Phương Bình',
  'xã Hiệp Hưng',
  'xã Thạnh Xuân',
  'xã Tân Hòa',
  'xã Châu Thành',
  'xã Đông Phước',
  'xã Phong Điền',
  'xã Nhơn Ái',
  'xã Thới Lai',
  'xã Trường Xuân',
  'xã Cờ Đỏ',
  'xã Đông Hiệp',
  'xã Vĩnh Thạnh',
  'xã Thạnh Quới',
  'xã Mỹ Tú',
  'xã Long Phú',
  'xã Kế Sách',
  'xã Trần Đề',
  'xã Đại Ngãi',
  'xã Hòa Tú',
  'xã Lịch Hội Thượng',
  'xã Tân Long',
]

/** Weighted by repetition, so that SQL can pick with one modulo. */
const repeat = (items: readonly (readonly [string, number])[]): string[] =>
  items.flatMap(([item, n]) => Array.from({ length: n }, () => item))

export const NAMES = {
  family: repeat([
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
  ]),
  middleMale: repeat([
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
  ]),
  middleFemale: repeat([
    ['Thị', 35],
    ['Ngọc', 8],
    ['Thanh', 5],
    ['Minh', 3],
    ['Thu', 5],
    ['Kim', 5],
    ['Hồng', 4],
    ['Mỹ', 4],
    ['Thúy', 3],
    ['Bích', 2],
  ]),
  givenMale: [
    'Anh',
    'Bảo',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Đạt',
    'Đức',
    'Hải',
    'Hậu',
    'Hiếu',
    'Hòa',
    'Hùng',
    'Huy',
    'Khang',
    'Khánh',
    'Lâm',
    'Long',
    'Lộc',
    'Luân',
    'Minh',
    'Nam',
    'Nghĩa',
    'Nhân',
    'Phát',
    'Phong',
    'Phúc',
    'Quân',
    'Sang',
    'Sơn',
    'Tài',
    'Tâm',
    'Thắng',
    'Thành',
    'Thiện',
    'Thịnh',
    'Toàn',
    'Trí',
    'Trọng',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Vũ',
  ],
  givenFemale: [
    'An',
    'Anh',
    'Bích',
    'Châu',
    'Diễm',
    'Dung',
    'Duyên',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Huyền',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Ngân',
    'Ngọc',
    'Nhi',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Tâm',
    'Thảo',
    'Thu',
    'Thủy',
    'Trang',
    'Trinh',
    'Tuyết',
    'Uyên',
    'Vân',
    'Vy',
    'Xuân',
    'Yến',
  ],
}

// ── drafts and their order ───────────────────────────────────────────────────────────────

/** A procedural act of a template; `subject` is a 1-based subject index, ids inside data likewise. */
export type Draft = {
  type: EventType
  on: IsoDate
  at: string | null
  subject: number | null
  series: string | null
  body: string | null
  data: Record<string, unknown>
}

/** Procedural order of acts recorded on the same day (as the demo's activity-timeline.ts). */
const ORDER: readonly EventType[] = [
  'custody_ordered',
  'report_received',
  'report_complex',
  'report_extended',
  'report_suspended',
  'report_resumed',
  'report_case_instituted',
  'report_not_instituted',
  'report_transferred',
  'report_administrative',
  'case_instituted',
  'suspect_instituted',
  'procuracy_approved',
  'charge_changed',
  'custody_extended',
  'detention_ordered',
  'detention_extended',
  'investigation_extended',
  'investigation_suspended',
  'investigation_resumed',
  'investigation_concluded',
  'file_received',
  'prosecution_extended',
  'returned_for_investigation',
  'indicted',
  'civil_accepted',
  'court_accepted',
  'trial_scheduled',
  'hearing_attended',
  'first_instance_trial',
  'judgment_pronounced',
  'judgment_received',
  'detention_ended',
  'case_suspended',
  'case_terminated',
  'appeal_protest',
  'appellate_trial',
  'protest_outcome',
  'judgment_effective',
  'matter_closed',
  'cassation_protest',
  'recommendation_issued',
  'recommendation_outcome',
  'assets_to_recover',
  'assets_recovered',
]
const RANK = new Map(ORDER.map((type, i) => [type, i]))

const draft = (type: EventType, on: IsoDate, fields: Partial<Omit<Draft, 'type' | 'on'>> = {}): Draft => ({
  type,
  on,
  at: fields.at ?? null,
  subject: fields.subject ?? null,
  series: fields.series ?? null,
  body: fields.body ?? null,
  data: fields.data ?? {},
})

const POLICE = 'Cơ quan Cảnh sát điều tra Công an tỉnh'
const POLICE_ECONOMIC = 'Cơ quan Cảnh sát điều tra Công an tỉnh (Phòng Cảnh sát kinh tế)'
const PROCURACY = 'Viện kiểm sát nhân dân khu vực'
const COURT = 'Tòa án nhân dân khu vực'
const PROVINCIAL_COURT = 'Tòa án nhân dân tỉnh'

// ── flows ────────────────────────────────────────────────────────────────────────────────

type Ctx = { random: Random; calendar: WorkingCalendar }

const workingDay = (ctx: Ctx, on: IsoDate): IsoDate =>
  ctx.calendar.isDayOff(on) ? ctx.calendar.nextWorkingDay(on) : on
const after = (ctx: Ctx, from: IsoDate, min: number, max: number): IsoDate =>
  workingDay(ctx, addDays(from, ctx.random.int(min, max)))
/** A working day in [from, to]; `from` when the range is empty. */
const between = (ctx: Ctx, from: IsoDate, to: IsoDate): IsoDate => {
  if (to <= from) return from
  let day = addDays(from, ctx.random.int(0, daysBetween(from, to)))
  while (ctx.calendar.isDayOff(day) && day > from) day = addDays(day, -1)
  return day
}
const time = (ctx: Ctx) =>
  `${String(ctx.random.int(6, 22)).padStart(2, '0')}:${String(ctx.random.int(0, 11) * 5).padStart(2, '0')}`

type DueOptions = { category?: CrimeCategory; extensions?: GrantedExtension[]; suspensions?: Suspension[] }
const dueOf = (ctx: Ctx, ruleCode: string, start: IsoDate, options: DueOptions = {}): IsoDate =>
  computeDeadline({
    ruleCode,
    start,
    calendar: ctx.calendar,
    ...(options.category ? { category: options.category } : {}),
    ...(options.extensions ? { extensionsGranted: options.extensions } : {}),
    ...(options.suspensions ? { suspensions: options.suspensions } : {}),
  }).dueDate ?? addDays(start, 60)

export type SubjectTemplate = { role: 'suspect' | 'party' | 'authority' }
export type Flow = { kind: MatterKind; titles: readonly string[]; subjects: SubjectTemplate[]; drafts: Draft[] }

const reportFlow = (ctx: Ctx, start: IsoDate): Flow => {
  const { random } = ctx
  const profile = random.weighted(CRIMES.map((p) => [p, p.weight] as const))
  const drafts: Draft[] = [
    draft('report_received', start, {
      series: 'TB-CSĐT',
      body: POLICE,
      data: {
        source: random.weighted([
          ['to_giac', 45],
          ['tin_bao', 45],
          ['kien_nghi_khoi_to', 10],
        ] as const),
        investigatingBody: POLICE,
      },
    }),
  ]
  const due = dueOf(ctx, 'BLTTHS_147_NGUON_TIN', start)
  const complexDue = dueOf(ctx, 'BLTTHS_147_NGUON_TIN_PHUC_TAP', start)
  const mode = random.weighted([
    ['simple', 48],
    ['complex', 22],
    ['extended', 8],
    ['suspended', 10],
    ['late', 12],
  ] as const)
  let decideOn: IsoDate | null
  if (mode === 'simple') decideOn = between(ctx, addDays(start, 5), addDays(due, -1))
  else if (mode === 'late') decideOn = workingDay(ctx, addDays(due, random.int(1, 40)))
  else if (mode === 'complex' || mode === 'extended') {
    drafts.push(draft('report_complex', after(ctx, start, 3, 12), { series: 'QĐ-VKS', body: PROCURACY }))
    if (mode === 'complex') decideOn = between(ctx, addDays(start, 25), addDays(complexDue, -1))
    else {
      drafts.push(
        draft('report_extended', between(ctx, addDays(complexDue, -12), addDays(complexDue, -6)), {
          series: 'QĐ-VKS',
          body: PROCURACY,
          data: { amount: 2, unit: 'months' },
        }),
      )
      decideOn = between(ctx, addDays(complexDue, 5), addDays(complexDue, 55))
    }
  } else {
    const suspendedOn = between(ctx, addDays(start, 8), addDays(due, -1))
    drafts.push(
      draft('report_suspended', suspendedOn, {
        series: 'QĐ-CSĐT',
        body: POLICE,
        data: { reason: 'Chưa xác định được người thực hiện hành vi (Điều 148 BLTTHS)' },
      }),
    )
    if (random.chance(0.5)) {
      const resumedOn = after(ctx, suspendedOn, 30, 200)
      drafts.push(draft('report_resumed', resumedOn, { series: 'QĐ-CSĐT', body: POLICE }))
      decideOn = after(ctx, resumedOn, 5, 25)
    } else decideOn = null
  }
  if (decideOn !== null) {
    const decision = random.weighted([
      ['report_case_instituted', 30],
      ['report_not_instituted', 45],
      ['report_transferred', 10],
      ['report_administrative', 15],
    ] as const)
    const data =
      decision === 'report_case_instituted'
        ? { charge: profile.charge }
        : decision === 'report_not_instituted'
          ? { reason: 'Không có sự việc phạm tội (Điều 157 BLTTHS)' }
          : decision === 'report_transferred'
            ? { toBody: 'Cơ quan Cảnh sát điều tra Công an tỉnh khác' }
            : {}
    drafts.push(draft(decision, decideOn, { series: 'QĐ-CSĐT', body: POLICE, data }))
  }
  return { kind: 'crime_report', titles: profile.titles, subjects: [], drafts }
}

const FIRST_INVESTIGATION_EXTENSION: Record<CrimeCategory, number> = {
  it_nghiem_trong: 2,
  nghiem_trong: 3,
  rat_nghiem_trong: 4,
  dac_biet_nghiem_trong: 4,
}
const FIRST_DETENTION_EXTENSION: Record<CrimeCategory, number> = {
  it_nghiem_trong: 1,
  nghiem_trong: 2,
  rat_nghiem_trong: 3,
  dac_biet_nghiem_trong: 4,
}
const PROSECUTION_EXTENSION: Record<CrimeCategory, number> = {
  it_nghiem_trong: 10,
  nghiem_trong: 10,
  rat_nghiem_trong: 15,
  dac_biet_nghiem_trong: 30,
}

const caseFlow = (ctx: Ctx, start: IsoDate): Flow => {
  const { random } = ctx
  const profile = random.weighted(CRIMES.map((p) => [p, p.weight] as const))
  const category = classifyCharge(profile.charge).category
  const police = profile.economic ? POLICE_ECONOMIC : POLICE
  const count = random.int(profile.suspects[0], profile.suspects[1])
  const subjects: SubjectTemplate[] = Array.from({ length: count }, () => ({ role: 'suspect' }))
  const drafts: Draft[] = [
    draft('case_instituted', start, {
      series: 'QĐ-CSĐT',
      body: police,
      data: { charge: profile.charge, investigatingBody: police },
    }),
  ]

  const mode = random.weighted([
    ['normal', 61],
    ['late', 5],
    ['extended', 16],
    ['returned', 5],
    ['terminated', 5],
    ['fled', 8],
  ] as const)
  const due = dueOf(ctx, 'BLTTHS_172_DIEU_TRA', start, { category })
  const extension = FIRST_INVESTIGATION_EXTENSION[category]
  const extendedDue = dueOf(ctx, 'BLTTHS_172_DIEU_TRA', start, { category, extensions: [{ lengthMonths: extension }] })

  // Suspects are charged, approved, sometimes held in custody then detained (Điều 117–119, 173).
  const detained: { subject: number; from: IsoDate }[] = []
  for (let s = 1; s <= count; s++) {
    const chargedOn = s === 1 ? start : after(ctx, start, 0, 12)
    const held = mode !== 'fled' && random.chance(profile.detention)
    const custody = held ? random.chance(0.6) : random.chance(0.15)
    if (custody)
      drafts.push(draft('custody_ordered', chargedOn, { subject: s, at: time(ctx), series: 'QĐ-CSĐT', body: police }))
    drafts.push(
      draft('suspect_instituted', chargedOn, {
        subject: s,
        series: 'QĐ-CSĐT',
        body: police,
        data: { charge: profile.charge },
      }),
    )
    drafts.push(
      draft('procuracy_approved', after(ctx, chargedOn, 1, 3), { subject: s, series: 'QĐ-VKS', body: PROCURACY }),
    )
    const heldFrom = custody ? addDays(chargedOn, random.int(1, 2)) : chargedOn
    if (held) {
      drafts.push(draft('detention_ordered', heldFrom, { subject: s, series: 'LTG-CSĐT', body: police }))
      detained.push({ subject: s, from: heldFrom })
    } else if (custody)
      drafts.push(
        draft('detention_ended', heldFrom, {
          subject: s,
          series: 'QĐ-CSĐT',
          body: police,
          data: { reason: 'Hủy bỏ biện pháp tạm giữ, áp dụng biện pháp cấm đi khỏi nơi cư trú' },
        }),
      )
  }

  let concludedOn: IsoDate | null = null
  if (mode === 'normal' || mode === 'returned') concludedOn = between(ctx, addDays(start, 28), addDays(due, -3))
  else if (mode === 'late') concludedOn = workingDay(ctx, addDays(due, random.int(3, 40)))
  else if (mode === 'extended') {
    drafts.push(
      draft('investigation_extended', between(ctx, addDays(due, -14), addDays(due, -10)), {
        series: 'QĐ-VKS',
        body: PROCURACY,
        data: { amount: extension, unit: 'months' },
      }),
    )
    concludedOn = between(ctx, addDays(due, 5), addDays(extendedDue, -3))
  } else if (mode === 'terminated') {
    const endedOn = between(ctx, addDays(start, 25), addDays(due, -3))
    for (const d of detained)
      drafts.push(
        draft('detention_ended', endedOn, {
          subject: d.subject,
          series: 'QĐ-CSĐT',
          body: police,
          data: { reason: 'Đình chỉ điều tra' },
        }),
      )
    drafts.push(
      draft('case_terminated', endedOn, {
        series: 'QĐ-CSĐT',
        body: police,
        data: { reason: 'Bị hại rút yêu cầu khởi tố (Điều 155 BLTTHS)', noCrime: false },
      }),
    )
    return { kind: 'criminal_case', titles: profile.titles, subjects, drafts }
  } else {
    const suspendedOn = between(ctx, addDays(due, -15), addDays(due, -4))
    drafts.push(
      draft('investigation_suspended', suspendedOn, {
        series: 'QĐ-CSĐT',
        body: police,
        data: { reason: 'Bị can bỏ trốn, đã ra quyết định truy nã (Điều 229 BLTTHS)' },
      }),
    )
    if (random.chance(0.5)) return { kind: 'criminal_case', titles: profile.titles, subjects, drafts }
    const resumedOn = after(ctx, suspendedOn, 30, 200)
    drafts.push(draft('investigation_resumed', resumedOn, { series: 'QĐ-CSĐT', body: police }))
    // Điều 174 khoản 1: the resumed investigation has a period of its own from the resumption.
    const resumedDue = dueOf(ctx, 'BLTTHS_174_PHUC_HOI_DIEU_TRA', resumedOn, { category })
    concludedOn = between(ctx, addDays(resumedOn, 10), addDays(resumedDue, -3))
  }

  // Detention for investigation runs to the file's receipt (Điều 173); extended when the investigation was.
  for (const d of detained) {
    const detentionDue = dueOf(ctx, 'BLTTHS_173_TAM_GIAM', d.from, { category })
    if (detentionDue < addDays(concludedOn, 5))
      drafts.push(
        draft('detention_extended', between(ctx, addDays(detentionDue, -14), addDays(detentionDue, -10)), {
          subject: d.subject,
          series: 'QĐ-VKS',
          body: PROCURACY,
          data: { amount: FIRST_DETENTION_EXTENSION[category], unit: 'months' },
        }),
      )
  }
  drafts.push(draft('investigation_concluded', concludedOn, { series: 'KLĐT-CSĐT', body: police }))
  let fileOn = after(ctx, concludedOn, 1, 4)
  drafts.push(draft('file_received', fileOn, { series: 'TLHS-VKS', body: PROCURACY }))
  // Each stage orders its own detention (Điều 241 prosecution, Điều 278 trial): no clock is encoded for them.
  const stageDetention = (on: IsoDate, series: string, body: string) => {
    for (const d of detained) drafts.push(draft('detention_ordered', on, { subject: d.subject, series, body }))
  }
  stageDetention(after(ctx, fileOn, 1, 3), 'LTG-VKS', PROCURACY)
  for (let s = 1; s <= count; s++) {
    if (random.chance(0.08))
      drafts.push(
        draft('charge_changed', between(ctx, addDays(start, 20), addDays(concludedOn, -2)), {
          subject: s,
          series: 'QĐ-CSĐT',
          body: police,
          data: { charge: profile.charge },
        }),
      )
  }
  if (mode === 'returned') {
    const returnedOn = after(ctx, fileOn, 5, 15)
    drafts.push(
      draft('returned_for_investigation', returnedOn, {
        series: 'QĐ-VKS',
        body: PROCURACY,
        data: { reason: 'Cần xem xét thêm chứng cứ quan trọng (Điều 245 BLTTHS)' },
      }),
    )
    const againOn = after(ctx, returnedOn, 25, 55)
    drafts.push(draft('investigation_concluded', againOn, { series: 'KLĐT-CSĐT', body: police }))
    fileOn = after(ctx, againOn, 1, 4)
    drafts.push(draft('file_received', fileOn, { series: 'TLHS-VKS', body: PROCURACY }))
  }

  // Prosecution (Điều 240), trial preparation (Điều 277), trial, the protest window (Điều 337).
  const prosecutionDue = dueOf(ctx, 'BLTTHS_240_TRUY_TO', fileOn, { category })
  let indictedOn: IsoDate
  if (random.chance(0.1)) {
    drafts.push(
      draft('prosecution_extended', between(ctx, addDays(prosecutionDue, -6), addDays(prosecutionDue, -2)), {
        series: 'QĐ-VKS',
        body: PROCURACY,
        data: { amount: PROSECUTION_EXTENSION[category], unit: 'days' },
      }),
    )
    indictedOn = between(
      ctx,
      addDays(prosecutionDue, 1),
      dueOf(ctx, 'BLTTHS_240_TRUY_TO', fileOn, {
        category,
        extensions: [{ lengthDays: PROSECUTION_EXTENSION[category] }],
      }),
    )
  } else if (random.chance(0.05)) indictedOn = workingDay(ctx, addDays(prosecutionDue, random.int(1, 25)))
  else indictedOn = between(ctx, addDays(fileOn, 6), addDays(prosecutionDue, -1))
  drafts.push(
    draft('indicted', indictedOn, {
      series: 'CT-VKS',
      body: PROCURACY,
      data: { charges: subjects.map((_, i) => ({ subjectId: i + 1, charge: profile.charge })) },
    }),
  )
  if (profile.economic)
    drafts.push(draft('assets_to_recover', indictedOn, { data: { amountVnd: random.int(5, 900) * 1_000_000 } }))
  const acceptedOn = after(ctx, indictedOn, 3, 10)
  drafts.push(draft('court_accepted', acceptedOn, { series: 'TLST-HS', body: COURT }))
  stageDetention(after(ctx, acceptedOn, 1, 5), 'QĐTG-HS', COURT)
  const preparationDue = dueOf(ctx, 'BLTTHS_277_CHUAN_BI_XET_XU', acceptedOn, { category })
  const scheduledOn = between(ctx, addDays(acceptedOn, 10), addDays(preparationDue, -2))
  drafts.push(draft('trial_scheduled', scheduledOn, { series: 'QĐXXST-HS', body: COURT }))
  const trialOn = after(ctx, scheduledOn, 5, 13)
  const hearing = { online: random.chance(0.08), modelHearing: random.chance(0.15) }
  drafts.push(
    draft('first_instance_trial', trialOn, {
      series: 'HSST',
      body: COURT,
      data: { ...hearing, verdicts: subjects.map((_, i) => ({ subjectId: i + 1, verdict: 'convicted_as_charged' })) },
    }),
  )
  if (profile.economic && random.chance(0.7))
    drafts.push(
      draft('assets_recovered', after(ctx, trialOn, 10, 90), { data: { amountVnd: random.int(1, 5) * 1_000_000 } }),
    )
  if (random.chance(0.1)) {
    const protestOn = after(ctx, trialOn, 4, 10)
    drafts.push(draft('appeal_protest', protestOn, { series: 'QĐKNPT-VKS', body: PROCURACY, data: { level: 'same' } }))
    const appealOn = after(ctx, protestOn, 45, 120)
    drafts.push(
      draft('appellate_trial', appealOn, {
        series: 'HSPT',
        body: PROVINCIAL_COURT,
        data: { online: false, modelHearing: random.chance(0.1) },
      }),
    )
    drafts.push(
      draft('protest_outcome', appealOn, {
        data: {
          outcome: random.weighted([
            ['accepted', 60],
            ['partly_accepted', 20],
            ['rejected', 20],
          ] as const),
        },
      }),
    )
    drafts.push(draft('judgment_effective', appealOn))
  } else drafts.push(draft('judgment_effective', after(ctx, trialOn, 16, 25)))
  if (random.chance(0.12)) {
    const issuedOn = between(ctx, addDays(start, 15), trialOn)
    drafts.push(
      draft('recommendation_issued', issuedOn, {
        series: 'KN-VKS',
        body: PROCURACY,
        data: { addressee: police, content: 'Kiến nghị phòng ngừa vi phạm pháp luật và tội phạm' },
      }),
    )
    drafts.push(
      draft('recommendation_outcome', after(ctx, issuedOn, 30, 60), { data: { accepted: random.chance(0.9) } }),
    )
  }
  return { kind: 'criminal_case', titles: profile.titles, subjects, drafts }
}

const civilFlow = (ctx: Ctx, start: IsoDate): Flow => {
  const { random } = ctx
  const type = random.weighted(CIVIL_KINDS.map((t) => [t, t.weight] as const))
  const admin = type.kind === 'administrative'
  const prefix = admin ? 'LTTHC_213' : 'BLTTDS_280'
  const series = admin ? 'HC' : 'DS'
  const drafts: Draft[] = [
    draft('court_accepted', start, { series: `TLST-${series}`, body: COURT }),
    draft('civil_accepted', start, { series: 'TB-VKS', body: PROCURACY, data: { court: COURT } }),
  ]
  const heardOn = after(ctx, start, type.duration[0], type.duration[1])
  const attended = random.chance(type.attend)
  const decision = random.chance(type.decision)
  drafts.push(
    draft('trial_scheduled', between(ctx, addDays(heardOn, -30), addDays(heardOn, -10)), {
      series: `QĐXXST-${series}`,
      body: COURT,
    }),
  )
  // Sessions on evidence and conciliation, and adjourned hearings, each attended by the procurator.
  for (let n = random.int(2, 5), on = heardOn; n > 0; n--) {
    on = addDays(on, -random.int(10, 30))
    if (on <= addDays(start, 5)) break
    if (attended || admin)
      drafts.push(
        draft('hearing_attended', between(ctx, on, addDays(on, 3)), {
          data: { online: random.chance(0.08), modelHearing: random.chance(0.1) },
        }),
      )
  }
  let windowFrom: IsoDate
  if (decision) {
    windowFrom = after(ctx, heardOn, 1, 5)
    drafts.push(
      draft('judgment_received', windowFrom, { series: `QĐST-${series}`, body: COURT, data: { decision: true } }),
    )
  } else if (attended) {
    windowFrom = heardOn
    drafts.push(draft('hearing_attended', heardOn, { data: { online: false, modelHearing: random.chance(0.1) } }))
    drafts.push(
      draft('judgment_pronounced', heardOn, {
        series: `BA-${series}ST`,
        body: COURT,
        data: { prosecutorAttended: true },
      }),
    )
    drafts.push(draft('judgment_received', after(ctx, heardOn, 2, 10), { body: COURT, data: { decision: false } }))
  } else {
    windowFrom = after(ctx, heardOn, 3, 12)
    drafts.push(
      draft('judgment_received', windowFrom, { series: `BA-${series}ST`, body: COURT, data: { decision: false } }),
    )
  }
  const windowDue = dueOf(ctx, `${prefix}_${decision ? 'QUYET_DINH' : 'BAN_AN'}_CUNG_CAP`, windowFrom)
  const path = random.weighted([
    ['none', 80],
    ['appeal', decision ? 0 : 15],
    ['protest', 5],
  ] as const)
  let endOn: IsoDate
  if (path === 'protest') {
    const protestOn = between(ctx, addDays(windowFrom, 3), addDays(windowDue, -1))
    drafts.push(draft('appeal_protest', protestOn, { series: 'QĐKNPT-VKS', body: PROCURACY, data: { level: 'same' } }))
    endOn = after(ctx, protestOn, 45, 120)
    drafts.push(
      draft('appellate_trial', endOn, {
        series: `BA-${series}PT`,
        body: PROVINCIAL_COURT,
        data: { online: false, modelHearing: false },
      }),
    )
    drafts.push(
      draft('protest_outcome', endOn, {
        data: {
          outcome: random.weighted([
            ['accepted', 60],
            ['partly_accepted', 20],
            ['rejected', 20],
          ] as const),
        },
      }),
    )
    drafts.push(draft('judgment_effective', endOn))
  } else if (path === 'appeal') {
    endOn = after(ctx, windowFrom, 60, 150)
    drafts.push(
      draft('appellate_trial', endOn, {
        series: `BA-${series}PT`,
        body: PROVINCIAL_COURT,
        data: { online: false, modelHearing: false },
      }),
    )
    drafts.push(draft('judgment_effective', endOn))
  } else {
    endOn = addDays(windowDue, random.int(1, 10))
    drafts.push(draft(decision ? 'matter_closed' : 'judgment_effective', endOn))
  }
  if (random.chance(0.15)) {
    const issuedOn = between(ctx, addDays(start, 20), endOn)
    drafts.push(
      draft('recommendation_issued', issuedOn, {
        series: 'KN-VKS',
        body: PROCURACY,
        data: { addressee: COURT, content: 'Kiến nghị khắc phục vi phạm về thời hạn chuẩn bị xét xử' },
      }),
    )
    drafts.push(
      draft('recommendation_outcome', after(ctx, issuedOn, 30, 60), { data: { accepted: random.chance(0.9) } }),
    )
  }
  const subjects: SubjectTemplate[] = [{ role: 'party' }, { role: admin ? 'authority' : 'party' }]
  return { kind: type.kind, titles: type.titles, subjects, drafts }
}

// ── template slots and instances ─────────────────────────────────────────────────────────

/** The national mix (DESIGN.md "Scale"): crime reports, criminal cases, civil and administrative matters. */
export const KIND_MIX: readonly (readonly [MatterKind | 'civil_or_administrative', number])[] = [
  ['crime_report', 26],
  ['criminal_case', 32],
  ['civil_or_administrative', 42],
]

export type Instance = {
  slot: number
  day: number
  kind: MatterKind
  titles: readonly string[]
  subjects: SubjectTemplate[]
  /** Sorted, without acts after today; event i has template id i + 1. */
  drafts: Draft[]
  receivedOn: IsoDate
  state: ReturnType<typeof deriveMatterState>
  deadlines: DerivedDeadline[]
  nextDueDate: IsoDate | null
  /** Problems the register's validator found with the acts, when asked to validate. */
  problems: string[]
}

/** As recompute.ts stores it: a missed open obligation stays 'open' (overdue is computed per query). */
export { storedStatus }

const toEvent = (d: Draft, i: number): RegisterEvent => ({
  id: i + 1,
  type: d.type,
  occurredOn: d.on,
  occurredAt: d.at,
  subjectId: d.subject,
  documentNumber: null,
  issuingBody: d.body,
  data: d.data,
  voided: false,
  sequence: i + 1,
})

export const slotKind = (slot: number, variants: number): (typeof KIND_MIX)[number][0] =>
  KIND_MIX[Math.floor(slot / variants)]![0]

/** One template instance: the flow a matter of this slot received on `first + day` went through, as of `today`. */
export const buildInstance = (options: {
  slot: number
  variants: number
  day: number
  first: IsoDate
  today: IsoDate
  seed: number
  calendar: WorkingCalendar
  validate: boolean
}): Instance => {
  const { slot, variants, day, first, today, calendar } = options
  const random = createRandom((options.seed * 1_000_003 + slot * 7_919 + day * 104_729) >>> 0)
  const ctx: Ctx = { random, calendar }
  let start = workingDay(ctx, addDays(first, day))
  while (start > today) start = addDays(start, -1)
  const kind = slotKind(slot, variants)
  const flow =
    kind === 'crime_report'
      ? reportFlow(ctx, start)
      : kind === 'criminal_case'
        ? caseFlow(ctx, start)
        : civilFlow(ctx, start)
  // Acts are often entered days or weeks after they happen: for some matters the register
  // is behind, and a clock already closed in fact is still open — and overdue — in the data.
  const lag = createRandom((options.seed * 31 + slot * 131 + day * 7) >>> 0)
  const recordedUpTo = addDays(today, lag.chance(0.3) ? -lag.int(1, 45) : 0)
  const drafts = flow.drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) =>
      a.d.on < b.d.on ? -1 : a.d.on > b.d.on ? 1 : (RANK.get(a.d.type) ?? 0) - (RANK.get(b.d.type) ?? 0) || a.i - b.i,
    )
    .map(({ d }) => d)
    .filter((d, i) => i === 0 || d.on <= recordedUpTo)
  const facts: MatterFacts = {
    kind: flow.kind,
    receivedOn: drafts[0]!.on,
    subjects: flow.subjects.map((_, i) => ({ id: i + 1, fullName: `Người ${i + 1}` })),
    events: drafts.map(toEvent),
  }
  const problems: string[] = []
  if (options.validate) {
    drafts.forEach((d, i) => {
      const prior: MatterFacts = { ...facts, events: facts.events.slice(0, i) }
      for (const p of validateNewEvent(
        prior,
        { type: d.type, occurredOn: d.on, occurredAt: d.at, subjectId: d.subject, data: d.data },
        today,
      ))
        problems.push(`${flow.kind}/${d.type}: ${p.code} ${p.path} ${p.message}`)
    })
  }
  const state = deriveMatterState(facts)
  const deadlines = deriveDeadlines(facts, calendar, today)
  const open = deadlines.filter((d) => storedStatus(d) === 'open' && d.dueDate !== null).map((d) => d.dueDate!)
  return {
    slot,
    day,
    kind: flow.kind,
    titles: flow.titles,
    subjects: flow.subjects,
    drafts,
    receivedOn: facts.receivedOn,
    state,
    deadlines,
    nextDueDate: open.sort()[0] ?? null,
    problems,
  }
}
