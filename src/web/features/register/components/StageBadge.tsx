import { Badge } from '@mantine/core'
import type { MatterSummary } from '@/shared/api/register.ts'

/** The matter's stage as derived from its acts; closed matters read grey. */
export function StageBadge({ matter }: { matter: Pick<MatterSummary, 'stageLabel' | 'closed'> }) {
  return (
    <Badge
      color={matter.closed ? 'gray' : 'blue'}
      variant={matter.closed ? 'outline' : 'light'}
      data-testid="matter-stage"
      // Stage names are sentences, read in sentence case: "Đang giải quyết" fits a table column on
      // one line where "ĐANG GIẢI QUYẾT" wrapped (issue 12, item 15). The long ones ("Viện kiểm sát
      // đang xem xét quyết định truy tố") wrap rather than cut.
      tt="none"
      styles={{
        root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 },
      }}
    >
      {matter.stageLabel}
    </Badge>
  )
}
