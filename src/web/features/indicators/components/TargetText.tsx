import { Group, Text, ThemeIcon, Tooltip } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { IndicatorInfo } from '@/shared/api/indicators.ts'

type TargetTextProps = { target: IndicatorInfo['target'] }

/** 'Trên 90%', with a small marker when the value is recalled and not read in the official text. */
export function TargetText({ target }: TargetTextProps) {
  if (!target) {
    return (
      <Text size="sm" c="dimmed">
        Chưa giao
      </Text>
    )
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" data-testid="indicator-target">
      <Text size="sm">{target.text}</Text>
      {target.unconfirmed ? (
        <Tooltip
          multiline
          maw={340}
          label={`Chỉ tiêu chưa được đối chiếu với văn bản chính thức (${target.legalSource}).${target.note ? ` ${target.note}` : ''}`}
        >
          <ThemeIcon
            size={18}
            radius="xl"
            variant="light"
            color="yellow"
            role="img"
            tabIndex={0}
            aria-label="Chỉ tiêu chưa được xác nhận"
            data-testid="target-unconfirmed"
          >
            <IconAlertTriangle size={12} />
          </ThemeIcon>
        </Tooltip>
      ) : null}
    </Group>
  )
}
