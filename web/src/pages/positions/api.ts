// Positions (jabatan) and their SKJ: GET /api/v1/positions, /positions/:code, POST /positions/:code/skj.
import { get, post, type List } from '../../api';

export type SkjKind = 'manajerial' | 'sosial_kultural' | 'teknis';

export interface SkjItem {
  competency_code: string;
  competency_name: string | null;
  kind: SkjKind;
  level: number;
}

export interface Position {
  code: string;
  name: string;
  jenis: 'struktural' | 'fungsional' | 'pelaksana';
  jenjang: string;
  eselon: string | null;
  unit_code: string;
  unit_name: string;
  kelas_jabatan: number | null;
  is_key: boolean;
  golongan_min: string | null;
  golongan_max: string | null;
  education_min: string | null;
  education_field: string | null;
  training_req: string | null;
  experience_years: number | null;
  skj: SkjItem[];
}

export interface PositionQuery {
  unit?: string;
  jenjang?: string;
  jenis?: string;
  key?: 'true' | 'false';
  limit: number;
  offset: number;
}

export const positions = (q: PositionQuery, signal?: AbortSignal) =>
  get<List<Position>>('/positions', q as unknown as Record<string, string | number>, signal);
export const position = (code: string, signal?: AbortSignal) =>
  get<Position>(`/positions/${encodeURIComponent(code)}`, undefined, signal);
export const saveSkj = (code: string, items: Array<{ competency_code: string; level: number }>) =>
  post<Position & { changed: boolean }>(`/positions/${encodeURIComponent(code)}/skj`, { items });
