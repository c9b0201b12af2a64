import { Text, Tooltip } from '@mantine/core'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { formatPart } from '../utils/indicatorFormat.ts'
import type { UnitOfCount } from '../utils/indicatorFormat.ts'
import { recordsSearchFor } from '../utils/indicatorsSearch.ts'
import type { RecordPart } from '../utils/indicatorsSearch.ts'

type FigureLinkProps = {
  value: number
  unitOfCount: UnitOfCount
  /** Where the records behind the figure are; null shows the figure only (no right to read matters). */
  to: { unitId: number; code: string; part: RecordPart; period: string; asOf: string } | null
  label: string
  testId?: string
}

/** A numerator or a denominator that opens the list of matters or persons behind it. */
export function FigureLink({ value, unitOfCount, to, label, testId }: FigureLinkProps) {
  const text = formatPart(value, unitOfCount)
  if (!to) {
    return (
      <Tooltip label={label} multiline maw={300}>
        <Text span size="sm" className="tabular" data-testid={testId}>
          {text}
        </Text>
      </Tooltip>
    )
  }
  return (
    <Tooltip label={`${label}: ${text}. Bấm để xem danh sách.`} multiline maw={300}>
      <RouterAnchor
        to="/chi-tieu/ho-so"
        search={recordsSearchFor(to)}
        size="sm"
        className="tabular"
        aria-label={`${label}: ${text}`}
        data-testid={testId}
      >
        {text}
      </RouterAnchor>
    </Tooltip>
  )
}
