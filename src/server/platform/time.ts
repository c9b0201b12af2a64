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
