import { useId, useMemo, useState } from 'react'
import { Group, Input, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { Charge } from '@/domain/register/event-types.ts'
import { usePenalArticle, usePenalCodeSearch } from '../hooks/usePenalCode.ts'
import { chargeLabel } from '../utils/charges.ts'

type ChargePickerProps = {
  label: string
  value: Charge | null
  onChange: (charge: Charge | null) => void
  error?: string | undefined
  required?: boolean
  description?: string
  /** The offence date (the matter's receivedOn stands for it): the options then show the text applied to it (BLHS Điều 7). */
  offenceOn?: string | null | undefined
}

// Article ids hold no dot: "217a.1" is Điều 217a khoản 1.
const optionValue = (article: string, clause: number) => `${article}.${clause}`

// The server reads "173", "217a", "Điều 173 khoản 2" or "trộm cắp" (accent-insensitive); one letter alone finds too much.
const searchTerm = (text: string): string => {
  const trimmed = text.trim()
  return /\d/.test(trimmed) || trimmed.length >= 2 ? trimmed : ''
}

/** Pick a charge at article and clause level from the Penal Code, with the point (điểm) beside it. */
export function ChargePicker({
  label,
  value,
  onChange,
  error,
  required = false,
  description,
  offenceOn,
}: ChargePickerProps) {
  const id = useId()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 250)
  const chosenArticle = usePenalArticle(value?.article, offenceOn)
  const chosenLabel = value ? chargeLabel({ ...value, point: null }, chosenArticle.data) : null
  // While the box shows the chosen charge, its text is not a new search.
  const term = debounced && debounced !== chosenLabel ? searchTerm(debounced) : ''
  const results = usePenalCodeSearch(term, offenceOn)

  const data = useMemo(() => {
    // An article not yet in force on the offence date has no options (BLHS Điều 7 khoản 2): the server would refuse it.
    const options = (term ? (results.data?.items ?? []) : [])
      .filter((article) => !article.applied?.notInForce)
      .flatMap((article) =>
        article.clauses.map((c) => ({
          value: optionValue(article.article, c.clause),
          label: chargeLabel({ article: article.article, clause: c.clause, point: null }, article),
        })),
      )
    if (value && chosenLabel && !options.some((o) => o.value === optionValue(value.article, value.clause))) {
      options.unshift({ value: optionValue(value.article, value.clause), label: chosenLabel })
    }
    return options
  }, [term, results.data, value, chosenLabel])

  return (
    <Input.Wrapper id={id} label={label} required={required} error={error} description={description}>
      <Group gap="xs" wrap="nowrap" align="flex-start" mt={4}>
        <Select
          id={id}
          placeholder="Gõ số điều hoặc tên tội, ví dụ 173, 217a hoặc trộm cắp"
          searchable
          clearable
          data={data}
          value={value ? optionValue(value.article, value.clause) : null}
          onChange={(next) => {
            if (!next) return onChange(null)
            const [article = '', clause = '0'] = next.split('.')
            onChange({ article, clause: Number(clause), point: null })
          }}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={
            !term
              ? 'Gõ số điều hoặc ít nhất 2 ký tự của tên tội'
              : results.isFetching
                ? 'Đang tìm…'
                : 'Không tìm thấy điều luật'
          }
          error={Boolean(error)}
          maxDropdownHeight={320}
          comboboxProps={{ width: 'target', position: 'bottom-start' }}
          style={{ flex: 1 }}
          data-testid="charge-picker"
        />
        <TextInput
          aria-label={`Điểm (${label})`}
          placeholder="Điểm"
          w={76}
          maxLength={1}
          disabled={!value}
          value={value?.point ?? ''}
          error={Boolean(error)}
          onChange={(event) => {
            if (!value) return
            const point = event.currentTarget.value.trim().toLowerCase()
            onChange({ ...value, point: point || null })
          }}
        />
      </Group>
    </Input.Wrapper>
  )
}
