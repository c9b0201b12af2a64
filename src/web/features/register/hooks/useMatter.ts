import { useQuery } from '@tanstack/react-query'
import { matterQueryOptions } from './matterQuery.ts'

export const useMatter = (id: number) =>
  useQuery({ ...matterQueryOptions(id), enabled: Number.isInteger(id) && id > 0 })
