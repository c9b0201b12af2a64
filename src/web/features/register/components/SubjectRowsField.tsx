import { Alert, Checkbox, Paper, Select, Stack, Text } from '@mantine/core'
import { errorAt, type SubjectRow } from '../utils/eventDraft.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { VERDICT_OPTIONS } from '../utils/eventFields.ts'
import { ChargePicker } from './ChargePicker.tsx'

type SubjectRowsFieldProps = {
  kind: 'subjectCharges' | 'verdicts'
  fieldKey: string
  rows: SubjectRow[]
  subjects: { id: number; fullName: string }[]
  errors: FieldErrors
  onChange: (rows: SubjectRow[]) => void
  /** The matter's receivedOn, standing for the offence date (BLHS Điều 7). */
  offenceOn?: string | null | undefined
}

/** Per-defendant lines: the charge each is indicted for, or the verdict each received. */
export function SubjectRowsField({
  kind,
  fieldKey,
  rows: savedRows,
  subjects,
  errors,
  onChange,
  offenceOn,
}: SubjectRowsFieldProps) {
  // A subject added after the act was chosen gets a line too, not ticked.
  const rows = subjects.map(
    (s) =>
      savedRows.find((r) => r.subjectId === s.id) ?? { subjectId: s.id, include: false, charge: null, verdict: null },
  )
  const nameOf = (id: number) => subjects.find((s) => s.id === id)?.fullName ?? `#${id}`
  const update = (subjectId: number, patch: Partial<SubjectRow>) =>
    onChange(rows.map((r) => (r.subjectId === subjectId ? { ...r, ...patch } : r)))
  const listError = errors[`data.${fieldKey}`]

  if (rows.length === 0) {
    return (
      <Alert color="orange" variant="light" role="alert">
        Vụ án chưa có bị can. Thêm bị can (nút “Thêm bị can, đương sự”) trước khi ghi nhận hành vi này.
      </Alert>
    )
  }

  return (
    <Stack gap="xs" data-testid={kind === 'verdicts' ? 'verdict-rows' : 'indictment-rows'}>
      <Text size="sm" fw={500}>
        {kind === 'verdicts' ? 'Kết quả xét xử đối với từng bị cáo' : 'Tội danh truy tố đối với từng bị can'}
      </Text>
      {rows.map((row) => {
        const name = nameOf(row.subjectId)
        const rowError = errorAt(errors, `data.${fieldKey}.s${row.subjectId}`)
        return (
          <Paper key={row.subjectId} withBorder p="sm" radius="md" bg={row.include ? undefined : 'gray.0'}>
            <Stack gap="xs">
              <Checkbox
                label={name}
                checked={row.include}
                onChange={(event) => update(row.subjectId, { include: event.currentTarget.checked })}
                fw={600}
              />
              {row.include && kind === 'subjectCharges' ? (
                <ChargePicker
                  label={`Tội danh truy tố – ${name}`}
                  value={row.charge}
                  onChange={(charge) => update(row.subjectId, { charge })}
                  error={rowError}
                  required
                  offenceOn={offenceOn}
                />
              ) : null}
              {row.include && kind === 'verdicts' ? (
                <>
                  <Select
                    label={`Kết quả – ${name}`}
                    required
                    data={VERDICT_OPTIONS}
                    value={row.verdict}
                    onChange={(verdict) => update(row.subjectId, { verdict })}
                    error={row.verdict ? undefined : rowError}
                  />
                  {row.verdict === 'convicted_other_charge' ? (
                    <ChargePicker
                      label={`Tội danh bị kết án – ${name}`}
                      value={row.charge}
                      onChange={(charge) => update(row.subjectId, { charge })}
                      error={rowError}
                      required
                      offenceOn={offenceOn}
                    />
                  ) : null}
                </>
              ) : null}
            </Stack>
          </Paper>
        )
      })}
      {listError ? (
        <Text size="xs" c="red.7" role="alert">
          {listError}
        </Text>
      ) : null}
    </Stack>
  )
}
