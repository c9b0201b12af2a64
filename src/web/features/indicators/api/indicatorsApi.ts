import type { TrendView } from '@/domain/indicators/periods.ts'
import {
  Closures,
  IndicatorCatalogue,
  IndicatorRecords,
  IndicatorValues,
  PeriodList,
  ProsecutorFigures,
  Ranking,
  TargetHistory,
  Trend,
} from '@/shared/api/indicators.ts'
import type { TargetInput } from '@/shared/api/indicators.ts'
import { buildQuery, request } from '@/web/shared/api/httpClient.ts'
import type { RecordPart } from '../utils/indicatorsSearch.ts'

const BASE = '/api/indicators'

export type ValuesParams = { unitId: number; period: string; asOf?: string | undefined }
export type FigureParams = { unitId: number; code: string; period: string; asOf?: string | undefined }
export type TrendParams = { unitId: number; code: string; year: number; asOf?: string | undefined; view: TrendView }
export type RecordsParams = FigureParams & {
  part: RecordPart
  page?: number | undefined
  pageSize?: number | undefined
  prosecutorId?: number | undefined
}

export const fetchCatalogue = () => request(`${BASE}/catalogue`, { schema: IndicatorCatalogue })

export const fetchPeriods = (year: number) => request(`${BASE}/periods`, { query: { year }, schema: PeriodList })

export const fetchValues = (params: ValuesParams) =>
  request(`${BASE}/values`, { query: params, schema: IndicatorValues })

export const fetchTrend = (params: TrendParams) => request(`${BASE}/trend`, { query: params, schema: Trend })

export const fetchRanking = (params: FigureParams) => request(`${BASE}/ranking`, { query: params, schema: Ranking })

export const fetchProsecutorFigures = (params: FigureParams) =>
  request(`${BASE}/prosecutors`, { query: params, schema: ProsecutorFigures })

export const fetchRecords = (params: RecordsParams) =>
  request(`${BASE}/records`, { query: params, schema: IndicatorRecords })

/** The same list as a workbook (every page); the server audits the export. */
export const recordsWorkbookUrl = (params: RecordsParams): string =>
  `${BASE}/records.xlsx${buildQuery({ ...params, page: undefined, pageSize: undefined })}`

export const fetchClosures = (params: { unitId: number; period: string }) =>
  request(`${BASE}/closures`, { query: params, schema: Closures })

export const closePeriod = (body: { unitId: number; period: string }) =>
  request(`${BASE}/closures`, { method: 'POST', body, schema: Closures })

export const fetchTargetHistory = (code: string) =>
  request(`${BASE}/targets/${encodeURIComponent(code)}`, { schema: TargetHistory })

export const saveTarget = (code: string, body: TargetInput) =>
  request(`${BASE}/targets/${encodeURIComponent(code)}`, { method: 'POST', body, schema: TargetHistory })

/** Rút chỉ tiêu: the target stays on the record, withdrawn, and is no longer in force. */
export const withdrawTarget = (id: number, reason: string) =>
  request(`${BASE}/targets/${id}/withdraw`, { method: 'POST', body: { reason }, schema: TargetHistory })
