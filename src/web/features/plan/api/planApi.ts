import { z } from 'zod'
import { Ok } from '@/shared/api/common.ts'
import {
  CascadeReport,
  LowerPlansReport,
  MyTasks,
  PlanDetail,
  PlanSummary,
  type AppraiseInput,
  type AmendInput,
  type CreatePlan,
  type ProgressInput,
  type TargetInput,
  type TaskInput,
  type TransitionInput,
} from '@/shared/api/plan.ts'
import { request } from '@/web/shared/api/httpClient.ts'

const BASE = '/api/plans'
const Created = z.object({ id: z.number().int() })
const PlanList = z.object({ items: z.array(PlanSummary) })

export const fetchPlans = (params: { unitId?: number | undefined; year?: number | undefined }) =>
  request(BASE, { query: params, schema: PlanList })

export const createPlan = (body: CreatePlan) => request(BASE, { method: 'POST', body, schema: PlanSummary })

export const fetchPlan = (id: number) => request(`${BASE}/${id}`, { schema: PlanDetail })

export const transitionPlan = (id: number, body: TransitionInput) =>
  request(`${BASE}/${id}/transition`, { method: 'POST', body, schema: PlanDetail })

export const amendPlan = (id: number, body: z.infer<typeof AmendInput>) =>
  request(`${BASE}/${id}/amend`, { method: 'POST', body, schema: PlanSummary })

export const fetchCascade = (id: number) => request(`${BASE}/${id}/cascade`, { schema: CascadeReport })

export const fetchLowerPlans = (id: number) => request(`${BASE}/${id}/lower`, { schema: LowerPlansReport })

export const fetchMyTasks = () => request(`${BASE}/my-tasks`, { schema: MyTasks })

export const saveTarget = (planId: number, targetId: number | null, body: TargetInput) =>
  targetId === null
    ? request(`${BASE}/${planId}/targets`, { method: 'POST', body, schema: Created })
    : request(`${BASE}/${planId}/targets/${targetId}`, { method: 'PUT', body, schema: Created })

export const deleteTarget = (planId: number, targetId: number) =>
  request(`${BASE}/${planId}/targets/${targetId}`, { method: 'DELETE', schema: Ok })

export const saveTask = (planId: number, taskId: number | null, body: TaskInput) =>
  taskId === null
    ? request(`${BASE}/${planId}/tasks`, { method: 'POST', body, schema: Created })
    : request(`${BASE}/${planId}/tasks/${taskId}`, { method: 'PUT', body, schema: Created })

export const deleteTask = (planId: number, taskId: number) =>
  request(`${BASE}/${planId}/tasks/${taskId}`, { method: 'DELETE', schema: Ok })

export const assignTask = (planId: number, taskId: number, assigneeId: number) =>
  request(`${BASE}/${planId}/tasks/${taskId}/assign`, { method: 'POST', body: { assigneeId }, schema: Ok })

export const reportProgress = (planId: number, taskId: number, body: ProgressInput) =>
  request(`${BASE}/${planId}/tasks/${taskId}/progress`, { method: 'POST', body, schema: Created })

export const appraiseTask = (planId: number, taskId: number, body: z.infer<typeof AppraiseInput>) =>
  request(`${BASE}/${planId}/tasks/${taskId}/appraise`, { method: 'POST', body, schema: Ok })

export const planDocumentUrl = (id: number, kind: 'docx' | 'pdf') => `${BASE}/${id}/document.${kind}`
export const planWorkbookUrl = (id: number) => `${BASE}/${id}/export.xlsx`
