// The shape of a statutory time-limit rule. Rules are data (rules/*.ts): an amendment
// is a new row with its own effective dates, never an edit of the engine.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { CountingPolicy, Period } from './counting.ts'
import type { CrimeCategory } from './crime-category.ts'

export type ByCategory<T> = Readonly<Record<CrimeCategory, T>>

/** A value that is either fixed or depends on the crime category. */
export type PerCategory<T> = { fixed: T } | { byCategory: ByCategory<T> }

export type ExtensionStep = {
  /** The longest this extension (gia hạn) may be. */
  max: Period
  /** Who grants it, in Vietnamese. */
  grantedBy: string
}

/** What happens to the clock when the matter is suspended and later resumed. */
export type SuspensionEffect =
  | { kind: 'not_applicable' }
  /** A new, fixed period runs from the resumption date. */
  | { kind: 'fresh_period'; period: Period; source: string }

/**
 * Điều 134 BLTTHS 2015 leaves limits in days (and years) open to two readings
 * (counting.ts). A rule with this setting is computed under both; `counts` says which
 * one warnings and "on time" use, and `source` why (issue 9 item 6: the procuracy's own
 * obligations count the strict one by default).
 */
export type ReadingSetting = {
  counts: 'strict' | 'lenient'
  strict: CountingPolicy
  source: string
}

/** A value that DOMAIN.md marks unconfirmed (or law-text, not re-read), with its note. */
export type UnconfirmedNote = { field: string; note: string }

export type DeadlineRule = {
  /** Stable code, e.g. 'BLTTHS_240_TRUY_TO'. Several rows may share a code with disjoint effective dates. */
  code: string
  /** Vietnamese name, e.g. 'Thời hạn quyết định việc truy tố'. */
  name: string
  /** Short citation used in the basis text, e.g. 'Điều 240 BLTTHS 2015'. */
  article: string
  /** Full legal source. */
  legalSource: string
  /** Where DOMAIN.md found the values confirmed. */
  confirmedBy?: string
  effectiveFrom: IsoDate
  effectiveTo: IsoDate | null
  /** Completes "…: 20 ngày ___", e.g. 'kể từ ngày nhận hồ sơ'. */
  startEvent: string
  base: PerCategory<Period>
  /** Extensions in the order they may be granted; empty when none. */
  extensions: PerCategory<readonly ExtensionStep[]>
  /** Further extensions for crimes against national security (an ninh quốc gia), appended to `extensions`. */
  nationalSecurity?:
    | { extraExtensions: Partial<ByCategory<readonly ExtensionStep[]>>; maxTotal: Partial<ByCategory<Period>> }
    /** The law sets other values that are not encoded yet: computing them is refused rather than guessed. */
    | { notEncoded: string }
  /** An extension must be requested at least this many days before expiry. */
  extensionRequestDaysBeforeExpiry?: number
  /** The longest the limit may run in total (base + every extension), when the law states it. */
  maxTotal?: PerCategory<Period>
  counting: CountingPolicy
  /** Computed under the lenient (`counting`) and the strict reading as well; see ReadingSetting. */
  reading?: ReadingSetting
  suspension: SuspensionEffect
  unconfirmed: readonly UnconfirmedNote[]
}
