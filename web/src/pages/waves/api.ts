// Typed calls for the waves section (waves, participants, assessors, evidence, results):
// routes in src/api/routes_assessment.inc, answers as the wave services write them.
import { get, post, request, type List, type ResultItem, type PlanNote } from '../../api';

export type WaveStatus = string; // planned | running | integrated | final ... (as the server says)
export type Purpose = 'pemetaan' | 'seleksi' | 'promosi';
export const PURPOSES: Purpose[] = ['pemetaan', 'seleksi', 'promosi'];
export type Provider = 'internal' | 'lembaga';
export const PROVIDERS: Provider[] = ['internal', 'lembaga'];

export interface WaveRow {
  code: string;
  name: string;
  purpose: string;
  start: string;
  end: string;
  status: WaveStatus;
  participants: number;
}

export interface WaveMethod {
  code: string;
  kind: string;
  name: string;
  targets: number;
  /** what the method observes (the wave's matrix): the evidence form's rows */
  target_codes?: Array<{ code: string; kind: string }>;
}

export interface Wave {
  code: string;
  name: string;
  purpose: string;
  provider: string;
  provider_name: string;
  start: string;
  end: string;
  venue: string;
  status: WaveStatus;
  policy_version: number;
  finalised_at: string;
  participants: Record<string, number>;
  methods: WaveMethod[];
  assignments: number;
  assessors: number;
  conflicts_overridden: number;
  accreditation_lapsing: number;
  published_at: string | null;
  published_by: string | null;
  matrix_warnings: Array<{ target: string; methods: number; required: number }>;
}

export interface ParticipantAssessor {
  code: string;
  conflict?: string;
}
export interface Participant {
  nip: string;
  name: string;
  unit: string;
  target: string;
  status: string;
  reason: string;
  group: number;
  slot: string;
  assessors: ParticipantAssessor[];
}
export interface IntegrationRow {
  target: string;
  kind: string;
  proposed: string;
  assessors: number;
  justification: string;
  second_opinion: string;
  decided: string | null;
}
export interface ParticipantDetail extends Participant {
  integration: IntegrationRow[];
}

export interface WaveAssessor {
  code: string;
  name: string;
  kind: string;
  organisation: string;
  accreditation: string;
  accredited_until: string;
  participants: number;
  conflicts_overridden: number;
  accreditation_lapses: boolean;
}
export interface Assessor {
  code: string;
  name: string;
  kind: string;
  nip: string;
  organisation: string;
  accreditation: string;
  accredited_until: string;
}

export interface ResultRow {
  nip: string;
  name: string;
  unit: string;
  wave: string;
  position: string;
  position_name: string;
  jenjang: string;
  policy_version: number;
  revision: number;
  sum_lki: number;
  sum_lkj: number;
  jpm: number;
  jpm_capped: number;
  score: number;
  category: string;
  potential: number | null;
  potential_category: string | null;
  finalised_at: string;
  valid_until: string;
  expired: boolean;
  rank: number;
}
export interface Correction {
  code: string;
  old_level: number;
  new_level: number;
  reason: string;
  actor: string;
  at: string;
  revision: number;
}
export interface ResultDetail extends Omit<ResultRow, 'rank'> {
  wave_name: string;
  purpose: string;
  detail?: {
    scale?: string;
    category_label_id?: string;
    category_label_en?: string;
    potential_label_id?: string;
    potential_label_en?: string;
    strengths?: PlanNote[];
    development?: PlanNote[];
  };
  items: ResultItem[];
  potential_aspects?: Array<{ code: string; kind: string; name: string; level: number; standard: number }>;
  corrections: Correction[];
}

const w = (code: string) => `/waves/${encodeURIComponent(code)}`;
const wp = (code: string, nip: string) => `${w(code)}/participants/${encodeURIComponent(nip)}`;

export const waves = (q: { limit?: number; offset?: number }, signal?: AbortSignal) => get<List<WaveRow>>('/waves', q, signal);
export const wave = (code: string, signal?: AbortSignal) => get<Wave>(w(code), undefined, signal);

export interface WaveSpec {
  code: string;
  name: string;
  purpose: string;
  provider: string;
  provider_name?: string;
  start_date: string;
  end_date: string;
  venue?: string;
}
export const createWave = (s: WaveSpec) => post<Wave>('/waves', s);

export const participants = (code: string, q: { limit: number; offset: number; status?: string }, signal?: AbortSignal) =>
  get<List<Participant>>(`${w(code)}/participants`, q, signal);
export const participant = (code: string, nip: string, signal?: AbortSignal) =>
  get<ParticipantDetail>(wp(code, nip), undefined, signal);
export const waveAssessors = (code: string, signal?: AbortSignal) =>
  get<List<WaveAssessor>>(`${w(code)}/assessors`, { limit: 500 }, signal);
export const assessors = (signal?: AbortSignal) => get<List<Assessor>>('/assessors', { limit: 500 }, signal);

export const setMethod = (code: string, body: { method: string; kind: string; name?: string; targets: string[] }) =>
  post<Wave>(`${w(code)}/methods`, body);
export const addTargets = (code: string, positions: string[]) =>
  post<{ wave: string; positions: number }>(`${w(code)}/targets`, { positions });

export interface EnrolFilter {
  nips?: string[];
  unit?: string;
  jenjang?: string;
  eselon?: string;
  golongan_min?: string;
  golongan_max?: string;
  tenure_min_years?: number;
  limit?: number;
  target_position?: string;
}
export const enrol = (code: string, f: EnrolFilter) =>
  post<{ enrolled: number; skipped_no_position: number }>(`${w(code)}/enrol`, f);
export const group = (code: string, size: number, per_day: number) =>
  post<{ groups: number }>(`${w(code)}/groups`, { size, per_day });
export const attendAll = (code: string) => post<{ changed: number }>(`${w(code)}/attendance`, {});
export const setStatus = (code: string, nip: string, status: string, reason?: string) =>
  post<{ nip: string; status: string; changed: number }>(`${wp(code, nip)}/status`, { status, reason: reason || undefined });
export const assign = (code: string, nip: string, assessor: string, justification?: string) =>
  post<{ nip: string; assessor: string }>(`${wp(code, nip)}/assessors`, { assessor, justification: justification || undefined });
export const assignAuto = (code: string, per: number) => post<{ assignments: number }>(`${w(code)}/assignments/auto`, { per });

export interface EvidenceRow {
  nip: string;
  assessor?: string;
  method: string;
  target: string;
  level?: number;
  raw_score?: number;
  indicator?: string;
  note?: string;
}
export const evidence = (code: string, rows: EvidenceRow[]) =>
  post<{ rows: number; assessed: number }>(`${w(code)}/evidence`, { rows });

export const integrate = (code: string, accept: boolean) =>
  post<{ proposed: number; integrated: number }>(`${w(code)}/integrate`, { accept });
export const decide = (code: string, nip: string, target: string, level: number, justification?: string) =>
  post<{ nip: string; target: string; level: number }>(`${wp(code, nip)}/decisions`, {
    target,
    level,
    justification: justification || undefined,
  });
export const secondOpinion = (code: string, nip: string, target: string, reason: string) =>
  post<{ second_opinion: string }>(`${wp(code, nip)}/second-opinions`, { target, reason });
export const finalise = (code: string) => post<{ finalised: number }>(`${w(code)}/finalise`, {});
export const publish = (code: string) => post<{ wave: string; published_at: string; published_by: string }>(`${w(code)}/publish`, {});

export const results = (code: string, q: { limit: number; offset: number }, signal?: AbortSignal) =>
  get<List<ResultRow>>(`${w(code)}/results`, q, signal);
export const result = (code: string, nip: string, signal?: AbortSignal) =>
  get<ResultDetail>(`${w(code)}/results/${encodeURIComponent(nip)}`, undefined, signal);
export const correct = (code: string, nip: string, target: string, level: number, reason: string) =>
  request<ResultDetail>('POST', `${w(code)}/results/${encodeURIComponent(nip)}/correct`, { body: { target, level, reason } });
