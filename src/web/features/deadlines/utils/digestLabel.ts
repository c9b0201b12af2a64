import { formatDateTime } from '@/shared/format.ts'

/**
 * The digest is prepared once a day and not again on every write, so it says when it was
 * prepared: "Bản tin lập lúc 07:05 03/12/2026" (Vietnam time).
 */
export const digestPreparedLabel = (preparedAt: string | null): string | null => {
  if (!preparedAt) return null
  const [day, time] = formatDateTime(preparedAt).split(' ')
  return `Bản tin lập lúc ${time} ${day}`
}
