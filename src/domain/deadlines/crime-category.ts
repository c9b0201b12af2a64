// Crime categories (phân loại tội phạm), BLHS 2015 Điều 9 (sửa đổi 2017): the category
// follows the highest penalty of the applicable penalty bracket (khung hình phạt).
// Nearly every statutory time limit depends on it, so a change of charge means
// recomputing every open deadline (DOMAIN.md §5).
import { DeadlineError } from './errors.ts'

export const CRIME_CATEGORIES = [
  'it_nghiem_trong',
  'nghiem_trong',
  'rat_nghiem_trong',
  'dac_biet_nghiem_trong',
] as const
export type CrimeCategory = (typeof CRIME_CATEGORIES)[number]

export const CRIME_CATEGORY_LABELS: Readonly<Record<CrimeCategory, string>> = {
  it_nghiem_trong: 'Tội phạm ít nghiêm trọng',
  nghiem_trong: 'Tội phạm nghiêm trọng',
  rat_nghiem_trong: 'Tội phạm rất nghiêm trọng',
  dac_biet_nghiem_trong: 'Tội phạm đặc biệt nghiêm trọng',
}

/** As it reads inside a sentence: "…, tội rất nghiêm trọng". */
export const CRIME_CATEGORY_SHORT_LABELS: Readonly<Record<CrimeCategory, string>> = {
  it_nghiem_trong: 'tội ít nghiêm trọng',
  nghiem_trong: 'tội nghiêm trọng',
  rat_nghiem_trong: 'tội rất nghiêm trọng',
  dac_biet_nghiem_trong: 'tội đặc biệt nghiêm trọng',
}

export const isCrimeCategory = (value: unknown): value is CrimeCategory =>
  typeof value === 'string' && (CRIME_CATEGORIES as readonly string[]).includes(value)

export type PenaltyBracket = {
  /** Highest term of imprisonment of the bracket, in years (3 years 6 months = 3.5); 0 when it has none. */
  maxImprisonmentYears: number
  /** The bracket's highest penalty is life imprisonment or death. */
  lifeOrDeath: boolean
  /** The bracket's highest penalty is a fine or non-custodial reform (cải tạo không giam giữ). */
  nonCustodialOnly: boolean
}

/** BLHS 2015 Điều 38: a fixed term of imprisonment is at most 20 years for one offence. */
const MAX_FIXED_TERM_YEARS = 20

export const categoryFromBracket = ({
  maxImprisonmentYears,
  lifeOrDeath,
  nonCustodialOnly,
}: PenaltyBracket): CrimeCategory => {
  // Điều 9 khoản 1 điểm d: life imprisonment or death → đặc biệt nghiêm trọng, whatever the term.
  if (lifeOrDeath) return 'dac_biet_nghiem_trong'
  if (
    !Number.isFinite(maxImprisonmentYears) ||
    maxImprisonmentYears < 0 ||
    maxImprisonmentYears > MAX_FIXED_TERM_YEARS
  ) {
    throw new DeadlineError(
      'DEADLINE_INVALID_INPUT',
      `Mức phạt tù cao nhất của khung hình phạt không hợp lệ: ${maxImprisonmentYears} năm`,
      {
        maxImprisonmentYears,
      },
    )
  }
  // Điều 9 khoản 1 điểm a: fine, non-custodial reform or imprisonment up to 3 years.
  if (nonCustodialOnly || maxImprisonmentYears <= 3) return 'it_nghiem_trong'
  if (maxImprisonmentYears <= 7) return 'nghiem_trong' // điểm b: over 3 up to 7 years
  if (maxImprisonmentYears <= 15) return 'rat_nghiem_trong' // điểm c: over 7 up to 15 years
  return 'dac_biet_nghiem_trong' // điểm d: over 15 up to 20 years
}
