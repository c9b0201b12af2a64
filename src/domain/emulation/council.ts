// The emulation and commendation council (Hội đồng thi đua – khen thưởng; issue 14 item 5; DOMAIN.md
// §7.4): when its meeting is valid, and when a candidate it votes on passes. Thresholds are data —
// shares written as fractions so that "8 of 10 = 80 %" is compared in whole numbers, never in floats.
//
// The sector's quorum and vote shares under TT 02/2024/TT-VKSTC were not read (DOMAIN.md §7.4:
// "Composition and quorum under TT 02/2024 are [unconfirmed]"); the figures below are the ones the
// earlier TT 01/2019/TT-VKSTC and the common practice of councils gave, shipped as editable data
// with that note. A council's votes are either per-member ballots (each member present casts their
// own) or a paper tally the secretary enters after a paper vote; both give the same counts.
import { AwardsError } from './council-errors.ts'
import type { AwardCode } from './vocabulary.ts'

/** A share as a fraction: numerator / denominator, 0 < share ≤ 1. */
export type Share = { numerator: number; denominator: number }

/** Who a vote share is counted against: the members present at the meeting, or all members of the block. */
export const VOTE_BASES = ['present', 'block_members', 'council_members'] as const
export type VoteBase = (typeof VOTE_BASES)[number]

export const VOTE_BASE_LABELS: Record<VoteBase, string> = {
  present: 'số thành viên dự họp',
  block_members: 'tổng số thành viên khối, cụm thi đua',
  council_members: 'tổng số thành viên hội đồng',
}

export type VoteRule = { share: Share; base: VoteBase; source: string; note?: string }

/**
 * A meeting is valid when at least this share of the council's members attend. [unconfirmed]
 * TT 02/2024/TT-VKSTC's figure was not read; 2/3 is the usual rule of the sector's councils.
 */
export const COUNCIL_QUORUM: { share: Share; source: string; note: string } = {
  share: { numerator: 2, denominator: 3 },
  source: 'Thông tư 02/2024/TT-VKSTC (quy chế hội đồng)',
  note: '[chưa xác minh] tỷ lệ thành viên dự họp tối thiểu theo TT 02/2024 chưa được đối chiếu văn bản',
}

/** The rule a candidate is voted under when its award has no rule of its own. [unconfirmed] */
export const DEFAULT_VOTE_RULE: VoteRule = {
  share: { numerator: 4, denominator: 5 },
  base: 'present',
  source: 'Thông tư 02/2024/TT-VKSTC',
  note: '[chưa xác minh] tỷ lệ phiếu đồng ý theo TT 02/2024 chưa được đối chiếu; mặc định 80 % số thành viên dự họp',
}

/** Awards whose vote share the sector set apart (DOMAIN.md §7.3). */
export const AWARD_VOTE_RULES: Partial<Record<AwardCode, VoteRule>> = {
  // TT 01/2019/TT-VKSTC Art. 20: the sector flag needs ≥ 80 % of the block members' votes.
  co_thi_dua_nganh: {
    share: { numerator: 4, denominator: 5 },
    base: 'block_members',
    source: 'Thông tư 01/2019/TT-VKSTC, Điều 20',
    note: '[chưa xác minh] tỷ lệ của TT 02/2024 chưa được đối chiếu; giữ mức 80 % của TT 01/2019',
  },
  // TT 01/2019/TT-VKSTC: the sector emulation fighter needs ≥ 90 % of the sector council's votes.
  chien_si_thi_dua_nganh: {
    share: { numerator: 9, denominator: 10 },
    base: 'council_members',
    source: 'Thông tư 01/2019/TT-VKSTC',
    note: '[chưa xác minh] tỷ lệ của TT 02/2024 chưa được đối chiếu; giữ mức 90 % của TT 01/2019',
  },
}

export function voteRuleFor(award: AwardCode): VoteRule {
  return AWARD_VOTE_RULES[award] ?? DEFAULT_VOTE_RULE
}

function assertShare(share: Share): void {
  const { numerator: n, denominator: d } = share
  if (!Number.isInteger(n) || !Number.isInteger(d) || n <= 0 || d <= 0 || n > d) {
    throw new AwardsError('AWARDS_INVALID_THRESHOLD', 'Tỷ lệ phải là một phân số lớn hơn 0 và không quá 100 %.', {
      share,
    })
  }
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new AwardsError('AWARDS_INVALID_COUNT', `${what} phải là số nguyên không âm.`, { value })
  }
}

/** The fewest of `base` that reach the share: ⌈base × n / d⌉, in whole numbers. */
export function minimumReaching(base: number, share: Share): number {
  assertShare(share)
  assertCount(base, 'Số thành viên')
  return Math.ceil((base * share.numerator) / share.denominator)
}

/** count / base ≥ n / d, compared as count × d ≥ base × n so 8 of 10 is exactly 80 %. */
export function reachesShare(count: number, base: number, share: Share): boolean {
  assertShare(share)
  assertCount(count, 'Số phiếu')
  assertCount(base, 'Số thành viên')
  if (base === 0) return false
  return count * share.denominator >= base * share.numerator
}

export type QuorumResult = { valid: boolean; members: number; present: number; required: number }

/** Is a meeting with `present` of `members` valid under the quorum? */
export function checkQuorum(members: number, present: number, quorum: Share = COUNCIL_QUORUM.share): QuorumResult {
  assertCount(members, 'Số thành viên hội đồng')
  assertCount(present, 'Số thành viên dự họp')
  if (present > members) {
    throw new AwardsError('AWARDS_INVALID_COUNT', 'Số thành viên dự họp không thể lớn hơn số thành viên hội đồng.', {
      members,
      present,
    })
  }
  return { valid: reachesShare(present, members, quorum), members, present, required: minimumReaching(members, quorum) }
}

export const BALLOT_CHOICES = ['approve', 'reject', 'abstain'] as const
export type BallotChoice = (typeof BALLOT_CHOICES)[number]

export const BALLOT_CHOICE_LABELS: Record<BallotChoice, string> = {
  approve: 'Đồng ý',
  reject: 'Không đồng ý',
  abstain: 'Không biểu quyết',
}

export type Tally = { approve: number; reject: number; abstain: number }

/** Count per-member ballots into a tally (one ballot per member; the schema keeps them unique). */
export function tallyBallots(ballots: readonly { choice: BallotChoice }[]): Tally {
  const tally: Tally = { approve: 0, reject: 0, abstain: 0 }
  for (const b of ballots) tally[b.choice] += 1
  return tally
}

export type CandidacyVote = {
  rule: VoteRule
  /** Members of the council. */
  councilMembers: number
  /** Members present at the meeting. */
  present: number
  /** Members of the block, for a rule counted against the block (the sector flag). */
  blockMembers?: number
  tally: Tally
}

export type CandidacyResult = {
  passed: boolean
  approve: number
  base: number
  baseKind: VoteBase
  /** The fewest approve votes that pass. */
  required: number
  /** approve / base as a percentage, one decimal, for the minutes. */
  percent: number
}

/**
 * Does a candidate pass? The approve votes against the rule's base: the members present, all the
 * council's members, or the block's members (TT 01/2019 Art. 20 for the sector flag). A tally with
 * more votes than members present is refused: the paper count must match the attendance.
 */
export function evaluateCandidacy(vote: CandidacyVote): CandidacyResult {
  const { rule, councilMembers, present, tally } = vote
  assertShare(rule.share)
  for (const [k, v] of Object.entries(tally)) assertCount(v, `Số phiếu ${k}`)
  assertCount(councilMembers, 'Số thành viên hội đồng')
  assertCount(present, 'Số thành viên dự họp')
  if (present > councilMembers) {
    throw new AwardsError('AWARDS_INVALID_COUNT', 'Số thành viên dự họp không thể lớn hơn số thành viên hội đồng.', {
      councilMembers,
      present,
    })
  }
  const cast = tally.approve + tally.reject + tally.abstain
  if (rule.base !== 'block_members' && cast > present) {
    throw new AwardsError('AWARDS_INVALID_COUNT', 'Tổng số phiếu không thể lớn hơn số thành viên dự họp.', {
      cast,
      present,
    })
  }
  let base: number
  if (rule.base === 'present') base = present
  else if (rule.base === 'council_members') base = councilMembers
  else {
    if (vote.blockMembers === undefined) {
      throw new AwardsError('AWARDS_INVALID_COUNT', 'Cần số thành viên của khối, cụm thi đua để tính tỷ lệ phiếu.', {})
    }
    base = vote.blockMembers
    assertCount(base, 'Số thành viên khối, cụm')
    if (cast > base) {
      throw new AwardsError('AWARDS_INVALID_COUNT', 'Tổng số phiếu không thể lớn hơn số thành viên khối, cụm.', {
        cast,
        base,
      })
    }
  }
  return {
    passed: reachesShare(tally.approve, base, rule.share),
    approve: tally.approve,
    base,
    baseKind: rule.base,
    required: minimumReaching(base, rule.share),
    percent: base === 0 ? 0 : Math.round((tally.approve * 1000) / base) / 10,
  }
}
