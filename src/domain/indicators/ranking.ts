// Units ranked on one indicator, as a review report ranks them (DOMAIN.md §3): best first, by
// the indicator's direction; equal figures share a rank ("đồng hạng"), and the next rank counts
// the units above it (1, 2, 2, 4). A unit without a figure — a rate whose denominator is 0,
// nothing was due in the period — is not ranked at all: it is listed apart as "chưa có số
// liệu", never below a unit that reached 0 % (issue 12, item 4).

export type RankableFigure = { code: string; value: number | null }

export type RankedUnits<T> = {
  /** With a figure, best first; rank shared by equal figures. */
  ranked: (T & { rank: number })[]
  /** Without a figure, in code order. */
  unranked: T[]
}

/** Figures within this of each other are equal (rates are divisions and carry float noise). */
const SAME_FIGURE = 1e-9

export const rankFigures = <T extends RankableFigure>(
  items: readonly T[],
  better: 'higher' | 'lower',
): RankedUnits<T> => {
  const byCode = (a: T, b: T) => a.code.localeCompare(b.code)
  const sign = better === 'higher' ? -1 : 1
  const withFigure = items.filter((item) => item.value !== null)
  const ordered = [...withFigure].sort((a, b) => {
    const gap = sign * (a.value! - b.value!)
    return Math.abs(gap) > SAME_FIGURE ? gap : byCode(a, b)
  })
  const ranked: (T & { rank: number })[] = []
  ordered.forEach((item, index) => {
    const previous = ranked[index - 1]
    const tied = previous !== undefined && Math.abs(previous.value! - item.value!) <= SAME_FIGURE
    ranked.push({ ...item, rank: tied ? previous.rank : index + 1 })
  })

  return { ranked, unranked: items.filter((item) => item.value === null).sort(byCode) }
}
