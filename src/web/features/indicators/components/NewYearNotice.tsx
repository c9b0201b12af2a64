import { Alert, Anchor, Text } from '@mantine/core'
import { IconCalendarEvent } from '@tabler/icons-react'
import { newYearText, type OpeningYear } from '@/domain/indicators/opening-year.ts'
import { statisticsYearKey } from '../utils/periods.ts'

type NewYearNoticeProps = { opening: OpeningYear; period: string; onPeriod: (key: string) => void }

/**
 * In the first month of a statistics year (01/12 onwards) the dashboard opens on the year just
 * ended; this says so and offers the new one. Looking at the new one, it says how few days it holds.
 */
export function NewYearNotice({ opening, period, onPeriod }: NewYearNoticeProps) {
  if (!opening.currentIsNew) return null
  const previous = statisticsYearKey(opening.current - 1)
  const current = statisticsYearKey(opening.current)
  if (period !== previous && period !== current) return null
  const onPrevious = period === previous
  return (
    <Alert
      color={onPrevious ? 'blue' : 'yellow'}
      icon={<IconCalendarEvent size={18} />}
      data-testid="new-year-notice"
      className="indicators-print-hide"
    >
      <Text size="sm">
        {newYearText(opening)}
        {onPrevious
          ? `: đang xem năm thống kê ${opening.current - 1} vừa kết thúc. `
          : `: số liệu mới có của ${opening.daysIntoCurrent} ngày, chưa đủ để đánh giá hay xếp hạng các đơn vị. `}
        <Anchor
          component="button"
          size="sm"
          onClick={() => onPeriod(onPrevious ? current : previous)}
          data-testid="new-year-switch"
        >
          {onPrevious ? `Xem năm thống kê ${opening.current}` : `Xem năm thống kê ${opening.current - 1}`}
        </Anchor>
      </Text>
    </Alert>
  )
}
