import type { Role, StaffTitle, UnitLevel } from '@/shared/vocabulary.ts'

/** A unit as the demo generator describes it; the loader resolves codes to ids. */
export type UnitSeed = {
  code: string
  name: string
  shortName: string | null
  level: UnitLevel
  parentCode: string | null
  /** YYYY-MM-DD */
  validFrom: string
  /** YYYY-MM-DD, last day the unit existed; null while it exists. */
  validTo: string | null
  /** The unit that took over this one's work when it ceased (merger, July 2025 reform). */
  successorCode: string | null
  sortOrder: number
}

export type RoleSeed = { role: Role; unitCode: string }

export type PersonSeed = {
  fullName: string
  gender: 'nam' | 'nu'
  birthYear: number
  title: StaffTitle
  unitCode: string
  email: string | null
  phone: string | null
  /** Set for the people who can sign in; the demo logins have fixed usernames. */
  username: string | null
  roles: RoleSeed[]
  /** Granted the national official calendar (national_calendar_managers): the demo's administrator. */
  nationalCalendarManager?: boolean
}

export type DemoLogin = { username: string; role: Role; description: string }

export type DemoOrganisation = {
  units: UnitSeed[]
  people: PersonSeed[]
  /** One demo login per role, printed at start-up. All share DEMO_PASSWORD. */
  logins: DemoLogin[]
}

export type DemoOptions = {
  /** PRNG seed: the same seed gives the same organisation, byte for byte. */
  seed: number
  /** 1 = the demo province only; N > 1 adds N-1 generated provinces for national-size benchmarks. */
  scale: number
}

export const DEMO_PASSWORD = 'kiemsat-demo-2026'
