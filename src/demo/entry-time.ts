// When the demo register's acts were entered: a real register is typed in through the working
// day, not every act at 16:30 (issue 12, item 16), and never later than the moment it is shown.

const pad = (n: number) => String(n).padStart(2, '0')
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const timeOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`

/** A small deterministic mix of an id, so the same seed enters the same acts at the same times. */
const mix = (id: number): number => {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

const OFFICE_OPENS = 7 * 60 + 30
const OFFICE_CLOSES = 17 * 60
const LATEST = 21 * 60

/**
 * The time (HH:MM, Vietnam) an act was entered on the day it happened: within office hours
 * (07:30–17:00), or 10 minutes to 2 hours after the time the act itself states; an act of today
 * is never entered after `now` (HH:MM), nor before the time the act states.
 */
export const demoEntryTime = (id: number, occurredAt: string | null, now: string | null): string => {
  const h = mix(id)
  let minutes =
    occurredAt === null
      ? OFFICE_OPENS + (h % (OFFICE_CLOSES - OFFICE_OPENS))
      : Math.min(minutesOf(occurredAt) + 10 + (h % 111), LATEST)
  if (occurredAt !== null) minutes = Math.max(minutes, minutesOf(occurredAt))
  if (now !== null) {
    const floor = occurredAt === null ? 0 : Math.min(minutesOf(occurredAt), minutesOf(now))
    minutes = Math.max(Math.min(minutes, minutesOf(now)), floor)
  }
  return timeOf(minutes)
}
