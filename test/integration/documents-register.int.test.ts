// The outgoing-document register (sổ văn bản đi) on every engine: numbers per unit and calendar
// year from 01 (Nghị định 30/2020 Art. 15; DOMAIN.md §9), consecutive under concurrent issue
// (no duplicate, no gap), none lost to a rolled-back document; a new year restarts at 1; the
// list is read by the unit's reach only.
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, outgoingDocuments } from '@/server/db/schema.ts'
import { registerOutgoingDocument, type IssueDocument } from '@/server/modules/documents/index.ts'
import { signInOtherProvinceLeader } from '../support/other-province.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'
import { ENGINES } from '../support/test-database.ts'

describe.each(ENGINES)('the outgoing-document register on %s', (engine) => {
  let t: TestApp
  let ct: number
  let kv6: number
  let kv7: number
  const origin = { actorId: null, ip: null, requestId: 'kiem-thu-so-van-ban' }

  const plan = (unitId: number, issuedOn: string, summary = 'Kế hoạch công tác'): IssueDocument => ({
    unitId,
    type: 'ke_hoach',
    agencyCode: 'VKS',
    summary,
    issuedOn,
    signer: 'KT. Viện trưởng, Phó Viện trưởng Nguyễn Văn An',
    source: null,
  })

  const issue = (input: IssueDocument) =>
    t.database.handle.db.transaction((tx) => registerOutgoingDocument(tx, origin, input))

  const numbersOf = async (unitId: number, year: number) =>
    (
      await t.database.handle.db
        .select({ number: outgoingDocuments.number })
        .from(outgoingDocuments)
        .where(and(eq(outgoingDocuments.unitId, unitId), eq(outgoingDocuments.year, year)))
    )
      .map((r) => r.number)
      .sort((a, b) => a - b)

  beforeAll(async () => {
    t = await startTestApp(engine)
    ct = await t.unitId('CT')
    kv6 = await t.unitId('CT.KV6')
    kv7 = await t.unitId('CT.KV7')
  })
  afterAll(() => t.close())

  it('numbers the first document of a year 01 and gives it the code of its type', async () => {
    const first = await issue(plan(kv7, '2026-01-04', 'Thực hiện nhiệm vụ công tác kiểm sát năm 2026'))
    expect(first).toMatchObject({ number: 1, year: 2026, code: 'KH-VKS', numberText: '01/KH-VKS' })
    const [audit] = await t.database.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'outgoing_document'), eq(auditLog.entityId, String(first.id))))
    expect(audit).toMatchObject({ action: 'create', unitId: kv7, requestId: 'kiem-thu-so-van-ban' })
  })

  it('gives 20 concurrent issues the numbers 1 to 20, none twice, none skipped', async () => {
    const issued = await Promise.all(
      Array.from({ length: 20 }, (_, i) => issue(plan(ct, '2026-03-02', `Văn bản đồng thời ${i + 1}`))),
    )
    const expected = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(issued.map((d) => d.number).sort((a, b) => a - b)).toEqual(expected)
    expect(await numbersOf(ct, 2026)).toEqual(expected)
  })

  it('leaves no gap when the issuing transaction rolls back', async () => {
    const before = await numbersOf(kv6, 2026)
    expect(before).toEqual([])
    await issue(plan(kv6, '2026-02-01'))
    await expect(
      t.database.handle.db.transaction(async (tx) => {
        const doc = await registerOutgoingDocument(tx, origin, plan(kv6, '2026-02-02'))
        expect(doc.number).toBe(2)
        throw new Error('the plan failed to issue')
      }),
    ).rejects.toThrow('the plan failed to issue')
    const next = await issue(plan(kv6, '2026-02-03'))
    expect(next.number).toBe(2)
    expect(await numbersOf(kv6, 2026)).toEqual([1, 2])
  })

  it('restarts at 01 on 1 January and keeps each unit its own register', async () => {
    await issue(plan(kv6, '2026-12-31'))
    expect((await issue(plan(kv6, '2027-01-01'))).numberText).toBe('01/KH-VKS')
    // The statistics year 2027 opens on 01/12/2026, but the register is the calendar year's.
    expect((await issue(plan(kv6, '2026-12-01'))).number).toBe(4)
    expect(await numbersOf(kv6, 2026)).toEqual([1, 2, 3, 4])
    expect(await numbersOf(kv6, 2027)).toEqual([1])
    expect(await numbersOf(kv7, 2026)).toEqual([1])
  })

  it('refuses a bad date or code and changes nothing', async () => {
    const count = async () => (await t.database.handle.db.select().from(outgoingDocuments)).length
    const rows = await count()
    await expect(issue(plan(kv6, '04/01/2026'))).rejects.toMatchObject({ code: 'DOCUMENT_INVALID_DATE' })
    await expect(issue({ ...plan(kv6, '2026-05-05'), agencyCode: 'vks; drop' })).rejects.toMatchObject({
      code: 'DOCUMENT_INVALID_CODE',
    })
    expect(await count()).toBe(rows)
    expect(await numbersOf(kv6, 2026)).toEqual([1, 2, 3, 4])
  })

  it('has the database refuse a row whose year is not its date’s', async () => {
    await expect(
      t.database.handle.query(
        `INSERT INTO outgoing_documents (unit_id, year, number, code, type, summary, issued_on, signer)
         VALUES ($1, 2026, 99, 'KH-VKS', 'ke_hoach', 'Sai năm', '2025-12-31', 'Nguyễn Văn An')`,
        [kv6],
      ),
    ).rejects.toMatchObject({ code: '23514' })
  })

  describe('GET /api/documents', () => {
    let leader: Agent
    let ksv: Agent
    let otherProvince: Agent

    beforeAll(async () => {
      leader = await t.signIn('lanhdao')
      ksv = await t.signIn('ksv')
      otherProvince = await signInOtherProvinceLeader(t)
    })

    it('lists a unit’s register of the year in number order', async () => {
      const res = await leader.get(`/api/documents?unitId=${kv6}&year=2026`)
      expect(res.status).toBe(200)
      expect(res.body.items.map((d: { numberText: string }) => d.numberText)).toEqual([
        '01/KH-VKS',
        '02/KH-VKS',
        '03/KH-VKS',
        '04/KH-VKS',
      ])
      expect(res.body.items[0]).toMatchObject({ unitId: kv6, year: 2026, type: 'ke_hoach', issuedOn: '2026-02-01' })
      // 2026-12-31 was issued before 2026-12-01: the register keeps the order of issue.
      expect(res.body.items.map((d: { issuedOn: string }) => d.issuedOn)).toEqual([
        '2026-02-01',
        '2026-02-03',
        '2026-12-31',
        '2026-12-01',
      ])
      expect((await leader.get(`/api/documents?unitId=${kv6}&year=2027`)).body.items).toHaveLength(1)
    })

    it('answers a unit out of the reader’s reach as a missing unit', async () => {
      expect((await ksv.get(`/api/documents?unitId=${kv6}&year=2026`)).status).toBe(200)
      const sibling = await ksv.get(`/api/documents?unitId=${kv7}&year=2026`)
      expect(sibling.status).toBe(404)
      expect(sibling.body.error.code).toBe('UNIT_NOT_FOUND')
      const province = await otherProvince.get(`/api/documents?unitId=${ct}&year=2026`)
      expect(province.status).toBe(404)
      expect(province.body.error.code).toBe('UNIT_NOT_FOUND')
    })

    it('refuses a year that is not one', async () => {
      const res = await leader.get(`/api/documents?unitId=${kv6}&year=hai-nghin`)
      expect(res.status).toBe(400)
    })
  })
})
