import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@/shared/api/audit.ts'
import { auditChanges } from '../auditChanges.ts'
import { auditSubject } from '../auditSubject.ts'
import type { AuditReaders } from '../auditVocabulary.ts'

const readers: AuditReaders = {
  unitNames: new Map([
    [4, 'VKSND khu vực 6 – Cần Thơ'],
    [7, 'Phòng 1'],
  ]),
  names: { people: { '31': 'Trần Thị Bích' }, subjects: { '501': 'Lê Văn Tám', '502': 'Phạm Thị Mơ' } },
}

// Labels and values are worked by hand from the forms (EVENT_FIELDS, the matter, subject, target
// and calendar forms) and from how procedural documents write a term: "02 tháng".
describe('auditChanges', () => {
  it('lists only the fields that changed, with the person form’s labels', () => {
    const changes = auditChanges(
      'person',
      { fullName: 'Nguyễn Chí Dũng', phone: '0866 987 014', updatedAt: '2026-01-01T00:00:00Z' },
      { fullName: 'Nguyễn Chí Dũng', phone: '0912 345 678', updatedAt: '2026-02-01T00:00:00Z' },
      readers,
    )
    expect(changes).toEqual([{ key: 'phone', label: 'Điện thoại', before: '0866 987 014', after: '0912 345 678' }])
  })

  it('names units, roles, titles, hides passwords and leaves out what was empty and stays empty', () => {
    const changes = auditChanges(
      'person',
      null,
      {
        title: 'ksv_so_cap',
        unitId: 4,
        roles: [{ role: 'leadership', unitId: 7 }],
        active: false,
        gender: 'nu',
        passwordHash: 'x',
        email: null,
      },
      readers,
    )
    expect(Object.fromEntries(changes.map((c) => [c.label, c.after]))).toEqual({
      'Chức danh': 'Kiểm sát viên sơ cấp',
      'Đơn vị': 'VKSND khu vực 6 – Cần Thơ',
      'Vai trò': 'Lãnh đạo Viện – Phòng 1',
      'Trạng thái': 'Đã nghỉ',
      'Giới tính': 'Nữ',
      'Mật khẩu': '••••••',
    })
  })

  it('reads an act as the act form asks it: its name, date, subject and details, a term as "02 tháng"', () => {
    const changes = auditChanges(
      'matter_event',
      null,
      {
        type: 'investigation_extended',
        occurredOn: '2026-11-30',
        occurredAt: null,
        subjectId: null,
        documentNumber: '12/QĐ-VKS',
        issuingBody: 'VKSND khu vực 6',
        data: { amount: 2, unit: 'months' },
      },
      readers,
    )
    expect(changes.map((c) => [c.label, c.after])).toEqual([
      ['Hành vi tố tụng', 'Gia hạn thời hạn điều tra (Điều 172, 174)'],
      ['Ngày', '30/11/2026'],
      ['Số văn bản', '12/QĐ-VKS'],
      ['Cơ quan ban hành', 'VKSND khu vực 6'],
      ['Gia hạn thêm', '02 tháng'],
    ])
  })

  it('names each defendant of an indictment and the charge by article, clause and point', () => {
    const [charges] = auditChanges(
      'matter_event',
      null,
      {
        type: 'indicted',
        data: {
          charges: [
            { subjectId: 501, charge: { article: 173, clause: 2, point: 'c' } },
            { subjectId: 502, charge: { article: 174, clause: 1 } },
          ],
        },
      },
      readers,
    ).filter((c) => c.label !== 'Hành vi tố tụng')
    expect(charges).toMatchObject({
      label: 'Tội danh truy tố từng bị can',
      after: 'Lê Văn Tám: Điều 173 khoản 2 điểm c; Phạm Thị Mơ: Điều 174 khoản 1',
    })
  })

  it('shows a void as the act going from in force to voided, with the reason', () => {
    const act = { id: 9, type: 'case_instituted', occurredOn: '2026-10-01', data: {}, voided: false, sequence: 9 }
    const changes = auditChanges('matter_event', act, { ...act, voided: true, voidReason: 'Nhập nhầm' }, readers)
    expect(changes).toEqual([
      { key: 'voided', label: 'Hiệu lực', before: 'Còn hiệu lực', after: 'Đã hủy' },
      { key: 'voidReason', label: 'Lý do hủy', before: '—', after: 'Nhập nhầm' },
    ])
  })

  it('reads a target with the indicator’s name, the comparison and the dates', () => {
    const changes = auditChanges(
      'indicator_target',
      { comparison: '>=', value: 90, effectiveFrom: '2025-12-01' },
      {
        indicator: 'TIN_BAO_GIAI_QUYET',
        comparison: '>=',
        value: 95.5,
        effectiveFrom: '2026-12-01',
        legalSource: 'NQ 96/2019/QH14',
      },
      readers,
    )
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Chỉ tiêu', '—', 'Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố'],
      ['Giá trị', '90', '95,5'],
      ['Áp dụng từ ngày', '01/12/2025', '01/12/2026'],
      ['Văn bản giao chỉ tiêu', '—', 'NQ 96/2019/QH14'],
    ])
  })

  it('reads an official calendar entry with the calendar form’s labels and the recompute it queued', () => {
    const changes = auditChanges(
      'official_calendar',
      null,
      {
        id: 3,
        date: '2026-09-01',
        kind: 'day_off',
        reason: 'Nghỉ Quốc khánh',
        legalSource: null,
        updatedBy: 31,
        updatedByName: 'Trần Thị Bích',
        movedDeadlines: 0,
        recompute: { jobId: 'a-b', matters: 12, deadlines: 30 },
      },
      readers,
    )
    expect(changes.map((c) => [c.label, c.after])).toEqual([
      ['Ngày', '01/09/2026'],
      ['Loại ngày', 'Ngày nghỉ'],
      ['Lý do', 'Nghỉ Quốc khánh'],
      ['Người cập nhật', 'Trần Thị Bích'],
      ['Thời hạn đã dời ngay', '0 thời hạn'],
      ['Tính lại thời hạn', 'Đã xếp lịch tính lại 30 thời hạn của 12 vụ việc'],
    ])
  })

  it('never shows a field’s code: a field nobody named reads "Thông tin khác"', () => {
    const [change] = auditChanges('matter', null, { someNewField: 'x' }, readers)
    expect(change).toMatchObject({ label: 'Thông tin khác', after: 'x' })
  })
})

const entry = (patch: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-01T01:00:00Z',
  actorId: 31,
  actorName: 'Trần Thị Bích',
  unitId: 4,
  unitName: 'VKSND khu vực 6 – Cần Thơ',
  action: 'create',
  entity: 'matter_event',
  entityId: '12953',
  matter: null,
  before: null,
  after: null,
  ip: null,
  requestId: null,
  ...patch,
})

describe('auditSubject', () => {
  it('names the matter an act belongs to by its number, not the act’s id', () => {
    const matter = { id: 77, kind: 'criminal_case' as const, number: '12/2026', title: 'Trộm cắp tài sản' }
    expect(auditSubject(entry({ matter }), readers)).toMatchObject({ kind: 'Hành vi tố tụng', matter, name: null })
  })

  it('does not name a matter the reader may not read', () => {
    expect(auditSubject(entry({ matter: null }), readers)).toMatchObject({
      kind: 'Hành vi tố tụng',
      name: 'vụ việc ngoài phạm vi được xem',
      matter: null,
    })
  })

  it('names a person, a unit, an indicator and a calendar day', () => {
    expect(auditSubject(entry({ entity: 'person', entityId: '31' }), readers)).toMatchObject({
      name: 'Trần Thị Bích',
      personId: '31',
    })
    expect(auditSubject(entry({ entity: 'unit', entityId: '7' }), readers).name).toBe('Phòng 1')
    expect(auditSubject(entry({ entity: 'indicator_records', entityId: 'TIN_BAO_GIAI_QUYET' }), readers).name).toBe(
      'Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    )
    expect(
      auditSubject(entry({ entity: 'official_calendar', entityId: '3', before: { date: '2026-09-02' } }), readers).name,
    ).toBe('ngày 02/09/2026')
  })
})
