import { describe, expect, it } from 'vitest'
import { rankFigures } from './ranking.ts'

const unit = (code: string, value: number | null) => ({ code, value })

describe('ranking units on one indicator', () => {
  it('ranks the highest rate first when higher is better, and lists the units with nothing due apart', () => {
    // KV3 had nothing to resolve (0 of 0): no figure, so no rank; KV2 resolved 0 of 4 (0 %): last.
    const { ranked, unranked } = rankFigures(
      [unit('KV1', 75), unit('KV2', 0), unit('KV3', null), unit('KV4', 100)],
      'higher',
    )
    expect(ranked.map((u) => [u.code, u.rank])).toEqual([
      ['KV4', 1],
      ['KV1', 2],
      ['KV2', 3],
    ])
    expect(unranked.map((u) => u.code)).toEqual(['KV3'])
  })

  it('ranks the lowest first when lower is better (acquittals, returns)', () => {
    const { ranked } = rankFigures([unit('KV1', 3), unit('KV2', 0), unit('KV3', 1)], 'lower')
    expect(ranked.map((u) => u.code)).toEqual(['KV2', 'KV3', 'KV1'])
  })

  it('gives equal figures one rank and skips the ranks they share (1, 2, 2, 4)', () => {
    // 2/3 and 4/6 are the same rate though computed from different counts.
    const { ranked } = rankFigures(
      [unit('KV1', 90), unit('KV2', (2 * 100) / 3), unit('KV3', (4 * 100) / 6), unit('KV4', 50)],
      'higher',
    )
    expect(ranked.map((u) => [u.code, u.rank])).toEqual([
      ['KV1', 1],
      ['KV2', 2],
      ['KV3', 2],
      ['KV4', 4],
    ])
  })

  it('ranks nobody when no unit has a figure', () => {
    const { ranked, unranked } = rankFigures([unit('KV2', null), unit('KV1', null)], 'higher')
    expect(ranked).toEqual([])
    expect(unranked.map((u) => u.code)).toEqual(['KV1', 'KV2'])
  })
})
