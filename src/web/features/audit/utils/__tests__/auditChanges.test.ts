import { describe, expect, it } from 'vitest'
import { auditChanges, formatAuditValue } from '../auditChanges.ts'

const units = new Map([
  [4, 'VKSND khu vực 6 – Cần Thơ'],
  [7, 'Phòng 1'],
])

describe('auditChanges', () => {
  it('lists only the fields that changed, with Vietnamese labels', () => {
    const changes = auditChanges(
      { fullName: 'Nguyễn Chí Dũng', phone: '0866 987 014', updatedAt: '2026-01-01T00:00:00Z' },
      { fullName: 'Nguyễn Chí Dũng', phone: '0912 345 678', updatedAt: '2026-02-01T00:00:00Z' },
      units,
    )
    expect(changes).toEqual([{ field: 'phone', label: 'Điện thoại', before: '0866 987 014', after: '0912 345 678' }])
  })

  it('shows a creation as empty → value', () => {
    const [change] = auditChanges(null, { title: 'ksv_so_cap' }, units)
    expect(change).toEqual({ field: 'title', label: 'Chức danh', before: '—', after: 'Kiểm sát viên sơ cấp' })
  })

  it('names units, roles, dates and hides passwords', () => {
    expect(formatAuditValue('unitId', 4, units)).toBe('VKSND khu vực 6 – Cần Thơ')
    expect(formatAuditValue('parentId', 123, units)).toBe('Đơn vị #123')
    expect(formatAuditValue('roles', [{ role: 'leadership', unitId: 7 }], units)).toBe('Lãnh đạo Viện – Phòng 1')
    expect(formatAuditValue('validFrom', '2025-07-01', units)).toBe('01/07/2025')
    expect(formatAuditValue('active', false, units)).toBe('Đã nghỉ')
    expect(formatAuditValue('gender', 'nu', units)).toBe('Nữ')
    expect(formatAuditValue('passwordHash', 'x', units)).toBe('••••••')
    expect(formatAuditValue('email', null, units)).toBe('—')
  })
})
