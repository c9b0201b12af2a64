// The demo province's work plan (issue 13 item 10): the annual "Kế hoạch số 01/KH-VKS" of the
// Cần Thơ procuracy with its targets and ten key tasks, progress reported on them up to `today`,
// and the regional procuracies' own programmes implementing it — one of which sets a target
// below the province's and stays "trình duyệt", so that the cascade check (QĐ 515/QĐ-VKSTC of
// 14/9/2012, DOMAIN.md §8.2) has something to catch. Pure and deterministic: the same seed,
// organisation and `today` give the same plans. Unit codes and people are named, not ids; the
// loader (src/server/seed/load-plan.ts) resolves them.
//
// The outline follows DOMAIN.md §8.2 (usual outline of a Kế hoạch công tác năm [unconfirmed]):
// mục đích – yêu cầu; chỉ tiêu; nhiệm vụ trọng tâm và giải pháp with lead unit, supporting units,
// deadline and product; tổ chức thực hiện. The tasks' wording follows the seeds (issue 13: the
// An Giang and Hậu Giang plans).
import { addDays, daysBetween, formatViDate, type IsoDate } from '@/domain/calendar/index.ts'
import { statisticsYearOf, type TargetComparison } from '@/domain/indicators/index.ts'
import {
  occurrencesInStatisticsYear,
  type PlanApprover,
  type TaskAppraisal,
  type TaskRecurrence,
  type WorkStream,
} from '@/domain/plan/index.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import { createRandom, deriveSeed, type Random } from '@/demo/random.ts'
import type { DemoOrganisation, PersonSeed } from '@/demo/types.ts'
import { CT_REGIONALS, CURRENT_PROVINCE_CODE } from '@/demo/units.ts'

/** A person of the demo organisation, found again by e-mail, else by name within the unit. */
export type DemoPlanPerson = { fullName: string; unitCode: string; email: string | null }

export type DemoPlanTarget = {
  indicatorCode: string | null
  comparison: TargetComparison
  value: number
  scopeUnitCode: string
  /** A free target's wording and unit of measure; '' for a target bound to an indicator. */
  name: string
  unitOfMeasure: string
  reportedValue: number | null
  reportedEvidence: string | null
}

export type DemoProgress = {
  occurrenceDue: IsoDate | null
  reportedOn: IsoDate
  note: string
  percent: number | null
  completedOn: IsoDate | null
  paused: boolean
  pausedDocument: string | null
  appraisal: TaskAppraisal | null
  appraisalNote: string | null
  reportedBy: DemoPlanPerson
  appraisedBy: DemoPlanPerson | null
}

export type DemoPlanTask = {
  title: string
  workStream: WorkStream
  leadUnitCode: string
  supportingUnitCodes: string[]
  responsible: DemoPlanPerson | null
  assignee: DemoPlanPerson | null
  /** A one-off task's deadline; null for a recurring one. */
  deadline: IsoDate | null
  recurrence: TaskRecurrence
  dueDay: number | null
  product: string
  /** Indexes into the plan's targets. */
  targets: number[]
  /** Index of the province plan's task this one carries out (a programme's task), or null. */
  superiorTask: number | null
  progress: DemoProgress[]
}

export type DemoPlan = {
  unitCode: string
  kind: 'annual' | 'implementing'
  title: string
  /** An issued plan gets its number from the unit's register when loaded; a submitted one has none. */
  status: 'issued' | 'submitted'
  issuedOn: IsoDate | null
  approver: PlanApprover
  signerPrefix: string
  signerTitle: string
  signerName: string
  recipients: string
  /** Documents implemented, one per line; a programme's loader adds the province plan's own line first. */
  implementsDocuments: string
  purpose: string
  organisation: string
  targets: DemoPlanTarget[]
  tasks: DemoPlanTask[]
}

export type DemoPlans = {
  year: number
  province: DemoPlan
  /** The regional procuracies' programmes implementing the province's plan. */
  programmes: DemoPlan[]
}

export type DemoPlanOptions = { seed: number; organisation: DemoOrganisation; today: IsoDate }

/**
 * The statistics year the demo's plan is for: the one holding today − 45 days. A statistics year
 * runs 01/12 to 30/11 (DOMAIN.md §6.1) and a province's annual plan is issued in early January
 * (Hội nghị triển khai công tác năm, DOMAIN.md §8.2; the seed's plan is dated 4/1). Between 01/12
 * and mid-January the new year's plan does not exist yet while the year just ended is being
 * reviewed (tổng kết), so the demo shows the year just ended; from mid-January on, the current
 * one — whose plan, issued on 04/01, is then at least eleven days old. On 04/12/2026 this gives
 * 2026, the year that ended on 30/11/2026.
 */
export const demoPlanYear = (today: IsoDate): number => statisticsYearOf(addDays(today, -45))

const PROVINCE = CURRENT_PROVINCE_CODE
const HEADS: readonly StaffTitle[] = ['truong_phong', 'chanh_van_phong', 'vien_truong']

const vkstcDirective = (year: number) =>
  // DOMAIN.md §8.1: the Supreme Procurator's annual directive is Chỉ thị 01/CT-VKSTC, issued in
  // December before the year [confirmed for 12/12/2024 (2025); other years' days vary]; the demo
  // dates it 12/12 of the year before.
  `Chỉ thị số 01/CT-VKSTC ngày 12/12/${year - 1} của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác năm ${year} của ngành Kiểm sát nhân dân`

type Staff = {
  head: (unitCode: string) => DemoPlanPerson
  member: (unitCode: string) => DemoPlanPerson
  deputy: (unitCode: string) => DemoPlanPerson
}

const asPerson = (p: PersonSeed): DemoPlanPerson => ({ fullName: p.fullName, unitCode: p.unitCode, email: p.email })

const staffOf = (organisation: DemoOrganisation, random: Random): Staff => {
  const inUnit = (code: string) => organisation.people.filter((p) => p.unitCode === code)
  const first = (code: string, titles: readonly StaffTitle[]) => {
    const found = inUnit(code).find((p) => titles.includes(p.title))
    if (!found) throw new Error(`no ${titles.join('/')} in ${code}`)
    return asPerson(found)
  }
  return {
    head: (code) => first(code, HEADS),
    deputy: (code) => first(code, ['pho_vien_truong', 'pho_truong_phong', 'pho_chanh_van_phong']),
    // An assignee is one of the unit's staff below its head, drawn from the seed.
    member: (code) => {
      const staff = inUnit(code).filter((p) => !HEADS.includes(p.title))
      if (staff.length === 0) return first(code, HEADS)
      return asPerson(random.pick(staff))
    },
  }
}

const REGIONALS = CT_REGIONALS.map((r) => r.code)

const target = (
  indicatorCode: string,
  comparison: TargetComparison,
  value: number,
  scopeUnitCode: string,
): DemoPlanTarget => ({
  indicatorCode,
  comparison,
  value,
  scopeUnitCode,
  name: '',
  unitOfMeasure: '',
  reportedValue: null,
  reportedEvidence: null,
})

/**
 * Progress of the province's tasks, by the state each is meant to show on `today`. Dates before
 * today are placed in the part of the year already elapsed since the plan's issue (`past(f)`, a
 * fraction f of it), so that every state holds whatever the day — at the earliest, eleven days
 * after the issue (see demoPlanYear).
 */
type Scenario = 'recurring' | 'done_on_time' | 'done_late' | 'overdue' | 'in_progress' | 'due_soon' | 'paused'

export const generateDemoPlans = ({ seed, organisation, today }: DemoPlanOptions): DemoPlans => {
  const random = createRandom(deriveSeed(seed, 13))
  const staff = staffOf(organisation, random)
  const year = demoPlanYear(today)
  const issuedOn: IsoDate = `${year}-01-04`
  const span = daysBetween(issuedOn, today)
  const past = (f: number): IsoDate => addDays(issuedOn, Math.max(1, Math.min(span - 1, Math.round(f * span))))
  const provinceLeader = organisation.people.find((p) => p.unitCode === PROVINCE && p.title === 'pho_vien_truong')
  if (!provinceLeader) throw new Error('the demo province has no Phó Viện trưởng')
  const signer = asPerson(provinceLeader)

  // ── Targets (II. Chỉ tiêu), bound to the catalogue's indicators (src/domain/indicators/catalogue.ts).
  // Some are stricter than the sector's default (NQ 96/2019/QH14 as the catalogue cites it).
  const provinceTargets: DemoPlanTarget[] = [
    target('TIN_BAO_GIAI_QUYET', '>', 90, PROVINCE), // 0: the sector's > 90%
    target('TRUY_TO_DUNG_HAN', '=', 100, PROVINCE), // 1
    target('TRUY_TO_DUNG_TOI_DANH', '>=', 99, PROVINCE), // 2: stricter than ≥ 98%
    target('TRA_HO_SO_DTBS', '<', 6, PROVINCE), // 3: lower is better, a ceiling
    target('THU_HOI_TAI_SAN', '>', 65, PROVINCE), // 4: stricter than > 60%
    target('PHIEN_TOA_RUT_KINH_NGHIEM', '>=', 24, PROVINCE), // 5
    {
      // 6: a free target, measured by the value the lead unit reports with its evidence.
      indicatorCode: null,
      comparison: '>=',
      value: 8,
      scopeUnitCode: PROVINCE,
      name: 'Phiên tòa rút kinh nghiệm án dân sự, hành chính',
      unitOfMeasure: 'phiên tòa',
      reportedValue: 6,
      reportedEvidence: 'Thông báo rút kinh nghiệm của Phòng 9 và Phòng 10 (6 phiên tòa)',
    },
    {
      indicatorCode: null,
      comparison: '>=',
      value: 12,
      scopeUnitCode: PROVINCE,
      name: 'Kiến nghị phòng ngừa vi phạm, tội phạm',
      unitOfMeasure: 'kiến nghị',
      reportedValue: 9,
      reportedEvidence: 'Sổ theo dõi kiến nghị của các phòng nghiệp vụ và VKSND khu vực',
    },
  ]

  type TaskSeed = Omit<DemoPlanTask, 'responsible' | 'assignee' | 'progress' | 'superiorTask' | 'deadline'> & {
    scenario: Scenario
    /** When the deadline is: a fraction of the elapsed part of the year, or days after today. */
    due: { past: number } | { ahead: number } | null
  }
  const task = (fields: TaskSeed) => fields
  const seeds: TaskSeed[] = [
    task({
      title:
        'Tăng cường trách nhiệm công tố, gắn công tố với hoạt động điều tra; kiểm sát chặt chẽ việc khởi tố, điều tra, không để xảy ra oan, sai, bỏ lọt tội phạm',
      workStream: 'prosecution',
      leadUnitCode: `${PROVINCE}.P1`,
      supportingUnitCodes: [`${PROVINCE}.P2`, ...REGIONALS],
      recurrence: 'quarterly',
      dueDay: 25,
      product: 'Báo cáo kết quả thực hành quyền công tố, kiểm sát điều tra hằng quý',
      targets: [0, 1, 2, 3],
      scenario: 'recurring',
      due: null,
    }),
    task({
      title:
        'Nâng cao chất lượng tranh tụng tại phiên tòa; tổ chức phiên tòa rút kinh nghiệm, phiên tòa xét xử trực tuyến',
      workStream: 'criminal_trial',
      leadUnitCode: `${PROVINCE}.P7`,
      supportingUnitCodes: [`${PROVINCE}.P1`, `${PROVINCE}.P2`, ...REGIONALS],
      recurrence: 'half_yearly',
      dueDay: 20,
      product: 'Thông báo rút kinh nghiệm các phiên tòa; báo cáo sơ kết, tổng kết',
      targets: [5],
      scenario: 'recurring',
      due: null,
    }),
    task({
      title:
        'Tăng cường kiến nghị, kháng nghị trong kiểm sát giải quyết các vụ án dân sự, hành chính; nâng cao tỷ lệ kháng nghị được chấp nhận',
      workStream: 'civil_family',
      leadUnitCode: `${PROVINCE}.P9`,
      supportingUnitCodes: [`${PROVINCE}.P10`, ...REGIONALS],
      recurrence: 'once',
      dueDay: null,
      product: 'Chuyên đề kiến nghị, kháng nghị án dân sự, hành chính; 02 phiên tòa rút kinh nghiệm',
      targets: [6],
      scenario: 'done_on_time',
      due: { past: 0.55 },
    }),
    task({
      title:
        'Kiểm sát chặt chẽ hoạt động thi hành án dân sự, nhất là việc thi hành các khoản thu hồi cho Nhà nước trong các vụ án tham nhũng, kinh tế',
      workStream: 'judgment_enforcement',
      leadUnitCode: `${PROVINCE}.P11`,
      supportingUnitCodes: REGIONALS,
      recurrence: 'once',
      dueDay: null,
      product: 'Kết luận trực tiếp kiểm sát tại Thi hành án dân sự thành phố; kiến nghị khắc phục vi phạm',
      targets: [7],
      scenario: 'done_late',
      due: { past: 0.45 },
    }),
    task({
      title:
        'Nâng cao hiệu quả thu hồi tài sản bị chiếm đoạt, thất thoát trong các vụ án tham nhũng, kinh tế, chức vụ ngay từ giai đoạn điều tra',
      workStream: 'prosecution',
      leadUnitCode: `${PROVINCE}.P2`,
      supportingUnitCodes: [`${PROVINCE}.P11`, `${PROVINCE}.P1`],
      recurrence: 'once',
      dueDay: null,
      product: 'Báo cáo chuyên đề thu hồi tài sản trong các vụ án tham nhũng, kinh tế',
      targets: [4],
      scenario: 'overdue',
      due: { past: 0.8 },
    }),
    task({
      title:
        'Kiện toàn đội ngũ cán bộ, Kiểm sát viên sau sắp xếp tổ chức bộ máy; đào tạo, bồi dưỡng kỹ năng nghiệp vụ cho Kiểm sát viên VKSND khu vực',
      workStream: 'sector_building',
      leadUnitCode: `${PROVINCE}.P15`,
      supportingUnitCodes: [`${PROVINCE}.VP`, ...REGIONALS],
      recurrence: 'once',
      dueDay: null,
      product: 'Đề án kiện toàn tổ chức cán bộ; 02 lớp tập huấn nghiệp vụ',
      targets: [],
      scenario: 'done_on_time',
      due: { past: 0.35 },
    }),
    task({
      title:
        'Phát huy vai trò, trách nhiệm của người đứng đầu đơn vị trong chỉ đạo, điều hành và kiểm tra thực hiện nhiệm vụ được giao',
      workStream: 'sector_building',
      leadUnitCode: `${PROVINCE}.VP`,
      supportingUnitCodes: [`${PROVINCE}.P15`, `${PROVINCE}.TTR`],
      recurrence: 'once',
      dueDay: null,
      product: 'Báo cáo đánh giá trách nhiệm người đứng đầu các đơn vị',
      targets: [],
      scenario: 'in_progress',
      due: { ahead: 40 },
    }),
    task({
      title:
        'Tăng cường kỷ cương, kỷ luật công vụ; kiểm tra việc chấp hành quy chế nghiệp vụ, phòng ngừa vi phạm của cán bộ, Kiểm sát viên',
      workStream: 'sector_building',
      leadUnitCode: `${PROVINCE}.TTR`,
      supportingUnitCodes: [`${PROVINCE}.P15`, ...REGIONALS],
      recurrence: 'once',
      dueDay: null,
      product: 'Kết luận kiểm tra tại 04 VKSND khu vực',
      targets: [],
      scenario: 'due_soon',
      due: { ahead: 5 },
    }),
    task({
      title:
        'Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý, chỉ đạo, điều hành và thống kê; số hóa hồ sơ kiểm sát',
      workStream: 'digital_transformation',
      leadUnitCode: `${PROVINCE}.VP`,
      supportingUnitCodes: [`${PROVINCE}.P1`, ...REGIONALS],
      recurrence: 'once',
      dueDay: null,
      product: 'Phần mềm quản lý án, thống kê vận hành tại 100% đơn vị; 100% văn bản ký số',
      targets: [],
      scenario: 'paused',
      due: { past: 0.9 },
    }),
    task({
      title:
        'Kiểm sát chặt chẽ việc tạm giữ, tạm giam và thi hành án hình sự, không để xảy ra trường hợp tạm giữ, tạm giam quá hạn, trái pháp luật',
      workStream: 'custody_enforcement',
      leadUnitCode: `${PROVINCE}.P8`,
      supportingUnitCodes: REGIONALS,
      recurrence: 'once',
      dueDay: null,
      product: 'Kết luận trực tiếp kiểm sát tại Trại tạm giam Công an thành phố',
      targets: [],
      scenario: 'overdue',
      due: { past: 0.75 },
    }),
  ]

  const provinceTasks: DemoPlanTask[] = seeds.map(({ scenario, due, ...fields }) => {
    const assignee = staff.member(fields.leadUnitCode)
    const deadline = due === null ? null : 'past' in due ? past(due.past) : addDays(today, due.ahead)
    return {
      ...fields,
      responsible: staff.head(fields.leadUnitCode),
      assignee,
      deadline,
      superiorTask: null,
      progress: progressFor(scenario, { deadline, fields, year, today, issuedOn, assignee, appraiser: signer }),
    }
  })

  const province: DemoPlan = {
    unitCode: PROVINCE,
    kind: 'annual',
    title: `Kế hoạch thực hiện nhiệm vụ công tác kiểm sát năm ${year}`,
    status: 'issued',
    issuedOn,
    // DOMAIN.md §8.2 (QĐ 515/2012): the annual plan is approved by the Ủy ban kiểm sát.
    approver: 'procuracy_committee',
    signerPrefix: 'KT. VIỆN TRƯỞNG',
    signerTitle: 'PHÓ VIỆN TRƯỞNG',
    signerName: signer.fullName,
    recipients: [
      'Viện kiểm sát nhân dân tối cao (để báo cáo)',
      'Thường trực Thành ủy Cần Thơ (để báo cáo)',
      'Lãnh đạo Viện',
      'Các phòng nghiệp vụ, Văn phòng, Thanh tra',
      'Viện kiểm sát nhân dân khu vực 6, 7, 8, 9',
      'Lưu: VT, VP',
    ].join('\n'),
    implementsDocuments: vkstcDirective(year),
    purpose: [
      `Triển khai thực hiện nghiêm túc, có hiệu quả ${vkstcDirective(year)}; phấn đấu đạt và vượt các chỉ tiêu, nhiệm vụ của Ngành và Nghị quyết của Quốc hội về công tác tư pháp.`,
      'Xác định rõ nhiệm vụ trọng tâm, giải pháp, đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành và sản phẩm; cá thể hóa trách nhiệm của người đứng đầu và của từng cán bộ, Kiểm sát viên.',
    ].join('\n'),
    organisation: [
      'Thủ trưởng các đơn vị căn cứ Kế hoạch này khẩn trương xây dựng kế hoạch, chương trình công tác của đơn vị và tổ chức thực hiện.',
      'Các đơn vị báo cáo kết quả thực hiện hằng tháng (trước ngày 20), sơ kết 6 tháng (trước ngày 20/5) và tổng kết năm (trước ngày 20/11) qua Văn phòng tổng hợp.',
      'Văn phòng tổng hợp theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Viện trưởng.',
    ].join('\n'),
    targets: provinceTargets,
    tasks: provinceTasks,
  }

  // ── The regional procuracies' programmes (DOMAIN.md §8.2: a lower level's plan follows the
  // upper level's; its targets may not be lower — QĐ 515/2012). KV8 sets "> 85%" against the
  // province's "> 90%" and is left submitted: its issue is refused until it is corrected.
  const weaker = 'CT.KV8'
  const programmes: DemoPlan[] = CT_REGIONALS.map((regional, i) => {
    const code = regional.code
    const head = staff.head(code)
    const lower = code === weaker
    const programmeIssued: IsoDate = addDays(issuedOn, 8 + i)
    const assignee = staff.member(code)
    const linkTo = (superior: number, title: string, product: string, due: IsoDate, done: boolean): DemoPlanTask => ({
      title,
      workStream: provinceTasks[superior]!.workStream,
      leadUnitCode: code,
      supportingUnitCodes: [],
      responsible: head,
      assignee,
      deadline: due,
      recurrence: 'once',
      dueDay: null,
      product,
      targets: superior === 0 ? [0, 1] : [],
      superiorTask: superior,
      progress:
        lower || due > today
          ? []
          : [
              {
                occurrenceDue: null,
                reportedOn: done ? due : addDays(due, -3),
                note: done ? 'Đã hoàn thành' : 'Đang thực hiện, chưa hoàn thành',
                percent: done ? 100 : 50,
                completedOn: done ? due : null,
                paused: false,
                pausedDocument: null,
                appraisal: null,
                appraisalNote: null,
                reportedBy: assignee,
                appraisedBy: null,
              },
            ],
    })
    return {
      unitCode: code,
      kind: 'implementing',
      title: `Kế hoạch công tác năm ${year} của Viện kiểm sát nhân dân khu vực ${regional.number}`,
      status: lower ? 'submitted' : 'issued',
      issuedOn: lower ? null : programmeIssued,
      approver: 'chief_procurator',
      signerPrefix: '',
      signerTitle: 'VIỆN TRƯỞNG',
      signerName: head.fullName,
      recipients: ['Viện kiểm sát nhân dân thành phố Cần Thơ (để báo cáo)', 'Cán bộ, Kiểm sát viên', 'Lưu: VT'].join(
        '\n',
      ),
      implementsDocuments: vkstcDirective(year),
      purpose: `Cụ thể hóa Kế hoạch công tác năm ${year} của Viện kiểm sát nhân dân thành phố Cần Thơ tại đơn vị; chỉ tiêu không thấp hơn chỉ tiêu của cấp trên.`,
      organisation:
        'Viện trưởng phân công Phó Viện trưởng, Kiểm sát viên thực hiện; báo cáo kết quả hằng tháng về Văn phòng tổng hợp VKSND thành phố.',
      targets: [
        target('TIN_BAO_GIAI_QUYET', '>', lower ? 85 : i === 0 ? 92 : 90, code),
        target('TRUY_TO_DUNG_HAN', '=', 100, code),
        target('TRA_HO_SO_DTBS', '<', 2, code),
      ],
      tasks: [
        linkTo(
          0,
          'Kiểm sát chặt chẽ việc tiếp nhận, giải quyết tố giác, tin báo về tội phạm; không để oan, sai, bỏ lọt tội phạm',
          'Báo cáo kết quả kiểm sát tin báo, tố giác',
          past(0.5),
          true,
        ),
        linkTo(
          2,
          'Phát hiện vi phạm, ban hành kiến nghị, kháng nghị trong kiểm sát án dân sự, hành chính',
          'Kiến nghị, kháng nghị; báo cáo chuyên đề',
          past(0.85),
          i % 2 === 0,
        ),
        linkTo(
          8,
          'Số hóa hồ sơ kiểm sát, cập nhật đầy đủ dữ liệu vào phần mềm quản lý án',
          '100% hồ sơ được cập nhật',
          addDays(today, 20),
          false,
        ),
      ],
    }
  })

  return { year, province, programmes }
}

type ProgressContext = {
  deadline: IsoDate | null
  fields: Pick<DemoPlanTask, 'recurrence' | 'dueDay'>
  year: number
  today: IsoDate
  issuedOn: IsoDate
  assignee: DemoPlanPerson
  appraiser: DemoPlanPerson
}

const report = (fields: Partial<DemoProgress> & Pick<DemoProgress, 'reportedOn' | 'note' | 'reportedBy'>) => ({
  occurrenceDue: null,
  percent: null,
  completedOn: null,
  paused: false,
  pausedDocument: null,
  appraisal: null,
  appraisalNote: null,
  appraisedBy: null,
  ...fields,
})

/** The reports that give a task the state its scenario names, on `today` (task-state.ts). */
const progressFor = (scenario: Scenario, c: ProgressContext): DemoProgress[] => {
  const by = c.assignee
  const middle = (a: IsoDate, b: IsoDate) => addDays(a, Math.floor(daysBetween(a, b) / 2))
  switch (scenario) {
    case 'recurring': {
      // Every occurrence already due is reported complete two days early and appraised "đạt";
      // the current one (if the year is still running) is open.
      const occurrences = occurrencesInStatisticsYear(
        { recurrence: c.fields.recurrence as Exclude<TaskRecurrence, 'once'>, dayOfMonth: c.fields.dueDay },
        c.year,
      )
      return occurrences
        .filter((o) => o.due < c.today && addDays(o.due, -2) >= c.issuedOn)
        .map((o) =>
          report({
            occurrenceDue: o.due,
            reportedOn: addDays(o.due, -2),
            note: `Đã gửi báo cáo ${o.label.toLowerCase()}`,
            percent: 100,
            completedOn: addDays(o.due, -2),
            reportedBy: by,
            appraisal: 'passed',
            appraisedBy: c.appraiser,
          }),
        )
    }
    case 'done_on_time': {
      const deadline = c.deadline!
      const completed = addDays(deadline, -Math.min(3, daysBetween(c.issuedOn, deadline) - 1))
      return [
        report({
          reportedOn: middle(c.issuedOn, completed),
          note: 'Đã xây dựng kế hoạch, đang triển khai',
          percent: 40,
          reportedBy: by,
        }),
        report({
          reportedOn: completed,
          note: 'Đã hoàn thành, gửi sản phẩm về Văn phòng tổng hợp',
          percent: 100,
          completedOn: completed,
          reportedBy: by,
          appraisal: 'passed',
          appraisalNote: 'Đạt yêu cầu',
          appraisedBy: c.appraiser,
        }),
      ]
    }
    case 'done_late': {
      const deadline = c.deadline!
      const completed = addDays(deadline, Math.max(1, Math.min(20, Math.floor(daysBetween(deadline, c.today) / 2))))
      return [
        report({
          reportedOn: addDays(deadline, -2),
          note: 'Đang hoàn thiện dự thảo kết luận',
          percent: 70,
          reportedBy: by,
        }),
        report({
          reportedOn: completed,
          note: 'Đã ban hành kết luận kiểm sát (chậm so với thời hạn do chờ số liệu của cơ quan thi hành án)',
          percent: 100,
          completedOn: completed,
          reportedBy: by,
          appraisal: 'passed',
          appraisalNote: 'Đạt yêu cầu, nhưng hoàn thành chậm so với kế hoạch',
          appraisedBy: c.appraiser,
        }),
      ]
    }
    case 'overdue':
      return [
        report({
          reportedOn: middle(c.issuedOn, c.deadline!),
          note: 'Đang thu thập số liệu, xây dựng đề cương',
          percent: 40,
          reportedBy: by,
        }),
      ]
    case 'in_progress':
      return [
        report({
          reportedOn: addDays(c.today, -Math.min(10, daysBetween(c.issuedOn, c.today))),
          note: 'Đang tổng hợp báo cáo của các đơn vị',
          percent: 60,
          reportedBy: by,
        }),
      ]
    case 'due_soon':
      return [
        report({
          reportedOn: addDays(c.today, -Math.min(3, daysBetween(c.issuedOn, c.today))),
          note: 'Đã kiểm tra 03/04 đơn vị',
          percent: 75,
          reportedBy: by,
        }),
      ]
    case 'paused': {
      const on = middle(c.issuedOn, c.deadline!)
      return [
        report({
          reportedOn: on,
          note: 'Tạm dừng triển khai phần mềm mới, chờ hướng dẫn thống nhất của Viện kiểm sát nhân dân tối cao',
          percent: 30,
          paused: true,
          pausedDocument: `Công văn số 15/VKS-VP ngày ${formatViDate(on)} của Viện kiểm sát nhân dân thành phố Cần Thơ về điều chỉnh tiến độ chuyển đổi số`,
          reportedBy: by,
        }),
      ]
    }
  }
}
