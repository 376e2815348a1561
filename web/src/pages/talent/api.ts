// Typed calls of the talent endpoints (routes_talent.inc; answers as api_talent.c gives them).
import { get, post, type List } from '../../api';

export type PeriodStatus = 'proposed' | 'reviewed' | 'set';

export interface Period {
  code: string;
  year: number;
  as_of: string;
  status: PeriodStatus;
  policy_version: number;
  computed_at: string;
  set_at: string | null;
  set_by: string | null;
  employees: number;
  eligible: number;
}

/** One row of a period's trail: a stage change, or a calibration (kind "calibration"). */
export interface TrailRow {
  stage: string;
  actor: string;
  reason: string;
  at: string;
  kind?: string;
  nip?: string;
  from?: number;
  to?: number;
}

export interface PeriodDetail extends Period {
  boxes: Record<string, number>;
  not_placed: number;
  pool: number;
  pool_min_box: number;
  trail: TrailRow[];
}

export interface Placement {
  nip: string;
  name: string;
  position: string | null;
  jenjang: string | null;
  unit: string | null;
  unit_code: string | null;
  performance: number | null;
  potential: number | null;
  box: number | null;
  eligible: boolean;
  reasons: string[];
}

export interface PlacementQuery {
  box?: number;
  pool?: boolean;
  eligible?: boolean;
  unit?: string;
  jenjang?: string;
  limit?: number;
  offset?: number;
}

export interface BoxInfo {
  box: number;
  label_id: string;
  label_en: string;
  followup_id: string;
  followup_en: string;
}

export interface PlacementDetail {
  period: string;
  period_status: PeriodStatus;
  nip: string;
  name: string;
  box: BoxInfo | null;
  computed_box: BoxInfo | null;
  eligible: boolean;
  in_pool: boolean;
  reasons: string[];
  calibration: Array<{ from: number; to: number; stage: string; actor: string; reason: string; at: string }>;
}

export interface Candidate {
  rank: number;
  nip: string;
  name: string;
  unit: string | null;
  jpm: number;
  category: string;
  category_label: string;
  covered: number;
  items: number;
  below: number;
  meets_requirements: boolean;
  unmet: string[];
  box: number | null;
  readiness: string;
  emergency: boolean;
}

export interface Slate {
  position: string;
  position_name: string;
  unit: string | null;
  candidates: Candidate[];
}

export interface Succession {
  period: string;
  as_of: string;
  talent_policy_version: number;
  slates: Slate[];
}

export interface ForecastRow {
  position: string;
  position_name: string;
  unit: string | null;
  jenjang: string | null;
  key: boolean;
  nip: string;
  name: string;
  event: string;
  date: string;
  months: number;
  bucket: string;
  slate?: Candidate[];
}

export interface Forecast {
  as_of: string;
  months: number;
  policy_version: number;
  counts: Record<string, number>;
  positions: ForecastRow[];
}

export interface PlaceWho {
  nip: string;
  name: string;
  jpm: number;
}

export interface PlacePosition {
  code: string;
  position: string;
  assigned: PlaceWho | null;
  runner_up: (PlaceWho & { total_loss: number; leaves_a_vacancy: boolean }) | null;
  holders: PlaceWho[];
}

export interface PlaceResult {
  vacancies: number;
  candidates: number;
  filled: number;
  total_jpm: number;
  mean_jpm: number;
  current: { holders_with_results: number; total_jpm: number };
  positions: PlacePosition[];
}

export interface PlaceQuery {
  unit?: string;
  positions?: string;
  period?: string;
  lock?: string;
  forbid?: string;
}

const enc = encodeURIComponent;

export const periods = (signal?: AbortSignal) => get<List<Period>>('/talent/periods', { limit: 100 }, signal);
export const period = (code: string, signal?: AbortSignal) => get<PeriodDetail>(`/talent/periods/${enc(code)}`, undefined, signal);
export const placements = (code: string, q: PlacementQuery, signal?: AbortSignal) =>
  get<List<Placement>>(`/talent/periods/${enc(code)}/placements`, { ...q }, signal);
export const placement = (code: string, nip: string, signal?: AbortSignal) =>
  get<PlacementDetail>(`/talent/periods/${enc(code)}/placements/${enc(nip)}`, undefined, signal);
export const calibrate = (code: string, nip: string, box: number, reason: string) =>
  post<PlacementDetail>(`/talent/periods/${enc(code)}/placements/${enc(nip)}/calibrate`, { box, reason });
export const reviewPeriod = (code: string, reason: string) => post<PeriodDetail>(`/talent/periods/${enc(code)}/review`, { reason });
export const setPeriod = (code: string, reason: string) => post<PeriodDetail>(`/talent/periods/${enc(code)}/set`, { reason });
export const succession = (code: string, signal?: AbortSignal) => get<Succession>(`/talent/periods/${enc(code)}/succession`, undefined, signal);
export const forecast = (q: { months: number; key?: boolean; period?: string; as_of?: string }, signal?: AbortSignal) =>
  get<Forecast>('/talent/forecast', { months: q.months, key: q.key ? 'true' : undefined, period: q.period, as_of: q.as_of }, signal);
export const place = (q: PlaceQuery, signal?: AbortSignal) => get<PlaceResult>('/talent/place', { ...q }, signal);
