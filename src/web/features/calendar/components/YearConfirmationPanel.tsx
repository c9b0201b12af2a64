import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { weekdayNameVi } from '@/domain/calendar/civil-date.ts'
import { ConfirmCalendarYear } from '@/shared/api/calendar.ts'
import type { CalendarYear } from '@/shared/api/calendar.ts'
import { formatDate } from '@/shared/format.ts'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { fieldErrorsFromApi, fieldErrorsFromZod, type FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { useConfirmCalendarYear, useWithdrawCalendarYear } from '../hooks/useOfficialEntryMutations.ts'
import type { CalendarChange } from '../utils/calendarChange.ts'
import { changeNotice } from '../utils/calendarChange.ts'

type YearConfirmationPanelProps = {
  data: CalendarYear
  canManage: boolean
  onChanged: (change: CalendarChange) => void
}

/**
 * Whether the year's days off are confirmed. Until then the substitute days off (nghỉ bù) are computed by the
 * rule of BLLĐ 2019 Điều 111 khoản 3; the administrator enters the year's announcement (since Nghị định
 * 128/2025 by the Minister of Home Affairs) in the official calendar and confirms the year.
 */
export function YearConfirmationPanel({ data, canManage, onChanged }: YearConfirmationPanelProps) {
  const { year, confirmation, computedSubstitutes } = data
  const confirm = useConfirmCalendarYear()
  const withdraw = useWithdrawCalendarYear()
  const [decision, setDecision] = useState(confirmation?.decision ?? '')
  const [decidedOn, setDecidedOn] = useState<string | null>(confirmation?.decidedOn ?? null)
  const [errors, setErrors] = useState<FieldErrors>({})

  // Another year on screen, or the confirmation changed: the form starts from what is saved.
  useEffect(() => {
    setDecision(confirmation?.decision ?? '')
    setDecidedOn(confirmation?.decidedOn ?? null)
    setErrors({})
  }, [year, confirmation?.decision, confirmation?.decidedOn])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = ConfirmCalendarYear.safeParse({ decision, decidedOn, expectedUpdatedAt: confirmation?.updatedAt })
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error))
      return
    }
    try {
      const saved = await confirm.mutateAsync({ year, body: parsed.data })
      const change: CalendarChange = {
        action: 'confirm_year',
        date: `${year}-01-01`,
        year,
        decision: saved.confirmation?.decision ?? parsed.data.decision,
        moved: saved.moved,
        recompute: saved.recompute ?? null,
      }
      notifications.show({ color: 'green', title: `Đã xác nhận lịch nghỉ năm ${year}`, message: changeNotice(change) })
      setErrors({})
      onChanged(change)
    } catch (error) {
      if (isApiError(error)) setErrors(fieldErrorsFromApi(error))
    }
  }

  const onWithdraw = async () => {
    try {
      const saved = await withdraw.mutateAsync(year)
      const change: CalendarChange = {
        action: 'withdraw_year',
        date: `${year}-01-01`,
        year,
        decision: confirmation?.decision ?? '',
        moved: saved.moved,
        recompute: saved.recompute ?? null,
      }
      notifications.show({
        color: 'blue',
        title: `Đã bỏ xác nhận lịch nghỉ năm ${year}`,
        message: changeNotice(change),
      })
      onChanged(change)
    } catch {
      // The error is shown below the buttons.
    }
  }

  const failure = confirm.error ?? withdraw.error

  return (
    <Stack gap="sm" data-testid="calendar-year-confirmation" data-confirmed={confirmation ? 'true' : 'false'}>
      <Group gap="sm" align="center">
        <Title order={2} size="h4" id="calendar-confirmation-title">
          Xác nhận lịch nghỉ năm {year}
        </Title>
        {confirmation ? (
          <Badge color="green" variant="light" data-testid="calendar-year-status">
            Đã xác nhận
          </Badge>
        ) : (
          <Badge color="orange" variant="light" data-testid="calendar-year-status">
            Chưa xác nhận
          </Badge>
        )}
      </Group>
      {confirmation ? (
        <Text size="sm" data-testid="calendar-year-decision">
          Theo {confirmation.decision}
          {confirmation.decidedOn ? ` ngày ${formatDate(confirmation.decidedOn)}` : ''}
          {confirmation.updatedByName ? ` — xác nhận bởi ${confirmation.updatedByName}` : ''}. Ngày nghỉ bù của năm này
          là các ngày trong lịch chính thức.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Ngày nghỉ bù đang được tính theo Điều 111 khoản 3 Bộ luật Lao động 2019 (ngày lễ, tết trùng thứ Bảy, Chủ nhật
          được nghỉ bù vào ngày làm việc kế tiếp). Ngày nghỉ Tết và ngày liền kề Quốc khánh do Bộ trưởng Bộ Nội vụ thông
          báo hằng năm (Nghị định 128/2025/NĐ-CP): nhập các ngày theo thông báo vào lịch chính thức rồi xác nhận năm —
          từ đó lịch chính thức thay các ngày tính sẵn.
        </Text>
      )}
      {computedSubstitutes.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table
            aria-label={`Ngày nghỉ bù tính theo quy định năm ${year}`}
            data-testid="calendar-substitutes"
            highlightOnHover={false}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={150}>
                  Ngày nghỉ bù
                </Table.Th>
                <Table.Th scope="col">{confirmation ? 'Tính theo quy định (chỉ để đối chiếu)' : 'Lý do'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {computedSubstitutes.map((s) => (
                <Table.Tr key={s.date} data-testid="calendar-substitute-row" data-date={s.date}>
                  <Table.Td>
                    <Text size="sm" fw={600} className="tabular">
                      {formatDate(s.date)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {weekdayNameVi(s.date)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {/* Once confirmed, the rule's day is only a comparison: no "chưa xác nhận" on it. */}
                    <Text size="sm">
                      {confirmation
                        ? `Nghỉ bù ${s.holidayName} trùng ${weekdayNameVi(s.holidayDate)} ${formatDate(s.holidayDate)}`
                        : s.text}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {s.legalSource}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed" data-testid="calendar-substitutes-none">
          Năm {year} không có ngày lễ, tết nào trùng thứ Bảy, Chủ nhật theo lịch mặc định.
        </Text>
      )}
      {canManage ? (
        <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="calendar-year-form">
          <Stack gap="sm">
            {failure && needsSummary(failure) ? (
              <Alert role="alert" color="red" variant="light" data-testid="calendar-year-error">
                {errorMessage(failure)}
              </Alert>
            ) : null}
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label="Văn bản thông báo lịch nghỉ"
                required
                maxLength={300}
                autoComplete="off"
                placeholder="Ví dụ: Thông báo số 9441/TB-BNV"
                w={{ base: '100%', sm: 320 }}
                value={decision}
                error={errors.decision}
                onChange={(event) => setDecision(event.currentTarget.value)}
                data-testid="calendar-year-decision-input"
              />
              <VnDateInput
                label="Ngày ban hành"
                w={{ base: '100%', sm: 200 }}
                value={decidedOn}
                error={errors.decidedOn}
                onChange={setDecidedOn}
                clearable
                data-testid="calendar-year-decided-on"
              />
              <Button type="submit" loading={confirm.isPending} data-testid="calendar-year-confirm">
                {confirmation ? 'Lưu văn bản' : 'Xác nhận lịch năm'}
              </Button>
              {confirmation ? (
                <Button
                  variant="default"
                  color="red"
                  loading={withdraw.isPending}
                  onClick={() => void onWithdraw()}
                  data-testid="calendar-year-withdraw"
                >
                  Bỏ xác nhận
                </Button>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              Sau khi xác nhận hoặc bỏ xác nhận, các thời hạn có ngày kết thúc rơi vào ngày nghỉ bù được tính lại và
              hiển thị bên dưới lịch.
            </Text>
          </Stack>
        </form>
      ) : null}
    </Stack>
  )
}
