// Stage, charges, categories and measures derived from the acts (DESIGN.md principle 1).
import { describe, expect, it } from 'vitest'
import { deriveMatterState } from './derive-state.ts'
import { reason, scenario } from './testing.ts'

const A = 1
const B = 2
const SUBJECTS = [
  { id: A, fullName: 'Phạm Văn Dũng' },
  { id: B, fullName: 'Hoàng Thị Em' },
]
const charge = (article: number, clause: number) => ({ charge: { article, clause } })

describe('crime report stages (BLTTHS Điều 147–149)', () => {
  it('goes from being resolved to suspended, resumed and decided', () => {
    const s = scenario('crime_report', '2026-03-02')
    const stage = () => {
      const { stage, stageLabel, closed } = deriveMatterState(s.facts())
      return { stage, stageLabel, closed }
    }
    expect(stage()).toEqual({ stage: 'moi_thu_ly', stageLabel: 'Mới thụ lý', closed: false })
    s.add('report_received', '2026-03-02', { data: { source: 'to_giac', investigatingBody: 'Công an xã' } })
    expect(stage()).toEqual({ stage: 'dang_giai_quyet', stageLabel: 'Đang giải quyết', closed: false })
    s.add('report_suspended', '2026-03-10', { data: reason })
    expect(stage().stage).toBe('tam_dinh_chi')
    s.add('report_resumed', '2026-04-15')
    expect(stage().stage).toBe('dang_giai_quyet')
    s.add('report_not_instituted', '2026-05-10', { data: reason })
    expect(stage()).toEqual({ stage: 'khong_khoi_to', stageLabel: 'Không khởi tố vụ án', closed: true })
  })
})

describe('criminal case', () => {
  const base = () => {
    const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
    s.add('case_instituted', '2026-01-05', { data: { ...charge(173, 1), investigatingBody: 'Cơ quan CSĐT' } })
    return s
  }

  it("takes the category of the case's charge until a suspect is charged", () => {
    const s = base()
    expect(deriveMatterState(s.facts())).toMatchObject({
      stage: 'dang_dieu_tra',
      stageLabel: 'Đang điều tra',
      category: 'it_nghiem_trong',
    })
    expect(deriveMatterState(s.facts()).subjects).toEqual([
      { subjectId: A, charge: null, category: null, measure: 'none' },
      { subjectId: B, charge: null, category: null, measure: 'none' },
    ])
  })

  it('takes the most serious category among the suspects, following charge changes and the indictment', () => {
    const s = base()
    s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: charge(173, 1) })
    s.add('suspect_instituted', '2026-01-06', { subjectId: B, data: charge(174, 1) })
    s.add('charge_changed', '2026-02-20', { subjectId: A, data: charge(173, 2) })
    expect(deriveMatterState(s.facts())).toMatchObject({
      category: 'nghiem_trong',
      subjects: [{ category: 'nghiem_trong' }, { category: 'it_nghiem_trong' }],
    })
    s.add('investigation_concluded', '2026-03-20')
    s.add('file_received', '2026-03-23')
    s.add('indicted', '2026-04-10', {
      data: { charges: [{ subjectId: B, charge: { article: 174, clause: 3, point: 'a' } }] },
    })
    const state = deriveMatterState(s.facts())
    expect(state).toMatchObject({
      stage: 'da_truy_to',
      stageLabel: 'Đã truy tố',
      category: 'rat_nghiem_trong',
      closed: false,
    })
    expect(state.subjects[1]).toEqual({
      subjectId: B,
      charge: { article: '174', clause: 3, point: 'a' },
      category: 'rat_nghiem_trong',
      measure: 'none',
    })
  })

  it('ignores a voided charge change', () => {
    const s = base()
    s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: charge(173, 1) })
    s.add('charge_changed', '2026-02-20', { subjectId: A, data: charge(173, 4), voided: true })
    expect(deriveMatterState(s.facts()).category).toBe('it_nghiem_trong')
  })

  it('reads the measure in force per person, ordering acts by date before recording order', () => {
    const s = base()
    s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: charge(173, 1) })
    s.add('custody_ordered', '2026-01-05', { subjectId: B, at: '08:00' })
    // Recorded first but dated later: the release of A comes after his detention.
    s.add('detention_ended', '2026-01-20', { subjectId: A, data: reason })
    s.add('detention_ordered', '2026-01-07', { subjectId: A })
    expect(deriveMatterState(s.facts()).subjects.map((x) => x.measure)).toEqual(['none', 'custody'])
  })

  it('follows prosecution and trial to a judgment in force, which closes the case', () => {
    const s = base()
    const stages: string[] = []
    const step = (...args: Parameters<typeof s.add>) => {
      s.add(...args)
      stages.push(deriveMatterState(s.facts()).stage)
    }
    step('investigation_suspended', '2026-02-01', { data: reason })
    step('investigation_resumed', '2026-02-10')
    step('investigation_concluded', '2026-03-20')
    step('file_received', '2026-03-23')
    step('returned_for_investigation', '2026-04-01', { data: reason })
    step('investigation_concluded', '2026-04-20')
    step('file_received', '2026-04-21')
    step('indicted', '2026-05-05', { data: { charges: [{ subjectId: A, charge: { article: 173, clause: 1 } }] } })
    step('court_accepted', '2026-05-10')
    step('trial_scheduled', '2026-06-01')
    step('first_instance_trial', '2026-06-10', {
      data: { online: false, modelHearing: true, verdicts: [{ subjectId: A, verdict: 'convicted_as_charged' }] },
    })
    step('appeal_protest', '2026-06-20', { data: { level: 'same' } })
    step('appellate_trial', '2026-08-10', { data: { online: false, modelHearing: false } })
    step('judgment_effective', '2026-08-10')
    expect(stages).toEqual([
      'tam_dinh_chi_dieu_tra',
      'dang_dieu_tra',
      'ket_thuc_dieu_tra',
      'vks_dang_xem_xet_truy_to',
      'tra_ho_so_dieu_tra_bo_sung',
      'ket_thuc_dieu_tra',
      'vks_dang_xem_xet_truy_to',
      'da_truy_to',
      'dang_chuan_bi_xet_xu',
      'da_dua_ra_xet_xu',
      'da_xet_xu_so_tham',
      'phuc_tham',
      'da_xet_xu_phuc_tham',
      'co_hieu_luc',
    ])
    expect(deriveMatterState(s.facts())).toMatchObject({
      stageLabel: 'Bản án, quyết định đã có hiệu lực pháp luật',
      closed: true,
    })
  })

  it('is closed by termination', () => {
    const s = base()
    s.add('case_terminated', '2026-02-01', { data: { reason: 'Không có sự việc phạm tội', noCrime: true } })
    expect(deriveMatterState(s.facts())).toMatchObject({
      stage: 'dinh_chi',
      stageLabel: 'Đình chỉ vụ án',
      closed: true,
    })
  })
})

describe('civil and administrative matters', () => {
  it('record a first-instance decision received, then the end of supervision', () => {
    const s = scenario('administrative', '2026-01-10')
    s.add('civil_accepted', '2026-01-10', { data: { court: 'Tòa án nhân dân tỉnh' } })
    expect(deriveMatterState(s.facts())).toMatchObject({ stage: 'dang_giai_quyet', category: null })
    s.add('judgment_received', '2026-03-10', { data: { decision: true } })
    expect(deriveMatterState(s.facts()).stageLabel).toBe('Tòa án đã ra quyết định sơ thẩm')
    s.add('matter_closed', '2026-04-01')
    expect(deriveMatterState(s.facts())).toMatchObject({
      stage: 'ket_thuc',
      stageLabel: 'Kết thúc kiểm sát',
      closed: true,
    })
  })

  it('keep the judgment stage when the judgment is received after its pronouncement', () => {
    const s = scenario('civil', '2026-01-10')
    s.add('judgment_pronounced', '2026-03-02', { data: { prosecutorAttended: true } })
    s.add('appeal_protest', '2026-03-05', { data: { level: 'same' } })
    s.add('judgment_received', '2026-03-06', { data: { decision: false } })
    expect(deriveMatterState(s.facts()).stage).toBe('phuc_tham')
  })
})
