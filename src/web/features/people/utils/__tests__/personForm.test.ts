import { describe, expect, it } from 'vitest'
import { BasicPersonFields, emptyPersonForm, formToPayload, requiredFieldErrors } from '../personForm.ts'
import { roleRowErrors, newRoleRow, rowsToRoles } from '../roleRows.ts'

describe('person form', () => {
  it('turns empty inputs into nulls the API accepts', () => {
    const payload = formToPayload({ ...emptyPersonForm(4), fullName: '  Trần Thị Mai ', title: 'chuyen_vien' })
    expect(payload).toEqual({
      fullName: 'Trần Thị Mai',
      title: 'chuyen_vien',
      unitId: 4,
      email: null,
      phone: null,
      birthYear: null,
      gender: null,
    })
    expect(BasicPersonFields.safeParse(payload).success).toBe(true)
  })

  it('asks for a title and a unit in plain words', () => {
    expect(requiredFieldErrors(emptyPersonForm(null))).toEqual({
      title: 'Chọn chức danh',
      unitId: 'Chọn đơn vị công tác',
    })
  })
})

describe('role rows', () => {
  it('flags incomplete and duplicate rows, and sends only complete ones', () => {
    const rows = [newRoleRow('leadership', '1'), newRoleRow('leadership', '1'), newRoleRow(null, '2')]
    expect(roleRowErrors(rows)).toEqual({
      'roles.1.role': 'Vai trò này đã có ở đơn vị đã chọn',
      'roles.2.role': 'Chọn vai trò',
    })
    expect(rowsToRoles(rows)).toEqual([
      { role: 'leadership', unitId: 1 },
      { role: 'leadership', unitId: 1 },
    ])
  })
})
