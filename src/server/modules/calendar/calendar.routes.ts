import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorBody, Id } from '@/shared/api/common.ts'
import {
  OfficialCalendarChange,
  OfficialCalendarDeletion,
  CalendarYear,
  CalendarYearConfirmationChange,
  CalendarYearParams,
  ConfirmCalendarYear,
  CreateOfficialCalendarEntry,
  OfficialCalendarList,
  OfficialCalendarQuery,
  UpdateOfficialCalendarEntry,
  GrantNationalCalendar,
  NationalCalendarManagers,
} from '@/shared/api/calendar.ts'
import { contextOf, type ServerDeps } from '../../http/context.ts'
import {
  createOfficialEntry,
  deleteOfficialEntry,
  getCalendarYear,
  listOfficialEntries,
  updateOfficialEntry,
} from './calendar.service.ts'
import { confirmCalendarYear, withdrawCalendarYearConfirmation } from './calendar-year.service.ts'
import {
  grantNationalCalendar,
  listNationalCalendarManagers,
  revokeNationalCalendar,
} from './national-managers.service.ts'

const tags = ['Lịch làm việc']
const Params = z.object({ id: Id })
const errors = { 400: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody }

export const calendarRoutes =
  ({ db, jobs }: ServerDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // '/calendar/official' is a static path, so it wins over '/calendar/:year'.
    app.get(
      '/calendar/official',
      {
        schema: {
          tags,
          summary: 'Lịch chính thức do quản trị viên nhập (ngày nghỉ, ngày làm bù)',
          querystring: OfficialCalendarQuery,
          response: { 200: OfficialCalendarList, 400: ApiErrorBody, 403: ApiErrorBody },
        },
      },
      async (request) => ({ items: await listOfficialEntries(db, contextOf(request), request.query) }),
    )

    app.post(
      '/calendar/official',
      {
        schema: {
          tags,
          summary: 'Thêm một ngày vào lịch chính thức',
          body: CreateOfficialCalendarEntry,
          response: { 201: OfficialCalendarChange, ...errors },
        },
      },
      async (request, reply) => {
        reply.status(201)
        return createOfficialEntry(db, jobs, contextOf(request), request.body)
      },
    )

    app.patch(
      '/calendar/official/:id',
      {
        schema: {
          tags,
          summary: 'Sửa một ngày của lịch chính thức',
          params: Params,
          body: UpdateOfficialCalendarEntry,
          response: { 200: OfficialCalendarChange, ...errors },
        },
      },
      async (request) => updateOfficialEntry(db, jobs, contextOf(request), request.params.id, request.body),
    )

    app.delete(
      '/calendar/official/:id',
      {
        schema: {
          tags,
          summary: 'Xóa một ngày khỏi lịch chính thức',
          params: Params,
          response: { 200: OfficialCalendarDeletion, ...errors },
        },
      },
      async (request) => deleteOfficialEntry(db, jobs, contextOf(request), request.params.id),
    )

    // The administrators granted the national calendar; listing, granting and revoking are the supreme level's.
    app.get(
      '/calendar/national-managers',
      {
        schema: {
          tags,
          summary: 'Quản trị viên được giao quyền sửa lịch làm việc chính thức toàn quốc',
          response: { 200: NationalCalendarManagers, 403: ApiErrorBody },
        },
      },
      async (request) => listNationalCalendarManagers(db, contextOf(request)),
    )

    app.post(
      '/calendar/national-managers',
      {
        schema: {
          tags,
          summary: 'Giao quyền sửa lịch làm việc chính thức toàn quốc cho một quản trị viên (VKSND tối cao)',
          body: GrantNationalCalendar,
          response: { 200: NationalCalendarManagers, ...errors },
        },
      },
      async (request) => grantNationalCalendar(db, contextOf(request), request.body.personId),
    )

    app.delete(
      '/calendar/national-managers/:personId',
      {
        schema: {
          tags,
          summary: 'Thu hồi quyền sửa lịch làm việc chính thức toàn quốc (VKSND tối cao)',
          params: z.object({ personId: Id }),
          response: { 200: NationalCalendarManagers, ...errors },
        },
      },
      async (request) => revokeNationalCalendar(db, contextOf(request), request.params.personId),
    )

    app.post(
      '/calendar/:year/confirmation',
      {
        schema: {
          tags,
          summary:
            'Xác nhận lịch nghỉ của năm theo thông báo (thay các ngày nghỉ bù tính theo Điều 111 khoản 3 BLLĐ 2019)',
          params: CalendarYearParams,
          body: ConfirmCalendarYear,
          response: { 200: CalendarYearConfirmationChange, ...errors },
        },
      },
      async (request) => confirmCalendarYear(db, jobs, contextOf(request), request.params.year, request.body),
    )

    app.delete(
      '/calendar/:year/confirmation',
      {
        schema: {
          tags,
          summary: 'Bỏ xác nhận lịch nghỉ của năm: trở lại các ngày nghỉ bù tính theo quy định',
          params: CalendarYearParams,
          response: { 200: CalendarYearConfirmationChange, ...errors },
        },
      },
      async (request) => withdrawCalendarYearConfirmation(db, jobs, contextOf(request), request.params.year),
    )

    app.get(
      '/calendar/:year',
      {
        schema: {
          tags,
          summary: 'Ngày nghỉ trong năm (cuối tuần, lễ, Tết, lịch chính thức) và ngày làm bù',
          params: CalendarYearParams,
          response: { 200: CalendarYear, 400: ApiErrorBody, 422: ApiErrorBody },
        },
      },
      async (request) => {
        contextOf(request) // any signed-in user: the calendar is the same for everyone
        return getCalendarYear(db, request.params.year)
      },
    )
  }
