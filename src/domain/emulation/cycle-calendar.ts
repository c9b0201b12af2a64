// The calendar of one emulation year (issue 14 item 9; DOMAIN.md §7.4 "Calendar of the cycle",
// marked [news]: the sector's practice as the press reports it, not a date fixed by a circular).
// The emulation year follows the statistics year (01/12 of the year before to 30/11, DOMAIN.md
// §6.1): a unit registers in January, reviews at mid-year, proposes the commemorative medal
// before 26/7 (the sector's day), and in November–December the blocks score and vote, the
// council meets and proposals go up; awards are announced at the next January's launch. The
// dates are data (a province may set its own), with that note beside them.

export const CYCLE_MILESTONES = [
  'registration',
  'mid_year_review',
  'commemorative_medal',
  'block_scoring',
  'council',
  'proposals_upward',
  'announcement',
] as const
export type CycleMilestone = (typeof CYCLE_MILESTONES)[number]

export const CYCLE_MILESTONE_LABELS: Record<CycleMilestone, string> = {
  registration: 'Phát động thi đua, ký giao ước và đăng ký thi đua',
  mid_year_review: 'Sơ kết 6 tháng phong trào thi đua',
  commemorative_medal: 'Đề nghị Kỷ niệm chương "Vì sự nghiệp Kiểm sát" (trước ngày 26/7)',
  block_scoring: 'Khối, cụm thi đua chấm điểm, bình xét, bỏ phiếu',
  council: 'Hội đồng thi đua – khen thưởng xét, đề nghị',
  proposals_upward: 'Gửi hồ sơ đề nghị lên cấp trên',
  announcement: 'Công bố, trao tặng tại hội nghị triển khai công tác năm sau',
}

/** A window of the cycle as month-day pairs, relative to the emulation year Y ("Y-1" = the December before). */
type Window = { from: { year: 'Y-1' | 'Y' | 'Y+1'; md: string }; to: { year: 'Y-1' | 'Y' | 'Y+1'; md: string } }

/** DOMAIN.md §7.4 [news]; editable as data. */
export const DEFAULT_CYCLE_WINDOWS: Readonly<Record<CycleMilestone, Window>> = {
  registration: { from: { year: 'Y', md: '01-01' }, to: { year: 'Y', md: '01-31' } },
  mid_year_review: { from: { year: 'Y', md: '06-01' }, to: { year: 'Y', md: '06-30' } },
  commemorative_medal: { from: { year: 'Y', md: '05-01' }, to: { year: 'Y', md: '07-25' } },
  block_scoring: { from: { year: 'Y', md: '11-01' }, to: { year: 'Y', md: '12-15' } },
  council: { from: { year: 'Y', md: '12-01' }, to: { year: 'Y', md: '12-20' } },
  proposals_upward: { from: { year: 'Y', md: '12-10' }, to: { year: 'Y', md: '12-31' } },
  announcement: { from: { year: 'Y+1', md: '01-01' }, to: { year: 'Y+1', md: '01-31' } },
}

export const CYCLE_CALENDAR_NOTE =
  'Mốc thời gian theo thông lệ của Ngành (báo chí, hướng dẫn hằng năm) — chưa đối chiếu văn bản quy định; đơn vị có thể điều chỉnh.'

export type MilestoneStatus = 'upcoming' | 'open' | 'past'

export type CycleStep = { milestone: CycleMilestone; label: string; from: string; to: string; status: MilestoneStatus }

const dateOf = (year: number, at: Window['from']): string => {
  const y = at.year === 'Y' ? year : at.year === 'Y-1' ? year - 1 : year + 1
  return `${y}-${at.md}`
}

/** The milestones of emulation year `year`, in order, each with its window and where `today` stands (ISO dates compare as strings). */
export const cycleCalendar = (
  year: number,
  today: string,
  windows: Readonly<Record<CycleMilestone, Window>> = DEFAULT_CYCLE_WINDOWS,
): CycleStep[] =>
  CYCLE_MILESTONES.map((milestone) => {
    const from = dateOf(year, windows[milestone].from)
    const to = dateOf(year, windows[milestone].to)
    const status: MilestoneStatus = today < from ? 'upcoming' : today > to ? 'past' : 'open'
    return { milestone, label: CYCLE_MILESTONE_LABELS[milestone], from, to, status }
  })
