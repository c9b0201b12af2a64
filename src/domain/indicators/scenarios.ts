// Test support: small hand-built registers, one per group of indicators, each matter telling one
// story that an indicator must count or leave out (carried-over reports, transfers, suspensions,
// voided and late-recorded acts, the 30/11 boundary, verdicts per defendant, overdue custody,
// amounts). evaluate.test.ts states the figures worked out by hand for the statistics year 2026
// (01/12/2025 – 30/11/2026); the SQL engine's tests can load the same registers and expect the
// same items. Not used by production code.
import type { ReferenceRegister } from './evaluate.ts'
import { act, deadline, matter, trial, vnTime } from './testing.ts'

const NGUON_TIN = 'BLTTHS_147_NGUON_TIN'
const NGUON_TIN_PHUC_TAP = 'BLTTHS_147_NGUON_TIN_PHUC_TAP'
const TRUY_TO = 'BLTTHS_240_TRUY_TO'
const TAM_GIU = 'BLTTHS_118_TAM_GIU'
const TAM_GIAM = 'BLTTHS_173_TAM_GIAM'
const DIEU_TRA = 'BLTTHS_172_DIEU_TRA'

/** Crime reports (tố giác, tin báo, kiến nghị khởi tố), BLTTHS Arts. 144–150. */
export const CRIME_REPORTS: ReferenceRegister = {
  matters: [
    // 101 received before the period, undecided at its start, not instituted in the period.
    matter(101, 'crime_report', [act('report_received', '2025-10-10'), act('report_not_instituted', '2026-02-15')]),
    // 102 received before the period, still undecided; its deadline passed on 10/12/2025.
    matter(102, 'crime_report', [act('report_received', '2025-11-20')], {
      deadlines: [deadline(NGUON_TIN, '2025-12-10', 'missed')],
    }),
    // 103 received and decided (case instituted) before the period.
    matter(103, 'crime_report', [act('report_received', '2025-09-01'), act('report_case_instituted', '2025-10-01')]),
    // 104 received in the period, transferred to another body in the period.
    matter(104, 'crime_report', [act('report_received', '2026-01-05'), act('report_transferred', '2026-01-20')]),
    // 105 received and transferred before the period.
    matter(105, 'crime_report', [act('report_received', '2025-09-01'), act('report_transferred', '2025-09-15')]),
    // 106 suspended before the period and still suspended.
    matter(106, 'crime_report', [act('report_received', '2025-06-01'), act('report_suspended', '2025-08-01')]),
    // 107 suspended before the period, resumed in it, then sent for administrative handling.
    matter(107, 'crime_report', [
      act('report_received', '2025-07-01'),
      act('report_suspended', '2025-08-01'),
      act('report_resumed', '2026-03-01'),
      act('report_administrative', '2026-04-10'),
    ]),
    // 108 received in the period and suspended in it (a decision under Art. 147(3)).
    matter(108, 'crime_report', [act('report_received', '2026-02-01'), act('report_suspended', '2026-03-01')]),
    // 109 decided on the last day, 30/11/2026, recorded at 23:59 Vietnam time.
    matter(109, 'crime_report', [
      act('report_received', '2026-10-01'),
      act('report_not_instituted', '2026-11-30', { recordedAt: vnTime('2026-11-30', '23:59') }),
    ]),
    // 110 decided on 01/12/2026 (the next statistics year), after its deadline of 19/11/2026.
    matter(110, 'crime_report', [act('report_received', '2026-10-20'), act('report_not_instituted', '2026-12-01')], {
      deadlines: [deadline(NGUON_TIN, '2026-11-19', 'missed', { closedOn: '2026-12-01' })],
    }),
    // 111 its decision was voided the next day (entered by mistake); deadline passed on 21/5/2026.
    matter(
      111,
      'crime_report',
      [
        act('report_received', '2026-05-01'),
        act('report_case_instituted', '2026-06-01', { voidedAt: vnTime('2026-06-02') }),
      ],
      {
        deadlines: [deadline(NGUON_TIN, '2026-05-21', 'missed')],
      },
    ),
    // 112 its decision was voided only on 10/12/2026, after the statistics year was reported.
    matter(112, 'crime_report', [
      act('report_received', '2026-06-01'),
      act('report_not_instituted', '2026-07-01', { voidedAt: vnTime('2026-12-10') }),
    ]),
    // 113 decided on 25/11/2026 but the decision was recorded only on 03/12/2026.
    matter(113, 'crime_report', [
      act('report_received', '2026-08-01'),
      act('report_not_instituted', '2026-11-25', { recordedAt: vnTime('2026-12-03') }),
    ]),
    // 115 a report_received act on a criminal case (not a crime report): outside every report indicator.
    matter(115, 'criminal_case', [act('report_received', '2026-03-01')]),
    // 116 received on 01/12/2026: the next statistics year.
    matter(116, 'crime_report', [act('report_received', '2026-12-01')]),
    // 117 its receipt was voided.
    matter(117, 'crime_report', [act('report_received', '2026-04-01', { voidedAt: vnTime('2026-04-02') })]),
    // 118 complex report (2-month limit) still open after its last day, 01/11/2026.
    matter(118, 'crime_report', [act('report_received', '2026-09-01'), act('report_complex', '2026-09-10')], {
      deadlines: [deadline(NGUON_TIN_PHUC_TAP, '2026-11-01', 'open')],
    }),
    // 119 undecided; a deadline of another rule has passed (not a report deadline).
    matter(119, 'crime_report', [act('report_received', '2026-10-15')], {
      deadlines: [deadline(DIEU_TRA, '2026-11-01', 'missed')],
    }),
    // 120 suspended, resumed, suspended again, all before the period.
    matter(120, 'crime_report', [
      act('report_received', '2025-05-01'),
      act('report_suspended', '2025-06-01'),
      act('report_resumed', '2025-07-01'),
      act('report_suspended', '2025-08-01'),
    ]),
    // 121 received on 30/11/2026, recorded exactly at midnight ending that day.
    matter(121, 'crime_report', [act('report_received', '2026-11-30', { recordedAt: vnTime('2026-12-01', '00:00') })]),
    // 122 received on the first day of the period, 01/12/2025, undecided.
    matter(122, 'crime_report', [act('report_received', '2025-12-01')]),
    // 123 received and decided before the period, on its eve 30/11/2025.
    matter(123, 'crime_report', [act('report_received', '2025-11-01'), act('report_not_instituted', '2025-11-30')]),
  ],
}

const charges = (...subjectIds: number[]) => ({
  charges: subjectIds.map((subjectId) => ({ subjectId, charge: { article: 173, clause: 1 } })),
})

/** Prosecution: indictments against the Art. 240 limit, files returned for supplementary investigation. */
export const PROSECUTION: ReferenceRegister = {
  matters: [
    // 201 indicted in the period within the limit.
    matter(
      201,
      'criminal_case',
      [act('file_received', '2026-02-01'), act('indicted', '2026-03-10', { data: charges(1) })],
      {
        subjectIds: [1],
        deadlines: [deadline(TRUY_TO, '2026-03-20', 'met', { closedOn: '2026-03-10', closedBy: 'indicted' })],
      },
    ),
    // 202 indicted in the period, late.
    matter(
      202,
      'criminal_case',
      [act('file_received', '2026-03-01'), act('indicted', '2026-04-10', { data: charges(2) })],
      {
        subjectIds: [2],
        deadlines: [deadline(TRUY_TO, '2026-04-01', 'missed', { closedOn: '2026-04-10', closedBy: 'indicted' })],
      },
    ),
    // 203 indicted before the period.
    matter(
      203,
      'criminal_case',
      [act('file_received', '2025-11-01'), act('indicted', '2025-11-20', { data: charges(3) })],
      {
        subjectIds: [3],
        deadlines: [deadline(TRUY_TO, '2025-11-30', 'met', { closedOn: '2025-11-20', closedBy: 'indicted' })],
      },
    ),
    // 204 its indictment was voided (the stored deadline still shows it met).
    matter(
      204,
      'criminal_case',
      [
        act('file_received', '2026-04-20'),
        act('indicted', '2026-05-05', { data: charges(4), voidedAt: vnTime('2026-05-06') }),
      ],
      {
        subjectIds: [4],
        deadlines: [deadline(TRUY_TO, '2026-05-20', 'met', { closedOn: '2026-05-05', closedBy: 'indicted' })],
      },
    ),
    // 205 file returned in time (first clock met), received again, indicted late (second clock missed).
    matter(
      205,
      'criminal_case',
      [
        act('file_received', '2026-01-05'),
        act('returned_for_investigation', '2026-02-01'),
        act('file_received', '2026-05-01'),
        act('indicted', '2026-06-20', { data: charges(5) }),
      ],
      {
        subjectIds: [5],
        deadlines: [
          deadline(TRUY_TO, '2026-02-05', 'met', { closedOn: '2026-02-01', closedBy: 'returned_for_investigation' }),
          deadline(TRUY_TO, '2026-05-31', 'missed', { closedOn: '2026-06-20', closedBy: 'indicted' }),
        ],
      },
    ),
    // 206 a civil matter carrying an indictment act: not a criminal case.
    matter(206, 'civil', [act('indicted', '2026-03-10', { data: charges(6) })], {
      deadlines: [deadline(TRUY_TO, '2026-03-20', 'met', { closedOn: '2026-03-10' })],
    }),
    // 207 indicted on 30/11/2026, recorded at 23:59, within the limit.
    matter(
      207,
      'criminal_case',
      [
        act('file_received', '2026-11-10'),
        act('indicted', '2026-11-30', { data: charges(7), recordedAt: vnTime('2026-11-30', '23:59') }),
      ],
      {
        subjectIds: [7],
        deadlines: [deadline(TRUY_TO, '2026-12-02', 'met', { closedOn: '2026-11-30', closedBy: 'indicted' })],
      },
    ),
    // 208 file returned twice in the period.
    matter(208, 'criminal_case', [
      act('file_received', '2026-01-02'),
      act('returned_for_investigation', '2026-01-10'),
      act('file_received', '2026-04-01'),
      act('returned_for_investigation', '2026-05-10'),
    ]),
    // 209 file returned on 30/11/2025, the eve of the period.
    matter(209, 'criminal_case', [act('returned_for_investigation', '2025-11-30')]),
    // 210 file returned on 01/12/2026, the next statistics year.
    matter(210, 'criminal_case', [act('returned_for_investigation', '2026-12-01')]),
    // 212 returned by the court in the period (Điều 280): the court's act, not the procuracy's.
    matter(212, 'criminal_case', [act('court_returned_for_investigation', '2026-03-15')]),
    // 213 returned by the procuracy (Điều 245) and later by the trial panel (Điều 280), both in the period.
    matter(213, 'criminal_case', [
      act('returned_for_investigation', '2026-01-20'),
      act('court_returned_for_investigation', '2026-06-10', { data: { decidedBy: 'hoi_dong_xet_xu' } }),
    ]),
    // 211 indicted in the period, no Art. 240 deadline derived (e.g. the file's receipt was never recorded).
    matter(211, 'criminal_case', [act('indicted', '2026-07-01', { data: charges(11) })], { subjectIds: [11] }),
  ],
}

/** First-instance trials: verdicts per defendant. */
export const TRIALS: ReferenceRegister = {
  matters: [
    // 301 three defendants: convicted as charged, convicted of another charge, acquitted.
    matter(
      301,
      'criminal_case',
      [
        trial('2026-04-01', [
          [11, 'convicted_as_charged'],
          [12, 'convicted_other_charge'],
          [13, 'acquitted'],
        ]),
      ],
      { subjectIds: [11, 12, 13] },
    ),
    // 302 two defendants, only one tried so far (convicted as charged).
    matter(302, 'criminal_case', [trial('2026-06-01', [[21, 'convicted_as_charged']])], { subjectIds: [21, 22] }),
    // 303 tried before the period.
    matter(303, 'criminal_case', [trial('2025-11-15', [[31, 'convicted_as_charged']])], { subjectIds: [31] }),
    // 304 its trial record was voided.
    matter(
      304,
      'criminal_case',
      [
        trial(
          '2026-07-01',
          [
            [41, 'convicted_as_charged'],
            [42, 'acquitted'],
          ],
          { voidedAt: vnTime('2026-07-03') },
        ),
      ],
      { subjectIds: [41, 42] },
    ),
    // 305 acquittal on 01/8/2026 recorded only on 05/12/2026.
    matter(305, 'criminal_case', [trial('2026-08-01', [[51, 'acquitted']], { recordedAt: vnTime('2026-12-05') })], {
      subjectIds: [51],
    }),
    // 306 two defendants acquitted.
    matter(
      306,
      'criminal_case',
      [
        trial('2026-09-09', [
          [61, 'acquitted'],
          [62, 'acquitted'],
        ]),
      ],
      { subjectIds: [61, 62] },
    ),
    // 307 tried twice in the period (the first judgment annulled), convicted as charged both times.
    matter(
      307,
      'criminal_case',
      [trial('2026-02-01', [[71, 'convicted_as_charged']]), trial('2026-10-01', [[71, 'convicted_as_charged']])],
      { subjectIds: [71] },
    ),
  ],
}

const outcome = (day: string, value: string, options: { voidedAt?: string } = {}) =>
  act('protest_outcome', day, { data: { outcome: value }, ...options })

/** Outcomes of the procuracy's protests (kháng nghị), criminal, civil and administrative. */
export const PROTESTS: ReferenceRegister = {
  matters: [
    matter(401, 'criminal_case', [
      act('appeal_protest', '2026-01-10', { data: { level: 'same' } }),
      outcome('2026-03-01', 'accepted'),
    ]),
    matter(402, 'criminal_case', [outcome('2026-03-02', 'partly_accepted')]),
    matter(403, 'criminal_case', [outcome('2026-03-03', 'rejected')]),
    // 404 protest withdrawn: the court did not rule on it.
    matter(404, 'criminal_case', [outcome('2026-03-04', 'withdrawn')]),
    matter(405, 'civil', [outcome('2026-03-05', 'accepted')]),
    matter(406, 'administrative', [outcome('2026-03-06', 'rejected')]),
    // 407 two protests in the period: one rejected, one accepted.
    matter(407, 'criminal_case', [outcome('2026-03-07', 'rejected'), outcome('2026-08-07', 'accepted')]),
    // 408 ruled on before the period.
    matter(408, 'criminal_case', [outcome('2025-11-01', 'accepted')]),
    // 409 its outcome record was voided.
    matter(409, 'criminal_case', [outcome('2026-05-05', 'accepted', { voidedAt: vnTime('2026-05-06') })]),
  ],
}

const recommendationOutcome = (day: string, accepted: unknown) =>
  act('recommendation_outcome', day, { data: { accepted } })

/** Outcomes of the procuracy's recommendations (kiến nghị). */
export const RECOMMENDATIONS: ReferenceRegister = {
  matters: [
    matter(501, 'criminal_case', [
      act('recommendation_issued', '2026-01-15'),
      recommendationOutcome('2026-02-15', true),
    ]),
    matter(502, 'civil', [recommendationOutcome('2026-03-15', false)]),
    matter(503, 'administrative', [recommendationOutcome('2026-04-15', true)]),
    // 504 a crime report: not a kind this indicator counts.
    matter(504, 'crime_report', [recommendationOutcome('2026-05-15', true)]),
    // 505 "accepted" stored as the text 'true' (bad data): not equal to true.
    matter(505, 'criminal_case', [recommendationOutcome('2026-06-15', 'true')]),
    // 506 two recommendations: one rejected, one accepted.
    matter(506, 'civil', [recommendationOutcome('2026-07-15', false), recommendationOutcome('2026-08-15', true)]),
  ],
}

const hearing = (day: string, online: unknown, modelHearing: unknown) =>
  act('hearing_attended', day, { data: { online, modelHearing } })

/** Hearings: model hearings (rút kinh nghiệm) and online hearings (Nghị quyết 33/2021/QH15). */
export const HEARINGS: ReferenceRegister = {
  matters: [
    // 601 a criminal first-instance trial held as a model hearing, in court.
    matter(601, 'criminal_case', [trial('2026-03-03', [[1, 'convicted_as_charged']], { modelHearing: true })], {
      subjectIds: [1],
    }),
    // 602 two model hearings of one civil matter.
    matter(602, 'civil', [hearing('2026-04-04', false, true), hearing('2026-06-06', false, true)]),
    // 603 an administrative appeal heard online, not a model hearing.
    matter(603, 'administrative', [
      act('appellate_trial', '2026-05-05', { data: { online: true, modelHearing: false } }),
    ]),
    // 604 online model appeal hearing on 01/12/2026, the next statistics year.
    matter(604, 'criminal_case', [
      act('appellate_trial', '2026-12-01', { data: { online: true, modelHearing: true } }),
    ]),
    // 605 an online model hearing of a civil matter.
    matter(605, 'civil', [hearing('2026-07-07', true, true)]),
    // 606 a crime report carrying a hearing act: not a kind these indicators count.
    matter(606, 'crime_report', [hearing('2026-08-08', true, true)]),
    // 607 flags stored as the text 'true' and the number 1 (bad data): not equal to true.
    matter(607, 'civil', [hearing('2026-09-09', 'true', 1)]),
  ],
}

const toRecover = (day: string, amountVnd: number, options: { voidedAt?: string } = {}) =>
  act('assets_to_recover', day, { data: { amountVnd }, ...options })
const recovered = (day: string, amountVnd: number, options: { voidedAt?: string } = {}) =>
  act('assets_recovered', day, { data: { amountVnd }, ...options })

/** Asset recovery (thu hồi tiền, tài sản bị chiếm đoạt, thất thoát). */
export const ASSETS: ReferenceRegister = {
  matters: [
    // 701 1 tỷ to recover (set before the period); 200 triệu recovered before, 300 triệu in the period.
    matter(701, 'criminal_case', [
      toRecover('2025-10-01', 1_000_000_000),
      recovered('2025-11-01', 200_000_000),
      recovered('2026-03-01', 300_000_000),
    ]),
    // 702 400 triệu to recover set in the period, nothing recovered.
    matter(702, 'criminal_case', [toRecover('2026-02-01', 400_000_000)]),
    // 703 everything recovered before the period, nothing happening in it.
    matter(703, 'criminal_case', [toRecover('2025-05-01', 600_000_000), recovered('2025-06-01', 600_000_000)]),
    // 704 100 triệu to recover set in the period, recovered on 02/12/2026 (after it).
    matter(704, 'criminal_case', [toRecover('2026-04-01', 100_000_000), recovered('2026-12-02', 100_000_000)]),
    // 705 recovered without an amount to recover on record.
    matter(705, 'criminal_case', [recovered('2026-05-01', 50_000_000)]),
    // 706 250 triệu to recover; a recovery of 250 triệu voided, one of 150 triệu standing.
    matter(706, 'criminal_case', [
      toRecover('2026-06-01', 250_000_000),
      recovered('2026-07-01', 250_000_000, { voidedAt: vnTime('2026-07-05') }),
      recovered('2026-07-02', 150_000_000),
    ]),
  ],
}

/** Custody (Art. 118) and detention (Art. 173) deadlines per person. */
export const CUSTODY: ReferenceRegister = {
  matters: [
    // 801 three suspects: custody released a day late; detention ended in time; detention still open past 29/11/2026.
    matter(801, 'criminal_case', [act('case_instituted', '2026-01-30')], {
      subjectIds: [81, 82, 83],
      deadlines: [
        deadline(TAM_GIU, '2026-02-03', 'missed', { subjectId: 81, closedOn: '2026-02-04' }),
        deadline(TAM_GIAM, '2026-05-10', 'met', { subjectId: 82, closedOn: '2026-05-09' }),
        deadline(TAM_GIAM, '2026-11-29', 'open', { subjectId: 83 }),
      ],
    }),
    // 802 one suspect: a detention missed before the period, another ending after it.
    matter(802, 'criminal_case', [act('case_instituted', '2025-09-01')], {
      subjectIds: [91],
      deadlines: [
        deadline(TAM_GIAM, '2025-11-25', 'missed', { subjectId: 91 }),
        deadline(TAM_GIAM, '2026-12-02', 'open', { subjectId: 91 }),
      ],
    }),
    // 803 detention whose last day is 30/11/2026, still open.
    matter(803, 'criminal_case', [act('case_instituted', '2026-06-01')], {
      subjectIds: [92],
      deadlines: [deadline(TAM_GIAM, '2026-11-30', 'open', { subjectId: 92 })],
    }),
    // 804 suspect 93 overran both custody and detention; a detention deadline stored without a person.
    matter(804, 'criminal_case', [act('case_instituted', '2026-02-20')], {
      subjectIds: [93, 94],
      deadlines: [
        deadline(TAM_GIU, '2026-03-03', 'missed', { subjectId: 93, closedOn: '2026-03-05' }),
        deadline(TAM_GIAM, '2026-06-01', 'missed', { subjectId: 93 }),
        deadline(TAM_GIAM, '2026-06-01', 'missed'),
      ],
    }),
    // 805 an investigation deadline missed (not custody).
    matter(805, 'criminal_case', [act('case_instituted', '2026-01-01')], {
      subjectIds: [95],
      deadlines: [deadline(DIEU_TRA, '2026-05-01', 'missed', { subjectId: 95 })],
    }),
  ],
}
