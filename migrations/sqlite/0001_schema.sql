-- merit schema, SQLite dialect. Keep in step with pg/0001_schema.sql:
-- same tables, columns and constraints; only types and identity syntax differ.
-- Reference tables (ref_*) hold national law and are shared by all tenants;
-- every other table belongs to a tenant and carries tenant_id.

CREATE TABLE tenant (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE ref_golongan (
    code TEXT PRIMARY KEY,          -- 'III/a'
    rank_order INTEGER NOT NULL UNIQUE,
    pangkat TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE ref_pppk_grade (
    code TEXT PRIMARY KEY,          -- 'IX'
    rank_order INTEGER NOT NULL UNIQUE,
    min_education TEXT,
    source TEXT NOT NULL
);
CREATE TABLE ref_education (
    code TEXT PRIMARY KEY,          -- 'S1'
    rank_order INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL,
    entry_golongan TEXT REFERENCES ref_golongan(code),
    source TEXT NOT NULL
);
CREATE TABLE ref_jenjang (
    code TEXT PRIMARY KEY,          -- 'jpt_pratama', 'ahli_muda', ...
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('jpt', 'administrasi', 'fungsional_keahlian', 'fungsional_keterampilan')),
    rank_order INTEGER NOT NULL,
    standard_level INTEGER NOT NULL CHECK (standard_level BETWEEN 1 AND 5),
    golongan_min TEXT REFERENCES ref_golongan(code),
    golongan_max TEXT REFERENCES ref_golongan(code),
    source TEXT NOT NULL
);
CREATE TABLE ref_eselon (
    code TEXT PRIMARY KEY,          -- 'II.a'
    rank_order INTEGER NOT NULL UNIQUE,
    golongan_min TEXT NOT NULL REFERENCES ref_golongan(code),
    golongan_max TEXT NOT NULL REFERENCES ref_golongan(code),
    jenjang_code TEXT NOT NULL REFERENCES ref_jenjang(code),
    source TEXT NOT NULL
);
CREATE TABLE ref_competency (
    code TEXT PRIMARY KEY,          -- 'M.01' ... 'M.08', 'SK.01'
    kind TEXT NOT NULL CHECK (kind IN ('manajerial', 'sosial_kultural')),
    rank_order INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    siasn_field TEXT NOT NULL,
    definition TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE ref_competency_level (
    competency_code TEXT NOT NULL REFERENCES ref_competency(code),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    description TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (competency_code, level)
);
CREATE TABLE ref_skp_predikat (
    rating_hasil TEXT NOT NULL CHECK (rating_hasil IN ('di_atas', 'sesuai', 'di_bawah')),
    rating_perilaku TEXT NOT NULL CHECK (rating_perilaku IN ('di_atas', 'sesuai', 'di_bawah')),
    predikat TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (rating_hasil, rating_perilaku)
);
CREATE TABLE ref_potential_aspect (
    code TEXT PRIMARY KEY,
    rank_order INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    siasn_field TEXT,
    source TEXT NOT NULL
);
CREATE TABLE ref_sanction_level (
    code TEXT PRIMARY KEY,          -- 'ringan', 'sedang', 'berat'
    rank_order INTEGER NOT NULL UNIQUE,
    name TEXT NOT NULL,
    source TEXT NOT NULL
);

CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('opd', 'bidang', 'seksi', 'subbagian', 'uptd', 'lainnya')),
    parent_id INTEGER REFERENCES unit(id),
    UNIQUE (tenant_id, code)
);
CREATE INDEX unit_parent ON unit(parent_id);

CREATE TABLE position (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    jenis TEXT NOT NULL CHECK (jenis IN ('struktural', 'fungsional', 'pelaksana')),
    jenjang_code TEXT NOT NULL REFERENCES ref_jenjang(code),
    eselon_code TEXT REFERENCES ref_eselon(code),
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    kelas_jabatan INTEGER CHECK (kelas_jabatan BETWEEN 1 AND 17),
    is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    golongan_min TEXT REFERENCES ref_golongan(code),
    golongan_max TEXT REFERENCES ref_golongan(code),
    education_min TEXT REFERENCES ref_education(code),
    education_field TEXT,
    training_req TEXT,
    experience_years INTEGER CHECK (experience_years BETWEEN 0 AND 40),
    UNIQUE (tenant_id, code)
);
CREATE INDEX position_unit ON position(unit_id);

-- technical competencies are defined per agency (PermenPAN-RB 38/2017: by the instansi teknis)
CREATE TABLE tech_competency (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);

-- one row per competency in a position's SKJ (standar kompetensi jabatan)
CREATE TABLE skj_item (
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    position_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
    competency_code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('manajerial', 'sosial_kultural', 'teknis')),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (position_id, competency_code)
);

CREATE TABLE employee (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    nip TEXT NOT NULL,
    name TEXT NOT NULL,
    gelar_depan TEXT,
    gelar_belakang TEXT,
    birth_date TEXT NOT NULL,
    tmt_cpns TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    status TEXT NOT NULL CHECK (status IN ('PNS', 'PPPK')),
    golongan TEXT NOT NULL,
    tmt_golongan TEXT,
    position_id INTEGER REFERENCES position(id),
    tmt_jabatan TEXT,
    tmt_pelantikan TEXT,
    unit_id INTEGER REFERENCES unit(id),
    education TEXT REFERENCES ref_education(code),
    education_field TEXT,
    UNIQUE (tenant_id, nip)
);
-- No secondary indexes on employee(unit_id) / employee(position_id) here, unlike pg/: an
-- agency's SQLite holds 5-15k employees, where a scan is under a millisecond, while keeping
-- those indexes in step made a 1M-row import 70% slower (docs/decisions.md, bench/RESULTS.md).

CREATE TABLE hist_position (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    position_code TEXT,
    position_name TEXT NOT NULL,
    jenjang_code TEXT REFERENCES ref_jenjang(code),
    eselon_code TEXT REFERENCES ref_eselon(code),
    unit_name TEXT,
    tmt_start TEXT NOT NULL,
    tmt_end TEXT,
    tmt_pelantikan TEXT,
    sk_number TEXT,
    UNIQUE (employee_id, tmt_start, position_name)
);
CREATE TABLE hist_golongan (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    golongan TEXT NOT NULL,
    tmt TEXT NOT NULL,
    sk_number TEXT,
    UNIQUE (employee_id, golongan)
);
CREATE TABLE hist_skp (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2199),
    rating_hasil TEXT NOT NULL CHECK (rating_hasil IN ('di_atas', 'sesuai', 'di_bawah')),
    rating_perilaku TEXT NOT NULL CHECK (rating_perilaku IN ('di_atas', 'sesuai', 'di_bawah')),
    predikat TEXT NOT NULL,
    UNIQUE (employee_id, year)
);
CREATE TABLE hist_sanction (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    level TEXT NOT NULL REFERENCES ref_sanction_level(code),
    kind TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    sk_number TEXT,
    reason TEXT,
    UNIQUE (employee_id, start_date, kind)
);
CREATE TABLE hist_training (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('struktural', 'manajerial', 'teknis', 'fungsional', 'lainnya')),
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    hours INTEGER CHECK (hours BETWEEN 0 AND 10000),
    organizer TEXT,
    UNIQUE (employee_id, start_date, name)
);
CREATE INDEX hist_position_emp ON hist_position(employee_id);
CREATE INDEX hist_golongan_emp ON hist_golongan(employee_id);
CREATE INDEX hist_sanction_emp ON hist_sanction(employee_id);
CREATE INDEX hist_training_emp ON hist_training(employee_id);
