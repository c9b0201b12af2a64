import { Fragment } from 'react'
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconChartLine } from '@tabler/icons-react'
import { formatIndicatorValue, groupIndicators } from '../utils/indicatorFormat.ts'
import { FigureLink } from './FigureLink.tsx'
import type { IndicatorRow } from './IndicatorTable.tsx'
import { StatusBadge } from './StatusBadge.tsx'
import { TargetText } from './TargetText.tsx'

type IndicatorCardsProps = {
  rows: IndicatorRow[]
  drill: { unitId: number; period: string; asOf: string } | null
  onShowChart: (code: string) => void
  /** Said instead of the change when last year is partial; null otherwise. */
  partialNote: string | null
}

/**
 * The indicators on a phone: one card each, the result and its evaluation first, then the
 * requirement and the figures behind it — no sideways scrolling to reach them (issue 12, item 5).
 */
export function IndicatorCards({ rows, drill, onShowChart, partialNote }: IndicatorCardsProps) {
  return (
    <Stack gap="md" data-testid="indicator-cards">
      {groupIndicators(rows.map((r) => ({ ...r, groupLabel: r.info.groupLabel }))).map((group) => (
        <Fragment key={group.label}>
          <Title order={3} size="h5" c="dimmed">
            {group.label}
          </Title>
          {group.items.map(({ info, value }) => {
            const link = (part: 'numerator' | 'denominator') => (drill ? { ...drill, code: info.code, part } : null)
            return (
              <Paper key={info.code} withBorder radius="md" p="sm" data-testid="indicator-card" data-code={info.code}>
                <Stack gap={6}>
                  <Text size="sm" fw={600}>
                    {info.name}
                  </Text>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Text size="xl" fw={700} className="tabular" data-testid="indicator-card-value">
                      {formatIndicatorValue(value.value, info)}
                    </Text>
                    <StatusBadge status={value.status} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {value.statusText}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      Yêu cầu:
                    </Text>
                    <TargetText target={info.target} />
                  </Group>
                  <SimpleGrid cols={2} spacing="xs">
                    <Stack gap={0}>
                      <Text size="xs" c="dimmed">
                        {info.numeratorLabel}
                      </Text>
                      <FigureLink
                        value={value.numerator}
                        unitOfCount={info.unitOfCount}
                        to={link('numerator')}
                        label={info.numeratorLabel}
                        testId="indicator-card-numerator"
                      />
                    </Stack>
                    {value.denominator === null ? null : (
                      <Stack gap={0}>
                        <Text size="xs" c="dimmed">
                          {info.denominatorLabel ?? 'Mẫu số'}
                        </Text>
                        <FigureLink
                          value={value.denominator}
                          unitOfCount={info.unitOfCount}
                          to={link('denominator')}
                          label={info.denominatorLabel ?? 'Mẫu số'}
                          testId="indicator-card-denominator"
                        />
                      </Stack>
                    )}
                  </SimpleGrid>
                  <Text size="xs" c={partialNote ? 'orange.8' : 'dimmed'} data-testid="indicator-card-change">
                    Cùng kỳ năm trước: {formatIndicatorValue(value.lastYear.value, info)}.{' '}
                    {partialNote ?? value.changeText}
                  </Text>
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    leftSection={<IconChartLine size={14} />}
                    onClick={() => onShowChart(info.code)}
                    w="fit-content"
                  >
                    Xem biểu đồ
                  </Button>
                </Stack>
              </Paper>
            )
          })}
        </Fragment>
      ))}
    </Stack>
  )
}
