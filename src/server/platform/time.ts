/** PostgreSQL renders timestamptz as '2026-11-24 05:36:06.839+00'; the API speaks ISO 8601. */
export const toIsoInstant = (value: string | Date | null): string | null => {
  if (value === null) return null
  if (value instanceof Date) return value.toISOString()
  const normalised = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')
  const date = new Date(normalised)

  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}

/** Today's date in Vietnam (UTC+7), YYYY-MM-DD: a unit "exists today" by Vietnamese days. */
export const todayInVietnam = (now: Date = new Date()): string =>
  new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)

/** The time of day in Vietnam (UTC+7, no daylight saving), HH:MM. */
export const timeOfDayInVietnam = (now: Date = new Date()): string =>
  new Date(now.getTime() + 7 * 3600_000).toISOString().slice(11, 16)

/**
 * Where the server reads the time for rules that count seconds (sign-in delays): injected
 * through ServerDeps so that tests move time forward instead of sleeping. The database's
 * now() is not used for these rules, so a test clock governs them entirely.
 */
export type Clock = { now: () => Date }

export const systemClock: Clock = { now: () => new Date() }

/** A clock that moves only when told: for tests. */
export const manualClock = (
  start: Date = new Date('2026-03-02T01:00:00Z'),
): Clock & { advance: (seconds: number) => void; set: (at: Date) => void } => {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    advance: (seconds) => {
      current += seconds * 1000
    },
    set: (at) => {
      current = at.getTime()
    },
  }
}
