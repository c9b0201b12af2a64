import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { ThrottleReport } from '@/shared/api/auth.ts'
import { formatDateTime } from '@/shared/format.ts'
import { request } from '@/web/shared/api/httpClient.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'

const fetchThrottles = () => request('/api/auth/throttles', { schema: ThrottleReport })

/**
 * For administrators: sign-ins being slowed down after wrong passwords (per username and
 * address), and addresses whose failures are refused. Nobody is locked out: the same
 * username signs in from another address, and a right password from a busy address.
 */
export function BlockedSignInsSection() {
  const { data, error, refetch } = useQuery({
    queryKey: ['auth-throttles'],
    queryFn: fetchThrottles,
    refetchInterval: 30_000,
  })
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (!data) return null

  return (
    <Paper withBorder radius="md" p="md" mt="lg" data-testid="blocked-sign-ins">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Đăng nhập sai nhiều lần
        </Title>
        <Text size="sm" c="dimmed">
          Sau {data.rules.freeFailures} lần sai, mỗi lần thử tiếp theo của cùng tên đăng nhập từ cùng địa chỉ phải chờ
          lâu gấp đôi (tối đa {Math.round(data.rules.maxDelaySeconds / 60)} phút). Địa chỉ có hơn{' '}
          {data.rules.addressMaxFailures} lần sai trong {data.rules.addressWindowMinutes} phút bị từ chối các lần sai
          tiếp theo; mật khẩu đúng vẫn đăng nhập được.
        </Text>
        {data.items.length === 0 && data.addresses.length === 0 ? (
          <Text size="sm">Không có lượt đăng nhập nào đang bị làm chậm.</Text>
        ) : null}
        {data.items.length > 0 ? (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tên đăng nhập</Table.Th>
                <Table.Th>Địa chỉ</Table.Th>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th>Số lần sai</Table.Th>
                <Table.Th>Lần sai gần nhất</Table.Th>
                <Table.Th>Chờ đến</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item) => (
                <Table.Tr key={`${item.scope}-${item.username}-${item.ip}`}>
                  <Table.Td>
                    {item.username ?? '—'}{' '}
                    {item.scope === 'password' ? (
                      <Badge size="xs" color="grape">
                        đổi mật khẩu
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{item.ip ?? '—'}</Table.Td>
                  <Table.Td>{item.unitName ?? 'Không có tài khoản'}</Table.Td>
                  <Table.Td>{item.failures}</Table.Td>
                  <Table.Td>{formatDateTime(item.lastFailureAt)}</Table.Td>
                  <Table.Td>
                    {item.blockedNow && item.blockedUntil ? (
                      <Badge color="red">{formatDateTime(item.blockedUntil)}</Badge>
                    ) : (
                      'Đã hết thời gian chờ'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {data.addresses.length > 0 ? (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Địa chỉ bị từ chối lần sai</Table.Th>
                <Table.Th>Số lần sai ({data.rules.addressWindowMinutes} phút qua)</Table.Th>
                <Table.Th>Gần nhất</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.addresses.map((a) => (
                <Table.Tr key={a.ip}>
                  <Table.Td>{a.ip}</Table.Td>
                  <Table.Td>{a.failures}</Table.Td>
                  <Table.Td>{formatDateTime(a.lastAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Paper>
  )
}
