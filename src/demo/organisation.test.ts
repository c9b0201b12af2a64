import { describe, expect, it } from 'vitest'
import type { DemoOrganisation, UnitSeed } from '@/demo/types.ts'
import { ROLES } from '@/shared/vocabulary.ts'
import { CreateUnit } from '@/shared/api/units.ts'
import { CreatePerson, Username } from '@/shared/api/people.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'

const demo = generateDemoOrganisation({ seed: 2026, scale: 1 })
const byCode = (org: DemoOrganisation) => new Map(org.units.map((u) => [u.code, u]))
const units = byCode(demo)
const unit = (code: string): UnitSeed => {
  const u = units.get(code)
  if (!u) throw new Error(`no unit ${code}`)
  return u
}
const dayAfter = (iso: string): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const isCurrent = (u: UnitSeed) => u.validTo === null

describe('determinism', () => {
  it('gives identical output for the same seed', () => {
    expect(generateDemoOrganisation({ seed: 2026, scale: 1 })).toEqual(demo)
    expect(generateDemoOrganisation({ seed: 7, scale: 3 })).toEqual(generateDemoOrganisation({ seed: 7, scale: 3 }))
  })

  it('gives different people but the same units for a different seed', () => {
    const other = generateDemoOrganisation({ seed: 2027, scale: 1 })
    expect(other.people.map((p) => p.fullName)).not.toEqual(demo.people.map((p) => p.fullName))
    expect(other.units).toEqual(demo.units)
    expect(other.logins.map((l) => l.username)).toEqual(demo.logins.map((l) => l.username))
  })

  it('keeps the demo province and its logins unchanged when benchmark provinces are added', () => {
    const big = generateDemoOrganisation({ seed: 2026, scale: 3 })
    expect(big.people.slice(0, demo.people.length)).toEqual(demo.people)
    expect(big.units.slice(0, demo.units.length)).toEqual(demo.units)
    expect(big.logins).toEqual(demo.logins)
  })

  it('rejects a scale that is not a positive integer', () => {
    expect(() => generateDemoOrganisation({ seed: 1, scale: 0 })).toThrow(RangeError)
    expect(() => generateDemoOrganisation({ seed: 1, scale: 1.5 })).toThrow(RangeError)
  })
})

describe('unit tree', () => {
  it('has unique codes the unit API accepts', () => {
    expect(units.size).toBe(demo.units.length)
    for (const u of demo.units) {
      const parsed = CreateUnit.safeParse({ ...u, parentId: null, successorId: null })
      expect(parsed.success, `${u.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
    }
  })

  it('has one root, VKSNDTC, and every parent and successor exists', () => {
    expect(demo.units.filter((u) => u.parentCode === null).map((u) => u.code)).toEqual(['VKSNDTC'])
    expect(unit('VKSNDTC')).toMatchObject({
      level: 'supreme',
      name: 'Viện kiểm sát nhân dân tối cao',
      validFrom: '1960-07-26',
    })
    for (const u of demo.units) {
      if (u.parentCode !== null) expect(units.has(u.parentCode), `${u.code} parent ${u.parentCode}`).toBe(true)
      if (u.successorCode !== null)
        expect(units.has(u.successorCode), `${u.code} successor ${u.successorCode}`).toBe(true)
    }
  })

  it('places every unit within its parent’s lifetime', () => {
    for (const u of demo.units) {
      if (u.parentCode === null) continue
      const parent = unit(u.parentCode)
      expect(u.validFrom >= parent.validFrom, u.code).toBe(true)
      if (parent.validTo !== null) expect(u.validTo !== null && u.validTo <= parent.validTo, u.code).toBe(true)
    }
  })

  it('ends each old unit on 30/6/2025 and starts its successor the next day', () => {
    const ceased = demo.units.filter((u) => u.successorCode !== null)
    expect(ceased.length).toBeGreaterThan(0)
    for (const u of ceased) {
      const successor = unit(u.successorCode ?? '')
      expect(u.validTo).toBe('2025-06-30')
      expect(successor.validFrom).toBe(dayAfter(u.validTo ?? ''))
      expect(isCurrent(successor), u.code).toBe(true)
    }
    // Every unit that ended has somewhere for its work to go.
    for (const u of demo.units.filter((x) => !isCurrent(x))) expect(u.successorCode, u.code).not.toBeNull()
  })

  it('merges Hậu Giang, the old Cần Thơ and Sóc Trăng into the new Cần Thơ', () => {
    const ct = unit('CT')
    expect(ct).toMatchObject({
      name: 'Viện kiểm sát nhân dân thành phố Cần Thơ',
      level: 'provincial',
      validFrom: '2025-07-01',
      validTo: null,
      parentCode: 'VKSNDTC',
    })
    const merged = demo.units.filter((u) => u.level === 'provincial' && u.successorCode === 'CT').map((u) => u.name)
    expect(merged.sort()).toEqual(
      [
        'Viện kiểm sát nhân dân thành phố Cần Thơ',
        'Viện kiểm sát nhân dân tỉnh Hậu Giang',
        'Viện kiểm sát nhân dân tỉnh Sóc Trăng',
      ].sort(),
    )
  })

  it('maps each Hậu Giang department to the matching department of the new Cần Thơ', () => {
    const oldDepartments = demo.units.filter(
      (u) => u.parentCode === 'HG' && (u.level === 'department' || u.level === 'office'),
    )
    expect(oldDepartments.length).toBeGreaterThanOrEqual(10)
    expect(oldDepartments.map((u) => u.name)).toContain('Văn phòng tổng hợp')
    expect(oldDepartments.map((u) => u.shortName)).toEqual(
      expect.arrayContaining([
        'Phòng 1',
        'Phòng 2',
        'Phòng 7',
        'Phòng 8',
        'Phòng 9',
        'Phòng 10',
        'Phòng 11',
        'Phòng 12',
        'Phòng 15',
        'Thanh tra',
      ]),
    )
    for (const old of oldDepartments) {
      const successor = unit(old.successorCode ?? '')
      expect(successor).toMatchObject({ parentCode: 'CT', name: old.name, shortName: old.shortName, level: old.level })
      expect(successor.code).not.toBe(old.code)
    }
  })

  it('gives each of the 8 Hậu Giang districts exactly one regional successor, some shared', () => {
    const districts = demo.units.filter((u) => u.parentCode === 'HG' && u.level === 'district')
    expect(districts.map((d) => d.name).sort()).toEqual(
      [
        'huyện Châu Thành A',
        'huyện Châu Thành',
        'huyện Phụng Hiệp',
        'huyện Long Mỹ',
        'huyện Vị Thủy',
        'thành phố Vị Thanh',
        'thành phố Ngã Bảy',
        'thị xã Long Mỹ',
      ]
        .map((place) => `Viện kiểm sát nhân dân ${place}`)
        .sort(),
    )
    const absorbed = new Map<string, number>()
    for (const d of districts) {
      const regional = unit(d.successorCode ?? '')
      expect(regional).toMatchObject({ level: 'regional', parentCode: 'CT', validFrom: '2025-07-01', validTo: null })
      expect(regional.name).toMatch(/^Viện kiểm sát nhân dân khu vực \d+ – Cần Thơ$/)
      absorbed.set(regional.code, (absorbed.get(regional.code) ?? 0) + 1)
    }
    const regionals = demo.units.filter((u) => u.parentCode === 'CT' && u.level === 'regional')
    expect(regionals.length).toBeGreaterThanOrEqual(3)
    for (const r of regionals) expect(absorbed.get(r.code) ?? 0, r.code).toBeGreaterThanOrEqual(1)
    expect([...absorbed.values()].some((n) => n >= 2)).toBe(true)
  })
})

describe('people', () => {
  it('has about sixty people, all valid for the people API, working in current units', () => {
    expect(demo.people.length).toBeGreaterThanOrEqual(55)
    expect(demo.people.length).toBeLessThanOrEqual(70)
    for (const p of demo.people) {
      const parsed = CreatePerson.safeParse({ ...p, unitId: 1, roles: [] })
      expect(parsed.success, `${p.fullName}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
      expect(isCurrent(unit(p.unitCode)), p.unitCode).toBe(true)
      expect(p.birthYear).toBeGreaterThanOrEqual(1965)
      expect(p.birthYear).toBeLessThanOrEqual(2000)
    }
  })

  it('staffs the provincial leadership and every regional procuracy', () => {
    const titlesIn = (code: string) => demo.people.filter((p) => p.unitCode === code).map((p) => p.title)
    expect(titlesIn('CT').sort()).toEqual(['pho_vien_truong', 'pho_vien_truong', 'pho_vien_truong', 'vien_truong'])
    for (const r of demo.units.filter((u) => u.level === 'regional')) {
      const titles = titlesIn(r.code)
      expect(
        titles.filter((t) => t === 'vien_truong'),
        r.code,
      ).toHaveLength(1)
      expect(titles).toContain('pho_vien_truong')
      expect(
        titles.some((t) => t.startsWith('ksv_')),
        r.code,
      ).toBe(true)
    }
    const titles = new Set(demo.people.map((p) => p.title))
    for (const t of [
      'truong_phong',
      'pho_truong_phong',
      'chanh_van_phong',
      'kiem_tra_vien',
      'chuyen_vien',
      'van_thu',
      'ke_toan',
    ] as const)
      expect(titles).toContain(t)
  })

  it('has Vietnamese names with diacritics and gender-consistent middle names', () => {
    const accented = demo.people.filter((p) => /[^\p{ASCII}]/u.test(p.fullName))
    expect(accented.length / demo.people.length).toBeGreaterThanOrEqual(0.9)
    for (const p of demo.people) {
      const parts = p.fullName.split(' ')
      expect(parts, p.fullName).toHaveLength(3)
      if (p.gender === 'nam') expect(parts[1]).not.toBe('Thị')
      if (p.gender === 'nu') expect(parts[1]).not.toBe('Văn')
    }
    expect(new Set(demo.people.map((p) => p.fullName)).size).toBe(demo.people.length)
  })

  it('has unique ASCII e-mails and unique phone numbers', () => {
    const emails = demo.people.map((p) => p.email).filter((e): e is string => e !== null)
    expect(new Set(emails).size).toBe(emails.length)
    for (const e of emails) expect(e).toMatch(/^[a-z]+(\.[a-z]+)+\d*@cantho\.kiemsat\.vn$/)
    const phones = demo.people.map((p) => p.phone).filter((x): x is string => x !== null)
    expect(new Set(phones).size).toBe(phones.length)
    for (const x of phones) expect(x).toMatch(/^0\d{3} \d{3} \d{3}$/)
  })
})

describe('demo logins', () => {
  const loginFor = (username: string) => {
    const person = demo.people.find((p) => p.username === username)
    if (!person) throw new Error(`no person for ${username}`)
    return person
  }

  it('has exactly one login per role, plus ksv2 as a second prosecutor', () => {
    expect(demo.logins.map((l) => l.username).sort()).toEqual([
      'admin',
      'ksv',
      'ksv2',
      'lanhdao',
      'thidua',
      'thongke',
      'truongphong',
      'xem',
    ])
    for (const role of ROLES) {
      const expected = role === 'prosecutor' ? 2 : 1
      expect(
        demo.logins.filter((l) => l.role === role),
        role,
      ).toHaveLength(expected)
    }
    for (const l of demo.logins) {
      expect(Username.safeParse(l.username).success).toBe(true)
      expect(l.description).toMatch(/[^\p{ASCII}]/u)
    }
  })

  it('gives each login’s person that role over an existing current unit, and nobody else any role', () => {
    for (const l of demo.logins) {
      expect(demo.people.filter((p) => p.username === l.username)).toHaveLength(1)
      const person = loginFor(l.username)
      expect(person.roles).toHaveLength(1)
      const grant = person.roles[0]
      expect(grant?.role).toBe(l.role)
      expect(isCurrent(unit(grant?.unitCode ?? '')), l.username).toBe(true)
    }
    for (const p of demo.people.filter((x) => x.username === null)) expect(p.roles).toEqual([])
  })

  it('puts each login in the post its role implies', () => {
    expect(loginFor('admin').roles).toEqual([{ role: 'admin', unitCode: 'CT' }])
    expect(loginFor('lanhdao')).toMatchObject({
      title: 'vien_truong',
      unitCode: 'CT',
      roles: [{ role: 'leadership', unitCode: 'CT' }],
    })
    const head = loginFor('truongphong')
    expect(head.title).toBe('truong_phong')
    expect(head.roles).toEqual([{ role: 'head', unitCode: head.unitCode }])
    expect(unit(head.unitCode).parentCode).toBe('CT')
    expect(loginFor('thongke')).toMatchObject({ unitCode: 'CT.VP', roles: [{ role: 'statistics', unitCode: 'CT' }] })
    expect(loginFor('thidua').roles).toEqual([{ role: 'emulation', unitCode: 'CT' }])
    expect(loginFor('xem').roles).toEqual([{ role: 'readonly', unitCode: 'CT' }])
  })

  it('puts ksv and ksv2 in two different regional procuracies, as prosecutors there', () => {
    const [ksv, ksv2] = [loginFor('ksv'), loginFor('ksv2')]
    for (const p of [ksv, ksv2]) {
      expect(p.title).toMatch(/^ksv_/)
      expect(unit(p.unitCode).level).toBe('regional')
      expect(p.roles).toEqual([{ role: 'prosecutor', unitCode: p.unitCode }])
    }
    expect(ksv.unitCode).not.toBe(ksv2.unitCode)
  })
})

describe('national scale', () => {
  it('builds about 34 provinces and over 300 regional units quickly', () => {
    const started = performance.now()
    const org = generateDemoOrganisation({ seed: 1, scale: 34 })
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(1000)
    const current = org.units.filter(isCurrent)
    expect(current.filter((u) => u.level === 'provincial').length).toBeGreaterThanOrEqual(34)
    expect(current.filter((u) => u.level === 'regional').length).toBeGreaterThanOrEqual(300)
    expect(org.people.length).toBeGreaterThanOrEqual(1500)
    expect(org.people.length).toBeLessThanOrEqual(2500)
    expect(new Set(org.units.map((u) => u.code)).size).toBe(org.units.length)
    const codes = new Set(org.units.map((u) => u.code))
    for (const u of org.units) if (u.parentCode !== null) expect(codes.has(u.parentCode)).toBe(true)
    for (const p of org.people) expect(codes.has(p.unitCode)).toBe(true)
    const emails = org.people.map((p) => p.email).filter((e) => e !== null)
    expect(new Set(emails).size).toBe(emails.length)
    // Only the demo province has accounts; benchmark people are staff records.
    expect(org.people.filter((p) => p.username !== null)).toHaveLength(org.logins.length)
  })
})
