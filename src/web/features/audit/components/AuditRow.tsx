import { useMemo, useState } from 'react'
import { Badge, Button, Table, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import type { AuditEntry } from '@/shared/api/audit.ts'
import { formatDateTime } from '@/shared/format.ts'
import { AUDIT_ACTION_LABELS } from '@/shared/vocabulary.ts'
import type { AuditAction } from '@/shared/vocabulary.ts'
import { auditChanges } from '../utils/auditChanges.ts'
import type { AuditReaders } from '../utils/auditVocabulary.ts'
import { AuditDiff } from './AuditDiff.tsx'
import { AuditEntityCell } from './AuditEntityCell.tsx'

const ACTION_COLORS: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  read: 'gray',
  export: 'grape',
  login: 'teal',
  logout: 'gray',
  login_failed: 'orange',
  login_throttled: 'red',
  password_change: 'yellow',
  withdraw: 'red',
}

export const AUDIT_COLUMNS = 7

/** One audit entry, with its before/after changes behind a toggle. */
export function AuditRow({ entry, readers }: { entry: AuditEntry; readers: AuditReaders }) {
  const [open, setOpen] = useState(false)
  const changes = useMemo(() => auditChanges(entry.entity, entry.before, entry.after, readers), [entry, readers])
  const hasData = entry.before !== null || entry.after !== null
  const diffId = `audit-diff-${entry.id}`
  const summary = changes.map((c) => c.label).join(', ')

  return (
    <>
      <Table.Tr data-testid="audit-row" data-entry-id={entry.id}>
        <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(entry.at)}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {entry.actorName ?? (
            <Text span c="dimmed" size="sm">
              Hệ thống
            </Text>
          )}
        </Table.Td>
        <Table.Td>{entry.unitName ?? '—'}</Table.Td>
        <Table.Td style={{ minWidth: 150 }}>
          <Badge variant="light" color={ACTION_COLORS[entry.action]}>
            {AUDIT_ACTION_LABELS[entry.action]}
          </Badge>
        </Table.Td>
        <Table.Td style={{ minWidth: 200 }}>
          <AuditEntityCell entry={entry} readers={readers} />
        </Table.Td>
        <Table.Td>
          <Text size="sm" lineClamp={2} title={summary}>
            {summary || '—'}
          </Text>
        </Table.Td>
        <Table.Td>
          {hasData ? (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              aria-expanded={open}
              aria-controls={open ? diffId : undefined}
              onClick={() => setOpen((v) => !v)}
            >
              {open ? 'Ẩn' : 'Xem thay đổi'}
            </Button>
          ) : null}
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr data-testid="audit-row-detail">
          <Table.Td colSpan={AUDIT_COLUMNS} bg="gray.0" p="md">
            <AuditDiff changes={changes} id={diffId} />
            {entry.ip || entry.requestId ? (
              <Text size="xs" c="dimmed" mt="xs">
                {entry.ip ? `Địa chỉ IP: ${entry.ip}` : ''}
                {entry.ip && entry.requestId ? ' · ' : ''}
                {entry.requestId ? `Mã yêu cầu: ${entry.requestId}` : ''}
              </Text>
            ) : null}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  )
}
