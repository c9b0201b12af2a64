// The catalogue of titles and reward forms as effective-dated data (issue 14 item 1; DOMAIN.md
// §7.1–7.3). For every AwardCode one or more entries, each in force between two dates by the
// instrument that governs it:
//   - the Law on Emulation and Commendation 06/2022/QH15 (in force 01/01/2024) with Nghị định
//     98/2023/NĐ-CP until 30/06/2025, then with Nghị định 152/2025/NĐ-CP from 01/07/2025;
//   - for the sector's own titles and forms (Chiến sĩ thi đua ngành, Cờ thi đua của ngành, Bằng
//     khen of the Viện trưởng VKSNDTC, Kỷ niệm chương), Thông tư 01/2019/TT-VKSTC until 30/09/2024,
//     then Thông tư 02/2024/TT-VKSTC from 01/10/2024.
// Nothing before 01/01/2024 (the 2003 Law) is encoded: asking for an earlier date is refused.
//
// A title (danh hiệu thi đua) and a reward form (hình thức khen thưởng) are different kinds; an entry
// is one or the other, never both (DOMAIN.md §7.2). Numbers the law states as thresholds are named
// parameters with a stable key, a default and its source; where DOMAIN.md marks a value [news] or
// [unconfirmed], the parameter carries that note, and the emulation officer may override it per key
// and effective date without a code change (ParameterOverrides, stored by the server).
import { EmulationError } from './errors.ts'
import type { AwardCode, AwardKind, AwardSubject, DecidingLevel } from './vocabulary.ts'

/** How far a value was verified (DOMAIN.md §7 marks): the text was read, the press reports it, or inferred. */
export type Confirmation = 'confirmed' | 'news' | 'unconfirmed'

export type ConfirmationNote = { status: Confirmation; text: string }

// --- Instruments -------------------------------------------------------------------------------

export const INSTRUMENTS = ['law2022_nd98', 'law2022_nd152', 'tt01_2019', 'tt02_2024'] as const
export type InstrumentCode = (typeof INSTRUMENTS)[number]

export type Instrument = { code: InstrumentCode; name: string; validFrom: string; validTo: string | null }

export const INSTRUMENT_PERIODS: Readonly<Record<InstrumentCode, Instrument>> = {
  law2022_nd98: {
    code: 'law2022_nd98',
    name: 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP',
    validFrom: '2024-01-01',
    validTo: '2025-06-30',
  },
  law2022_nd152: {
    code: 'law2022_nd152',
    name: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP',
    validFrom: '2025-07-01',
    validTo: null,
  },
  tt01_2019: {
    code: 'tt01_2019',
    name: 'Luật Thi đua, khen thưởng 2022; Thông tư 01/2019/TT-VKSTC',
    validFrom: '2024-01-01',
    validTo: '2024-09-30',
  },
  tt02_2024: {
    code: 'tt02_2024',
    name: 'Luật Thi đua, khen thưởng 2022; Thông tư 02/2024/TT-VKSTC',
    validFrom: '2024-10-01',
    validTo: null,
  },
}

// --- Parameters --------------------------------------------------------------------------------

export const PARAMETER_KEYS = [
  'lao_dong_tien_tien.new_hire_min_months',
  'lao_dong_tien_tien.absence_excluded_from_days',
  'lao_dong_tien_tien.absence_not_eligible_from_days',
  'chien_si_thi_dua_nganh.cstdcs_years',
  'chien_si_thi_dua_nganh.council_vote_share',
  'tap_the_lao_dong_tien_tien.member_ldtt_min_percent',
  'tap_the_lao_dong_xuat_sac.member_ldtt_min_percent',
  'tap_the_lao_dong_xuat_sac.cap_percent',
  'co_thi_dua_nganh.block_vote_share',
  'bang_khen_nganh.consecutive_years',
  'bang_khen_nganh.initiatives',
  'bang_khen_thu_tuong.window_years',
  'bang_khen_thu_tuong.cstdcs_years',
  'huan_chuong_lao_dong_hang_ba.window_years',
  'huan_chuong_lao_dong_hang_ba.excellent_years',
  'huan_chuong_lao_dong_hang_ba.cstdcs_years',
  'ky_niem_chuong.service_years',
] as const
export type ParameterKey = (typeof PARAMETER_KEYS)[number]

export type ParameterUnit = 'percent' | 'months' | 'days' | 'years' | 'count'

/** One default value of a parameter, in force between two dates. */
export type ParameterDefinition = {
  key: ParameterKey
  label: string
  unit: ParameterUnit
  value: number
  validFrom: string
  validTo: string | null
  source: string
  confirmation: ConfirmationNote
}

const FROM_LAW = '2024-01-01'

const param = (
  key: ParameterKey,
  label: string,
  unit: ParameterUnit,
  value: number,
  source: string,
  confirmation: ConfirmationNote,
  validFrom = FROM_LAW,
  validTo: string | null = null,
): ParameterDefinition => ({ key, label, unit, value, validFrom, validTo, source, confirmation })

const NEWS = (text: string): ConfirmationNote => ({ status: 'news', text })
const UNCONFIRMED = (text: string): ConfirmationNote => ({ status: 'unconfirmed', text })
const CONFIRMED = (text: string): ConfirmationNote => ({ status: 'confirmed', text })

export const PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = [
  param(
    'lao_dong_tien_tien.new_hire_min_months',
    'Thời gian công tác tối thiểu tính đến hết năm thi đua để xét Lao động tiên tiến',
    'months',
    6,
    'Thông tư 02/2024/TT-VKSTC (trường hợp không xét Lao động tiên tiến: mới tuyển dụng dưới 06 tháng)',
    NEWS('Theo DOMAIN.md §7.3 [news]: không xét cá nhân mới tuyển dụng dưới 06 tháng; chưa đối chiếu nguyên văn.'),
  ),
  param(
    'lao_dong_tien_tien.absence_excluded_from_days',
    'Số ngày nghỉ trong năm từ đó không xét Lao động tiên tiến (03 tháng)',
    'days',
    90,
    'Thông tư 02/2024/TT-VKSTC (nghỉ từ 03 tháng đến dưới 06 tháng không xét Lao động tiên tiến)',
    NEWS(
      '03 tháng tính là 90 ngày (quy ước tháng 30 ngày của phần mềm); nghỉ thai sản không tính. DOMAIN.md §7.3 [news].',
    ),
  ),
  param(
    'lao_dong_tien_tien.absence_not_eligible_from_days',
    'Số ngày nghỉ trong năm từ đó không thuộc diện bình xét (06 tháng)',
    'days',
    180,
    'Thông tư 02/2024/TT-VKSTC (nghỉ từ 06 tháng trở lên)',
    NEWS('06 tháng tính là 180 ngày; người nghỉ từ 06 tháng trở lên không thuộc diện bình xét trong năm.'),
  ),
  param(
    'chien_si_thi_dua_nganh.cstdcs_years',
    'Số năm liên tục đạt Chiến sĩ thi đua cơ sở',
    'years',
    3,
    'Luật Thi đua, khen thưởng 2022, Điều 22',
    NEWS('03 lần liên tục đạt Chiến sĩ thi đua cơ sở (DOMAIN.md §7.3 [news]).'),
  ),
  param(
    'chien_si_thi_dua_nganh.council_vote_share',
    'Tỷ lệ phiếu đồng ý tối thiểu của Hội đồng thi đua – khen thưởng ngành (%)',
    'percent',
    90,
    'Thông tư 01/2019/TT-VKSTC',
    NEWS('TT 01/2019/TT-VKSTC yêu cầu từ 90% phiếu của Hội đồng ngành trở lên (DOMAIN.md §7.3 [news]).'),
    FROM_LAW,
    '2024-09-30',
  ),
  param(
    'chien_si_thi_dua_nganh.council_vote_share',
    'Tỷ lệ phiếu đồng ý tối thiểu của Hội đồng thi đua – khen thưởng ngành (%)',
    'percent',
    90,
    'Thông tư 02/2024/TT-VKSTC',
    UNCONFIRMED(
      'Tỷ lệ phiếu theo TT 02/2024/TT-VKSTC chưa xác minh; tạm dùng 90% của TT 01/2019. Cán bộ thi đua có thể sửa.',
    ),
    '2024-10-01',
  ),
  param(
    'tap_the_lao_dong_tien_tien.member_ldtt_min_percent',
    'Tỷ lệ cá nhân đạt Lao động tiên tiến tối thiểu (%)',
    'percent',
    70,
    'Luật Thi đua, khen thưởng 2022, Điều 28',
    NEWS(
      'Từ 70% cá nhân đạt Lao động tiên tiến (DOMAIN.md §7.3 [news — đọc lại trước khi dùng]; Luật 2003 là trên 50%).',
    ),
  ),
  param(
    'tap_the_lao_dong_xuat_sac.member_ldtt_min_percent',
    'Tỷ lệ cá nhân đạt Lao động tiên tiến tối thiểu (%)',
    'percent',
    70,
    'Luật Thi đua, khen thưởng 2022, Điều 27; Thông tư 02/2024/TT-VKSTC, Điều 18',
    NEWS('Có ít nhất 70% cá nhân đạt Lao động tiên tiến (DOMAIN.md §7.3: Điều 18 [confirmed], Điều 27 [news]).'),
  ),
  param(
    'tap_the_lao_dong_xuat_sac.cap_percent',
    'Tỷ lệ tối đa Tập thể lao động xuất sắc trên số tập thể đạt Tập thể lao động tiên tiến (%)',
    'percent',
    20,
    'Thông tư 02/2024/TT-VKSTC, Điều 18',
    CONFIRMED('Không quá 20% số tập thể đạt Tập thể lao động tiên tiến, ít nhất 01 (DOMAIN.md §7.3 [confirmed]).'),
    '2024-10-01',
  ),
  param(
    'co_thi_dua_nganh.block_vote_share',
    'Tỷ lệ phiếu đồng ý tối thiểu của các thành viên cụm, khối (%)',
    'percent',
    80,
    'Thông tư 01/2019/TT-VKSTC, Điều 20',
    NEWS('TT 01/2019/TT-VKSTC Điều 20 yêu cầu từ 80% phiếu của thành viên cụm, khối (DOMAIN.md §7.3).'),
    FROM_LAW,
    '2024-09-30',
  ),
  param(
    'co_thi_dua_nganh.block_vote_share',
    'Tỷ lệ phiếu đồng ý tối thiểu của các thành viên cụm, khối (%)',
    'percent',
    80,
    'Thông tư 02/2024/TT-VKSTC, Điều 17',
    UNCONFIRMED(
      'Tỷ lệ phiếu theo TT 02/2024/TT-VKSTC chưa xác minh; tạm dùng 80% của TT 01/2019. Cán bộ thi đua có thể sửa.',
    ),
    '2024-10-01',
  ),
  param(
    'bang_khen_nganh.consecutive_years',
    'Số năm liên tục (Chiến sĩ thi đua cơ sở, hoặc hoàn thành xuất sắc nhiệm vụ)',
    'years',
    2,
    'Luật Thi đua, khen thưởng 2022, Điều 74',
    NEWS(
      '02 năm liên tục Chiến sĩ thi đua cơ sở, hoặc từ 02 năm liên tục hoàn thành xuất sắc nhiệm vụ (DOMAIN.md §7.3 [news]).',
    ),
  ),
  param(
    'bang_khen_nganh.initiatives',
    'Số sáng kiến được áp dụng ở cơ sở trong các năm hoàn thành xuất sắc',
    'count',
    2,
    'Luật Thi đua, khen thưởng 2022, Điều 74',
    NEWS('02 sáng kiến được công nhận, áp dụng ở cơ sở (DOMAIN.md §7.3 [news]).'),
  ),
  param(
    'bang_khen_thu_tuong.window_years',
    'Số năm liên tục hoàn thành tốt nhiệm vụ trở lên sau Bằng khen cấp bộ, ngành',
    'years',
    5,
    'Luật Thi đua, khen thưởng 2022, Điều 73',
    NEWS(
      'Đã được tặng Bằng khen cấp bộ, ngành, 05 năm tiếp theo liên tục hoàn thành tốt nhiệm vụ trở lên (DOMAIN.md §7.3 [news]).',
    ),
  ),
  param(
    'bang_khen_thu_tuong.cstdcs_years',
    'Số năm Chiến sĩ thi đua cơ sở trong thời gian đó',
    'years',
    3,
    'Luật Thi đua, khen thưởng 2022, Điều 73',
    NEWS('Trong thời gian đó có 03 lần đạt Chiến sĩ thi đua cơ sở (DOMAIN.md §7.3 [news]).'),
  ),
  param(
    'huan_chuong_lao_dong_hang_ba.window_years',
    'Số năm liên tục hoàn thành tốt nhiệm vụ trở lên sau Bằng khen của Thủ tướng Chính phủ',
    'years',
    5,
    'Luật Thi đua, khen thưởng 2022, Điều 44',
    NEWS(
      'Đã được tặng Bằng khen của Thủ tướng Chính phủ, 05 năm tiếp theo liên tục hoàn thành tốt nhiệm vụ trở lên (DOMAIN.md §7.3 [news]).',
    ),
  ),
  param(
    'huan_chuong_lao_dong_hang_ba.excellent_years',
    'Số năm hoàn thành xuất sắc nhiệm vụ tối thiểu trong thời gian đó',
    'years',
    1,
    'Luật Thi đua, khen thưởng 2022, Điều 44',
    NEWS('Trong đó có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ (DOMAIN.md §7.3 [news]).'),
  ),
  param(
    'huan_chuong_lao_dong_hang_ba.cstdcs_years',
    'Số năm Chiến sĩ thi đua cơ sở trong thời gian đó',
    'years',
    3,
    'Luật Thi đua, khen thưởng 2022, Điều 44',
    NEWS('Và 03 lần đạt Chiến sĩ thi đua cơ sở (DOMAIN.md §7.3 [news]).'),
  ),
  param(
    'ky_niem_chuong.service_years',
    'Số năm công tác liên tục trong ngành',
    'years',
    15,
    'Thông tư 02/2024/TT-VKSTC, Điều 21',
    CONFIRMED('Tặng một lần cho cá nhân có 15 năm công tác liên tục trong ngành (DOMAIN.md §7.2 [confirmed]).'),
  ),
]

/** An emulation officer's value for a parameter from a date on (the server stores who and why). */
export type ParameterOverride = { validFrom: string; value: number }

/** Overrides by parameter key; for one key the latest whose validFrom ≤ the date applies. */
export type ParameterOverrides = ReadonlyMap<string, readonly ParameterOverride[]>

export const NO_OVERRIDES: ParameterOverrides = new Map()

/** The value in force, whether an officer's override or the default, with the default's source and note. */
export type ParameterValue = {
  key: ParameterKey
  value: number
  overridden: boolean
  definition: ParameterDefinition
}

const isParameterKey = (key: string): key is ParameterKey => (PARAMETER_KEYS as readonly string[]).includes(key)

const inForce = (validFrom: string, validTo: string | null, date: string) =>
  validFrom <= date && (validTo === null || date <= validTo)

/**
 * The parameter `key` in force on `date`: the officer's latest override from on or before the date,
 * else the default in force. An unknown key, or a date no default covers, is refused.
 */
export function parameterValue(
  key: string,
  date: string,
  overrides: ParameterOverrides = NO_OVERRIDES,
): ParameterValue {
  if (!isParameterKey(key)) {
    throw new EmulationError('EMULATION_UNKNOWN_PARAMETER', `Không có tham số thi đua "${key}".`, { key })
  }
  const definition = PARAMETER_DEFINITIONS.find((d) => d.key === key && inForce(d.validFrom, d.validTo, date))
  if (definition === undefined) {
    throw new EmulationError(
      'EMULATION_NO_PARAMETER_VALUE',
      `Tham số "${key}" chưa có giá trị áp dụng vào ngày ${date}.`,
      {
        key,
        date,
      },
    )
  }
  let override: ParameterOverride | undefined
  for (const candidate of overrides.get(key) ?? []) {
    if (candidate.validFrom <= date && (override === undefined || candidate.validFrom >= override.validFrom)) {
      override = candidate
    }
  }
  return override === undefined
    ? { key, value: definition.value, overridden: false, definition }
    : { key, value: override.value, overridden: true, definition }
}

/** The number alone (see parameterValue). */
export function parameter(key: string, date: string, overrides: ParameterOverrides = NO_OVERRIDES): number {
  return parameterValue(key, date, overrides).value
}

// --- Conditions and entries --------------------------------------------------------------------

/** The conditions conditions.ts knows how to evaluate; an entry lists the ones its award needs. */
export const CONDITION_CODES = [
  // General principles (Nghị định 98/2023/NĐ-CP Điều 4; Luật Điều 5), on every award.
  'not_under_review',
  'not_already_rewarded',
  // Lao động tiên tiến and, through it, Chiến sĩ thi đua cơ sở.
  'rating_good_or_better',
  'new_hire',
  'absence',
  'no_discipline_khien_trach',
  'initiative_grassroots',
  // Chiến sĩ thi đua ngành, toàn quốc.
  'cstdcs_streak',
  'initiative_sector',
  'council_vote',
  'sector_title_twice',
  'initiative_national',
  'public_consultation',
  // Collectives.
  'collective_rating_good_or_better',
  'members_ldtt_share',
  'no_member_discipline_canh_cao',
  'members_all_complete',
  'member_cstdcs',
  'plan_exceeded',
  'led_block',
  'block_vote',
  'sector_flag_holder',
  // Reward forms.
  'bang_khen_nganh_record',
  'collective_excellent_years',
  'prior_award',
  'window_rated_good',
  'window_excellent_years',
  'window_cstdcs_years',
  'lower_class_held',
  'criteria_unconfirmed',
  'achievements',
  'once_per_person',
  'service_years',
] as const
export type ConditionCode = (typeof CONDITION_CODES)[number]

/** One condition of an entry: what it checks, where the law says so, and which parameters it reads. */
export type ConditionSpec = {
  code: ConditionCode
  /** Vietnamese, what the user reads beside met / not met. */
  label: string
  /** e.g. "Luật Thi đua, khen thưởng 2022, Điều 24, khoản 1" */
  source: string
  parameters?: Readonly<Record<string, ParameterKey>>
  /** The award a prior_award / lower_class_held condition asks for. */
  award?: AwardCode
  note?: ConfirmationNote
}

export type CapSpec = {
  code: 'excellent_share_of_advanced' | 'sector_cstdcs_share' | 'government_flag_nominations'
  label: string
  parameter: ParameterKey | null
  source: string
  note: ConfirmationNote
}

export type CatalogueEntry = {
  award: AwardCode
  label: string
  kind: AwardKind
  subjects: readonly AwardSubject[]
  decidedBy: DecidingLevel
  proposedBy: DecidingLevel
  /** Cash multiple of the base salary by subject (DOMAIN.md §7.3); absent = no cash. */
  multiples: Readonly<Partial<Record<AwardSubject, number>>>
  multipleSource: string
  multipleNote: ConfirmationNote
  /** Conditions by subject, in the order they are shown. */
  conditions: Readonly<Partial<Record<AwardSubject, readonly ConditionSpec[]>>>
  caps: readonly CapSpec[]
  instrument: InstrumentCode
  /** The instrument and article. */
  source: string
  validFrom: string
  validTo: string | null
  confirmation: ConfirmationNote
}

const LAW = 'Luật Thi đua, khen thưởng 2022'
const ND98 = 'Nghị định 98/2023/NĐ-CP'
const TT02 = 'Thông tư 02/2024/TT-VKSTC'

const GENERAL: readonly ConditionSpec[] = [
  {
    code: 'not_under_review',
    label: 'Không trong thời gian bị xem xét xử lý kỷ luật, điều tra',
    source: `${ND98}, Điều 4; ${LAW}, Điều 5`,
  },
  {
    code: 'not_already_rewarded',
    label: 'Thành tích chưa được khen thưởng bằng danh hiệu, hình thức này',
    source: `${LAW}, Điều 5, khoản 2 (không khen thưởng nhiều lần cho một thành tích)`,
  },
]

const GENERAL_COLLECTIVE: readonly ConditionSpec[] = GENERAL.filter((c) => c.code === 'not_already_rewarded')

const LDTT: readonly ConditionSpec[] = [
  {
    code: 'rating_good_or_better',
    label: 'Hoàn thành tốt nhiệm vụ trở lên',
    source: `${LAW}, Điều 24, khoản 1`,
  },
  {
    code: 'new_hire',
    label: 'Không phải người mới tuyển dụng dưới 06 tháng',
    source: `${TT02} (trường hợp không xét Lao động tiên tiến)`,
    parameters: { months: 'lao_dong_tien_tien.new_hire_min_months' },
  },
  {
    code: 'absence',
    label: 'Không nghỉ từ 03 tháng trở lên trong năm (nghỉ thai sản vẫn được xét)',
    source: `${TT02} (trường hợp không xét Lao động tiên tiến)`,
    parameters: {
      from: 'lao_dong_tien_tien.absence_excluded_from_days',
      notEligible: 'lao_dong_tien_tien.absence_not_eligible_from_days',
    },
  },
  {
    code: 'no_discipline_khien_trach',
    label: 'Không bị kỷ luật từ khiển trách trở lên trong năm',
    source: `${TT02} (trường hợp không xét Lao động tiên tiến)`,
  },
]

const CSTDCS_OWN: ConditionSpec = {
  code: 'initiative_grassroots',
  label: 'Có sáng kiến được công nhận từ cấp cơ sở trở lên trong năm',
  source: `${LAW}, Điều 23, khoản 2`,
}

const MEMBERS_NO_CANH_CAO = (article: string): ConditionSpec => ({
  code: 'no_member_discipline_canh_cao',
  label: 'Không có cá nhân bị kỷ luật từ cảnh cáo trở lên',
  source: `${LAW}, ${article}`,
})

const TTLDTT: readonly ConditionSpec[] = [
  {
    code: 'collective_rating_good_or_better',
    label: 'Hoàn thành tốt nhiệm vụ và kế hoạch được giao',
    source: `${LAW}, Điều 28, khoản 1, điểm a`,
  },
  {
    code: 'members_ldtt_share',
    label: 'Có từ 70% cá nhân đạt danh hiệu Lao động tiên tiến',
    source: `${LAW}, Điều 28, khoản 1`,
    parameters: { percent: 'tap_the_lao_dong_tien_tien.member_ldtt_min_percent' },
    note: NEWS('Tỷ lệ 70% theo DOMAIN.md §7.3 [news — đọc lại trước khi dùng].'),
  },
  MEMBERS_NO_CANH_CAO('Điều 28, khoản 1'),
]

const PLAN_EXCEEDED = (source: string): ConditionSpec => ({
  code: 'plan_exceeded',
  label: 'Hoàn thành xuất sắc: vượt các chỉ tiêu, nhiệm vụ của kế hoạch được phê duyệt',
  source,
})

const TTLDXS: readonly ConditionSpec[] = [
  PLAN_EXCEEDED(`${TT02}, Điều 18; ${LAW}, Điều 27`),
  {
    code: 'members_all_complete',
    label: '100% cá nhân trong tập thể hoàn thành nhiệm vụ',
    source: `${LAW}, Điều 27; ${TT02}, Điều 18`,
  },
  {
    code: 'members_ldtt_share',
    label: 'Có ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến',
    source: `${LAW}, Điều 27; ${TT02}, Điều 18`,
    parameters: { percent: 'tap_the_lao_dong_xuat_sac.member_ldtt_min_percent' },
  },
  {
    code: 'member_cstdcs',
    label: 'Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở',
    source: `${LAW}, Điều 27; ${TT02}, Điều 18`,
  },
  MEMBERS_NO_CANH_CAO('Điều 27'),
]

const NOTE_UNCONFIRMED_CRITERIA = UNCONFIRMED(
  'Tiêu chuẩn theo Luật 2022 chưa xác minh (Luật cũ: hạng Nhất = hạng Nhì + Chiến sĩ thi đua toàn quốc; tập thể hạng Nhất = hạng Nhì + 5 năm Tập thể lao động xuất sắc + 3 Cờ thi đua cấp bộ hoặc 2 Cờ thi đua của Chính phủ). Hội đồng đối chiếu hồ sơ.',
)

/** What differs between awards; the entries per instrument are built from these. */
type AwardSpec = Omit<
  CatalogueEntry,
  'instrument' | 'validFrom' | 'validTo' | 'source' | 'multipleSource' | 'multipleNote' | 'confirmation'
> & {
  article: string
  sector: boolean
  confirmation: ConfirmationNote
}

const WINDOW = (
  prior: AwardCode,
  priorLabel: string,
  article: string,
  windowKey: ParameterKey,
  cstdcsKey: ParameterKey,
  excellentKey?: ParameterKey,
): ConditionSpec[] => [
  {
    code: 'prior_award',
    label: `Đã được tặng ${priorLabel}`,
    source: `${LAW}, ${article}`,
    award: prior,
  },
  {
    code: 'window_rated_good',
    label: `Sau đó, 05 năm liên tục hoàn thành tốt nhiệm vụ trở lên`,
    source: `${LAW}, ${article}`,
    parameters: { years: windowKey },
  },
  ...(excellentKey === undefined
    ? []
    : [
        {
          code: 'window_excellent_years' as const,
          label: 'Trong đó có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ',
          source: `${LAW}, ${article}`,
          parameters: { years: excellentKey, window: windowKey },
        },
      ]),
  {
    code: 'window_cstdcs_years',
    label: 'Trong thời gian đó có 03 lần đạt Chiến sĩ thi đua cơ sở',
    source: `${LAW}, ${article}`,
    parameters: { years: cstdcsKey, window: windowKey },
  },
]

const COLLECTIVE_UNCONFIRMED = (article: string): ConditionSpec[] => [
  {
    code: 'criteria_unconfirmed',
    label: 'Tiêu chuẩn đối với tập thể',
    source: `${LAW}, ${article}`,
    note: UNCONFIRMED('Tiêu chuẩn đối với tập thể chưa được mã hóa; Hội đồng đối chiếu hồ sơ.'),
  },
]

const SPECS: readonly AwardSpec[] = [
  {
    award: 'lao_dong_tien_tien',
    label: 'Lao động tiên tiến',
    kind: 'title',
    subjects: ['individual'],
    decidedBy: 'province',
    proposedBy: 'unit',
    multiples: { individual: 0.3 },
    conditions: { individual: [...GENERAL, ...LDTT] },
    caps: [],
    article: 'Điều 24',
    sector: false,
    confirmation: NEWS('Điều kiện theo Luật Điều 24 và các trường hợp loại trừ của ngành (DOMAIN.md §7.3 [news]).'),
  },
  {
    award: 'chien_si_thi_dua_co_so',
    label: 'Chiến sĩ thi đua cơ sở',
    kind: 'title',
    subjects: ['individual'],
    decidedBy: 'province',
    proposedBy: 'unit',
    multiples: { individual: 1 },
    conditions: { individual: [...GENERAL, ...LDTT, CSTDCS_OWN] },
    caps: [
      {
        code: 'sector_cstdcs_share',
        label: 'Tỷ lệ Chiến sĩ thi đua cơ sở của ngành',
        parameter: null,
        source: TT02,
        note: UNCONFIRMED('Luật 2022 bỏ tỷ lệ 15% của NĐ 91/2017; tỷ lệ của ngành theo TT 02/2024 chưa xác minh.'),
      },
    ],
    article: 'Điều 23',
    sector: false,
    confirmation: NEWS('DOMAIN.md §7.3 [news].'),
  },
  {
    award: 'chien_si_thi_dua_nganh',
    label: 'Chiến sĩ thi đua ngành Kiểm sát nhân dân',
    kind: 'title',
    subjects: ['individual'],
    decidedBy: 'sector',
    proposedBy: 'province',
    multiples: { individual: 3 },
    conditions: {
      individual: [
        ...GENERAL,
        {
          code: 'cstdcs_streak',
          label: '03 năm liên tục đạt Chiến sĩ thi đua cơ sở, tính đến năm xét',
          source: `${LAW}, Điều 22`,
          parameters: { years: 'chien_si_thi_dua_nganh.cstdcs_years' },
        },
        {
          code: 'initiative_sector',
          label: 'Có sáng kiến được áp dụng trong phạm vi toàn ngành trong thời gian đó',
          source: `${LAW}, Điều 22`,
          parameters: { years: 'chien_si_thi_dua_nganh.cstdcs_years' },
        },
        {
          code: 'council_vote',
          label: 'Được Hội đồng thi đua – khen thưởng ngành bỏ phiếu đồng ý đủ tỷ lệ',
          source: TT02,
          parameters: { percent: 'chien_si_thi_dua_nganh.council_vote_share' },
        },
      ],
    },
    caps: [],
    article: 'Điều 11',
    sector: true,
    confirmation: NEWS('DOMAIN.md §7.3 [news]; tỷ lệ phiếu theo TT 02/2024 [unconfirmed].'),
  },
  {
    award: 'chien_si_thi_dua_toan_quoc',
    label: 'Chiến sĩ thi đua toàn quốc',
    kind: 'title',
    subjects: ['individual'],
    decidedBy: 'government',
    proposedBy: 'sector',
    multiples: { individual: 4.5 },
    conditions: {
      individual: [
        ...GENERAL,
        {
          code: 'sector_title_twice',
          label: '02 lần liên tục đạt danh hiệu Chiến sĩ thi đua ngành',
          source: `${LAW}, Điều 21`,
          note: UNCONFIRMED(
            'Hai lần liên tục tính là danh hiệu năm xét và danh hiệu của kỳ 03 năm liền trước (năm xét − 3).',
          ),
        },
        {
          code: 'initiative_national',
          label: 'Có sáng kiến có phạm vi ảnh hưởng toàn quốc',
          source: `${LAW}, Điều 21`,
        },
        {
          code: 'public_consultation',
          label: 'Đã lấy ý kiến nhân dân',
          source: `${LAW}, Điều 21; ${ND98}`,
          note: NEWS('Lấy ý kiến nhân dân trước khi đề nghị (DOMAIN.md §7.1 [news]).'),
        },
      ],
    },
    caps: [],
    article: 'Điều 21',
    sector: false,
    confirmation: NEWS('DOMAIN.md §7.3 [news].'),
  },
  {
    award: 'tap_the_lao_dong_tien_tien',
    label: 'Tập thể lao động tiên tiến',
    kind: 'title',
    subjects: ['collective'],
    decidedBy: 'province',
    proposedBy: 'unit',
    multiples: { collective: 0.8 },
    conditions: { collective: [...GENERAL_COLLECTIVE, ...TTLDTT] },
    caps: [],
    article: 'Điều 28',
    sector: false,
    confirmation: NEWS('DOMAIN.md §7.3 [news — đọc lại trước khi dùng].'),
  },
  {
    award: 'tap_the_lao_dong_xuat_sac',
    label: 'Tập thể lao động xuất sắc',
    kind: 'title',
    subjects: ['collective'],
    decidedBy: 'sector',
    proposedBy: 'province',
    multiples: { collective: 1.5 },
    conditions: { collective: [...GENERAL_COLLECTIVE, ...TTLDXS] },
    caps: [
      {
        code: 'excellent_share_of_advanced',
        label: 'Không quá 20% số tập thể đạt Tập thể lao động tiên tiến, ít nhất 01',
        parameter: 'tap_the_lao_dong_xuat_sac.cap_percent',
        source: `${TT02}, Điều 18`,
        note: CONFIRMED('DOMAIN.md §7.3 [confirmed].'),
      },
    ],
    article: 'Điều 27',
    sector: false,
    confirmation: CONFIRMED('TT 02/2024 Điều 18 [confirmed]; Luật Điều 27 [news].'),
  },
  {
    award: 'co_thi_dua_nganh',
    label: 'Cờ thi đua của ngành Kiểm sát nhân dân',
    kind: 'title',
    subjects: ['collective'],
    decidedBy: 'sector',
    proposedBy: 'province',
    multiples: { collective: 8 },
    conditions: {
      collective: [
        ...GENERAL_COLLECTIVE,
        {
          code: 'led_block',
          label: 'Là tập thể dẫn đầu cụm, khối thi đua của ngành',
          source: `${TT02}, Điều 17`,
        },
        ...TTLDXS.map((c) => ({ ...c, source: `${TT02}, Điều 17 (đạt tiêu chuẩn Tập thể lao động xuất sắc)` })),
        {
          code: 'block_vote',
          label: 'Được các thành viên cụm, khối bỏ phiếu đồng ý đủ tỷ lệ',
          source: `${TT02}, Điều 17`,
          parameters: { percent: 'co_thi_dua_nganh.block_vote_share' },
        },
      ],
    },
    caps: [],
    article: 'Điều 17',
    sector: true,
    confirmation: CONFIRMED('TT 02/2024 Điều 17 [confirmed]; tỷ lệ phiếu [unconfirmed].'),
  },
  {
    award: 'co_thi_dua_chinh_phu',
    label: 'Cờ thi đua của Chính phủ',
    kind: 'title',
    subjects: ['collective'],
    decidedBy: 'government',
    proposedBy: 'sector',
    multiples: { collective: 12 },
    conditions: {
      collective: [
        ...GENERAL_COLLECTIVE,
        {
          code: 'sector_flag_holder',
          label: 'Được lựa chọn trong số các tập thể dẫn đầu cụm, khối (Cờ thi đua của ngành)',
          source: `${LAW}, Điều 25`,
        },
        PLAN_EXCEEDED(`${LAW}, Điều 25`),
        {
          ...MEMBERS_NO_CANH_CAO('Điều 25'),
          label: 'Nội bộ trong sạch: không có cá nhân bị kỷ luật từ cảnh cáo trở lên',
        },
      ],
    },
    caps: [
      {
        code: 'government_flag_nominations',
        label: 'Số tập thể được đề nghị Cờ thi đua của Chính phủ',
        parameter: null,
        source: `${LAW}, Điều 25`,
        note: UNCONFIRMED('NĐ 91/2017 giới hạn 20% số tập thể đạt Cờ cấp bộ; giới hạn hiện hành chưa xác minh.'),
      },
    ],
    article: 'Điều 25',
    sector: false,
    confirmation: CONFIRMED('DOMAIN.md §7.3 [confirmed].'),
  },
  {
    award: 'giay_khen',
    label: 'Giấy khen',
    kind: 'reward',
    subjects: ['individual', 'collective'],
    decidedBy: 'unit',
    proposedBy: 'unit',
    multiples: { individual: 0.3, collective: 0.6 },
    conditions: {
      individual: [
        ...GENERAL,
        { code: 'achievements', label: 'Có thành tích được thủ trưởng đơn vị ghi nhận', source: `${LAW}, Điều 75` },
      ],
      collective: [
        ...GENERAL_COLLECTIVE,
        { code: 'achievements', label: 'Có thành tích được thủ trưởng đơn vị ghi nhận', source: `${LAW}, Điều 75` },
      ],
    },
    caps: [],
    article: 'Điều 75',
    sector: false,
    confirmation: NEWS('DOMAIN.md §7.3; hệ số tập thể (gấp đôi) [unconfirmed].'),
  },
  {
    award: 'bang_khen_nganh',
    label: 'Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao',
    kind: 'reward',
    subjects: ['individual', 'collective'],
    decidedBy: 'sector',
    proposedBy: 'province',
    multiples: { individual: 1.5, collective: 3 },
    conditions: {
      individual: [
        ...GENERAL,
        {
          code: 'bang_khen_nganh_record',
          label:
            '02 năm liên tục Chiến sĩ thi đua cơ sở, hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ với 02 sáng kiến',
          source: `${LAW}, Điều 74`,
          parameters: { years: 'bang_khen_nganh.consecutive_years', initiatives: 'bang_khen_nganh.initiatives' },
        },
      ],
      collective: [
        ...GENERAL_COLLECTIVE,
        {
          code: 'collective_excellent_years',
          label: '02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
          source: `${LAW}, Điều 74`,
          parameters: { years: 'bang_khen_nganh.consecutive_years' },
          note: UNCONFIRMED('Tiêu chuẩn tập thể theo Luật 2022 Điều 74 chưa đối chiếu nguyên văn.'),
        },
        MEMBERS_NO_CANH_CAO('Điều 74'),
      ],
    },
    caps: [],
    article: 'Điều 74',
    sector: true,
    confirmation: NEWS('DOMAIN.md §7.3 [news]; hệ số tập thể [unconfirmed].'),
  },
  {
    award: 'bang_khen_thu_tuong',
    label: 'Bằng khen của Thủ tướng Chính phủ',
    kind: 'reward',
    subjects: ['individual', 'collective'],
    decidedBy: 'government',
    proposedBy: 'sector',
    multiples: { individual: 3.5, collective: 7 },
    conditions: {
      individual: [
        ...GENERAL,
        ...WINDOW(
          'bang_khen_nganh',
          'Bằng khen cấp bộ, ngành (Viện trưởng VKSND tối cao)',
          'Điều 73',
          'bang_khen_thu_tuong.window_years',
          'bang_khen_thu_tuong.cstdcs_years',
        ),
      ],
      collective: [...GENERAL_COLLECTIVE, ...COLLECTIVE_UNCONFIRMED('Điều 73')],
    },
    caps: [],
    article: 'Điều 73',
    sector: false,
    confirmation: NEWS('DOMAIN.md §7.3 [news]; tập thể [unconfirmed].'),
  },
  {
    award: 'huan_chuong_lao_dong_hang_ba',
    label: 'Huân chương Lao động hạng Ba',
    kind: 'reward',
    subjects: ['individual', 'collective'],
    decidedBy: 'state',
    proposedBy: 'sector',
    multiples: { individual: 4.5, collective: 9 },
    conditions: {
      individual: [
        ...GENERAL,
        ...WINDOW(
          'bang_khen_thu_tuong',
          'Bằng khen của Thủ tướng Chính phủ',
          'Điều 44',
          'huan_chuong_lao_dong_hang_ba.window_years',
          'huan_chuong_lao_dong_hang_ba.cstdcs_years',
          'huan_chuong_lao_dong_hang_ba.excellent_years',
        ),
        {
          code: 'public_consultation',
          label: 'Đã lấy ý kiến nhân dân',
          source: `${LAW}; ${ND98}`,
          note: NEWS('Lấy ý kiến nhân dân trước khi đề nghị Huân chương (DOMAIN.md §7.1 [news]).'),
        },
      ],
      collective: [...GENERAL_COLLECTIVE, ...COLLECTIVE_UNCONFIRMED('Điều 44')],
    },
    caps: [],
    article: 'Điều 44',
    sector: false,
    confirmation: NEWS(
      'DOMAIN.md §7.3 [news]; con đường theo chức vụ và số năm giữ chức vụ (NĐ 152/2025 Điều 21) chưa được mã hóa.',
    ),
  },
  {
    award: 'huan_chuong_lao_dong_hang_nhi',
    label: 'Huân chương Lao động hạng Nhì',
    kind: 'reward',
    subjects: ['individual', 'collective'],
    decidedBy: 'state',
    proposedBy: 'sector',
    multiples: { individual: 7.5, collective: 15 },
    conditions: {
      individual: [
        ...GENERAL,
        {
          code: 'lower_class_held',
          label: 'Đã được tặng Huân chương Lao động hạng Ba',
          source: `${LAW}, Điều 43`,
          award: 'huan_chuong_lao_dong_hang_ba',
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
        {
          code: 'criteria_unconfirmed',
          label: 'Các tiêu chuẩn khác',
          source: `${LAW}, Điều 43`,
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
      ],
      collective: [
        ...GENERAL_COLLECTIVE,
        {
          code: 'lower_class_held',
          label: 'Đã được tặng Huân chương Lao động hạng Ba',
          source: `${LAW}, Điều 43`,
          award: 'huan_chuong_lao_dong_hang_ba',
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
        {
          code: 'criteria_unconfirmed',
          label: 'Các tiêu chuẩn khác',
          source: `${LAW}, Điều 43`,
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
      ],
    },
    caps: [],
    article: 'Điều 43',
    sector: false,
    confirmation: NOTE_UNCONFIRMED_CRITERIA,
  },
  {
    award: 'huan_chuong_lao_dong_hang_nhat',
    label: 'Huân chương Lao động hạng Nhất',
    kind: 'reward',
    subjects: ['individual', 'collective'],
    decidedBy: 'state',
    proposedBy: 'sector',
    multiples: { individual: 9, collective: 18 },
    conditions: {
      individual: [
        ...GENERAL,
        {
          code: 'lower_class_held',
          label: 'Đã được tặng Huân chương Lao động hạng Nhì',
          source: `${LAW}, Điều 42`,
          award: 'huan_chuong_lao_dong_hang_nhi',
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
        {
          code: 'criteria_unconfirmed',
          label: 'Các tiêu chuẩn khác',
          source: `${LAW}, Điều 42`,
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
      ],
      collective: [
        ...GENERAL_COLLECTIVE,
        {
          code: 'lower_class_held',
          label: 'Đã được tặng Huân chương Lao động hạng Nhì',
          source: `${LAW}, Điều 42`,
          award: 'huan_chuong_lao_dong_hang_nhi',
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
        {
          code: 'criteria_unconfirmed',
          label: 'Các tiêu chuẩn khác',
          source: `${LAW}, Điều 42`,
          note: NOTE_UNCONFIRMED_CRITERIA,
        },
      ],
    },
    caps: [],
    article: 'Điều 42',
    sector: false,
    confirmation: NOTE_UNCONFIRMED_CRITERIA,
  },
  {
    award: 'ky_niem_chuong',
    label: 'Kỷ niệm chương "Vì sự nghiệp Kiểm sát"',
    kind: 'reward',
    subjects: ['individual'],
    decidedBy: 'sector',
    proposedBy: 'province',
    multiples: {},
    conditions: {
      individual: [
        GENERAL[0] as ConditionSpec,
        { code: 'once_per_person', label: 'Chưa được tặng Kỷ niệm chương', source: `${TT02}, Điều 21` },
        {
          code: 'service_years',
          label: 'Có 15 năm công tác liên tục trong ngành',
          source: `${TT02}, Điều 21`,
          parameters: { years: 'ky_niem_chuong.service_years' },
        },
      ],
    },
    caps: [],
    article: 'Điều 21',
    sector: true,
    confirmation: CONFIRMED('DOMAIN.md §7.2 [confirmed].'),
  },
]

const MULTIPLE_SOURCE: Readonly<Record<InstrumentCode, string>> = {
  law2022_nd98: `${ND98} (mức tiền thưởng)`,
  law2022_nd152: 'Nghị định 152/2025/NĐ-CP (mức tiền thưởng)',
  tt01_2019: `${ND98} (mức tiền thưởng)`,
  tt02_2024: `${ND98} (mức tiền thưởng) đến 30/6/2025; Nghị định 152/2025/NĐ-CP từ 01/7/2025`,
}

const MULTIPLE_NOTE: Readonly<Record<InstrumentCode, ConfirmationNote>> = {
  law2022_nd98: NEWS('Hệ số theo DOMAIN.md §7.3 [news].'),
  law2022_nd152: UNCONFIRMED(
    'Hệ số của NĐ 152/2025 giả định giữ như NĐ 98/2023 (DOMAIN.md §7.3); chưa đối chiếu bảng mức thưởng.',
  ),
  tt01_2019: NEWS('Hệ số theo DOMAIN.md §7.3 [news].'),
  tt02_2024: NEWS('Hệ số theo DOMAIN.md §7.3 [news].'),
}

const sourceOf = (spec: AwardSpec, instrument: InstrumentCode): string => {
  switch (instrument) {
    case 'law2022_nd98':
      return `${LAW}, ${spec.article}; ${ND98}`
    case 'law2022_nd152':
      return `${LAW}, ${spec.article}; Nghị định 152/2025/NĐ-CP`
    case 'tt01_2019':
      return `Thông tư 01/2019/TT-VKSTC; ${LAW}`
    case 'tt02_2024':
      return `${TT02}, ${spec.article}; ${LAW}`
  }
}

/** Under TT 01/2019 the sector's conditions cite that circular instead of TT 02/2024. */
const retarget = (
  conditions: CatalogueEntry['conditions'],
  instrument: InstrumentCode,
): CatalogueEntry['conditions'] => {
  if (instrument !== 'tt01_2019') return conditions
  const swap = (list: readonly ConditionSpec[] | undefined) =>
    list?.map((c) => ({ ...c, source: c.source.replaceAll(TT02, 'Thông tư 01/2019/TT-VKSTC') }))
  const individual = swap(conditions.individual)
  const collective = swap(conditions.collective)
  return {
    ...(individual === undefined ? {} : { individual }),
    ...(collective === undefined ? {} : { collective }),
  }
}

const build = (spec: AwardSpec, instrument: InstrumentCode): CatalogueEntry => {
  const { article: _article, sector: _sector, ...rest } = spec
  const period = INSTRUMENT_PERIODS[instrument]
  return {
    ...rest,
    conditions: retarget(spec.conditions, instrument),
    instrument,
    source: sourceOf(spec, instrument),
    validFrom: period.validFrom,
    validTo: period.validTo,
    multipleSource: MULTIPLE_SOURCE[instrument],
    multipleNote: MULTIPLE_NOTE[instrument],
  }
}

/** Every entry of the catalogue, by award then date. */
export const CATALOGUE: readonly CatalogueEntry[] = SPECS.flatMap((spec) =>
  spec.sector
    ? [build(spec, 'tt01_2019'), build(spec, 'tt02_2024')]
    : [build(spec, 'law2022_nd98'), build(spec, 'law2022_nd152')],
)

/** The entry of `award` in force on `onDate` (yyyy-mm-dd); refused when none is. */
export function catalogueEntry(
  award: AwardCode,
  onDate: string,
  catalogue: readonly CatalogueEntry[] = CATALOGUE,
): CatalogueEntry {
  const entry = catalogue.find((e) => e.award === award && inForce(e.validFrom, e.validTo, onDate))
  if (entry === undefined) {
    throw new EmulationError(
      'EMULATION_NO_CATALOGUE_ENTRY',
      `Chưa có quy định về "${award}" áp dụng vào ngày ${onDate} trong danh mục thi đua, khen thưởng.`,
      { award, onDate },
    )
  }
  return entry
}
