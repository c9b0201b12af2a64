// The people the demo matters are about: suspects and defendants (mostly young men, as
// crime statistics show) and the parties of civil and administrative cases. Invented
// names only (DOMAIN.md §1.1a).
import { randomName, type Gender } from '@/demo/names.ts'
import type { Random } from '@/demo/random.ts'
import type { DemoSubject } from '@/demo/activity-types.ts'

/** A suspect: 88 % men, aged 18 to 60, most under 35. */
export const suspect = (random: Random, year: number): DemoSubject => {
  const gender: Gender = random.chance(0.88) ? 'nam' : 'nu'
  const age = random.weighted([
    [random.int(18, 24), 30],
    [random.int(25, 34), 38],
    [random.int(35, 49), 24],
    [random.int(50, 65), 8],
  ] as const)
  return { fullName: randomName(random, gender).fullName, birthYear: year - age, gender }
}

/** A party to a civil or administrative case (nguyên đơn, bị đơn, người khởi kiện). */
export const party = (random: Random, year: number, given?: Gender): DemoSubject => {
  const gender: Gender = given ?? (random.chance(0.55) ? 'nam' : 'nu')
  return { fullName: randomName(random, gender).fullName, birthYear: year - random.int(22, 75), gender }
}

/** An authority as a party: the defendant of an administrative case. */
export const authority = (name: string): DemoSubject => ({ fullName: name, birthYear: null, gender: null })

/** "ông Nguyễn Văn Đức", "bà Trần Thị Hạnh": as parties are named in a case title. */
export const honorific = (subject: DemoSubject): string =>
  subject.gender === 'nam'
    ? `ông ${subject.fullName}`
    : subject.gender === 'nu'
      ? `bà ${subject.fullName}`
      : subject.fullName
