import { keepPreviousData, useQuery } from '@tanstack/react-query'
import {
  fetchCatalogue,
  fetchClosures,
  fetchPeriods,
  fetchProsecutorFigures,
  fetchRanking,
  fetchRecords,
  fetchTargetHistory,
  fetchTrend,
  fetchValues,
} from '../api/indicatorsApi.ts'
import type { FigureParams, RecordsParams, TrendParams, ValuesParams } from '../api/indicatorsApi.ts'

// Every key starts with 'indicators' so that closing a period or setting a target refreshes them all.

/** The indicators with their formulas and current targets; changes only when an administrator sets a target. */
export const useCatalogue = () =>
  useQuery({ queryKey: ['indicators', 'catalogue'], queryFn: fetchCatalogue, staleTime: 5 * 60_000 })

export const usePeriods = (year: number) =>
  useQuery({
    queryKey: ['indicators', 'periods', year],
    queryFn: () => fetchPeriods(year),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  })

export const useIndicatorValues = (params: ValuesParams) =>
  useQuery({
    queryKey: ['indicators', 'values', params],
    queryFn: () => fetchValues(params),
    placeholderData: keepPreviousData,
  })

export const useTrend = (params: TrendParams | null) =>
  useQuery({
    queryKey: ['indicators', 'trend', params],
    queryFn: () => fetchTrend(params!),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  })

export const useRanking = (params: FigureParams | null) =>
  useQuery({
    queryKey: ['indicators', 'ranking', params],
    queryFn: () => fetchRanking(params!),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  })

export const useProsecutorFigures = (params: FigureParams | null) =>
  useQuery({
    queryKey: ['indicators', 'prosecutors', params],
    queryFn: () => fetchProsecutorFigures(params!),
    enabled: params !== null,
  })

export const useIndicatorRecords = (params: RecordsParams | null) =>
  useQuery({
    queryKey: ['indicators', 'records', params],
    queryFn: () => fetchRecords(params!),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  })

export const useClosures = (params: { unitId: number; period: string }) =>
  useQuery({ queryKey: ['indicators', 'closures', params], queryFn: () => fetchClosures(params) })

export const useTargetHistory = (code: string, enabled: boolean) =>
  useQuery({ queryKey: ['indicators', 'targets', code], queryFn: () => fetchTargetHistory(code), enabled })
