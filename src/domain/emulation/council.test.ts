import { describe, expect, it } from 'vitest'
import {
  checkQuorum,
  DEFAULT_VOTE_RULE,
  evaluateCandidacy,
  minimumReaching,
  reachesShare,
  tallyBallots,
  voteRuleFor,
  type VoteRule,
} from './council.ts'

const eighty: VoteRule = { share: { numerator: 4, denominator: 5 }, base: 'present', source: 'test' }

describe('vote share thresholds (worked by hand)', () => {
  it('8 of 10 is exactly 80 % and passes; 7 of 10 fails', () => {
    expect(reachesShare(8, 10, { numerator: 4, denominator: 5 })).toBe(true)
    expect(reachesShare(7, 10, { numerator: 4, denominator: 5 })).toBe(false)
  })
  it('7 of 9 = 77.8 % fails 80 %; 8 of 9 = 88.9 % passes', () => {
    expect(reachesShare(7, 9, { numerator: 4, denominator: 5 })).toBe(false)
    expect(reachesShare(8, 9, { numerator: 4, denominator: 5 })).toBe(true)
  })
  it('the fewest votes reaching 80 % of 9 is 8 (7.2 rounded up), of 10 is 8', () => {
    expect(minimumReaching(9, { numerator: 4, denominator: 5 })).toBe(8)
    expect(minimumReaching(10, { numerator: 4, denominator: 5 })).toBe(8)
  })
  it('nobody present never reaches a share', () => {
    expect(reachesShare(0, 0, { numerator: 1, denominator: 2 })).toBe(false)
  })
  it('refuses a share above 100 % or a fractional count', () => {
    expect(() => reachesShare(1, 2, { numerator: 3, denominator: 2 })).toThrow(
      expect.objectContaining({ code: 'AWARDS_INVALID_THRESHOLD' }),
    )
    expect(() => reachesShare(1.5, 2, { numerator: 1, denominator: 2 })).toThrow(
      expect.objectContaining({ code: 'AWARDS_INVALID_COUNT' }),
    )
  })
})

describe('quorum (2/3 [unconfirmed])', () => {
  it('6 of 9 = 2/3 exactly is valid; 5 of 9 is not', () => {
    expect(checkQuorum(9, 6).valid).toBe(true)
    expect(checkQuorum(9, 5).valid).toBe(false)
    expect(checkQuorum(9, 5).required).toBe(6)
  })
  it('7 of 10 is valid (70 % ≥ 66.7 %), 6 of 10 is not', () => {
    expect(checkQuorum(10, 7).valid).toBe(true)
    expect(checkQuorum(10, 6).valid).toBe(false)
  })
  it('more present than members is refused', () => {
    expect(() => checkQuorum(5, 6)).toThrow(expect.objectContaining({ code: 'AWARDS_INVALID_COUNT' }))
  })
})

describe('candidacy results', () => {
  it('per-member ballots and the same paper tally give the same result', () => {
    const ballots = [
      ...Array.from({ length: 8 }, () => ({ choice: 'approve' as const })),
      { choice: 'reject' as const },
      { choice: 'abstain' as const },
    ]
    const fromBallots = evaluateCandidacy({
      rule: eighty,
      councilMembers: 11,
      present: 10,
      tally: tallyBallots(ballots),
    })
    const fromPaper = evaluateCandidacy({
      rule: eighty,
      councilMembers: 11,
      present: 10,
      tally: { approve: 8, reject: 1, abstain: 1 },
    })
    expect(fromBallots).toEqual(fromPaper)
    expect(fromBallots).toMatchObject({ passed: true, approve: 8, base: 10, required: 8, percent: 80 })
  })
  it('7 approve of 9 present fails at 77.8 %', () => {
    const r = evaluateCandidacy({
      rule: eighty,
      councilMembers: 9,
      present: 9,
      tally: { approve: 7, reject: 2, abstain: 0 },
    })
    expect(r).toMatchObject({ passed: false, percent: 77.8, required: 8 })
  })
  it('an abstention counts against: the base is who is present, not who voted', () => {
    const r = evaluateCandidacy({
      rule: eighty,
      councilMembers: 10,
      present: 10,
      tally: { approve: 7, reject: 0, abstain: 3 },
    })
    expect(r.passed).toBe(false)
  })
  it('the sector flag counts against the block members (TT 01/2019 Art. 20): 4 of 6 fails, 5 of 6 passes', () => {
    const rule = voteRuleFor('co_thi_dua_nganh')
    expect(rule.base).toBe('block_members')
    expect(
      evaluateCandidacy({
        rule,
        councilMembers: 6,
        present: 6,
        blockMembers: 6,
        tally: { approve: 4, reject: 2, abstain: 0 },
      }).passed,
    ).toBe(false)
    expect(
      evaluateCandidacy({
        rule,
        councilMembers: 6,
        present: 5,
        blockMembers: 6,
        tally: { approve: 5, reject: 0, abstain: 0 },
      }).passed,
    ).toBe(true)
  })
  it('the block rule without the block size is refused', () => {
    expect(() =>
      evaluateCandidacy({
        rule: voteRuleFor('co_thi_dua_nganh'),
        councilMembers: 6,
        present: 6,
        tally: { approve: 6, reject: 0, abstain: 0 },
      }),
    ).toThrow(expect.objectContaining({ code: 'AWARDS_INVALID_COUNT' }))
  })
  it('the sector emulation fighter needs 90 % of all council members: 9 of 10 present of 11 fails, 10 passes', () => {
    const rule = voteRuleFor('chien_si_thi_dua_nganh')
    expect(
      evaluateCandidacy({ rule, councilMembers: 11, present: 10, tally: { approve: 9, reject: 1, abstain: 0 } }).passed,
    ).toBe(false)
    expect(
      evaluateCandidacy({ rule, councilMembers: 11, present: 11, tally: { approve: 10, reject: 1, abstain: 0 } })
        .passed,
    ).toBe(true)
  })
  it('an award without its own rule uses the default', () => {
    expect(voteRuleFor('lao_dong_tien_tien')).toBe(DEFAULT_VOTE_RULE)
  })
  it('a paper tally with more votes than members present is refused', () => {
    expect(() =>
      evaluateCandidacy({ rule: eighty, councilMembers: 10, present: 8, tally: { approve: 8, reject: 1, abstain: 0 } }),
    ).toThrow(expect.objectContaining({ code: 'AWARDS_INVALID_COUNT' }))
  })
})
