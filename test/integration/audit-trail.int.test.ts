// Every audited write and read, proven through one helper (expectAudited): the row is written by
// that request, names the action, the entity and its id, the owning unit and the actor. Beside
// them, the guards a line-deletion audit found untested: account fields and deactivation in the
// people service, the audit viewer's rows of no unit, the "mine" filter, the digest's reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { and, eq } from 'drizzle-orm'
import { deadlineDigests, deadlines, people, periodClosures, roleGrants } from '@/server/db/schema.ts'
import { hashPassword } from '@/server/modules/auth/passwords.ts'
import { computeDigests } from '@/server/modules/digest/digest.service.ts'
import { createUnitTreeCache } from '@/server/platform/unit-tree-cache.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'
import { auditMark, expectAudited, expectNothingAudited } from '../support/audit.ts'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describe.each(ENGINES)('the audit trail on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let ksv2: Agent
  let leader: Agent
  let admin: Agent
  let stats: Agent
  let kv6: number
  let kv7: number
  let matter: any

  beforeAll(async () => {
    t = await startTestApp(engine)
    ;[ksv, ksv2, leader, admin, stats] = [
      await t.signIn('ksv'),
      await t.signIn('ksv2'),
      await t.signIn('lanhdao'),
      await t.signIn('admin'),
      await t.signIn('thongke'),
    ]
    kv6 = await t.unitId('CT.KV6')
    kv7 = await t.unitId('CT.KV7')
  })
  afterAll(async () => t?.close())

  describe('the register', () => {
    it('creating a matter', async () => {
      const since = await auditMark(t)
      const res = await ksv.post('/api/matters', {
        kind: 'criminal_case',
        unitId: kv6,
        number: '77/2026/HS-KV6',
        title: 'Trộm cắp tài sản tại chợ Cái Răng',
        prosecutorId: ksv.me.user.personId,
        subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
        initialEvent: {
          type: 'case_instituted',
          occurredOn: '2026-03-02',
          data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
        },
      })
      expect(res.status).toBe(201)
      matter = res.body
      await expectAudited(t, 'create', 'matter', matter.id, { since, unitId: kv6, actorId: ksv.me.user.personId })
    })

    it('reading a matter', async () => {
      const since = await auditMark(t)
      expect((await leader.get(`/api/matters/${matter.id}`)).status).toBe(200)
      await expectAudited(t, 'read', 'matter', matter.id, { since, unitId: kv6, actorId: leader.me.user.personId })
    })

    it('adding a subject', async () => {
      const since = await auditMark(t)
      const res = await ksv.post(`/api/matters/${matter.id}/subjects`, {
        fullName: 'Trần Thị Bé',
        birthYear: 1998,
        gender: 'nu',
      })
      expect(res.status).toBe(200)
      const subject = res.body.subjects.find((s: any) => s.fullName === 'Trần Thị Bé')
      await expectAudited(t, 'create', 'matter_subject', subject.id, {
        since,
        unitId: kv6,
        actorId: ksv.me.user.personId,
      })
    })

    it('recording an act, then voiding it', async () => {
      let since = await auditMark(t)
      const res = await ksv.post(`/api/matters/${matter.id}/events`, {
        type: 'suspect_instituted',
        occurredOn: '2026-03-03',
        subjectId: matter.subjects[0].id,
        data: { charge: { article: 173, clause: 1 } },
      })
      expect(res.status).toBe(200)
      const event = res.body.events.at(-1)
      await expectAudited(t, 'create', 'matter_event', event.id, { since, unitId: kv6, actorId: ksv.me.user.personId })

      since = await auditMark(t)
      expect(
        (
          await ksv.post(`/api/matters/${matter.id}/events/${event.id}/void`, {
            reason: 'Ghi nhầm ngày khởi tố bị can',
          })
        ).status,
      ).toBe(200)
      const row = await expectAudited(t, 'update', 'matter_event', event.id, {
        since,
        unitId: kv6,
        actorId: ksv.me.user.personId,
      })
      expect(row.after).toMatchObject({ voidReason: 'Ghi nhầm ngày khởi tố bị can' })
    })

    it('importing a workbook', async () => {
      const template = await t.app.inject({
        method: 'GET',
        url: '/api/register/import/template',
        headers: { cookie: `ks_session=${ksv.sessionCookie}` },
      })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(template.rawPayload as never)
      const sheet = workbook.getWorksheet('Sổ thụ lý')!
      ;[
        '88/2026/TB-KV6',
        'Tin báo',
        'Tin báo mất trộm xe đạp',
        '01/11/2026',
        'CT.KV6',
        '',
        'Tin báo',
        'Công an phường Vị Tân',
      ].forEach((value, c) => {
        if (value) sheet.getRow(3).getCell(c + 1).value = value
      })
      const since = await auditMark(t)
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/register/import',
        headers: {
          cookie: `ks_session=${ksv.sessionCookie}`,
          'x-csrf-token': ksv.csrfToken,
          'content-type': XLSX_MIME,
        },
        payload: Buffer.from(await workbook.xlsx.writeBuffer()),
      })
      expect(res.statusCode, res.body).toBe(200)
      const row = await expectAudited(t, 'create', 'register_import', null, {
        since,
        unitId: kv6,
        actorId: ksv.me.user.personId,
      })
      expect(row.after).toMatchObject({ rows: 1 })
    })

    it('exporting the matters and the deadlines', async () => {
      let since = await auditMark(t)
      expect((await leader.get(`/api/matters/export.xlsx?unitId=${kv6}`)).status).toBe(200)
      await expectAudited(t, 'export', 'matter', null, { since, unitId: kv6, actorId: leader.me.user.personId })
      since = await auditMark(t)
      expect((await leader.get(`/api/deadlines/export.xlsx?unitId=${kv6}`)).status).toBe(200)
      await expectAudited(t, 'export', 'deadline', null, { since, unitId: kv6, actorId: leader.me.user.personId })
    })

    it('a refused write audits nothing', async () => {
      const since = await auditMark(t)
      expect((await ksv2.post(`/api/matters/${matter.id}/subjects`, { fullName: 'Người ngoài phạm vi' })).status).toBe(
        404,
      )
      expect(
        (await leader.post(`/api/matters/${matter.id}/subjects`, { fullName: 'Lãnh đạo không ghi sổ' })).status,
      ).toBe(403)
      await expectNothingAudited(t, since)
    })
  })

  describe('indicators', () => {
    const code = 'TIN_BAO_GIAI_QUYET'
    it('opening the records behind a figure, and exporting them', async () => {
      let since = await auditMark(t)
      expect(
        (await leader.get(`/api/indicators/records?unitId=${kv6}&code=${code}&part=numerator&period=NTK2025`)).status,
      ).toBe(200)
      const read = await expectAudited(t, 'read', 'indicator_records', code, {
        since,
        unitId: kv6,
        actorId: leader.me.user.personId,
      })
      expect(read.after).toMatchObject({ period: 'NTK2025', part: 'numerator' })
      since = await auditMark(t)
      expect(
        (await leader.get(`/api/indicators/records.xlsx?unitId=${kv6}&code=${code}&part=denominator&period=NTK2025`))
          .status,
      ).toBe(200)
      await expectAudited(t, 'export', 'indicator_records', code, {
        since,
        unitId: kv6,
        actorId: leader.me.user.personId,
      })
    })

    it('changing a target', async () => {
      const since = await auditMark(t)
      const res = await admin.post(`/api/indicators/targets/${code}`, {
        comparison: '>=',
        value: 90,
        legalSource: 'Kế hoạch công tác năm 2026 của VKSND thành phố Cần Thơ',
        effectiveFrom: '2026-01-01',
      })
      expect(res.status).toBe(200)
      const created = res.body.items.find((i: any) => i.effectiveFrom === '2026-01-01')
      await expectAudited(t, 'create', 'indicator_target', created.id, { since, actorId: admin.me.user.personId })
    })

    it('closing a period', async () => {
      const since = await auditMark(t)
      expect((await stats.post('/api/indicators/closures', { unitId: kv6, period: 'NTK2025' })).status).toBe(200)
      const [closure] = await t.database.handle.db
        .select()
        .from(periodClosures)
        .where(and(eq(periodClosures.unitId, kv6), eq(periodClosures.periodKey, 'NTK2025')))
      const row = await expectAudited(t, 'create', 'period_closure', closure!.id, {
        since,
        unitId: kv6,
        actorId: stats.me.user.personId,
      })
      expect(row.after).toMatchObject({ period: 'NTK2025' })
    })
  })

  describe('units', () => {
    it('creating, updating and deleting a unit', async () => {
      let since = await auditMark(t)
      const created = await admin.post('/api/units', {
        code: 'CT.KV6.TO1',
        name: 'Tổ kiểm thử nhật ký',
        level: 'office',
        parentId: kv6,
        validFrom: '2026-01-01',
      })
      expect(created.status).toBe(201)
      const id = created.body.id
      await expectAudited(t, 'create', 'unit', id, { since, unitId: id, actorId: admin.me.user.personId })
      since = await auditMark(t)
      expect((await admin.patch(`/api/units/${id}`, { data: { name: 'Tổ kiểm thử nhật ký (đã sửa)' } })).status).toBe(
        200,
      )
      const updated = await expectAudited(t, 'update', 'unit', id, {
        since,
        unitId: id,
        actorId: admin.me.user.personId,
      })
      expect(updated.after).toMatchObject({ name: 'Tổ kiểm thử nhật ký (đã sửa)' })
      since = await auditMark(t)
      expect((await admin.delete(`/api/units/${id}`)).status).toBe(200)
      await expectAudited(t, 'delete', 'unit', id, { since, unitId: kv6, actorId: admin.me.user.personId })
    })
  })

  describe('people and accounts', () => {
    let personId: number
    it('creating a person with an account', async () => {
      const since = await auditMark(t)
      const res = await admin.post('/api/people', {
        fullName: 'Nguyễn Văn Nhật Ký',
        title: 'chuyen_vien',
        unitId: kv6,
        username: 'nhatky',
        password: 'Song-Hau-chieu-tim-7319',
        roles: [{ role: 'readonly', unitId: kv6 }],
      })
      expect(res.status).toBe(201)
      personId = res.body.id
      const row = await expectAudited(t, 'create', 'person', personId, {
        since,
        unitId: kv6,
        actorId: admin.me.user.personId,
      })
      expect(JSON.stringify(row.after)).not.toContain('Song-Hau-chieu-tim-7319')
    })

    it('editing a person, and resetting the password', async () => {
      let since = await auditMark(t)
      expect((await leader.patch(`/api/people/${personId}`, { data: { phone: '0900 111 222' } })).status).toBe(200)
      await expectAudited(t, 'update', 'person', personId, { since, unitId: kv6, actorId: leader.me.user.personId })
      since = await auditMark(t)
      expect(
        (await admin.patch(`/api/people/${personId}`, { data: { password: 'Cau-Can-Tho-dem-sao-4827' } })).status,
      ).toBe(200)
      const row = await expectAudited(t, 'update', 'person', personId, {
        since,
        unitId: kv6,
        actorId: admin.me.user.personId,
      })
      expect(JSON.stringify(row.after)).not.toContain('Cau-Can-Tho-dem-sao-4827')
    })

    it('a leader edits staff records but not accounts: password, username, roles and activation are refused, nothing changes', async () => {
      const [before] = await t.database.handle.db.select().from(people).where(eq(people.id, personId))
      for (const data of [
        { password: 'Ben-Ninh-Kieu-sang-5063' },
        { username: 'doi-ten-dang-nhap' },
        { roles: [{ role: 'admin', unitId: kv6 }] },
        { active: false },
      ]) {
        const since = await auditMark(t)
        const res = await leader.patch(`/api/people/${personId}`, { data })
        expect([Object.keys(data)[0], res.status]).toEqual([Object.keys(data)[0], 403])
        expect(res.body.error.code).toBe('FORBIDDEN')
        expect(res.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này đối với đơn vị đã chọn')
        await expectNothingAudited(t, since)
      }
      const [after] = await t.database.handle.db.select().from(people).where(eq(people.id, personId))
      expect(after).toEqual(before)
      expect(
        (await t.database.handle.db.select().from(roleGrants).where(eq(roleGrants.personId, personId))).map(
          (g) => g.role,
        ),
      ).toEqual(['readonly'])
      // The old password still signs in: nobody but an administrator reset it.
      await t.signIn('nhatky', 'Cau-Can-Tho-dem-sao-4827')
    })

    it('a leader may not deactivate; an administrator does, audited', async () => {
      let since = await auditMark(t)
      const refused = await leader.delete(`/api/people/${personId}`)
      expect(refused.status).toBe(403)
      await expectNothingAudited(t, since)
      since = await auditMark(t)
      expect((await admin.delete(`/api/people/${personId}`)).status).toBe(200)
      await expectAudited(t, 'delete', 'person', personId, { since, unitId: kv6, actorId: admin.me.user.personId })
    })
  })

  describe('the official calendar', () => {
    it('adding, changing and removing a day, confirming a year and withdrawing it', async () => {
      let since = await auditMark(t)
      const created = await admin.post('/api/calendar/official', {
        date: '2032-04-12',
        kind: 'day_off',
        reason: 'Nghỉ thử nghiệm nhật ký',
      })
      expect(created.status).toBe(201)
      const id = created.body.id
      await expectAudited(t, 'create', 'official_calendar', id, {
        since,
        unitId: admin.me.user.unitId,
        actorId: admin.me.user.personId,
      })
      since = await auditMark(t)
      expect(
        (await admin.patch(`/api/calendar/official/${id}`, { data: { reason: 'Nghỉ thử nghiệm (đã sửa)' } })).status,
      ).toBe(200)
      await expectAudited(t, 'update', 'official_calendar', id, { since, actorId: admin.me.user.personId })
      since = await auditMark(t)
      expect((await admin.delete(`/api/calendar/official/${id}`)).status).toBe(200)
      await expectAudited(t, 'delete', 'official_calendar', id, { since, actorId: admin.me.user.personId })
      since = await auditMark(t)
      expect((await admin.post('/api/calendar/2033/confirmation', { decision: 'Thông báo 03/TB-LĐTBXH' })).status).toBe(
        200,
      )
      await expectAudited(t, 'create', 'official_calendar_year', 2033, { since, actorId: admin.me.user.personId })
      since = await auditMark(t)
      expect((await admin.delete('/api/calendar/2033/confirmation')).status).toBe(200)
      await expectAudited(t, 'delete', 'official_calendar_year', 2033, { since, actorId: admin.me.user.personId })
    })
  })

  describe('sessions', () => {
    it('signing in, a failed sign-in, changing the password and signing out', async () => {
      let since = await auditMark(t)
      const agent = await t.signIn('xem')
      await expectAudited(t, 'login', 'session', agent.me.user.personId, { since, unitId: agent.me.user.unitId })
      since = await auditMark(t)
      expect(
        (
          await t.anonymous({
            method: 'POST',
            url: '/api/auth/login',
            body: { username: 'xem', password: 'sai-mat-khau-9' },
          })
        ).status,
      ).toBe(401)
      await expectAudited(t, 'login_failed', 'session', null, { since, unitId: agent.me.user.unitId })
      since = await auditMark(t)
      expect(
        (
          await agent.post('/api/auth/change-password', {
            currentPassword: DEMO_PASSWORD,
            newPassword: 'Cho-noi-Cai-Rang-9154',
          })
        ).status,
      ).toBe(200)
      await expectAudited(t, 'password_change', 'person', agent.me.user.personId, {
        since,
        actorId: agent.me.user.personId,
      })
      const again = await t.signIn('xem', 'Cho-noi-Cai-Rang-9154')
      since = await auditMark(t)
      expect((await again.post('/api/auth/logout')).status).toBe(200)
      await expectAudited(t, 'logout', 'session', again.me.user.personId, { since, actorId: again.me.user.personId })
    })
  })

  describe('guards no other test would miss', () => {
    it('the audit viewer shows rows of no unit to an administrator of the whole tree only', async () => {
      expect(
        (
          await t.anonymous({
            method: 'POST',
            url: '/api/auth/login',
            body: { username: 'khong-ai-co-ten-nay', password: 'sai-mat-khau-1' },
          })
        ).status,
      ).toBe(401)
      const unowned = async (agent: Agent) =>
        (await agent.get('/api/audit?action=login_failed&pageSize=100')).body.items.filter(
          (i: any) => i.unitId === null,
        ).length
      // The provincial administrator and leadership do not see a sign-in that belongs to no unit…
      expect(await unowned(admin)).toBe(0)
      expect(await unowned(leader)).toBe(0)
      // …an administrator granted over the root (the Supreme Procuracy) does.
      const root = await t.unitId('VKSNDTC')
      const db = t.database.handle.db
      const [created] = await db
        .insert(people)
        .values({
          fullName: 'Quản trị VKSND tối cao',
          title: 'chuyen_vien',
          unitId: root,
          username: 'qt-toicao',
          passwordHash: await hashPassword('mat-khau-quan-tri-toi-cao'),
        })
        .returning()
      await db.insert(roleGrants).values({ personId: created!.id, role: 'admin', unitId: root })
      expect(await unowned(await t.signIn('qt-toicao', 'mat-khau-quan-tri-toi-cao'))).toBeGreaterThan(0)
    })

    it('"my deadlines" are the caller\'s own, not the whole unit\'s', async () => {
      const db = t.database.handle.db
      const [first] = await db.select().from(deadlines).where(eq(deadlines.matterId, matter.id)).limit(1)
      // One deadline of the unit in someone else's name: the unit list has it, "mine" does not.
      await db.update(deadlines).set({ responsibleId: leader.me.user.personId }).where(eq(deadlines.id, first!.id))
      const mine = (await ksv.get(`/api/deadlines?scope=mine&unitId=${kv6}&urgency=all`)).body
      const unit = (await ksv.get(`/api/deadlines?scope=unit&unitId=${kv6}&urgency=all`)).body
      expect(unit.items.map((d: any) => d.id)).toContain(first!.id)
      expect(mine.items.map((d: any) => d.id)).not.toContain(first!.id)
      expect(mine.total).toBeLessThan(unit.total)
      await db.update(deadlines).set({ responsibleId: ksv.me.user.personId }).where(eq(deadlines.id, first!.id))
    })

    it('a digest lists only deadlines of units the person still reads', async () => {
      const db = t.database.handle.db
      const tree = await createUnitTreeCache(db).get()
      const today = '2026-04-01'
      // A KV6 deadline due in three days, left in the name of ksv2 (who reads KV7 only): not in ksv2's digest.
      const [open] = await db.select().from(deadlines).where(eq(deadlines.matterId, matter.id)).limit(1)
      await db
        .update(deadlines)
        .set({ responsibleId: ksv2.me.user.personId, dueDate: '2026-04-04', status: 'open' })
        .where(eq(deadlines.id, open!.id))
      await computeDigests(db, tree, today)
      const digestOf = async (personId: number) =>
        JSON.stringify(
          (
            await db
              .select()
              .from(deadlineDigests)
              .where(and(eq(deadlineDigests.personId, personId), eq(deadlineDigests.day, today)))
          )[0]?.content ?? null,
        )
      expect(await digestOf(ksv2.me.user.personId)).not.toContain(matter.number)
      // The same deadline in the name of ksv, who reads KV6: it is there.
      await db.update(deadlines).set({ responsibleId: ksv.me.user.personId }).where(eq(deadlines.id, open!.id))
      await computeDigests(db, tree, today)
      expect(await digestOf(ksv.me.user.personId)).toContain(matter.number)
      void kv7
    })
  })
})
