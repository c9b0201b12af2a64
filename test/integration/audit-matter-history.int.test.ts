// A matter's "Lịch sử thay đổi": the audit rows of the matter, its people and its acts (recorded
// and voided), each naming the matter by number and title to a reader who may read it — never to
// an administrator who reads the audit but not case files, nor to another province.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { auditLog, people, roleGrants } from '@/server/db/schema.ts'
import { hashPassword } from '@/server/modules/auth/passwords.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('a matter’s history in the audit trail on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let leader: Agent
  let admin: Agent
  let otherLeader: Agent
  let matter: any
  let subjectId: number
  let eventId: number

  beforeAll(async () => {
    t = await startTestApp(engine)
    ;[ksv, leader, admin] = [await t.signIn('ksv'), await t.signIn('lanhdao'), await t.signIn('admin')]
    const { db } = t.database.handle
    const [someone] = await db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.unitId, await t.unitId('TN01')))
    await db
      .update(people)
      .set({ username: 'lanhdao.tn01', passwordHash: await hashPassword('mat-khau-tn01-2026') })
      .where(eq(people.id, someone!.id))
    await db.insert(roleGrants).values({ personId: someone!.id, role: 'leadership', unitId: await t.unitId('TN01') })
    otherLeader = await t.signIn('lanhdao.tn01', 'mat-khau-tn01-2026')

    const kv6 = await t.unitId('CT.KV6')
    const created = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: kv6,
      number: '91/2026/HS-KV6',
      title: 'Cố ý gây thương tích tại phường An Khánh',
      prosecutorId: ksv.me.user.personId,
      subjects: [{ fullName: 'Đỗ Văn Lực', birthYear: 1990, gender: 'nam' }],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: '2026-10-05',
        data: { charge: { article: 134, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(created.body).toMatchObject({ id: expect.any(Number) })
    matter = created.body
    const added = await ksv.post(`/api/matters/${matter.id}/subjects`, { fullName: 'Hồ Thị Lan', birthYear: 1993 })
    subjectId = added.body.subjects.find((s: any) => s.fullName === 'Hồ Thị Lan').id
    const recorded = await ksv.post(`/api/matters/${matter.id}/events`, {
      type: 'suspect_instituted',
      occurredOn: '2026-10-06',
      subjectId,
      data: { charge: { article: 134, clause: 1 } },
    })
    eventId = recorded.body.events.at(-1).id
    const voided = await ksv.post(`/api/matters/${matter.id}/events/${eventId}/void`, { reason: 'Khởi tố nhầm người' })
    expect(voided.status).toBe(200)
  })
  afterAll(async () => t?.close())

  it('lists the matter’s creation, its new subject, the act recorded and the act voided, named by number', async () => {
    const res = await leader.get(`/api/audit?matterId=${matter.id}`)
    expect(res.status).toBe(200)
    const rows = res.body.items.map((e: any) => [e.action, e.entity, e.entityId])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['create', 'matter', String(matter.id)],
        ['create', 'matter_subject', String(subjectId)],
        ['create', 'matter_event', String(eventId)],
        ['update', 'matter_event', String(eventId)],
      ]),
    )
    // Nothing of any other matter.
    expect(res.body.items.every((e: any) => e.matter?.id === matter.id)).toBe(true)
    expect(res.body.items[0].matter).toEqual({
      id: matter.id,
      kind: 'criminal_case',
      number: '91/2026/HS-KV6',
      title: 'Cố ý gây thương tích tại phường An Khánh',
    })
    // The act's values name its subject by id: the page carries the name.
    expect(res.body.names.subjects[String(subjectId)]).toBe('Hồ Thị Lan')
    const voiding = res.body.items.find((e: any) => e.action === 'update' && e.entity === 'matter_event')
    expect(voiding).toMatchObject({
      actorName: ksv.me.user.fullName,
      after: { voided: true, voidReason: 'Khởi tố nhầm người' },
    })
  })

  it('rows written before the matter column are found through the act and the subject (the migration’s backfill)', async () => {
    const { db } = t.database.handle
    await db.update(auditLog).set({ matterId: null }).where(eq(auditLog.matterId, matter.id))
    const migration = await import('node:fs/promises').then((fs) =>
      fs.readFile(new URL('../../migrations/0021_audit_matter.sql', import.meta.url), 'utf8'),
    )
    for (const statement of migration.split('--> statement-breakpoint').filter((s) => /^\s*UPDATE/m.test(s)))
      await t.database.handle.exec(statement)
    const res = await leader.get(`/api/audit?matterId=${matter.id}`)
    expect(res.body.items.map((e: any) => e.entity).sort()).toEqual(
      expect.arrayContaining(['matter', 'matter_event', 'matter_event', 'matter_subject']),
    )
  })

  it('does not name the matter to an administrator, who reads the audit but not case files', async () => {
    const res = await admin.get(`/api/audit?matterId=${matter.id}`)
    expect(res.status).toBe(200)
    expect(res.body.total).toBeGreaterThan(0)
    expect(res.body.items.every((e: any) => e.matter === null)).toBe(true)
    expect(res.body.names.subjects).toEqual({})
  })

  it('shows another province nothing of it, whatever id it asks for', async () => {
    const res = await otherLeader.get(`/api/audit?matterId=${matter.id}`)
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(0)
  })

  it('the timeline says who voided the act, when and why', async () => {
    const res = await leader.get(`/api/matters/${matter.id}`)
    const act = res.body.events.find((e: any) => e.id === eventId)
    expect(act).toMatchObject({ voided: true, voidedBy: ksv.me.user.fullName, voidReason: 'Khởi tố nhầm người' })
    expect(Date.now() - Date.parse(act.voidedAt)).toBeLessThan(5 * 60_000)
  })
})
