// GET /api/deadlines?group=detention (issue 12, item 1): the leadership home lists the persons in
// custody or detention whose limit ends within 7 days, or whose order ran out, for one unit. The
// filter keeps only those clocks (not the case's own investigation limit), the 'week' band counts
// 0–7 days left inclusive, and a user of another unit sees none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '@/domain/calendar/index.ts'
import { CUSTODY_DETENTION_RULE_CODES } from '@/domain/deadlines/index.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

type Item = { matterId: number; ruleCode: string; dueDate: string | null; subjectName: string | null }
type Page = { items: Item[]; total: number; counts: Record<string, number> }

const THEFT = { article: 173, clause: 1 } // BLHS Điều 173 khoản 1: ít nghiêm trọng

describe.each(ENGINES)('detention deadlines of a unit on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let ksv2: Agent
  let kv6: number
  let matterId: number

  const list = async (agent: Agent, query: string): Promise<Page> => {
    const res = await agent.get(`/api/deadlines?${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1 })
    ksv = await t.signIn('ksv')
    ksv2 = await t.signIn('ksv2')
    kv6 = await t.unitId('CT.KV6')
    const today = t.today()
    const created = await ksv.post('/api/matters', {
      kind: 'criminal_case',
      unitId: kv6,
      number: '77/2026/HS-KV6',
      title: 'Trộm cắp tài sản tại chợ Xuân Khánh',
      prosecutorId: ksv.me.user.personId,
      subjects: [
        { fullName: 'Huỳnh Văn Tạm', birthYear: 1988, gender: 'nam' },
        { fullName: 'Lê Văn Muộn', birthYear: 1990, gender: 'nam' },
        { fullName: 'Trần Văn Quá', birthYear: 1992, gender: 'nam' },
      ],
      initialEvent: {
        type: 'case_instituted',
        occurredOn: addDays(today, -10),
        data: { charge: THEFT, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    matterId = created.body.id
    const [edge, later, expired] = (created.body.subjects as { id: number }[]).map((s) => s.id)
    const held = (subjectId: number | undefined, days: number) => [
      { type: 'suspect_instituted', occurredOn: addDays(today, -9), subjectId, data: { charge: THEFT } },
      {
        type: 'detention_ordered',
        occurredOn: addDays(today, -8),
        subjectId,
        data: { term: { amount: days, unit: 'days' }, endsOn: addDays(today, days - 9) },
      },
    ]
    // From 8 days ago: 16 days end 7 days from today (the edge of the week), 29 days in 20 days,
    // 8 days yesterday (the order ran out and the person is still held).
    for (const event of [...held(edge, 16), ...held(later, 29), ...held(expired, 8)]) {
      const res = await ksv.post(`/api/matters/${matterId}/events`, {
        documentNumber: null,
        issuingBody: null,
        ...event,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
  })
  afterAll(async () => t?.close())

  it('lists only the custody and detention clocks, the one ending in 7 days counted in the week', async () => {
    const all = await list(ksv, `scope=unit&unitId=${kv6}&urgency=open&pageSize=100`)
    const ours = all.items.filter((d) => d.matterId === matterId)
    // The case has its own investigation limit too; the filter must leave it out.
    expect(ours.some((d) => !CUSTODY_DETENTION_RULE_CODES.includes(d.ruleCode))).toBe(true)

    const detention = await list(ksv, `scope=unit&unitId=${kv6}&group=detention&urgency=open&pageSize=100`)
    expect(detention.items.length).toBeGreaterThan(0)
    expect(detention.items.every((d) => CUSTODY_DETENTION_RULE_CODES.includes(d.ruleCode))).toBe(true)
    const today = t.today()
    // Soonest first: the expired order, the one at the edge of the week, the later one.
    expect(
      detention.items.filter((d) => d.matterId === matterId).map((d) => [d.ruleCode, d.dueDate, d.subjectName]),
    ).toEqual([
      ['BLTTHS_173_TAM_GIAM', addDays(today, -1), 'Trần Văn Quá'],
      ['BLTTHS_173_TAM_GIAM', addDays(today, 7), 'Huỳnh Văn Tạm'],
      ['BLTTHS_173_TAM_GIAM', addDays(today, 20), 'Lê Văn Muộn'],
    ])
    expect(detention.total).toBeLessThan(all.total)

    // 0–7 days left, inclusive: the one ending in 7 days, not the later one nor the expired one.
    const week = await list(ksv, `scope=unit&unitId=${kv6}&group=detention&urgency=week&pageSize=100`)
    expect(week.items.filter((d) => d.matterId === matterId).map((d) => d.subjectName)).toEqual(['Huỳnh Văn Tạm'])
    expect(week.counts.week).toBe(week.counts.due_today! + week.counts.due_3! + week.counts.due_7!)
    expect(week.total).toBe(week.counts.week)
    const overdue = await list(ksv, `scope=unit&unitId=${kv6}&group=detention&urgency=overdue&pageSize=100`)
    expect(overdue.items.filter((d) => d.matterId === matterId).map((d) => d.subjectName)).toEqual(['Trần Văn Quá'])
  })

  it('shows a prosecutor of another regional procuracy none of them', async () => {
    const theirs = await list(ksv2, 'scope=unit&group=detention&urgency=open&pageSize=100')
    expect(theirs.items.map((d) => d.matterId)).not.toContain(matterId)
    const asked = await ksv2.get(`/api/deadlines?scope=unit&unitId=${kv6}&group=detention`)
    expect(asked.status).toBe(404)
    expect(asked.body.items).toBeUndefined()
  })
})
