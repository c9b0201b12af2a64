// An act's data holds what its type defines and nothing else, and the API documentation says
// what that is for each type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('the data of an act on %s', (engine) => {
  let t: TestApp
  let ksv: Agent
  let matterId: number
  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1 })
    ksv = await t.signIn('ksv')
    const created = await ksv.post('/api/matters', {
      kind: 'crime_report',
      unitId: await t.unitId('CT.KV6'),
      number: '901/2026/TB-KV6',
      title: 'Tin báo lừa đảo qua mạng',
      subjects: [],
      initialEvent: {
        type: 'report_received',
        occurredOn: '2026-11-02',
        data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
      },
    })
    expect(created.status).toBe(201)
    matterId = created.body.id
  })
  afterAll(() => t.close())

  const events = async () =>
    (
      await t.database.handle.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM matter_events WHERE matter_id = $1',
        [matterId],
      )
    )[0]!.n

  it('refuses a key the act type does not define, naming it, and stores nothing', async () => {
    const before = await events()
    const res = await ksv.post(`/api/matters/${matterId}/events`, {
      type: 'report_transferred',
      occurredOn: '2026-11-10',
      data: { toBody: 'Công an tỉnh', junk: 'x'.repeat(100_000) },
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('EVENT_DATA_INVALID')
    expect(res.body.error.details).toContainEqual({
      path: 'data.junk',
      message: 'Thông tin này không thuộc hành vi tố tụng đang ghi',
    })
    expect(await events()).toBe(before)
  })

  it('refuses an unknown key inside a nested part of the data (a charge) too', async () => {
    const res = await ksv.post(`/api/matters/${matterId}/events`, {
      type: 'report_case_instituted',
      occurredOn: '2026-11-10',
      data: { charge: { article: '174', clause: 1, extra: true } },
    })
    expect(res.status).toBe(422)
    expect(res.body.error.details).toContainEqual({
      path: 'data.charge.extra',
      message: 'Thông tin này không thuộc hành vi tố tụng đang ghi',
    })
  })

  it('documents each act type’s data in OpenAPI instead of an opaque object', async () => {
    const doc = (await ksv.get('/api/docs/json')).body
    const body = doc.paths['/api/matters/{id}/events'].post.requestBody.content['application/json'].schema
    const data = body.properties.data
    const transferred = data.oneOf.find((s: { title: string }) => s.title.startsWith('report_transferred'))
    expect(transferred.properties).toHaveProperty('toBody')
    expect(transferred.additionalProperties).toBe(false)
    expect(data.oneOf.length).toBeGreaterThan(30)
  })
})
