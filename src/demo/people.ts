// Draws a person for each post: gender, name, birth year, rank, e-mail and phone.
import type { PersonSeed } from '@/demo/types.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import type { Random } from '@/demo/random.ts'
import type { Slot, SlotTitle } from '@/demo/staffing.ts'
import type { Gender } from '@/demo/names.ts'
import { randomName, toAscii } from '@/demo/names.ts'

/** Shared across provinces so e-mails and phone numbers stay unique in the whole organisation. */
export type Registry = { emails: Set<string>; phones: Set<string> }

export const createRegistry = (): Registry => ({ emails: new Set(), phones: new Set() })

// Rank mix follows the 2026 quotas (DOMAIN.md §1.4): provincial procurators are mostly
// intermediate, regional ones mostly junior.
const PROVINCIAL_RANKS: readonly (readonly [StaffTitle, number])[] = [
  ['ksv_cao_cap', 9],
  ['ksv_trung_cap', 70],
  ['ksv_so_cap', 21],
]
const REGIONAL_RANKS: readonly (readonly [StaffTitle, number])[] = [
  ['ksv_cao_cap', 5],
  ['ksv_trung_cap', 26],
  ['ksv_so_cap', 69],
]

/** Birth-year range per title, so that chiefs are older than junior staff. All within 1965–2000. */
const BIRTH_YEARS: Record<StaffTitle, readonly [number, number]> = {
  vien_truong: [1965, 1974],
  pho_vien_truong: [1966, 1980],
  truong_phong: [1967, 1982],
  chanh_van_phong: [1967, 1982],
  pho_truong_phong: [1970, 1987],
  pho_chanh_van_phong: [1970, 1987],
  ksv_cao_cap: [1965, 1978],
  ksv_trung_cap: [1970, 1990],
  ksv_so_cap: [1980, 1998],
  kiem_tra_vien_cao_cap: [1965, 1978],
  kiem_tra_vien_chinh: [1970, 1988],
  kiem_tra_vien: [1985, 2000],
  chuyen_vien: [1980, 2000],
  van_thu: [1985, 2000],
  ke_toan: [1975, 1998],
  nguoi_lao_dong: [1970, 2000],
}

const MOBILE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '070',
  '077',
  '079',
  '083',
  '086',
  '088',
  '089',
  '033',
  '035',
  '037',
  '039',
]

const resolveTitle = (random: Random, title: SlotTitle, regional: boolean): StaffTitle =>
  title === 'ksv' ? random.weighted(regional ? REGIONAL_RANKS : PROVINCIAL_RANKS) : title

const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => String(random.int(0, 9))).join('')

/** '0907 123 456': the way phone numbers are printed in Vietnamese staff directories. */
const phoneNumber = (random: Random, registry: Registry): string => {
  for (;;) {
    const phone = `${random.pick(MOBILE_PREFIXES)}${digits(random, 1)} ${digits(random, 3)} ${digits(random, 3)}`
    if (!registry.phones.has(phone)) {
      registry.phones.add(phone)
      return phone
    }
  }
}

/** ten.ho@domain; on a clash ten.dem.ho, then ten.ho2, ten.ho3, ... */
const emailAddress = (
  name: { family: string; middle: string; given: string },
  domain: string,
  registry: Registry,
): string => {
  const [given, middle, family] = [name.given, name.middle, name.family].map((part) =>
    toAscii(part).replace(/[^a-z]/g, ''),
  )
  const candidates = [`${given}.${family}`, `${given}.${middle}.${family}`]
  for (let n = 2; ; n++) {
    const local = candidates.shift() ?? `${given}.${family}${n}`
    const email = `${local}@${domain}`
    if (!registry.emails.has(email)) {
      registry.emails.add(email)
      return email
    }
  }
}

/** One person per slot, in slot order (callers rely on the index to attach logins). */
export const staffSlots = (
  random: Random,
  slots: readonly Slot[],
  emailDomain: string,
  registry: Registry,
): PersonSeed[] => {
  // Two people with the same full name in one province would be confusing in the demo's pickers.
  const fullNames = new Set<string>()
  return slots.map((slot) => {
    const title = resolveTitle(random, slot.title, slot.regional)
    const gender: Gender = random.chance(0.55) ? 'nam' : 'nu'
    let name = randomName(random, gender)
    for (let tries = 0; fullNames.has(name.fullName) && tries < 20; tries++) name = randomName(random, gender)
    fullNames.add(name.fullName)
    const [from, to] = BIRTH_YEARS[title]
    return {
      fullName: name.fullName,
      gender,
      birthYear: random.int(from, to),
      title,
      unitCode: slot.unitCode,
      email: emailAddress(name, emailDomain, registry),
      // A few staff have no work phone on record, as in real directories.
      phone: random.chance(0.93) ? phoneNumber(random, registry) : null,
      username: null,
      roles: [],
    }
  })
}
