import { describe, expect, it } from 'vitest'
import { awardStreakEnding, lastAwardYear, streakEnding, yearsHeld } from './streaks.ts'
import { collective, held } from './testing.ts'

describe('streaks: consecutive years of an award, revoked awards never count (Luật TĐKT 2022, Chương VII)', () => {
  it('a streak ends at the year asked, and is 0 when that year is not held', () => {
    const awards = [
      held('chien_si_thi_dua_co_so', 2022),
      held('chien_si_thi_dua_co_so', 2023),
      held('chien_si_thi_dua_co_so', 2024),
    ]
    expect(awardStreakEnding(awards, 'chien_si_thi_dua_co_so', 2024)).toBe(3)
    expect(awardStreakEnding(awards, 'chien_si_thi_dua_co_so', 2023)).toBe(2)
    expect(awardStreakEnding(awards, 'chien_si_thi_dua_co_so', 2025)).toBe(0)
  })

  it('a gap breaks the streak', () => {
    const awards = [
      held('chien_si_thi_dua_co_so', 2021),
      held('chien_si_thi_dua_co_so', 2023),
      held('chien_si_thi_dua_co_so', 2024),
    ]
    expect(awardStreakEnding(awards, 'chien_si_thi_dua_co_so', 2024)).toBe(2)
  })

  it('a revoked award breaks the streak and is not the last award', () => {
    const awards = [
      held('chien_si_thi_dua_co_so', 2022),
      held('chien_si_thi_dua_co_so', 2023, { revokedOn: '2025-03-01' }),
      held('chien_si_thi_dua_co_so', 2024),
    ]
    expect(awardStreakEnding(awards, 'chien_si_thi_dua_co_so', 2024)).toBe(1)
    expect(yearsHeld(awards, 'chien_si_thi_dua_co_so')).toEqual([2022, 2024])
    expect(lastAwardYear(awards, 'chien_si_thi_dua_co_so', 2023)).toBe(2022)
  })

  it('five Government flags 2021–2025 across the 2025 merger: 2021–2024 won by the predecessor, mapped onto the successor by the server', () => {
    // The predecessor (VKSND tỉnh Kiên Giang, say) won 2021–2024; after the merger the server hands the
    // successor's history with those awards under the successor's id; 2025 is the successor's own.
    const successor = collective({
      unitId: 200,
      name: 'VKSND tỉnh An Giang (sau hợp nhất)',
      awards: [2021, 2022, 2023, 2024, 2025].map((y) =>
        held('co_thi_dua_chinh_phu', y, { decisionNumber: y < 2025 ? `${y}/QĐ-TTg (đơn vị cũ)` : '2025/QĐ-TTg' }),
      ),
    })
    expect(awardStreakEnding(successor.awards, 'co_thi_dua_chinh_phu', 2025)).toBe(5)
  })

  it('streakEnding counts any per-year test', () => {
    expect(streakEnding((y) => y >= 2020, 2024)).toBe(5)
    expect(streakEnding(() => false, 2024)).toBe(0)
  })
})
