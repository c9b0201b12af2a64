import { useMemo } from 'react'
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core'
import { Group, Select } from '@mantine/core'
import type { PeriodInfo } from '@/shared/api/indicators.ts'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { UnitSelect } from '@/web/features/units/components/UnitSelect.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { usePeriods } from '../hooks/useIndicators.ts'
import type { DashboardSearch } from '../utils/indicatorsSearch.ts'
import {
  customKey,
  parsePeriodKey,
  periodInStatisticsYear,
  periodLabel,
  selectableYears,
  standardPeriodKeys,
  statisticsYearOfPeriod,
} from '../utils/periods.ts'

const CUSTOM = 'custom'

type DashboardFiltersProps = {
  unitId: number
  period: string
  asOf: string | undefined
  onChange: (patch: Partial<DashboardSearch>) => void
}

const GROUPS: { label: string; kinds: PeriodInfo['kind'][] }[] = [
  { label: 'Năm, sáu tháng', kinds: ['statistics_year', 'six_months', 'calendar_year'] },
  { label: 'Quý', kinds: ['quarter'] },
  { label: 'Tháng', kinds: ['month'] },
]

/** Unit, statistics year and period (or any range), and the day figures are counted as of. */
export function DashboardFilters({ unitId, period, asOf, onChange }: DashboardFiltersProps) {
  const today = todayInVietnam()
  const year = statisticsYearOfPeriod(period) ?? Number(today.slice(0, 4))
  const periods = usePeriods(year)
  const parsed = parsePeriodKey(period)
  const isCustom = parsed?.kind === 'custom'

  const yearOptions = useMemo(() => {
    const years = selectableYears(today)
    if (!years.includes(year)) years.push(year)
    return years.map((y) => ({ value: String(y), label: String(y) }))
  }, [today, year])

  // The server's list (its labels) once it arrives; the same keys built here until then.
  const periodOptions = useMemo((): ComboboxItemGroup<ComboboxItem>[] => {
    const items: PeriodInfo[] =
      periods.data && periods.data.items.length > 0
        ? periods.data.items
        : standardPeriodKeys(year).map((key) => {
            const p = parsePeriodKey(key)!
            return { key, kind: p.kind, from: p.from, to: p.to, label: periodLabel(key) }
          })
    return [
      ...GROUPS.map((group) => ({
        group: group.label,
        items: items.filter((p) => group.kinds.includes(p.kind)).map((p) => ({ value: p.key, label: p.label })),
      })),
      { group: 'Khác', items: [{ value: CUSTOM, label: 'Khoảng thời gian tùy chọn…' }] },
    ]
  }, [periods.data, year])

  const selectPeriod = (value: string | null) => {
    if (!value) return
    // A custom range starts from the period on screen; the user then moves its ends.
    if (value === CUSTOM) onChange({ period: parsed ? customKey(parsed.from, parsed.to) : undefined })
    else onChange({ period: value })
  }

  const setRange = (from: string | null, to: string | null) => {
    if (from && to) onChange({ period: customKey(from, to) })
  }

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="indicator-filters">
      <UnitSelect
        label="Đơn vị"
        value={String(unitId)}
        onChange={(value) => value && onChange({ unitId: Number(value) })}
        allowDeselect={false}
        w={{ base: '100%', sm: 300 }}
        comboboxProps={{ width: 440, position: 'bottom-start' }}
        data-testid="indicator-unit"
      />
      <Select
        label="Năm thống kê"
        data={yearOptions}
        value={String(year)}
        onChange={(value) => value && onChange({ period: periodInStatisticsYear(period, Number(value)) })}
        allowDeselect={false}
        w={130}
        data-testid="indicator-year"
      />
      <Select
        label="Kỳ"
        data={periodOptions}
        value={isCustom ? CUSTOM : period}
        onChange={selectPeriod}
        allowDeselect={false}
        maxDropdownHeight={420}
        w={{ base: '100%', sm: 350 }}
        comboboxProps={{ width: 400 }}
        data-testid="indicator-period"
      />
      {isCustom && parsed ? (
        <>
          <VnDateInput
            label="Từ ngày"
            value={parsed.from}
            onChange={(value) => setRange(value, parsed.to)}
            clearable={false}
            w={150}
            data-testid="indicator-from"
          />
          <VnDateInput
            label="Đến ngày"
            value={parsed.to}
            onChange={(value) => setRange(parsed.from, value)}
            clearable={false}
            w={150}
            data-testid="indicator-to"
          />
        </>
      ) : null}
      <VnDateInput
        label="Tính đến ngày"
        placeholder="Hôm nay"
        value={asOf ?? null}
        onChange={(value) => onChange({ asOf: value ?? undefined })}
        maxDate={today}
        w={160}
        data-testid="indicator-as-of"
      />
    </Group>
  )
}
