// Building blocks of the demo flows: a draft act, the working calendar acts are dated
// on, and the statutory due dates a flow must meet (or, on purpose, miss). Due dates come
// from the deadline core itself, so a flow "in time" is in time by the same rule the
// register applies when the demo is loaded.
import { addDays, createWorkingCalendar, daysBetween, type IsoDate } from '@/domain/calendar/index.ts'
import {
  computeDeadline,
  type CrimeCategory,
  type GrantedExtension,
  type Suspension,
} from '@/domain/deadlines/index.ts'
import type { EventType } from '@/domain/register/event-types.ts'
import type { Random } from '@/demo/random.ts'
import { REFORM_FIRST_DAY } from '@/demo/units.ts'

/** A procedural act before it is numbered: `series` becomes its document number ('QĐ-VKSKV6' → '12/QĐ-VKSKV6'). */
export type Draft = {
  type: EventType
  on: IsoDate
  at: string | null
  subject: number | null
  series: string | null
  body: string | null
  data: Record<string, unknown>
}

/**
 * Where a matter is handled: its current unit and, for matters that began before the
 * July 2025 reform, the district or department that handled it then.
 */
export type Seat = { current: string; former: string | null }

export const unitOn = (seat: Seat, on: IsoDate): string =>
  seat.former !== null && on < REFORM_FIRST_DAY ? seat.former : seat.current

export type FlowContext = { random: Random; seat: Seat; today: IsoDate }

export const CALENDAR = createWorkingCalendar()

/** Decisions are signed on working days; a date falling on a day off moves to the next one. */
export const workingDay = (on: IsoDate): IsoDate => (CALENDAR.isDayOff(on) ? CALENDAR.nextWorkingDay(on) : on)

/** The working day `min`–`max` days after `from` (never before it). */
export const after = (random: Random, from: IsoDate, min: number, max: number): IsoDate =>
  workingDay(addDays(from, random.int(min, max)))

/** The last working day on or before `on`, not before `floor`: for acts that must come before a due date. */
export const workingDayBefore = (on: IsoDate, floor: IsoDate): IsoDate => {
  let day = on
  while (CALENDAR.isDayOff(day) && day > floor) day = addDays(day, -1)
  return day < floor ? floor : day
}

/** The due date the register will compute for this clock. */
type DueOptions = {
  category?: CrimeCategory
  extensions?: GrantedExtension[]
  suspensions?: Suspension[]
  startTime?: string
  deductedDays?: number
}

export const dueOf = (ruleCode: string, start: IsoDate, options: DueOptions = {}): IsoDate => {
  const due = computeDeadline({
    ruleCode,
    start,
    calendar: CALENDAR,
    ...(options.category ? { category: options.category } : {}),
    ...(options.extensions ? { extensionsGranted: options.extensions } : {}),
    ...(options.suspensions ? { suspensions: options.suspensions } : {}),
    ...(options.startTime ? { startTime: options.startTime } : {}),
    ...(options.deductedDays ? { deductedDays: options.deductedDays } : {}),
  }).dueDate
  if (due === null) throw new Error(`no due date for ${ruleCode} from ${start}`)
  return due
}

/** A working day in [from, to], both inclusive; `to` if the range is empty. */
export const between = (random: Random, from: IsoDate, to: IsoDate): IsoDate => {
  if (to <= from) return to
  return workingDayBefore(addDays(from, random.int(0, daysBetween(from, to))), from)
}

export const draft = (type: EventType, on: IsoDate, fields: Partial<Omit<Draft, 'type' | 'on'>> = {}): Draft => ({
  type,
  on,
  at: fields.at ?? null,
  subject: fields.subject ?? null,
  series: fields.series ?? null,
  body: fields.body ?? null,
  data: fields.data ?? {},
})

/** Procedural order of acts recorded on the same day (e.g. a case opened, then its suspect charged). */
const ORDER: readonly EventType[] = [
  'custody_ordered',
  'report_received',
  'report_complex',
  'report_extended',
  'report_suspended',
  'report_resumed',
  'report_case_instituted',
  'report_not_instituted',
  'report_transferred',
  'report_administrative',
  'case_instituted',
  'suspect_instituted',
  'procuracy_approved',
  'charge_changed',
  'custody_extended',
  'investigation_extended',
  'investigation_suspended',
  'investigation_resumed',
  'investigation_concluded',
  'file_received',
  'prosecution_extended',
  'returned_for_investigation',
  'indicted',
  'civil_accepted',
  'court_accepted',
  'court_returned_for_investigation',
  'trial_scheduled',
  'hearing_attended',
  'first_instance_trial',
  'judgment_pronounced',
  'judgment_received',
  // A detention order dated the day the file changes hands belongs to the new stage (Điều 241, 278, 329).
  'detention_ordered',
  'detention_extended',
  'detention_ended',
  'case_suspended',
  'case_terminated',
  'appeal_protest',
  'appellate_trial',
  'protest_outcome',
  'judgment_effective',
  'matter_closed',
  'cassation_protest',
  'recommendation_issued',
  'recommendation_outcome',
  'assets_to_recover',
  'assets_recovered',
]
const RANK = new Map(ORDER.map((type, i) => [type, i]))

/** The acts in the order they happened, without those after `today`: the rest of the flow has not happened yet. */
export const settle = (drafts: readonly Draft[], today: IsoDate): Draft[] =>
  drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) =>
      a.d.on < b.d.on ? -1 : a.d.on > b.d.on ? 1 : (RANK.get(a.d.type) ?? 0) - (RANK.get(b.d.type) ?? 0) || a.i - b.i,
    )
    .map(({ d }) => d)
    .filter((d) => d.on <= today)

/** 'HH:MM' between the hours given. */
export const timeOfDay = (random: Random, fromHour: number, toHour: number): string =>
  `${String(random.int(fromHour, toHour)).padStart(2, '0')}:${String(random.int(0, 11) * 5).padStart(2, '0')}`
