import { BackgroundJobs } from '@/shared/api/jobs.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export const fetchBackgroundJobs = (limit: number) => request('/api/jobs', { query: { limit }, schema: BackgroundJobs })
