import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desc, eq } from 'drizzle-orm'
import { auditLog, units } from '@/server/db/schema.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('units on %s', (engine) => {
  let t: TestApp
  let admin: Agent
  let leader: Agent
  let ksv: Agent
  const codes = (res: { body: { items: { code: string }[] } }) => res.body.items.map((u) => u.code).sort()

  beforeAll(async () => {
    t = await startTestApp(engine)
    admin = await t.signIn('admin')
    leader = await t.signIn('lanhdao')
    ksv = await t.signIn('ksv')
  })
  afterAll(async () => t?.close())

  it('a regional prosecutor sees the regional unit and the districts merged into it, nothing else', async () => {
    const res = await ksv.get('/api/units')
    expect(res.status).toBe(200)
    // CT.KV6 absorbed TP Vị Thanh and Vị Thủy on 01/7/2025 (demo data).
    expect(codes(res)).toEqual(['CT.KV6', 'HG.VTA', 'HG.VTY'])
    const current = await ksv.get('/api/units?includeHistorical=false')
    expect(codes(current)).toEqual(['CT.KV6'])
  })

  it('the provincial leader sees the province, its departments, regional units and every predecessor', async () => {
    const res = await leader.get('/api/units')
    const seen = codes(res)
    expect(seen).toEqual(
      expect.arrayContaining(['CT', 'CT.P1', 'CT.VP', 'CT.KV6', 'CT.KV9', 'HG', 'HG.P1', 'HG.CTA', 'ST', 'CTCU']),
    )
    expect(seen).not.toContain('VKSNDTC')
    expect(seen.some((c) => c.startsWith('TN01'))).toBe(false)
    const hg = res.body.items.find((u: { code: string }) => u.code === 'HG')
    expect(hg).toMatchObject({ validTo: '2025-06-30', successorId: await t.unitId('CT') })
    // The superior is named although outside the reach: "Trực thuộc" reads as the chart does (issue 12, item 14).
    const ct = res.body.items.find((u: { code: string }) => u.code === 'CT')
    expect(ct.parentName).toBe('Viện kiểm sát nhân dân tối cao')
    expect((await leader.get(`/api/units/${await t.unitId('CT.KV6')}`)).body.parentName).toBe(
      'Viện kiểm sát nhân dân thành phố Cần Thơ',
    )
  })

  it('answers a unit outside the scope exactly like a missing one', async () => {
    for (const id of [await t.unitId('CT.KV7'), await t.unitId('TN01'), 999_999]) {
      const res = await ksv.get(`/api/units/${id}`)
      expect(res.status).toBe(404)
      expect(res.body.error).toMatchObject({ code: 'UNIT_NOT_FOUND', message: 'Không tìm thấy đơn vị' })
    }
    expect((await ksv.get(`/api/units?under=${await t.unitId('CT.KV7')}`)).status).toBe(404)
  })

  it('only an administrator creates units, inside their reach, with an audit row', async () => {
    const body = {
      code: 'CT.P3',
      name: 'Phòng 3 – Thực hành quyền công tố án ma túy',
      level: 'department',
      parentId: await t.unitId('CT'),
      validFrom: '2026-01-01',
    }
    const refused = await leader.post('/api/units', body)
    expect(refused.status).toBe(403)

    const before = await t.auditCount()
    const res = await admin.post('/api/units', body)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ code: 'CT.P3', parentId: await t.unitId('CT'), validTo: null })
    expect(await t.auditCount()).toBe(before + 1)
    const [audit] = await t.database.handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    expect(audit).toMatchObject({
      action: 'create',
      entity: 'unit',
      entityId: String(res.body.id),
      actorId: admin.me.user.personId,
    })
    // The new unit is visible at once: the cached tree is invalidated by the write.
    expect(codes(await leader.get('/api/units'))).toContain('CT.P3')

    const outside = await admin.post('/api/units', { ...body, code: 'TN01.P99', parentId: await t.unitId('TN01') })
    expect(outside.status).toBe(422)
    expect(outside.body.error.code).toBe('UNIT_INVALID_PARENT')
  })

  it('refuses a duplicate code and changes nothing', async () => {
    const before = await t.auditCount()
    const res = await admin.post('/api/units', {
      code: 'CT.P1',
      name: 'Trùng mã',
      level: 'department',
      parentId: await t.unitId('CT'),
      validFrom: '2026-01-01',
    })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'UNIT_CODE_TAKEN',
      details: [{ path: 'code', message: 'Mã đơn vị đã tồn tại' }],
    })
    expect(await t.auditCount()).toBe(before)
    expect(await t.database.handle.db.select().from(units).where(eq(units.name, 'Trùng mã'))).toEqual([])
  })

  it('refuses to put a unit under its own descendant, or a succession loop', async () => {
    const ct = await t.unitId('CT')
    const loop = await admin.patch(`/api/units/${ct}`, { data: { parentId: await t.unitId('CT.KV6') } })
    // CT's own parent (the supreme procuracy) is outside the admin's reach, and KV6 is below CT.
    expect([403, 422]).toContain(loop.status)
    const kv6 = await t.unitId('CT.KV6')
    const succession = await admin.patch(`/api/units/${kv6}`, {
      data: { validTo: '2026-12-31', successorId: await t.unitId('HG.VTA') },
    })
    expect(succession.status).toBe(422)
    expect(succession.body.error.code).toBe('UNIT_INVALID_SUCCESSOR')
    expect((await admin.get(`/api/units/${kv6}`)).body).toMatchObject({ validTo: null, successorId: null })
  })

  it('updates a unit with before and after in the audit row', async () => {
    const id = await t.unitId('CT.P3')
    const res = await admin.patch(`/api/units/${id}`, {
      data: { name: 'Phòng 3 – THQCT và KSĐT án ma túy', sortOrder: 3 },
    })
    expect(res.status).toBe(200)
    const [audit] = await t.database.handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    expect(audit).toMatchObject({ action: 'update', entity: 'unit', entityId: String(id) })
    expect((audit!.before as { name: string }).name).toBe('Phòng 3 – Thực hành quyền công tố án ma túy')
    expect((audit!.after as { name: string }).name).toBe('Phòng 3 – THQCT và KSĐT án ma túy')
  })

  it('refuses dates out of order with a field message', async () => {
    const id = await t.unitId('CT.P3')
    const res = await admin.patch(`/api/units/${id}`, { data: { validTo: '2025-01-01' } })
    expect(res.status).toBe(400)
    expect(res.body.error.details).toEqual([{ path: 'validTo', message: 'Ngày chấm dứt phải sau ngày thành lập' }])
  })

  it('deletes only a unit nothing refers to', async () => {
    const inUse = await admin.delete(`/api/units/${await t.unitId('CT.KV6')}`)
    expect(inUse.status).toBe(409)
    expect(inUse.body.error.code).toBe('UNIT_HAS_DEPENDANTS')
    const id = await t.unitId('CT.P3')
    expect((await admin.delete(`/api/units/${id}`)).status).toBe(200)
    expect((await admin.get(`/api/units/${id}`)).status).toBe(404)
  })
})
