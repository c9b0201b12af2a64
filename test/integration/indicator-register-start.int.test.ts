// The indicator values say where the unit's register begins (issue 12, items 1 and 2): a register
// started mid-year makes last year's figures partial, and the home and the dashboard must say so
// rather than print a change against a few months. Aggregate, so any reader of the figures gets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'

describe.each(ENGINES)('the register start in the indicator values on %s', (engine) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(engine, { scale: 1 })
  })
  afterAll(async () => t?.close())

  it('is null for a register with no matter, then the earliest receipt of the unit and the units above', async () => {
    const thidua = await t.signIn('thidua')
    const ksv = await t.signIn('ksv')
    const [province, kv6, kv7] = [await t.unitId('CT'), await t.unitId('CT.KV6'), await t.unitId('CT.KV7')]
    const registerFrom = async (unitId: number) => {
      const res = await thidua.get(`/api/indicators/values?unitId=${unitId}&period=NTK2026`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.lastYearPeriod.from).toBe('2024-12-01')
      return res.body.registerFrom
    }
    expect(await registerFrom(province)).toBeNull()

    for (const [number, receivedOn] of [
      ['5/2026/TB-KV6', '2025-08-20'],
      ['6/2026/TB-KV6', '2025-06-05'],
    ]) {
      const res = await ksv.post('/api/matters', {
        kind: 'crime_report',
        unitId: kv6,
        number,
        title: 'Tin báo trộm cắp tài sản tại phường Tân An',
        prosecutorId: ksv.me.user.personId,
        subjects: [],
        initialEvent: {
          type: 'report_received',
          occurredOn: receivedOn,
          data: { source: 'tin_bao', investigatingBody: 'Công an phường Tân An' },
        },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
    }
    expect(await registerFrom(kv6)).toBe('2025-06-05')
    expect(await registerFrom(province)).toBe('2025-06-05')
    expect(await registerFrom(kv7)).toBeNull()
  })
})
