import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconUserPlus } from '@tabler/icons-react'
import type { MatterDetail } from '@/shared/api/register.ts'
import { categoryLabel, GENDER_LABELS, MEASURE_COLORS, MEASURE_LABELS, SUBJECT_TERMS } from '../utils/labels.ts'
import { AddSubjectModal } from './AddSubjectModal.tsx'

/** The suspects, defendants or parties of a matter, with the charge and preventive measure in force. */
export function SubjectsCard({ matter, canRecord }: { matter: MatterDetail; canRecord: boolean }) {
  const [adding, addModal] = useDisclosure(false)
  const terms = SUBJECT_TERMS[matter.kind]
  const criminal = matter.kind === 'criminal_case'

  return (
    <Paper withBorder radius="md" p="md" data-testid="matter-subjects">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {terms.many}
        </Title>
        {canRecord ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserPlus size={16} />}
            onClick={addModal.open}
            data-testid="add-subject"
          >
            Thêm {terms.one}
          </Button>
        ) : null}
      </Group>
      {matter.subjects.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có {terms.one} nào.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={criminal ? 380 : 240}>
          <Table aria-label={terms.many} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Họ tên</Table.Th>
                {criminal ? (
                  <>
                    <Table.Th scope="col">Tội danh</Table.Th>
                    <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                      Biện pháp
                    </Table.Th>
                  </>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matter.subjects.map((s) => {
                const measure = MEASURE_LABELS[s.measure]
                const details = [
                  s.birthYear ? `sinh năm ${s.birthYear}` : null,
                  s.gender ? GENDER_LABELS[s.gender] : null,
                ]
                  .filter(Boolean)
                  .join(', ')
                return (
                  <Table.Tr key={s.id} data-testid="subject-row">
                    <Table.Td miw={110}>
                      <Text size="sm" fw={600}>
                        {s.fullName}
                      </Text>
                      {details ? (
                        <Text size="xs" c="dimmed">
                          {details}
                        </Text>
                      ) : null}
                    </Table.Td>
                    {criminal ? (
                      <>
                        <Table.Td>
                          <Text size="sm">{s.charge ?? '—'}</Text>
                          {s.category ? (
                            <Text size="xs" c="dimmed">
                              {categoryLabel(s.category)}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 96 }}>
                          {measure ? (
                            <Badge
                              color={MEASURE_COLORS[s.measure]}
                              variant="light"
                              data-testid="subject-measure"
                              styles={{ label: { overflow: 'visible' } }}
                            >
                              {measure}
                            </Badge>
                          ) : (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          )}
                        </Table.Td>
                      </>
                    ) : null}
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canRecord ? (
        <AddSubjectModal matterId={matter.id} kind={matter.kind} opened={adding} onClose={addModal.close} />
      ) : null}
    </Paper>
  )
}
