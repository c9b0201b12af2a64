import { List, Text } from '@mantine/core'
import { formatViDate, isIsoDate } from '@/domain/calendar/index.ts'
import { isEventType } from '@/domain/register/event-types.ts'
import { formatNumber } from '@/shared/format.ts'
import { isCharge } from '../utils/charges.ts'
import { fieldsOf, VERDICT_OPTIONS } from '../utils/eventFields.ts'
import { termText } from '../utils/eventValues.ts'
import type { FieldSpec } from '../utils/eventFields.ts'
import { ChargeText } from './ChargeText.tsx'
import type { ReactNode } from 'react'

type EventDetailsProps = {
  type: string
  data: Record<string, unknown>
  subjectName: (id: number) => string
  /** The matter's receivedOn, standing for the offence date: charges read in the text applied to it (BLHS Điều 7). */
  offenceOn?: string | undefined
}

const yesNo = (value: unknown) => (value === true ? 'Có' : value === false ? 'Không' : '—')

const verdictLabel = (value: unknown) => VERDICT_OPTIONS.find((o) => o.value === value)?.label ?? String(value)

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  )
}

type ListItem = { subjectId?: unknown; charge?: unknown; verdict?: unknown }

function FieldValue({
  field,
  data,
  subjectName,
  offenceOn,
}: {
  field: FieldSpec
  data: Record<string, unknown>
  subjectName: (id: number) => string
  offenceOn?: string | undefined
}) {
  switch (field.kind) {
    case 'text':
      return data[field.key] ? <Line label={field.label}>{String(data[field.key])}</Line> : null
    case 'choice': {
      const value = data[field.key]
      return value ? (
        <Line label={field.label}>{field.options.find((o) => o.value === value)?.label ?? String(value)}</Line>
      ) : null
    }
    case 'switch':
      return <Line label={field.label}>{yesNo(data[field.key])}</Line>
    case 'charge': {
      const charge = data[field.key]
      return isCharge(charge) ? (
        <Line label={field.label}>
          <ChargeText charge={charge} offenceOn={offenceOn} />
        </Line>
      ) : null
    }
    case 'extension': {
      const term = termText(data)
      return term ? <Line label="Gia hạn thêm">{term}</Line> : null
    }
    case 'term': {
      const term = termText(data[field.key])
      return term ? <Line label={field.label}>{term}</Line> : null
    }
    case 'date':
      return isIsoDate(data[field.key]) ? (
        <Line label={field.label}>{formatViDate(data[field.key] as string)}</Line>
      ) : null
    case 'multiChoice': {
      const values = Array.isArray(data[field.key]) ? (data[field.key] as unknown[]) : []
      return values.length > 0 ? (
        <Line label={field.label}>
          {values.map((v) => field.options.find((o) => o.value === v)?.label ?? String(v)).join('; ')}
        </Line>
      ) : null
    }
    case 'money':
      return typeof data[field.key] === 'number' ? (
        <Line label={field.label}>{`${formatNumber(data[field.key] as number)} đồng`}</Line>
      ) : null
    case 'subjectCharges':
    case 'verdicts': {
      const items = Array.isArray(data[field.key]) ? (data[field.key] as ListItem[]) : []
      return (
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            <List.Item key={index}>
              <b>{typeof item.subjectId === 'number' ? subjectName(item.subjectId) : '—'}</b>
              {field.kind === 'verdicts' ? `: ${verdictLabel(item.verdict)}` : ''}
              {isCharge(item.charge) ? (
                <>
                  {field.kind === 'verdicts' ? ' – ' : ': '}
                  <ChargeText charge={item.charge} offenceOn={offenceOn} />
                </>
              ) : null}
            </List.Item>
          ))}
        </List>
      )
    }
  }
}

/** An act's own details in words: charges named from the Penal Code, yes/no for flags, amounts in đồng. */
export function EventDetails({ type, data, subjectName, offenceOn }: EventDetailsProps) {
  if (!isEventType(type)) {
    const entries = Object.entries(data)
    return entries.length === 0 ? null : (
      <>
        {entries.map(([key, value]) => (
          <Line key={key} label={key}>
            {typeof value === 'boolean'
              ? yesNo(value)
              : typeof value === 'object'
                ? JSON.stringify(value)
                : String(value)}
          </Line>
        ))}
      </>
    )
  }
  return (
    <>
      {fieldsOf(type).map((field) => (
        <FieldValue
          key={field.kind === 'extension' ? 'extension' : field.key}
          field={field}
          data={data}
          subjectName={subjectName}
          offenceOn={offenceOn}
        />
      ))}
    </>
  )
}
