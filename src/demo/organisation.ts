// The demo organisation: a pure function of (seed, scale), so the demo database, the
// tests and the benchmarks all see the same units and people.
import type { DemoOptions, DemoOrganisation, PersonSeed, UnitSeed } from '@/demo/types.ts'
import { createRandom, deriveSeed } from '@/demo/random.ts'
import {
  CT_REGIONALS,
  CURRENT_PROVINCE_CODE,
  ROOT_CODE,
  demoProvinceUnits,
  rootUnit,
  syntheticProvinceCode,
  syntheticProvinceUnits,
} from '@/demo/units.ts'
import { provinceSlots } from '@/demo/staffing.ts'
import { createRegistry, staffSlots } from '@/demo/people.ts'
import { attachLogins } from '@/demo/logins.ts'

export const DEMO_EMAIL_DOMAIN = 'cantho.kiemsat.vn'

export const generateDemoOrganisation = (options: DemoOptions): DemoOrganisation => {
  const { seed, scale } = options
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`)
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be an integer ≥ 1, got ${scale}`)

  const registry = createRegistry()
  const units: UnitSeed[] = [rootUnit(), ...demoProvinceUnits()]
  // Each province draws from its own stream, so the demo province is the same at every scale.
  const slots = provinceSlots(
    CURRENT_PROVINCE_CODE,
    CT_REGIONALS.map((r) => r.code),
    'full',
  )
  const people: PersonSeed[] = staffSlots(createRandom(deriveSeed(seed, 0)), slots, DEMO_EMAIL_DOMAIN, registry)
  const logins = attachLogins(people, slots)

  const provincesSoFar = units.filter((u) => u.parentCode === ROOT_CODE).length
  for (let n = 1; n < scale; n++) {
    const random = createRandom(deriveSeed(seed, n))
    // 10–11 regional units per province: 34 provinces give about the real 355.
    const provinceUnits = syntheticProvinceUnits(n, random.int(10, 11), provincesSoFar + n)
    units.push(...provinceUnits)
    const regionalCodes = provinceUnits.filter((u) => u.level === 'regional').map((u) => u.code)
    const posts = provinceSlots(syntheticProvinceCode(n), regionalCodes, 'light')
    people.push(...staffSlots(random, posts, `thunghiem${n}.kiemsat.vn`, registry))
  }
  return { units, people, logins }
}
