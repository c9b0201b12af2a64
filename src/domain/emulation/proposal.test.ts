import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allowedProposalActions,
  canEditProposal,
  entriesNeedingOverride,
  PROPOSAL_ACTIONS,
  transitionProposal,
  type ProposalActor,
  type ProposalEntryHead,
  type ProposalHead,
} from './proposal.ts'
import { CONDITION_STATUSES, type ProposalState } from './vocabulary.ts'

const met: ProposalEntryHead = { evaluation: 'met', override: null }
const notMet: ProposalEntryHead = { evaluation: 'not_met', override: null }
const overridden: ProposalEntryHead = { evaluation: 'not_met', override: { reason: 'Thành tích đột xuất', by: 7 } }
const head = (state: ProposalState, entries: ProposalEntryHead[] = [met]): ProposalHead => ({ state, entries })

describe('proposal life cycle', () => {
  it('walks chờ chuyển → chờ duyệt → bị trả lại → chờ duyệt → đang xét → đã duyệt → đã khen thưởng', () => {
    expect(transitionProposal(head('waiting_to_send'), 'send', 'proposer').to).toBe('pending')
    expect(transitionProposal(head('pending'), 'return', 'decider', 'Thiếu báo cáo thành tích').to).toBe('returned')
    expect(transitionProposal(head('returned'), 'send', 'proposer').to).toBe('pending')
    expect(transitionProposal(head('pending'), 'take_up', 'decider').to).toBe('under_review')
    expect(transitionProposal(head('under_review'), 'return', 'decider', 'Sai số liệu').to).toBe('returned')
    expect(transitionProposal(head('under_review'), 'approve', 'decider').to).toBe('approved')
    expect(transitionProposal(head('approved'), 'award', 'decider').to).toBe('awarded')
  })
  it('refuses an action that does not start from the state', () => {
    expect(() => transitionProposal(head('waiting_to_send'), 'approve', 'decider')).toThrow(
      expect.objectContaining({ code: 'AWARDS_TRANSITION_NOT_ALLOWED' }),
    )
    expect(() => transitionProposal(head('awarded'), 'return', 'decider', 'x')).toThrow(
      expect.objectContaining({ code: 'AWARDS_TRANSITION_NOT_ALLOWED' }),
    )
    expect(() => transitionProposal(head('pending'), 'approve', 'decider')).toThrow(
      expect.objectContaining({ code: 'AWARDS_TRANSITION_NOT_ALLOWED' }),
    )
  })
  it('the proposing unit sends; the deciding level returns, takes up, approves', () => {
    expect(() => transitionProposal(head('waiting_to_send'), 'send', 'decider')).toThrow(
      expect.objectContaining({ code: 'AWARDS_ACTOR_NOT_ALLOWED' }),
    )
    expect(() => transitionProposal(head('pending'), 'take_up', 'proposer')).toThrow(
      expect.objectContaining({ code: 'AWARDS_ACTOR_NOT_ALLOWED' }),
    )
    expect(allowedProposalActions('pending', 'decider')).toEqual(['return', 'take_up'])
    expect(allowedProposalActions('pending', 'proposer')).toEqual([])
    expect(allowedProposalActions('returned', 'proposer')).toEqual(['send'])
  })
  it('a return needs its reason', () => {
    expect(() => transitionProposal(head('pending'), 'return', 'decider', '   ')).toThrow(
      expect.objectContaining({ code: 'AWARDS_RETURN_REASON_REQUIRED' }),
    )
  })
  it('an empty dossier is not sent', () => {
    expect(() => transitionProposal(head('waiting_to_send', []), 'send', 'proposer')).toThrow(
      expect.objectContaining({ code: 'AWARDS_PROPOSAL_EMPTY' }),
    )
  })
  it('only a dossier at the proposing unit is edited', () => {
    expect(canEditProposal('waiting_to_send')).toBe(true)
    expect(canEditProposal('returned')).toBe(true)
    expect(canEditProposal('pending')).toBe(false)
    expect(canEditProposal('approved')).toBe(false)
  })
  it('approval refuses a not-met entry without override, and a needs-evidence one; accepts a recorded override', () => {
    expect(() => transitionProposal(head('under_review', [met, notMet]), 'approve', 'decider')).toThrow(
      expect.objectContaining({ code: 'AWARDS_OVERRIDE_REQUIRED' }),
    )
    expect(() =>
      transitionProposal(
        head('under_review', [{ evaluation: 'needs_evidence', override: null }]),
        'approve',
        'decider',
      ),
    ).toThrow(expect.objectContaining({ code: 'AWARDS_OVERRIDE_REQUIRED' }))
    expect(transitionProposal(head('under_review', [met, overridden]), 'approve', 'decider').to).toBe('approved')
  })
  it('an override with a blank reason does not count', () => {
    const blank: ProposalEntryHead = { evaluation: 'not_met', override: { reason: ' ', by: 7 } }
    expect(entriesNeedingOverride([blank])).toHaveLength(1)
  })
})

describe('property: a rejected candidate never reaches đã duyệt without a recorded override', () => {
  const entry = fc.record({
    evaluation: fc.constantFrom(...CONDITION_STATUSES),
    override: fc.option(fc.record({ reason: fc.constantFrom('', '  ', 'Lý do'), by: fc.constantFrom(0, 3) }), {
      nil: null,
    }),
  })
  const step = fc.record({
    action: fc.constantFrom(...PROPOSAL_ACTIONS),
    actor: fc.constantFrom<ProposalActor>('proposer', 'decider'),
    reason: fc.constantFrom(null, '', 'Lý do trả lại'),
  })
  it('holds over random walks', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), fc.array(step, { maxLength: 12 }), (entries, steps) => {
        let state: ProposalState = 'waiting_to_send'
        for (const s of steps) {
          try {
            state = transitionProposal({ state, entries }, s.action, s.actor, s.reason).to
          } catch {
            // refused: the state stays
          }
          if (state === 'approved' || state === 'awarded') {
            for (const e of entries) {
              if (e.evaluation !== 'met') {
                expect(e.override).not.toBeNull()
                expect(e.override?.reason.trim()).not.toBe('')
                expect(e.override?.by).toBeGreaterThan(0)
              }
            }
          }
        }
      }),
      { numRuns: 2000 },
    )
  })
})
