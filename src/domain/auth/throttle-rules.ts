// How long a guessed secret is held back after failures: pure rules, no I/O.
//
// The scheme slows a guesser without letting anyone lock a colleague out (issue 10, defect 7):
//  - delays grow per username + address, so failures from one address never block the same
//    username from another address (the account is never locked globally);
//  - after `freeFailures` failures the next attempt of that pair is refused until 2^n seconds
//    after the last failure (n = failures so far), capped at `maxDelaySeconds` — the
//    exponential back-off of OWASP's Authentication Cheat Sheet ("Account Lockout": prefer
//    progressive delays to a hard lockout) and NIST SP 800-63B §5.2.2 (rate limiting must
//    not let an attacker deny service to the subscriber);
//  - a pair is forgotten `resetAfterHours` after its last failure, and at its first success.

export type ThrottleRules = {
  /** Failures allowed with no delay at all (typing mistakes). */
  freeFailures: number
  /** The longest delay, in seconds. */
  maxDelaySeconds: number
  /** A pair whose last failure is older than this starts again from zero. */
  resetAfterHours: number
}

export const DEFAULT_THROTTLE_RULES: ThrottleRules = { freeFailures: 3, maxDelaySeconds: 15 * 60, resetAfterHours: 24 }

/** Seconds to wait after the last of `failures` failures: 0 below the free ones, then 2^n, capped. */
export const delayAfter = (failures: number, rules: ThrottleRules): number => {
  if (failures < rules.freeFailures) return 0
  // 2^n grows past the cap at n = 10 for 15 minutes; Math.min keeps huge n finite.
  return Math.min(2 ** Math.min(failures, 30), rules.maxDelaySeconds)
}

export type ThrottleState = { failures: number; lastFailureAt: Date } | null

/** The failures still counted at `now` (0 when the pair was forgotten). */
export const countedFailures = (state: ThrottleState, now: Date, rules: ThrottleRules): number => {
  if (!state) return 0
  const age = now.getTime() - state.lastFailureAt.getTime()
  return age > rules.resetAfterHours * 3600_000 ? 0 : state.failures
}

/** When the next attempt may be checked, or null if it may be now. */
export const blockedUntil = (state: ThrottleState, now: Date, rules: ThrottleRules): Date | null => {
  const failures = countedFailures(state, now, rules)
  const delay = delayAfter(failures, rules)
  if (delay === 0 || !state) return null
  const until = new Date(state.lastFailureAt.getTime() + delay * 1000)
  return until > now ? until : null
}

/** Whole seconds until `until`, at least 1: the Retry-After header (RFC 9110 §10.2.3). */
export const retryAfterSeconds = (until: Date, now: Date): number =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))

/** "45 giây", "3 phút", "15 phút": how long to wait, in Vietnamese. */
export const waitText = (seconds: number): string =>
  seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`
