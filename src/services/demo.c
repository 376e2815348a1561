/*
 * demo.c - the synthetic kabupaten (see demo.h).
 *
 * Shape: OPD templates (a fixed list of dinas, badan, sekretariat, RSUD and
 * kecamatan) are repeated as often as the employee count needs, one OPD per
 * about 185 ASN. Each OPD gets its structural posts (kepala, sekretaris,
 * kepala bidang/bagian, kepala seksi/subbagian), functional posts per
 * functional family and level, and pelaksana posts; structural posts get one
 * holder each (a few stay vacant), the rest of the OPD's staff is spread over
 * the functional and pelaksana posts.
 *
 * Determinism: every OPD and every employee draws from its own PRNG stream
 * (seed, OPD index, employee index), so nothing depends on how much was drawn
 * before. The only order-dependent step is the NIP sequence number, which is
 * found by trying 001, 002, ... against the database in insertion order:
 * that order is fixed, so the result is too, and no set of NIPs has to be
 * kept in memory.
 */
#include "services/demo.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/nip.h"
#include "domain/skp.h"
#include "services/demo_names.h"
#include "services/policy.h"
#include "store/tenant.h"

#define N_(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- reference codes ------------------------------------------------------------------- */

enum {
    G_Ia,
    G_Ib,
    G_Ic,
    G_Id,
    G_IIa,
    G_IIb,
    G_IIc,
    G_IId,
    G_IIIa,
    G_IIIb,
    G_IIIc,
    G_IIId,
    G_IVa,
    G_IVb,
    G_IVc,
    G_IVd,
    G_IVe
};
static const char *const golongan_code[] = {"I/a",  "I/b",  "I/c",   "I/d",   "II/a",  "II/b",
                                            "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
                                            "IV/a", "IV/b", "IV/c",  "IV/d",  "IV/e"};
static const char *const pppk_grade[] = {"I", "II", "III", "IV",   "V",   "VI", "VII", "VIII", "IX",
                                         "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};

enum { E_SD, E_SMP, E_SMA, E_D1, E_D2, E_D3, E_D4, E_S1, E_S2, E_S3 };
static const char *const edu_code[] = {"SD", "SMP", "SMA", "D1", "D2",
                                       "D3", "D4",  "S1",  "S2", "S3"};
/* PP 99/2000 jo. 12/2002 entry golongan, and PPPK grade (1-based) by education
 * (REGULATIONS 5.2, 5.5) */
static const int edu_entry[] = {G_Ia,  G_Ic,   G_IIa,  G_IIa,  G_IIb,
                                G_IIc, G_IIIa, G_IIIa, G_IIIb, G_IIIc};
static const int edu_pppk[] = {1, 4, 5, 5, 6, 7, 9, 9, 10, 11};

enum {
    J_JPT,
    J_ADM,
    J_PENGAWAS,
    J_PELAKSANA,
    J_UTAMA,
    J_MADYA,
    J_MUDA,
    J_PERTAMA,
    J_PENYELIA,
    J_MAHIR,
    J_TERAMPIL,
    J_PEMULA,
    J_COUNT
};
#define JB(j) (1u << (j))

static const struct jenjang {
    const char *code;
    const char *label; /* appended to a functional family name */
    const char *abbr;  /* in position codes */
    int level;         /* standard competency level (REGULATIONS 2.4) */
    int gmin, gmax;    /* golongan range (REGULATIONS 5.3, 5.4) */
    int edu_min;
    int kelas;
    int experience;             /* years required */
    int tenure_min, tenure_max; /* years since TMT CPNS, for PNS holders */
    int weight;                 /* how often a functional level is drawn */
} jenjang[J_COUNT] = {
    [J_JPT] = {"jpt_pratama", "", "JPT", 4, G_IVb, G_IVd, E_S1, 14, 7, 20, 32, 0},
    [J_ADM] = {"administrator", "", "ADM", 3, G_IIId, G_IVb, E_S1, 12, 4, 14, 32, 0},
    [J_PENGAWAS] = {"pengawas", "", "PGW", 2, G_IIIb, G_IIId, E_D4, 9, 3, 8, 30, 0},
    [J_PELAKSANA] = {"pelaksana", "", "PL", 1, G_IIa, G_IIId, E_SMA, 5, 0, 0, 34, 0},
    [J_UTAMA] = {"ahli_utama", "Ahli Utama", "AU", 5, G_IVd, G_IVe, E_S2, 13, 10, 25, 34, 0},
    [J_MADYA] = {"ahli_madya", "Ahli Madya", "AMD", 4, G_IVa, G_IVc, E_S1, 11, 4, 14, 34, 22},
    [J_MUDA] = {"ahli_muda", "Ahli Muda", "AM", 3, G_IIIc, G_IIId, E_S1, 9, 2, 6, 28, 40},
    [J_PERTAMA] = {"ahli_pertama", "Ahli Pertama", "AP", 2, G_IIIa, G_IIIb, E_S1, 8, 0, 0, 14, 38},
    [J_PENYELIA] = {"penyelia", "Penyelia", "PY", 3, G_IIIc, G_IIId, E_D3, 8, 4, 12, 34, 25},
    [J_MAHIR] = {"mahir", "Mahir", "MH", 2, G_IIIa, G_IIIb, E_D3, 7, 2, 5, 26, 35},
    [J_TERAMPIL] = {"terampil", "Terampil", "TR", 1, G_IIc, G_IId, E_D3, 6, 0, 0, 14, 40},
    [J_PEMULA] = {"pemula", "Pemula", "PM", 1, G_IIa, G_IIb, E_SMA, 5, 0, 0, 10, 0},
};

enum { ES_IIa, ES_IIb, ES_IIIa, ES_IIIb, ES_IVa, ES_IVb, ES_NONE };
static const char *const eselon_code[] = {"II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"};

static const char *const competency_code[] = {"M.01", "M.02", "M.03", "M.04", "M.05",
                                              "M.06", "M.07", "M.08", "SK.01"};

static const struct tech {
    const char *code, *name;
} techs[] = {
    {"T.ADM.01", "Administrasi Perkantoran"},
    {"T.KEU.01", "Pengelolaan Keuangan Daerah"},
    {"T.REN.01", "Perencanaan Pembangunan Daerah"},
    {"T.SDM.01", "Manajemen Aparatur Sipil Negara"},
    {"T.TIK.01", "Pengelolaan Sistem Informasi dan Aplikasi"},
    {"T.DAT.01", "Pengelolaan Data dan Statistik"},
    {"T.KEB.01", "Analisis Kebijakan Publik"},
    {"T.HUK.01", "Penyusunan Produk Hukum Daerah"},
    {"T.PEN.01", "Pengelolaan Pembelajaran"},
    {"T.PEN.02", "Manajemen Pendidikan"},
    {"T.KES.01", "Pelayanan Medis"},
    {"T.KES.02", "Asuhan Keperawatan"},
    {"T.KES.03", "Asuhan Kebidanan"},
    {"T.KES.04", "Pelayanan Laboratorium Kesehatan"},
    {"T.KES.05", "Pelayanan Kefarmasian"},
    {"T.KES.06", "Surveilans dan Pengendalian Penyakit"},
    {"T.KES.07", "Manajemen Pelayanan Kesehatan"},
    {"T.PWS.01", "Pengawasan Intern Pemerintah"},
    {"T.PBJ.01", "Pengadaan Barang dan Jasa Pemerintah"},
    {"T.PU.01", "Perencanaan dan Pengawasan Teknis Infrastruktur"},
    {"T.TAN.01", "Penyuluhan Pertanian"},
    {"T.TRB.01", "Penegakan Peraturan Daerah dan Ketertiban Umum"},
    {"T.SOS.01", "Rehabilitasi dan Perlindungan Sosial"},
    {"T.KOM.01", "Komunikasi Publik"},
    {"T.ARS.01", "Pengelolaan Arsip Dinamis dan Statis"},
    {"T.PUS.01", "Pengelolaan Perpustakaan"},
    {"T.LH.01", "Pengendalian Dampak Lingkungan"},
    {"T.HUB.01", "Pengujian Kendaraan Bermotor"},
    {"T.KB.01", "Penyuluhan Keluarga Berencana"},
    {"T.IKN.01", "Penyuluhan Perikanan"},
    {"T.KDK.01", "Administrasi Kependudukan"},
    {"T.PEM.01", "Penyelenggaraan Pemerintahan Kecamatan"},
    {"T.PJK.01", "Pengelolaan Pendapatan Daerah"},
    {"T.BNC.01", "Penanggulangan Bencana"},
    {"T.PMD.01", "Pemberdayaan Masyarakat dan Desa"},
    {"T.INV.01", "Pelayanan Perizinan dan Penanaman Modal"},
    {"T.UMK.01", "Pemberdayaan Koperasi dan Usaha Mikro"},
    {"T.PAR.01", "Pengembangan Pariwisata dan Kepemudaan"},
    {"T.POL.01", "Pembinaan Wawasan Kebangsaan"},
    {"T.PKP.01", "Penyelenggaraan Perumahan dan Kawasan Permukiman"},
};

/* ---- fields of study and academic titles ------------------------------------------------ */

enum {
    F_UMUM,
    F_PEND,
    F_PERAWAT,
    F_BIDAN,
    F_DOKTER,
    F_DOKGI,
    F_FARMASI,
    F_KESMAS,
    F_LAB,
    F_EKONOMI,
    F_ADMIN,
    F_HUKUM,
    F_KOMPUTER,
    F_TEKNIK,
    F_PERTANIAN,
    F_PERPUS,
    F_SOSIAL,
};

/* Alternatives are '|'-separated; one is drawn per person. NULL: not awarded at that level. */
static const struct field {
    const char *name; /* education_field */
    const char *sma, *d3, *d4, *s1, *s2;
    const char *depan; /* "dr." for physicians */
    int ir;            /* older engineers/agronomists may carry "Ir." */
} fields[] = {
    [F_UMUM] = {"Ilmu Administrasi Negara|Manajemen|Ilmu Pemerintahan",
                "IPS|IPA|Administrasi Perkantoran", "A.Md.", "S.Tr.AP.", "S.AP.|S.E.|S.IP.",
                "M.Si.|M.M.", NULL, 0},
    [F_PEND] = {"Pendidikan Guru Sekolah Dasar|Pendidikan Matematika|Pendidikan Bahasa Indonesia|"
                "Pendidikan Bahasa Inggris|Pendidikan Agama Islam|Pendidikan Jasmani",
                "IPA", NULL, NULL, "S.Pd.", "M.Pd.", NULL, 0},
    [F_PERAWAT] = {"Keperawatan", "IPA", "A.Md.Kep.", "S.Tr.Kep.", "S.Kep., Ns.", "M.Kep.", NULL,
                   0},
    [F_BIDAN] = {"Kebidanan", "IPA", "A.Md.Keb.", "S.Tr.Keb.", "S.Keb., Bd.", "M.Keb.", NULL, 0},
    [F_DOKTER] = {"Pendidikan Dokter", "IPA", NULL, NULL, "", "M.Kes.|Sp.PD.|Sp.A.|Sp.OG.", "dr.",
                  0},
    [F_DOKGI] = {"Pendidikan Dokter Gigi", "IPA", NULL, NULL, "", "M.Kes.", "drg.", 0},
    [F_FARMASI] = {"Farmasi", "IPA", "A.Md.Farm.", "S.Tr.Farm.", "S.Farm., Apt.", "M.Farm.", NULL,
                   0},
    [F_KESMAS] = {"Kesehatan Masyarakat", "IPA", "A.Md.Kes.", "S.Tr.Kes.", "S.K.M.", "M.Kes.", NULL,
                  0},
    [F_LAB] = {"Teknologi Laboratorium Medis", "IPA", "A.Md.A.K.", "S.Tr.Kes.", "S.Si.", "M.Si.",
               NULL, 0},
    [F_EKONOMI] = {"Akuntansi|Manajemen|Ekonomi Pembangunan", "IPS", "A.Md.Ak.", "S.Tr.Ak.", "S.E.",
                   "M.Si.|M.M.|M.Ak.", NULL, 0},
    [F_ADMIN] = {"Ilmu Administrasi Negara|Ilmu Pemerintahan|Sosiologi", "IPS", "A.Md.", "S.Tr.AP.",
                 "S.AP.|S.IP.|S.Sos.", "M.AP.|M.Si.", NULL, 0},
    [F_HUKUM] = {"Ilmu Hukum", "IPS", "A.Md.", NULL, "S.H.", "M.H.", NULL, 0},
    [F_KOMPUTER] = {"Teknik Informatika|Sistem Informasi", "IPA", "A.Md.Kom.", "S.Tr.Kom.",
                    "S.Kom.", "M.Kom.", NULL, 0},
    [F_TEKNIK] = {"Teknik Sipil|Arsitektur", "IPA", "A.Md.T.", "S.Tr.T.", "S.T.", "M.T.", NULL, 1},
    [F_PERTANIAN] = {"Agroteknologi|Agribisnis|Penyuluhan Pertanian", "IPA", "A.Md.P.", "S.ST.",
                     "S.P.", "M.P.|M.Si.", NULL, 1},
    [F_PERPUS] = {"Ilmu Perpustakaan|Kearsipan", "IPS", "A.Md.", "S.Tr.I.P.", "S.IP.|S.Hum.",
                  "M.Hum.", NULL, 0},
    [F_SOSIAL] = {"Kesejahteraan Sosial|Ilmu Komunikasi", "IPS", "A.Md.", "S.Tr.Sos.",
                  "S.Sos.|S.I.Kom.", "M.Si.", NULL, 0},
};

/* ---- functional families and pelaksana titles -------------------------------------------- */

enum {
    FAM_GURU,
    FAM_PERAWAT,
    FAM_BIDAN,
    FAM_DOKTER,
    FAM_DOKGI,
    FAM_APOTEKER,
    FAM_LAB,
    FAM_EPID,
    FAM_AK,
    FAM_PRAKOM,
    FAM_PERENCANA,
    FAM_AUDITOR,
    FAM_P2UPD,
    FAM_SDM,
    FAM_ARSIP,
    FAM_PUSTAKA,
    FAM_PBJ,
    FAM_KEUDA,
    FAM_JALAN,
    FAM_TANI,
    FAM_POLPP,
    FAM_ADB,
    FAM_PEKSOS,
    FAM_HUMAS,
    FAM_PKB,
    FAM_PKBS,
    FAM_LH,
    FAM_PIKAN,
    FAM_COUNT
};

static const struct family {
    const char *code, *name;
    int field;
    unsigned levels; /* JB() of the levels the family has */
    int onsite;      /* works in UPTD (schools, puskesmas, BPP) where the OPD has them */
    int female;      /* permille women */
    const char *tech, *tech2;
    const char *organizer;
} families[FAM_COUNT] = {
    [FAM_GURU] = {"GURU", "Guru", F_PEND, JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 1, 660,
                  "T.PEN.01", NULL, "Balai Besar Guru dan Tenaga Kependidikan"},
    [FAM_PERAWAT] = {"PRW", "Perawat", F_PERAWAT,
                     JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PENYELIA) | JB(J_PERTAMA) | JB(J_MUDA), 1,
                     720, "T.KES.02", NULL, "Bapelkes Provinsi"},
    [FAM_BIDAN] = {"BDN", "Bidan", F_BIDAN,
                   JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PENYELIA) | JB(J_PERTAMA) | JB(J_MUDA), 1,
                   1000, "T.KES.03", NULL, "Bapelkes Provinsi"},
    [FAM_DOKTER] = {"DOK", "Dokter", F_DOKTER, JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 1, 560,
                    "T.KES.01", "T.KES.07", "Kementerian Kesehatan"},
    [FAM_DOKGI] = {"DRG", "Dokter Gigi", F_DOKGI, JB(J_PERTAMA) | JB(J_MUDA), 1, 700, "T.KES.01",
                   NULL, "Kementerian Kesehatan"},
    [FAM_APOTEKER] = {"APT", "Apoteker", F_FARMASI, JB(J_PERTAMA) | JB(J_MUDA), 1, 750, "T.KES.05",
                      NULL, "Bapelkes Provinsi"},
    [FAM_LAB] = {"PLK", "Pranata Laboratorium Kesehatan", F_LAB,
                 JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA), 1, 640, "T.KES.04", NULL,
                 "Bapelkes Provinsi"},
    [FAM_EPID] = {"EPI", "Epidemiolog Kesehatan", F_KESMAS, JB(J_PERTAMA) | JB(J_MUDA), 1, 600,
                  "T.KES.06", NULL, "Kementerian Kesehatan"},
    [FAM_AK] = {"AK", "Analis Kebijakan", F_ADMIN, JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 0, 480,
                "T.KEB.01", NULL, "Lembaga Administrasi Negara"},
    [FAM_PRAKOM] = {"PKOM", "Pranata Komputer", F_KOMPUTER,
                    JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA) | JB(J_MUDA), 0, 400, "T.TIK.01",
                    "T.DAT.01", "Badan Pusat Statistik"},
    [FAM_PERENCANA] = {"PRC", "Perencana", F_EKONOMI, JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 0,
                       480, "T.REN.01", NULL, "Kementerian PPN/Bappenas"},
    [FAM_AUDITOR] = {"AUD", "Auditor", F_EKONOMI, JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 0, 470,
                     "T.PWS.01", "T.KEU.01", "Pusdiklatwas BPKP"},
    [FAM_P2UPD] = {"P2UPD", "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah", F_ADMIN,
                   JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 0, 450, "T.PWS.01", NULL,
                   "BPSDM Kementerian Dalam Negeri"},
    [FAM_SDM] = {"ASDM", "Analis Sumber Daya Manusia Aparatur", F_ADMIN,
                 JB(J_TERAMPIL) | JB(J_PERTAMA) | JB(J_MUDA), 0, 560, "T.SDM.01", NULL,
                 "Badan Kepegawaian Negara"},
    [FAM_ARSIP] = {"ARS", "Arsiparis", F_PERPUS, JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA), 0,
                   620, "T.ARS.01", NULL, "Arsip Nasional Republik Indonesia"},
    [FAM_PUSTAKA] = {"PUS", "Pustakawan", F_PERPUS, JB(J_TERAMPIL) | JB(J_PERTAMA) | JB(J_MUDA), 0,
                     650, "T.PUS.01", NULL, "Perpustakaan Nasional Republik Indonesia"},
    [FAM_PBJ] = {"PPBJ", "Pengelola Pengadaan Barang/Jasa", F_EKONOMI, JB(J_PERTAMA) | JB(J_MUDA),
                 0, 380, "T.PBJ.01", NULL, "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"},
    [FAM_KEUDA] = {"AKPD", "Analis Keuangan Pusat dan Daerah", F_EKONOMI,
                   JB(J_PERTAMA) | JB(J_MUDA) | JB(J_MADYA), 0, 520, "T.KEU.01", NULL,
                   "Kementerian Keuangan"},
    [FAM_JALAN] = {"TJJ", "Teknik Jalan dan Jembatan", F_TEKNIK,
                   JB(J_TERAMPIL) | JB(J_PERTAMA) | JB(J_MUDA), 0, 180, "T.PU.01", NULL,
                   "Kementerian Pekerjaan Umum"},
    [FAM_TANI] = {"PPTN", "Penyuluh Pertanian", F_PERTANIAN,
                  JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA) | JB(J_MUDA), 1, 380, "T.TAN.01",
                  NULL, "Kementerian Pertanian"},
    [FAM_POLPP] = {"POLPP", "Polisi Pamong Praja", F_UMUM,
                   JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PENYELIA) | JB(J_PERTAMA), 0, 220,
                   "T.TRB.01", NULL, "BPSDM Kementerian Dalam Negeri"},
    [FAM_ADB] = {"ADBK", "Administrator Database Kependudukan", F_KOMPUTER,
                 JB(J_PERTAMA) | JB(J_MUDA), 0, 450, "T.KDK.01", "T.TIK.01",
                 "Ditjen Dukcapil Kementerian Dalam Negeri"},
    [FAM_PEKSOS] = {"PKS", "Pekerja Sosial", F_SOSIAL,
                    JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA) | JB(J_MUDA), 0, 600, "T.SOS.01",
                    NULL, "Kementerian Sosial"},
    [FAM_HUMAS] = {"HMS", "Pranata Hubungan Masyarakat", F_SOSIAL,
                   JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA) | JB(J_MUDA), 0, 560, "T.KOM.01",
                   NULL, "Kementerian Komunikasi dan Digital"},
    [FAM_PKB] = {"PKB", "Penyuluh Keluarga Berencana", F_KESMAS,
                 JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA) | JB(J_MUDA), 0, 700, "T.KB.01", NULL,
                 "BKKBN"},
    [FAM_PKBS] = {"PKB2", "Penguji Kendaraan Bermotor", F_TEKNIK,
                  JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PENYELIA) | JB(J_PERTAMA), 0, 120, "T.HUB.01",
                  NULL, "Kementerian Perhubungan"},
    [FAM_LH] = {"PDL", "Pengendali Dampak Lingkungan", F_TEKNIK, JB(J_PERTAMA) | JB(J_MUDA), 0, 460,
                "T.LH.01", NULL, "Kementerian Lingkungan Hidup"},
    [FAM_PIKAN] = {"PPKN", "Penyuluh Perikanan", F_PERTANIAN,
                   JB(J_TERAMPIL) | JB(J_MAHIR) | JB(J_PERTAMA) | JB(J_MUDA), 0, 330, "T.IKN.01",
                   NULL, "Kementerian Kelautan dan Perikanan"},
};

static const struct title {
    const char *code, *name;
    int edu, field, kelas, weight, female;
    const char *tech;
} titles[] = {
    {"PP", "Pengadministrasi Perkantoran", E_SMA, F_UMUM, 5, 30, 520, "T.ADM.01"},
    {"OLO", "Operator Layanan Operasional", E_SMA, F_UMUM, 5, 20, 360, "T.ADM.01"},
    {"PUO", "Pengelola Umum Operasional", E_D3, F_ADMIN, 6, 15, 480, "T.ADM.01"},
    {"PDI", "Pengolah Data dan Informasi", E_D3, F_KOMPUTER, 6, 10, 450, "T.DAT.01"},
    {"PKEU", "Pengelola Keuangan", E_D3, F_EKONOMI, 6, 10, 560, "T.KEU.01"},
    {"PLO", "Penata Layanan Operasional", E_S1, F_ADMIN, 7, 15, 500, "T.ADM.01"},
};

/* ---- OPD templates ---------------------------------------------------------------------- */

enum { T_DINAS, T_BADAN, T_SETDA, T_SETWAN, T_INSPEKTORAT, T_RSUD, T_KECAMATAN };

struct jf_share {
    int fam, weight;
};

static const struct opd_tpl {
    const char *name;
    int type;
    int weight;   /* relative size of the non-structural staff */
    int jf_pct;   /* share of functional among the non-structural staff */
    int uptd_per; /* one UPTD per this many staff (0: none) */
    int field;    /* field of study of the structural officials */
    /* '|'-separated; "unit name>head title" when the head is not "Kepala <unit>" */
    const char *bidang;
    int nseksi; /* seksi (subbidang, subbagian) per bidang */
    const char *tech;
    struct jf_share jf[8];
} tpls[] = {
    {"Sekretariat Daerah",
     T_SETDA,
     80,
     35,
     0,
     F_ADMIN,
     "Bagian Pemerintahan dan Kesejahteraan Rakyat|Bagian Hukum|Bagian Organisasi|"
     "Bagian Perekonomian dan Pembangunan|Bagian Umum",
     1,
     "T.HUK.01",
     {{FAM_AK, 40},
      {FAM_PBJ, 20},
      {FAM_PERENCANA, 10},
      {FAM_PRAKOM, 10},
      {FAM_ARSIP, 10},
      {FAM_HUMAS, 10}}},
    {"Dinas Pendidikan dan Kebudayaan",
     T_DINAS,
     2900,
     78,
     120,
     F_PEND,
     "Bidang Pembinaan Sekolah Dasar|Bidang Pembinaan Sekolah Menengah Pertama|"
     "Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal|Bidang Kebudayaan",
     2,
     "T.PEN.02",
     {{FAM_GURU, 96}, {FAM_PRAKOM, 2}, {FAM_PERENCANA, 1}, {FAM_AK, 1}}},
    {"Dinas Kesehatan",
     T_DINAS,
     700,
     70,
     60,
     F_KESMAS,
     "Bidang Kesehatan Masyarakat|Bidang Pencegahan dan Pengendalian Penyakit|"
     "Bidang Pelayanan dan Sumber Daya Kesehatan",
     2,
     "T.KES.07",
     {{FAM_PERAWAT, 30},
      {FAM_BIDAN, 32},
      {FAM_DOKTER, 8},
      {FAM_DOKGI, 3},
      {FAM_APOTEKER, 4},
      {FAM_LAB, 5},
      {FAM_EPID, 4},
      {FAM_PERENCANA, 2}}},
    {"Rumah Sakit Umum Daerah",
     T_RSUD,
     480,
     66,
     0,
     F_KESMAS,
     "Bidang Pelayanan Medik|Bidang Keperawatan|Bidang Penunjang Medik",
     1,
     "T.KES.07",
     {{FAM_PERAWAT, 48},
      {FAM_BIDAN, 12},
      {FAM_DOKTER, 16},
      {FAM_DOKGI, 2},
      {FAM_APOTEKER, 7},
      {FAM_LAB, 9},
      {FAM_PRAKOM, 3},
      {FAM_PBJ, 3}}},
    {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
     T_BADAN,
     55,
     45,
     0,
     F_ADMIN,
     "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian|Bidang Mutasi dan Promosi|"
     "Bidang Pengembangan Kompetensi Aparatur",
     1,
     "T.SDM.01",
     {{FAM_SDM, 60}, {FAM_PRAKOM, 20}, {FAM_ARSIP, 10}, {FAM_AK, 10}}},
    {"Inspektorat Daerah",
     T_INSPEKTORAT,
     60,
     70,
     0,
     F_EKONOMI,
     "Inspektorat Pembantu Wilayah I>Inspektur Pembantu Wilayah I|"
     "Inspektorat Pembantu Wilayah II>Inspektur Pembantu Wilayah II|"
     "Inspektorat Pembantu Wilayah III>Inspektur Pembantu Wilayah III|"
     "Inspektorat Pembantu Wilayah IV>Inspektur Pembantu Wilayah IV",
     0,
     "T.PWS.01",
     {{FAM_AUDITOR, 55}, {FAM_P2UPD, 40}, {FAM_PRAKOM, 5}}},
    {"Sekretariat Dewan Perwakilan Rakyat Daerah",
     T_SETWAN,
     60,
     25,
     0,
     F_ADMIN,
     "Bagian Umum dan Keuangan|Bagian Persidangan dan Perundang-undangan|"
     "Bagian Fasilitasi Penganggaran dan Pengawasan",
     1,
     "T.HUK.01",
     {{FAM_AK, 50}, {FAM_ARSIP, 20}, {FAM_PRAKOM, 15}, {FAM_HUMAS, 15}}},
    {"Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
     T_BADAN,
     50,
     55,
     0,
     F_EKONOMI,
     "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia|"
     "Bidang Perekonomian dan Sumber Daya Alam|Bidang Infrastruktur dan Pengembangan Wilayah|"
     "Bidang Penelitian dan Pengembangan",
     0,
     "T.REN.01",
     {{FAM_PERENCANA, 70}, {FAM_AK, 15}, {FAM_PRAKOM, 15}}},
    {"Badan Pengelolaan Keuangan dan Aset Daerah",
     T_BADAN,
     70,
     35,
     0,
     F_EKONOMI,
     "Bidang Anggaran|Bidang Perbendaharaan|Bidang Akuntansi|Bidang Aset",
     2,
     "T.KEU.01",
     {{FAM_KEUDA, 50}, {FAM_PBJ, 20}, {FAM_PRAKOM, 15}, {FAM_PERENCANA, 15}}},
    {"Badan Pendapatan Daerah",
     T_BADAN,
     50,
     25,
     0,
     F_EKONOMI,
     "Bidang Pendataan dan Penetapan|Bidang Penagihan dan Pengendalian|"
     "Bidang Pajak Bumi dan Bangunan",
     1,
     "T.PJK.01",
     {{FAM_KEUDA, 40}, {FAM_PRAKOM, 30}, {FAM_AK, 30}}},
    {"Dinas Pekerjaan Umum dan Penataan Ruang",
     T_DINAS,
     90,
     40,
     0,
     F_TEKNIK,
     "Bidang Bina Marga|Bidang Sumber Daya Air|Bidang Cipta Karya|Bidang Penataan Ruang",
     2,
     "T.PU.01",
     {{FAM_JALAN, 60}, {FAM_PERENCANA, 15}, {FAM_PRAKOM, 10}, {FAM_PBJ, 15}}},
    {"Dinas Pertanian dan Ketahanan Pangan",
     T_DINAS,
     140,
     70,
     40,
     F_PERTANIAN,
     "Bidang Tanaman Pangan dan Hortikultura|Bidang Perkebunan|"
     "Bidang Peternakan dan Kesehatan Hewan|Bidang Ketahanan Pangan",
     2,
     "T.TAN.01",
     {{FAM_TANI, 80}, {FAM_AK, 10}, {FAM_PERENCANA, 10}}},
    {"Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
     T_DINAS,
     110,
     60,
     0,
     F_HUKUM,
     "Bidang Penegakan Peraturan Daerah|Bidang Ketenteraman dan Ketertiban Umum|"
     "Bidang Pemadam Kebakaran dan Penyelamatan",
     2,
     "T.TRB.01",
     {{FAM_POLPP, 80}, {FAM_AK, 10}, {FAM_PRAKOM, 10}}},
    {"Dinas Kependudukan dan Pencatatan Sipil",
     T_DINAS,
     45,
     35,
     0,
     F_ADMIN,
     "Bidang Pelayanan Pendaftaran Penduduk|Bidang Pelayanan Pencatatan Sipil|"
     "Bidang Pengelolaan Informasi Administrasi Kependudukan",
     1,
     "T.KDK.01",
     {{FAM_ADB, 45}, {FAM_PRAKOM, 35}, {FAM_AK, 20}}},
    {"Dinas Sosial",
     T_DINAS,
     40,
     40,
     0,
     F_SOSIAL,
     "Bidang Rehabilitasi dan Perlindungan Sosial|"
     "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
     1,
     "T.SOS.01",
     {{FAM_PEKSOS, 70}, {FAM_AK, 30}}},
    {"Dinas Komunikasi, Informatika, Statistik dan Persandian",
     T_DINAS,
     45,
     50,
     0,
     F_KOMPUTER,
     "Bidang Aplikasi Informatika|Bidang Informasi dan Komunikasi Publik|"
     "Bidang Statistik dan Persandian",
     1,
     "T.TIK.01",
     {{FAM_PRAKOM, 60}, {FAM_HUMAS, 25}, {FAM_AK, 15}}},
    {"Dinas Perhubungan",
     T_DINAS,
     60,
     30,
     0,
     F_TEKNIK,
     "Bidang Lalu Lintas dan Angkutan|Bidang Sarana dan Prasarana",
     1,
     "T.HUB.01",
     {{FAM_PKBS, 60}, {FAM_AK, 40}}},
    {"Dinas Lingkungan Hidup",
     T_DINAS,
     70,
     30,
     0,
     F_TEKNIK,
     "Bidang Tata Lingkungan|Bidang Pengelolaan Sampah dan Limbah|"
     "Bidang Pengendalian Pencemaran",
     1,
     "T.LH.01",
     {{FAM_LH, 60}, {FAM_AK, 40}}},
    {"Dinas Perumahan dan Kawasan Permukiman",
     T_DINAS,
     40,
     30,
     0,
     F_TEKNIK,
     "Bidang Perumahan|Bidang Kawasan Permukiman",
     1,
     "T.PKP.01",
     {{FAM_JALAN, 50}, {FAM_AK, 50}}},
    {"Dinas Pemberdayaan Masyarakat dan Desa",
     T_DINAS,
     35,
     25,
     0,
     F_ADMIN,
     "Bidang Pemerintahan Desa|Bidang Pemberdayaan Masyarakat",
     1,
     "T.PMD.01",
     {{FAM_AK, 100}}},
    {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
     T_DINAS,
     40,
     30,
     0,
     F_EKONOMI,
     "Bidang Penanaman Modal|Bidang Pelayanan Perizinan",
     1,
     "T.INV.01",
     {{FAM_AK, 60}, {FAM_PRAKOM, 40}}},
    {"Dinas Koperasi, Usaha Kecil dan Menengah dan Perdagangan",
     T_DINAS,
     45,
     30,
     0,
     F_EKONOMI,
     "Bidang Koperasi dan Usaha Mikro|Bidang Perdagangan|Bidang Metrologi Legal",
     1,
     "T.UMK.01",
     {{FAM_AK, 60}, {FAM_PERENCANA, 40}}},
    {"Dinas Perpustakaan dan Kearsipan",
     T_DINAS,
     30,
     55,
     0,
     F_PERPUS,
     "Bidang Perpustakaan|Bidang Kearsipan",
     1,
     "T.ARS.01",
     {{FAM_PUSTAKA, 50}, {FAM_ARSIP, 50}}},
    {"Dinas Pemuda, Olahraga dan Pariwisata",
     T_DINAS,
     35,
     25,
     0,
     F_ADMIN,
     "Bidang Kepemudaan dan Olahraga|Bidang Pariwisata",
     1,
     "T.PAR.01",
     {{FAM_AK, 100}}},
    {"Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak",
     T_DINAS,
     60,
     60,
     0,
     F_KESMAS,
     "Bidang Pengendalian Penduduk dan Keluarga Berencana|"
     "Bidang Pemberdayaan Perempuan dan Perlindungan Anak",
     1,
     "T.KB.01",
     {{FAM_PKB, 75}, {FAM_AK, 25}}},
    {"Dinas Perikanan",
     T_DINAS,
     45,
     50,
     0,
     F_PERTANIAN,
     "Bidang Perikanan Tangkap|Bidang Perikanan Budidaya",
     1,
     "T.IKN.01",
     {{FAM_PIKAN, 70}, {FAM_AK, 30}}},
    {"Badan Penanggulangan Bencana Daerah",
     T_BADAN,
     35,
     30,
     0,
     F_ADMIN,
     "Bidang Pencegahan dan Kesiapsiagaan|Bidang Kedaruratan dan Logistik|"
     "Bidang Rehabilitasi dan Rekonstruksi",
     0,
     "T.BNC.01",
     {{FAM_AK, 100}}},
    {"Badan Kesatuan Bangsa dan Politik",
     T_BADAN,
     25,
     20,
     0,
     F_ADMIN,
     "Bidang Ideologi dan Wawasan Kebangsaan|Bidang Politik Dalam Negeri",
     1,
     "T.POL.01",
     {{FAM_AK, 100}}},
};
#define N_KEC_PER_CYCLE 7 /* kecamatan after the named OPD in every cycle of templates */

static const struct opd_tpl kecamatan_tpl = {
    "Kecamatan",
    T_KECAMATAN,
    30,
    15,
    0,
    F_ADMIN,
    "Seksi Pemerintahan|Seksi Ketenteraman dan Ketertiban Umum|"
    "Seksi Pemberdayaan Masyarakat dan Desa|Seksi Pelayanan Umum",
    0,
    "T.PEM.01",
    {{FAM_AK, 50}, {FAM_PRAKOM, 20}, {FAM_POLPP, 30}}};

static const char *const subbag_default[] = {"Subbagian Umum dan Kepegawaian", "Subbagian Keuangan",
                                             "Subbagian Perencanaan dan Pelaporan"};
static const char *const subbag_kecamatan[] = {"Subbagian Umum dan Kepegawaian",
                                               "Subbagian Perencanaan dan Keuangan"};
static const char *const asisten[] = {"Asisten Pemerintahan dan Kesejahteraan Rakyat",
                                      "Asisten Perekonomian dan Pembangunan",
                                      "Asisten Administrasi Umum"};
static const char *const seksi_verb[] = {"Pembinaan", "Pengembangan", "Pengendalian"};

/* ---- per-OPD working data ---------------------------------------------------------------- */

enum { K_OPD, K_BIDANG, K_SEKSI, K_SUBBAG, K_UPTD };
static const char *const unit_kind[] = {"opd", "bidang", "seksi", "subbagian", "uptd"};

struct unit {
    int64_t id;
    const char *code, *name, *head; /* in the OPD arena; head NULL: no structural head */
    int kind;
    int parent; /* index, -1 for the OPD */
    int host;   /* functional / pelaksana posts may sit here */
};

enum { JS_STRUKTURAL, JS_FUNGSIONAL, JS_PELAKSANA };
static const char *const jenis_name[] = {"struktural", "fungsional", "pelaksana"};

struct pos {
    int64_t id;
    const char *code, *name;
    int unit;
    int jenis, jenjang, eselon;
    int fam;   /* functional family, or -1 */
    int title; /* pelaksana title, or -1 */
    int kelas, is_key, gmin, gmax, edu_min;
};

struct opd {
    long index;
    const struct opd_tpl *tpl;
    const char *name;
    long staff; /* non-structural employees */
    struct unit *units;
    int nunits, capunits;
    struct pos *pos;
    int npos, cappos;
    int nstruct;
};

struct stmts {
    struct db_stmt *unit, *pos, *tech, *skj, *emp, *hgol, *hpos, *skp, *sanc, *train;
};

struct gen {
    struct db *db;
    const struct demo_options *opt;
    struct demo_summary *sum;
    struct stmts st;
    int64_t tenant;
    struct arena arena; /* per OPD */
    struct buf a, b, c; /* scratch */
    long done;
    long cycle_opd; /* OPD per template cycle */
    int64_t cycle_weight;
};

/* ---- small helpers --------------------------------------------------------------------- */

static const struct civil_date today = {DEMO_TODAY_Y, DEMO_TODAY_M, DEMO_TODAY_D};

/* Months since year 0: dates of appointment are always the 1st of a month. */
static int mi_of(struct civil_date d)
{
    return d.y * 12 + (d.m - 1);
}

static struct civil_date mi_date(int mi)
{
    struct civil_date d = {mi / 12, mi % 12 + 1, 1};
    return d;
}

static void bind_date(struct db_stmt *st, int idx, struct civil_date d)
{
    char s[11];

    civil_format(d, s);
    db_bind_text(st, idx, s);
}

/* Picks one '|'-separated alternative. */
static void pick_alt(struct demo_rng *r, const char *alts, const char **p, size_t *len)
{
    int n = 1, k;
    const char *s = alts, *e;

    for (const char *q = alts; *q; q++)
        n += *q == '|';
    k = (int)demo_rng_below(r, (uint32_t)n);
    while (k-- > 0)
        s = strchr(s, '|') + 1;
    e = strchr(s, '|');
    *p = s;
    *len = e ? (size_t)(e - s) : strlen(s);
}

static const char *nth_alt(struct arena *ar, const char *alts, int n, int *count)
{
    const char *s = alts, *e;
    int k = 0;

    *count = 1;
    for (const char *q = alts; *q; q++)
        *count += *q == '|';
    while (k++ < n)
        s = strchr(s, '|') + 1;
    e = strchr(s, '|');
    return arena_strndup(ar, s, e ? (size_t)(e - s) : strlen(s));
}

static int step_done(struct db_stmt *st, struct merit_error *err)
{
    int rc = db_step(st, err);

    db_reset(st);
    return rc == DB_ERROR ? -1 : 0;
}

/* Runs an INSERT ... RETURNING id; *id = 0 when it returned nothing (ON CONFLICT DO NOTHING). */
static int step_id(struct db_stmt *st, int64_t *id, struct merit_error *err)
{
    int rc = db_step(st, err);

    *id = 0;
    if (rc == DB_ROW) {
        *id = db_col_int64(st, 0);
        rc = db_step(st, err);
    }
    db_reset(st);
    return rc == DB_ERROR ? -1 : 0;
}

/* ---- plan: sizes of every OPD, computed without storing them ------------------------------ */

long demo_opd_count(long employees)
{
    long n = (employees + 92) / 185;

    return n < 3 ? 3 : n;
}

static const struct opd_tpl *opd_template(long i, long *kec_index)
{
    long per = N_(tpls) + N_KEC_PER_CYCLE;
    long k = i % per;

    if (k < N_(tpls)) {
        *kec_index = -1;
        return &tpls[k];
    }
    *kec_index = (i / per) * N_KEC_PER_CYCLE + (k - N_(tpls));
    return &kecamatan_tpl;
}

static int tpl_count(const char *alts)
{
    int n = 0;

    if (!alts)
        return 0;
    n = 1;
    for (const char *q = alts; *q; q++)
        n += *q == '|';
    return n;
}

/* Structural posts of an OPD of this template, before vacancies. */
static int tpl_structural(const struct opd_tpl *t)
{
    int nb = tpl_count(t->bidang);

    switch (t->type) {
    case T_SETDA: /* sekda, three asisten, bagian (with subbagian) */
        return 1 + N_(asisten) + nb * (1 + t->nseksi);
    case T_SETWAN: /* sekretaris DPRD, bagian (with subbagian) */
        return 1 + nb * (1 + t->nseksi);
    case T_KECAMATAN: /* camat, sekcam, seksi, subbagian */
        return 2 + nb + N_(subbag_kecamatan);
    default: /* kepala, sekretaris, subbagian, bidang (with seksi / subbidang) */
        return 2 + N_(subbag_default) + nb * (1 + t->nseksi);
    }
}

static int vacant(const struct gen *g, long opd, int k)
{
    struct demo_rng r;

    demo_rng_seed(&r, g->opt->seed ^ 0x5641434eULL, (uint64_t)opd, (uint64_t)k);
    return demo_rng_chance(&r, 30);
}

/* ---- writing units and positions --------------------------------------------------------- */

static int unit_add(struct gen *g, struct opd *o, int kind, int parent, const char *code,
                    const char *name, const char *head, int host, struct merit_error *err)
{
    struct unit *u;
    struct db_stmt *st = g->st.unit;

    if (o->nunits == o->capunits) {
        o->capunits = o->capunits ? o->capunits * 2 : 32;
        o->units = xreallocarray(o->units, (size_t)o->capunits, sizeof(*o->units));
    }
    u = &o->units[o->nunits];
    memset(u, 0, sizeof(*u));
    u->code = arena_strdup(&g->arena, code);
    u->name = arena_strdup(&g->arena, name);
    u->head = head ? arena_strdup(&g->arena, head) : NULL;
    u->kind = kind;
    u->parent = parent;
    u->host = host;
    db_bind_int64(st, 1, g->tenant);
    db_bind_text(st, 2, u->code);
    db_bind_text(st, 3, u->name);
    db_bind_text(st, 4, unit_kind[kind]);
    if (parent < 0)
        db_bind_null(st, 5);
    else
        db_bind_int64(st, 5, o->units[parent].id);
    if (step_id(st, &u->id, err) != 0)
        return -1;
    if (u->id == 0)
        return err_set(err, MERIT_EDB, "unit insert returned no id");
    o->nunits++;
    g->sum->units++;
    return 0;
}

static int skj_add(struct gen *g, int64_t pos_id, const char *code, const char *kind, int level,
                   struct merit_error *err)
{
    struct db_stmt *st = g->st.skj;

    db_bind_int64(st, 1, g->tenant);
    db_bind_int64(st, 2, pos_id);
    db_bind_text(st, 3, code);
    db_bind_text(st, 4, kind);
    db_bind_int64(st, 5, level < 1 ? 1 : level > 5 ? 5 : level);
    if (step_done(st, err) != 0)
        return -1;
    g->sum->skj_items++;
    return 0;
}

static const char *training_req(const struct pos *p)
{
    if (p->jenjang == J_JPT)
        return "Pelatihan Kepemimpinan Nasional Tingkat II";
    if (p->jenjang == J_ADM)
        return "Pelatihan Kepemimpinan Administrator";
    if (p->jenjang == J_PENGAWAS)
        return "Pelatihan Kepemimpinan Pengawas";
    return NULL;
}

static int pos_add(struct gen *g, struct opd *o, struct pos *tmpl, const char *tech1,
                   const char *tech2, struct merit_error *err)
{
    const struct jenjang *j = &jenjang[tmpl->jenjang];
    struct db_stmt *st = g->st.pos;
    struct pos *p;
    const char *field = NULL;
    char fieldbuf[96];

    if (o->npos == o->cappos) {
        o->cappos = o->cappos ? o->cappos * 2 : 64;
        o->pos = xreallocarray(o->pos, (size_t)o->cappos, sizeof(*o->pos));
    }
    p = &o->pos[o->npos];
    *p = *tmpl;
    p->code = arena_strdup(&g->arena, tmpl->code);
    p->name = arena_strdup(&g->arena, tmpl->name);
    if (p->gmin < 0) {
        p->gmin = j->gmin;
        p->gmax = j->gmax;
    }
    if (p->kelas == 0)
        p->kelas = j->kelas;
    if (p->edu_min < 0)
        p->edu_min = j->edu_min;
    if (p->fam >= 0 || p->title >= 0) {
        const char *alts =
            fields[p->fam >= 0 ? families[p->fam].field : titles[p->title].field].name;
        const char *bar = strchr(alts, '|');
        size_t n = bar ? (size_t)(bar - alts) : strlen(alts);

        snprintf(fieldbuf, sizeof(fieldbuf), "%.*s", (int)n, alts);
        field = p->title >= 0 && titles[p->title].edu == E_SMA ? NULL : fieldbuf;
    }
    db_bind_int64(st, 1, g->tenant);
    db_bind_text(st, 2, p->code);
    db_bind_text(st, 3, p->name);
    db_bind_text(st, 4, jenis_name[p->jenis]);
    db_bind_text(st, 5, j->code);
    if (p->eselon == ES_NONE)
        db_bind_null(st, 6);
    else
        db_bind_text(st, 6, eselon_code[p->eselon]);
    db_bind_int64(st, 7, o->units[p->unit].id);
    db_bind_int64(st, 8, p->kelas);
    db_bind_int64(st, 9, p->is_key);
    db_bind_text(st, 10, golongan_code[p->gmin]);
    db_bind_text(st, 11, golongan_code[p->gmax]);
    db_bind_text(st, 12, edu_code[p->edu_min]);
    db_bind_text(st, 13, field);
    if (p->fam >= 0) {
        snprintf(fieldbuf, sizeof(fieldbuf), "Pelatihan Fungsional %s", families[p->fam].name);
        db_bind_text(st, 14, fieldbuf);
    } else {
        db_bind_text(st, 14, training_req(p));
    }
    db_bind_int64(st, 15, j->experience);
    if (step_id(st, &p->id, err) != 0)
        return -1;
    if (p->id == 0)
        return err_set(err, MERIT_EDB, "position insert returned no id");
    for (int k = 0; k < N_(competency_code); k++)
        if (skj_add(g, p->id, competency_code[k], k < 8 ? "manajerial" : "sosial_kultural",
                    j->level, err) != 0)
            return -1;
    if (tech1 &&
        skj_add(g, p->id, tech1, "teknis", j->level + (p->jenis == JS_PELAKSANA), err) != 0)
        return -1;
    if (tech2 && strcmp(tech2, tech1 ? tech1 : "") != 0 &&
        skj_add(g, p->id, tech2, "teknis", j->level - 1, err) != 0)
        return -1;
    o->npos++;
    g->sum->positions++;
    if (p->jenis == JS_STRUKTURAL)
        g->sum->structural++;
    return 0;
}

static struct pos pos_init(void)
{
    struct pos p;

    memset(&p, 0, sizeof(p));
    p.fam = p.title = -1;
    p.eselon = ES_NONE;
    p.gmin = p.gmax = p.edu_min = -1;
    return p;
}

static int opd_structural(struct gen *g, struct opd *o, struct merit_error *err)
{
    const struct opd_tpl *t = o->tpl;
    struct buf *code = &g->a, *name = &g->b;
    struct pos p;
    int kec = t->type == T_KECAMATAN;

    for (int u = 0; u < o->nunits; u++) {
        const struct unit *un = &o->units[u];
        const char *sec_tech;

        if (!un->head)
            continue;
        p = pos_init();
        p.jenis = JS_STRUKTURAL;
        p.unit = u;
        buf_reset(code);
        buf_printf(code, "%s.K", un->code);
        buf_reset(name);
        buf_puts(name, un->head);
        sec_tech =
            un->kind == K_SUBBAG ? (strstr(un->name, "Keuangan") ? "T.KEU.01" : "T.ADM.01") : NULL;
        if (un->kind == K_OPD) {
            p.jenjang = kec ? J_ADM : J_JPT;
            p.eselon = kec ? ES_IIIa : t->type == T_SETDA ? ES_IIa : ES_IIb;
            p.is_key = 1;
            p.kelas = t->type == T_SETDA ? 15 : kec ? 12 : 14;
            if (t->type == T_SETDA) {
                p.gmin = G_IVc;
                p.gmax = G_IVd;
            }
        } else if (un->kind == K_BIDANG) {
            p.jenjang = J_ADM;
            p.eselon = ES_IIIb;
            p.kelas = 11;
        } else {
            p.jenjang = J_PENGAWAS;
            p.eselon = kec && un->kind == K_SUBBAG ? ES_IVb : ES_IVa;
            p.kelas = p.eselon == ES_IVb ? 8 : 9;
        }
        p.code = code->data;
        p.name = name->data;
        if (pos_add(g, o, &p, t->tech, sec_tech, err) != 0)
            return -1;
        /* the Sekda's asisten are JPT posts in the Setda itself */
        for (int a = 0; un->kind == K_OPD && t->type == T_SETDA && a < N_(asisten); a++) {
            p = pos_init();
            p.jenis = JS_STRUKTURAL;
            p.unit = u;
            p.jenjang = J_JPT;
            p.eselon = ES_IIb;
            p.is_key = 1;
            p.kelas = 14;
            buf_reset(code);
            buf_printf(code, "%s.AS%d", un->code, a + 1);
            p.code = code->data;
            p.name = asisten[a];
            if (pos_add(g, o, &p, "T.KEB.01", NULL, err) != 0)
                return -1;
        }
        /* the sekretaris sits in the OPD unit, right after its head */
        if (un->kind == K_OPD && t->type != T_SETDA && t->type != T_SETWAN) {
            p = pos_init();
            p.jenis = JS_STRUKTURAL;
            p.unit = u;
            p.jenjang = J_ADM;
            p.eselon = kec ? ES_IIIb : ES_IIIa;
            p.kelas = kec ? 11 : 12;
            p.is_key = !kec;
            buf_reset(code);
            buf_printf(code, "%s.SEK", un->code);
            buf_reset(name);
            buf_puts(name, kec                        ? "Sekretaris Kecamatan"
                           : t->type == T_RSUD        ? "Kepala Bagian Tata Usaha"
                           : t->type == T_INSPEKTORAT ? "Sekretaris Inspektorat"
                           : t->type == T_BADAN       ? "Sekretaris Badan"
                                                      : "Sekretaris Dinas");
            if (t->type == T_RSUD)
                p.eselon = ES_IIIb;
            p.code = code->data;
            p.name = name->data;
            if (pos_add(g, o, &p, t->tech, "T.ADM.01", err) != 0)
                return -1;
        }
    }
    o->nstruct = o->npos;
    return 0;
}

static int jf_level_allowed(int fam, int lvl)
{
    return (families[fam].levels & JB(lvl)) != 0;
}

static int opd_nonstructural(struct gen *g, struct opd *o, struct merit_error *err)
{
    const struct opd_tpl *t = o->tpl;
    struct buf *code = &g->a, *name = &g->b;
    int has_uptd = 0, nhost = 0;

    for (int u = 0; u < o->nunits; u++) {
        has_uptd |= o->units[u].kind == K_UPTD;
        nhost += o->units[u].host && o->units[u].kind != K_UPTD;
    }
    for (int s = 0; s < N_(t->jf) && t->jf[s].weight > 0; s++) {
        int fam = t->jf[s].fam, hostk = 0;
        const struct family *f = &families[fam];

        for (int u = 0; u < o->nunits; u++) {
            const struct unit *un = &o->units[u];
            int here;

            if (!un->host)
                continue;
            if (f->onsite && has_uptd)
                here = un->kind == K_UPTD;
            else
                here = un->kind != K_UPTD && hostk++ == s % nhost;
            if (!here)
                continue;
            for (int lvl = J_UTAMA; lvl <= J_PEMULA; lvl++) {
                struct pos p = pos_init();

                if (!jf_level_allowed(fam, lvl))
                    continue;
                p.jenis = JS_FUNGSIONAL;
                p.jenjang = lvl;
                p.fam = fam;
                p.unit = u;
                buf_reset(code);
                buf_printf(code, "%s.JF.%s.%s", un->code, f->code, jenjang[lvl].abbr);
                buf_reset(name);
                buf_printf(name, "%s %s", f->name, jenjang[lvl].label);
                p.code = code->data;
                p.name = name->data;
                if (pos_add(g, o, &p, f->tech, f->tech2 ? f->tech2 : t->tech, err) != 0)
                    return -1;
            }
        }
    }
    for (int u = 0; u < o->nunits; u++) {
        const struct unit *un = &o->units[u];

        if (!un->host)
            continue;
        for (int k = 0; k < N_(titles); k++) {
            struct pos p = pos_init();

            /* schools and puskesmas have administrative staff, not every kind */
            if (un->kind == K_UPTD && k >= 2)
                break;
            p.jenis = JS_PELAKSANA;
            p.jenjang = J_PELAKSANA;
            p.title = k;
            p.unit = u;
            p.kelas = titles[k].kelas;
            p.edu_min = titles[k].edu;
            buf_reset(code);
            buf_printf(code, "%s.PL.%s", un->code, titles[k].code);
            p.code = code->data;
            p.name = titles[k].name;
            if (pos_add(g, o, &p, titles[k].tech, t->tech, err) != 0)
                return -1;
        }
    }
    return 0;
}

static int opd_units(struct gen *g, struct opd *o, long kec_index, struct merit_error *err)
{
    const struct opd_tpl *t = o->tpl;
    struct buf *code = &g->a, *name = &g->b, *head = &g->c;
    char root[24];
    int nb = tpl_count(t->bidang), cnt;
    long cycle = o->index / g->cycle_opd;

    snprintf(root, sizeof(root), "OPD%02ld", o->index + 1);
    buf_reset(name);
    if (t->type == T_KECAMATAN) {
        long np = demo_name_place_count();

        buf_printf(name, "Kecamatan %s", demo_name_place(kec_index));
        if (kec_index >= np)
            buf_printf(name, " %ld", kec_index / np + 1);
    } else {
        buf_puts(name, t->name);
        if (cycle > 0)
            buf_printf(name, " Wilayah %ld", cycle + 1);
    }
    o->name = arena_strdup(&g->arena, name->data);
    buf_reset(head);
    switch (t->type) {
    case T_SETDA:
        buf_puts(head, "Sekretaris Daerah");
        break;
    case T_SETWAN:
        buf_puts(head, "Sekretaris DPRD");
        break;
    case T_INSPEKTORAT:
        buf_puts(head, "Inspektur");
        break;
    case T_RSUD:
        buf_printf(head, "Direktur %s", o->name);
        break;
    case T_KECAMATAN:
        buf_printf(head, "Camat %s", o->name + strlen("Kecamatan "));
        break;
    default:
        buf_printf(head, "Kepala %s", o->name);
    }
    if (unit_add(g, o, K_OPD, -1, root, o->name, head->data, 0, err) != 0)
        return -1;
    if (t->type != T_SETDA && t->type != T_SETWAN && t->type != T_KECAMATAN) {
        for (int k = 0; k < N_(subbag_default); k++) {
            buf_reset(code);
            buf_printf(code, "%s.SB%d", root, k + 1);
            buf_reset(head);
            buf_printf(head, "Kepala %s", subbag_default[k]);
            if (unit_add(g, o, K_SUBBAG, 0, code->data, subbag_default[k], head->data, 1, err) != 0)
                return -1;
        }
    }
    for (int b = 0; b < nb; b++) {
        const char *entry = nth_alt(&g->arena, t->bidang, b, &cnt);
        const char *gt = strchr(entry, '>');
        const char *uname = gt ? arena_strndup(&g->arena, entry, (size_t)(gt - entry)) : entry;
        int bidx;

        buf_reset(head);
        if (gt)
            buf_puts(head, gt + 1);
        else
            buf_printf(head, "Kepala %s", uname);
        buf_reset(code);
        buf_printf(code, "%s.%s%d", root, t->type == T_KECAMATAN ? "S" : "B", b + 1);
        if (unit_add(g, o, t->type == T_KECAMATAN ? K_SEKSI : K_BIDANG, 0, code->data, uname,
                     head->data, 1, err) != 0)
            return -1;
        bidx = o->nunits - 1;
        for (int s = 0; s < t->nseksi; s++) {
            const char *topic = uname;
            int kind = K_SEKSI;
            const char *word = "Seksi";

            if (strncmp(topic, "Bidang ", 7) == 0 || strncmp(topic, "Bagian ", 7) == 0)
                topic += 7;
            /* "Bidang Pembinaan Sekolah Dasar" -> "Seksi Pengembangan Sekolah Dasar" */
            if (strncmp(topic, "Pembinaan ", 10) == 0)
                topic += 10;
            if (t->type == T_SETDA || t->type == T_SETWAN) {
                kind = K_SUBBAG;
                word = "Subbagian";
            } else if (t->type == T_BADAN) {
                word = "Subbidang";
            }
            buf_reset(name);
            buf_printf(name, "%s %s %s", word, seksi_verb[(b + s) % N_(seksi_verb)], topic);
            buf_reset(head);
            buf_printf(head, "Kepala %s", name->data);
            buf_reset(code);
            buf_printf(code, "%s.B%d.S%d", root, b + 1, s + 1);
            if (unit_add(g, o, kind, bidx, code->data, name->data, head->data, 0, err) != 0)
                return -1;
        }
    }
    if (t->type == T_KECAMATAN) {
        for (int k = 0; k < N_(subbag_kecamatan); k++) {
            buf_reset(code);
            buf_printf(code, "%s.SB%d", root, k + 1);
            buf_reset(head);
            buf_printf(head, "Kepala %s", subbag_kecamatan[k]);
            if (unit_add(g, o, K_SUBBAG, 0, code->data, subbag_kecamatan[k], head->data, 1, err) !=
                0)
                return -1;
        }
    }
    if (t->uptd_per > 0) {
        long nu = o->staff / t->uptd_per;

        if (nu < 1)
            nu = 1;
        for (long u = 0; u < nu; u++) {
            const char *place = demo_name_place(o->index * 7 + u);

            buf_reset(name);
            if (t->field == F_PEND)
                buf_printf(name, "UPTD %s Negeri %ld %s", u % 3 == 2 ? "SMP" : "SD", u / 3 + 1,
                           place);
            else if (t->field == F_KESMAS)
                buf_printf(name, "UPTD Puskesmas %s", place);
            else
                buf_printf(name, "UPTD Balai Penyuluhan Pertanian %s", place);
            buf_reset(code);
            buf_printf(code, "%s.U%02ld", root, u + 1);
            if (unit_add(g, o, K_UPTD, 0, code->data, name->data, NULL, 1, err) != 0)
                return -1;
        }
    }
    return 0;
}

/* ---- employees -------------------------------------------------------------------------- */

struct person {
    int pppk, female, edu, field;
    int jenjang, pos;
    struct civil_date birth, tmt_cpns, tmt_gol, tmt_jab;
    int has_pel;
    int gol_entry, gol; /* golongan index, or PPPK grade - 1 */
    int64_t id;
};

static void person_titles(struct demo_rng *r, struct person *p, struct buf *depan,
                          struct buf *belakang, struct buf *edufield)
{
    const struct field *f = &fields[p->field];
    const char *s;
    size_t n;

    buf_reset(depan);
    buf_reset(belakang);
    buf_reset(edufield);
    if (p->edu <= E_SMA) {
        pick_alt(r, f->sma ? f->sma : "IPS", &s, &n);
        buf_append(edufield, s, n);
        return;
    }
    pick_alt(r, f->name, &s, &n);
    buf_append(edufield, s, n);
    switch (p->edu) {
    case E_D3:
        if (f->d3) {
            pick_alt(r, f->d3, &s, &n);
            buf_append(belakang, s, n);
        }
        return;
    case E_D4:
        pick_alt(r, f->d4 ? f->d4 : f->s1, &s, &n);
        buf_append(belakang, s, n);
        return;
    default:
        break;
    }
    if (p->edu == E_S3)
        buf_puts(depan, "Dr.");
    if (f->depan) {
        if (depan->len)
            buf_putc(depan, ' ');
        buf_puts(depan, f->depan);
    } else if (f->ir && p->birth.y < 1975 && demo_rng_chance(r, 400)) {
        if (depan->len)
            buf_putc(depan, ' ');
        buf_puts(depan, "Ir.");
    }
    if (!depan->len || (f->s1 && *f->s1 && strcmp(depan->data, "Ir.") != 0)) {
        pick_alt(r, f->s1, &s, &n);
        buf_append(belakang, s, n);
    }
    if (p->edu >= E_S2) {
        pick_alt(r, f->s2, &s, &n);
        if (belakang->len)
            buf_puts(belakang, ", ");
        buf_append(belakang, s, n);
    }
}

static int pick_edu(struct demo_rng *r, const struct pos *ps, int jenjang_)
{
    int x = (int)demo_rng_below(r, 100);

    switch (jenjang_) {
    case J_JPT:
        return x < 25 ? E_S1 : x < 90 ? E_S2 : E_S3;
    case J_ADM:
        return x < 55 ? E_S1 : E_S2;
    case J_PENGAWAS:
        return x < 10 ? E_D4 : x < 80 ? E_S1 : E_S2;
    case J_MADYA:
        return x < 55 ? E_S1 : x < 95 ? E_S2 : E_S3;
    case J_MUDA:
        return x < 80 ? E_S1 : E_S2;
    case J_PERTAMA:
        return x < 90 ? E_S1 : E_S2;
    case J_PENYELIA:
    case J_MAHIR:
        return x < 70 ? E_D3 : E_D4;
    case J_TERAMPIL:
        return E_D3;
    default: { /* pelaksana: mostly the title's level, some over-qualified */
        int e = titles[ps->title].edu;

        if (e == E_SMA)
            return x < 70 ? E_SMA : x < 85 ? E_D3 : E_S1;
        if (e == E_D3)
            return x < 80 ? E_D3 : E_S1;
        return E_S1;
    }
    }
}

/* Draws the next functional post for an OPD's staff member. */
static int pick_jf(struct demo_rng *r, const struct opd *o, int pppk)
{
    const struct opd_tpl *t = o->tpl;
    int total = 0, x, fam = -1, lvl = -1, wsum = 0, k = 0, nmatch = 0, choice;

    for (int s = 0; s < N_(t->jf) && t->jf[s].weight > 0; s++)
        total += t->jf[s].weight;
    x = (int)demo_rng_below(r, (uint32_t)total);
    for (int s = 0; s < N_(t->jf) && t->jf[s].weight > 0; s++) {
        if (x < t->jf[s].weight) {
            fam = t->jf[s].fam;
            break;
        }
        x -= t->jf[s].weight;
    }
    if (pppk) {
        /* PPPK are appointed at the entry levels */
        static const int entry[] = {J_PERTAMA, J_TERAMPIL, J_MAHIR};
        int start = demo_rng_chance(r, 300) ? 1 : 0;

        for (int i = 0; i < 3 && lvl < 0; i++)
            if (jf_level_allowed(fam, entry[(start + i) % 3]))
                lvl = entry[(start + i) % 3];
    }
    if (lvl < 0) {
        for (int l = J_UTAMA; l <= J_PEMULA; l++)
            if (jf_level_allowed(fam, l))
                wsum += jenjang[l].weight;
        x = (int)demo_rng_below(r, (uint32_t)wsum);
        for (int l = J_UTAMA; l <= J_PEMULA; l++) {
            if (!jf_level_allowed(fam, l))
                continue;
            if (x < jenjang[l].weight) {
                lvl = l;
                break;
            }
            x -= jenjang[l].weight;
        }
    }
    for (k = o->nstruct; k < o->npos; k++)
        nmatch += o->pos[k].fam == fam && o->pos[k].jenjang == lvl;
    choice = (int)demo_rng_below(r, (uint32_t)nmatch);
    for (k = o->nstruct; k < o->npos; k++)
        if (o->pos[k].fam == fam && o->pos[k].jenjang == lvl && choice-- == 0)
            return k;
    return -1;
}

static int pick_pelaksana(struct demo_rng *r, const struct opd *o)
{
    int x = (int)demo_rng_below(r, 100), title = 0, nmatch = 0, choice, k;

    for (title = 0; title < N_(titles) - 1; title++) {
        if (x < titles[title].weight)
            break;
        x -= titles[title].weight;
    }
    for (k = o->nstruct; k < o->npos; k++)
        nmatch += o->pos[k].title == title;
    if (nmatch == 0) /* a title not offered in UPTD-only OPD hosts: fall back to the first */
        title = 0;
    nmatch = 0;
    for (k = o->nstruct; k < o->npos; k++)
        nmatch += o->pos[k].title == title;
    choice = (int)demo_rng_below(r, (uint32_t)nmatch);
    for (k = o->nstruct; k < o->npos; k++)
        if (o->pos[k].title == title && choice-- == 0)
            return k;
    return -1;
}

static const int entry_age_lo[] = {18, 18, 19, 20, 21, 21, 22, 23, 25, 29};
static const int entry_age_hi[] = {25, 26, 27, 28, 29, 30, 31, 33, 35, 39};

static void person_dates(struct demo_rng *r, struct person *p, const struct pos *ps)
{
    const struct jenjang *j = &jenjang[p->jenjang];
    int tenure, entry_age, age, gm, tm, last, now = mi_of(today);
    int64_t bd;

    if (p->pppk) {
        tenure = demo_rng_range(r, 0, 6);
        age = demo_rng_range(r, 24, 56);
        entry_age = age - tenure;
    } else {
        tenure = demo_rng_range(r, j->tenure_min, j->tenure_max);
        entry_age = demo_rng_range(r, entry_age_lo[p->edu], entry_age_hi[p->edu]);
        age = entry_age + tenure;
        if (age > 58) {
            tenure = 58 - entry_age;
            if (tenure < j->tenure_min) {
                tenure = j->tenure_min;
                entry_age = 58 - tenure;
            }
            age = entry_age + tenure;
        }
        if (age < 22) {
            entry_age += 22 - age;
            age = 22;
        }
    }
    /* born between (age+1) years and age years before today: completed age is `age` */
    bd = civil_to_days(civil_add_years(today, -(age + 1))) + demo_rng_range(r, 1, 364);
    p->birth = civil_from_days(bd);
    /* TMT CPNS: the 1st of a month, at least 18 years after birth, before today */
    tm = mi_of(p->birth) + entry_age * 12 + demo_rng_range(r, 1, 11);
    if (tm < mi_of(p->birth) + 18 * 12 + 1)
        tm = mi_of(p->birth) + 18 * 12 + 1;
    if (tm > now - 1)
        tm = now - 1 - demo_rng_range(r, 0, 5);
    p->tmt_cpns = mi_date(tm);

    /* golongan: entry by education, one ruang about every four years, within the post's range */
    if (p->pppk) {
        p->gol_entry = p->gol = edu_pppk[p->edu] - 1;
        p->tmt_gol = p->tmt_cpns;
    } else {
        p->gol_entry = edu_entry[p->edu];
        gm = p->gol_entry + (now - tm) / (48 + demo_rng_range(r, -6, 6));
        if (gm < ps->gmin)
            gm = ps->gmin;
        if (gm > ps->gmax)
            gm = ps->gmax;
        if (p->gol_entry > gm) /* over-qualified for the range: history starts at the cap */
            p->gol_entry = gm;
        p->gol = gm;
        if (gm == p->gol_entry) {
            p->tmt_gol = p->tmt_cpns;
        } else {
            int steps = gm - p->gol_entry, cap = now - 1 - demo_rng_range(r, 0, 24);

            last = tm + steps * 48;
            if (last > cap)
                last = cap;
            if (last < tm + steps)
                last = tm + steps;
            if (last > now - 1)
                last = now - 1;
            p->tmt_gol = mi_date(last);
        }
    }

    /* tmt_jabatan; structural holders have an inauguration date spread over < 2, 2-5, > 5 years */
    p->has_pel = ps->jenis == JS_STRUKTURAL;
    if (p->has_pel) {
        int x = (int)demo_rng_below(r, 100), ago;

        ago = x < 35   ? demo_rng_range(r, 1, 23)
              : x < 85 ? demo_rng_range(r, 24, 59)
                       : demo_rng_range(r, 60, 96);
        last = now - ago;
        if (last < tm + 12)
            last = tm + 12 < now - 1 ? tm + 12 : now - 1;
        p->tmt_jab = mi_date(last);
    } else if (p->pppk || now - tm < 24) {
        p->tmt_jab = p->tmt_cpns;
    } else {
        p->tmt_jab = mi_date(tm + (now - tm) * demo_rng_range(r, 40, 95) / 100);
    }
}

static enum skp_rating draw_rating(struct demo_rng *r)
{
    int x = (int)demo_rng_below(r, 1000);

    /* about 20 % above and 7 % below expectations */
    return x < 200 ? SKP_DI_ATAS : x < 930 ? SKP_SESUAI : SKP_DI_BAWAH;
}

static int hist_skp(struct gen *g, struct demo_rng *r, const struct person *p,
                    struct merit_error *err)
{
    struct db_stmt *st = g->st.skp;
    struct skp_matrix m;

    skp_matrix_default(&m);
    for (int y = 2024; y <= 2025; y++) {
        enum skp_rating h, b;

        /* an annual appraisal needs a good part of the year in service */
        if (mi_of(p->tmt_cpns) > y * 12 + 6)
            continue;
        h = draw_rating(r);
        b = demo_rng_chance(r, 700) ? h : draw_rating(r);
        db_bind_int64(st, 1, g->tenant);
        db_bind_int64(st, 2, p->id);
        db_bind_int64(st, 3, y);
        db_bind_text(st, 4, skp_rating_code(h));
        db_bind_text(st, 5, skp_rating_code(b));
        db_bind_text(st, 6, skp_predikat_code(skp_predikat_of(&m, h, b)));
        if (step_done(st, err) != 0)
            return -1;
        g->sum->hist_skp++;
    }
    return 0;
}

static int hist_golongan(struct gen *g, struct demo_rng *r, const struct person *p,
                         struct merit_error *err)
{
    struct db_stmt *st = g->st.hgol;
    int steps = p->gol - p->gol_entry, t0 = mi_of(p->tmt_cpns), t1 = mi_of(p->tmt_gol);
    char sk[48];

    for (int k = 0; k <= steps; k++) {
        int mi = steps ? t0 + (t1 - t0) * k / steps : t0;
        struct civil_date d = mi_date(mi);

        snprintf(sk, sizeof(sk), "823.3/%03d/BKPSDM/%d", demo_rng_range(r, 1, 999), d.y);
        db_bind_int64(st, 1, g->tenant);
        db_bind_int64(st, 2, p->id);
        db_bind_text(st, 3, p->pppk ? pppk_grade[p->gol] : golongan_code[p->gol_entry + k]);
        bind_date(st, 4, d);
        db_bind_text(st, 5, sk);
        if (step_done(st, err) != 0)
            return -1;
        g->sum->hist_golongan++;
    }
    return 0;
}

/* Title of an earlier post one or more rungs below `jenjang_` (for hist_position). */
static void earlier_title(struct demo_rng *r, int jenjang_, int fam, struct buf *out,
                          const char **unit_name, int *jj)
{
    const struct opd_tpl *t = &tpls[demo_rng_below(r, N_(tpls))];
    int cnt, b;
    char entry[160];
    const char *s = t->bidang, *e;

    *unit_name = t->name;
    *jj = jenjang_;
    buf_reset(out);
    if (jenjang_ == J_ADM || jenjang_ == J_PENGAWAS) {
        cnt = tpl_count(t->bidang);
        b = (int)demo_rng_below(r, (uint32_t)cnt);
        while (b-- > 0)
            s = strchr(s, '|') + 1;
        e = strchr(s, '|');
        snprintf(entry, sizeof(entry), "%.*s", (int)(e ? e - s : (long)strlen(s)), s);
        if (strchr(entry, '>'))
            *strchr(entry, '>') = '\0';
        if (jenjang_ == J_ADM) {
            buf_printf(out, "Kepala %s", entry);
        } else {
            const char *topic = entry;

            if (strncmp(topic, "Bidang ", 7) == 0 || strncmp(topic, "Bagian ", 7) == 0)
                topic += 7;
            buf_printf(out, "Kepala Seksi %s %s", seksi_verb[demo_rng_below(r, 3)], topic);
        }
    } else if (fam >= 0) {
        buf_printf(out, "%s %s", families[fam].name, jenjang[jenjang_].label);
    } else {
        *jj = J_PELAKSANA;
        buf_puts(out, titles[demo_rng_below(r, N_(titles))].name);
    }
}

static int hist_position(struct gen *g, struct demo_rng *r, const struct opd *o,
                         const struct person *p, struct merit_error *err)
{
    static const int ladder[] = {J_PELAKSANA, J_PENGAWAS, J_ADM, J_JPT};
    const struct pos *ps = &o->pos[p->pos];
    const struct unit *un = &o->units[ps->unit];
    struct db_stmt *st = g->st.hpos;
    int t0 = mi_of(p->tmt_cpns), t1 = mi_of(p->tmt_jab);
    int k = demo_rng_range(r, 1, 3), rung = 0, flv[J_COUNT], nf = 0, cur = 0;
    char sk[48];

    if ((t1 - t0) / 12 < k)
        k = (t1 - t0) / 12;
    if (ps->jenis == JS_STRUKTURAL)
        while (ladder[rung] != ps->jenjang)
            rung++;
    if (ps->fam >= 0)
        for (int l = J_PEMULA; l >= J_UTAMA; l--)
            if (jf_level_allowed(ps->fam, l)) {
                if (l == ps->jenjang)
                    cur = nf;
                flv[nf++] = l;
            }
    for (int i = 0; i <= k; i++) {
        struct civil_date start = mi_date(i == k ? t1 : t0 + (t1 - t0) * i / k);
        const char *uname = un->name;
        int jj = ps->jenjang, es = ps->eselon;

        if (i < k) {
            int below = k - i; /* rungs below the current post */
            struct civil_date end =
                civil_from_days(civil_to_days(mi_date(t0 + (t1 - t0) * (i + 1) / k)) - 1);

            if (ps->jenis == JS_STRUKTURAL) {
                int rr = rung - below < 0 ? 0 : rung - below;
                earlier_title(r, ladder[rr], -1, &g->a, &uname, &jj);
                es = jj == J_ADM ? ES_IIIb : jj == J_PENGAWAS ? ES_IVa : ES_NONE;
            } else if (ps->fam >= 0 && cur - below >= 0) {
                earlier_title(r, flv[cur - below], ps->fam, &g->a, &uname, &jj);
                uname = o->units[ps->unit].name;
                es = ES_NONE;
            } else {
                earlier_title(r, J_PELAKSANA, -1, &g->a, &uname, &jj);
                es = ES_NONE;
            }
            db_bind_null(st, 3);
            db_bind_text(st, 4, g->a.data);
            bind_date(st, 9, end);
            db_bind_null(st, 10);
        } else {
            db_bind_text(st, 3, ps->code);
            db_bind_text(st, 4, ps->name);
            db_bind_null(st, 9);
            if (p->has_pel)
                bind_date(st, 10, p->tmt_jab);
            else
                db_bind_null(st, 10);
        }
        snprintf(sk, sizeof(sk), "821.2/%03d/BKPSDM/%d", demo_rng_range(r, 1, 999), start.y);
        db_bind_int64(st, 1, g->tenant);
        db_bind_int64(st, 2, p->id);
        db_bind_text(st, 5, jenjang[jj].code);
        if (es == ES_NONE)
            db_bind_null(st, 6);
        else
            db_bind_text(st, 6, eselon_code[es]);
        db_bind_text(st, 7, uname);
        bind_date(st, 8, start);
        db_bind_text(st, 11, sk);
        if (step_done(st, err) != 0)
            return -1;
        g->sum->hist_position++;
    }
    return 0;
}

static const struct sanction {
    int level;
    const char *kind;
    int months; /* 0: no end date */
} sanctions[] = {
    {0, "Teguran lisan", 0},
    {0, "Teguran tertulis", 0},
    {0, "Pernyataan tidak puas secara tertulis", 0},
    {1, "Pemotongan tunjangan kinerja 25% selama 6 bulan", 6},
    {1, "Pemotongan tunjangan kinerja 25% selama 9 bulan", 9},
    {1, "Pemotongan tunjangan kinerja 25% selama 12 bulan", 12},
    {2, "Penurunan jabatan setingkat lebih rendah selama 12 bulan", 12},
    {2, "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", 12},
};
static const char *const sanction_level[] = {"ringan", "sedang", "berat"};
static const char *const sanction_reason[] = {
    "Tidak masuk kerja tanpa alasan yang sah", "Tidak menaati ketentuan jam kerja",
    "Tidak mencapai target kinerja",           "Menyalahgunakan wewenang",
    "Melanggar kewajiban netralitas ASN",
};

static int hist_sanction(struct gen *g, struct demo_rng *r, const struct person *p,
                         struct merit_error *err)
{
    struct db_stmt *st = g->st.sanc;
    int x, lvl, k, lo, start;
    const struct sanction *s;
    char sk[48];

    if (!demo_rng_chance(r, 20))
        return 0;
    x = (int)demo_rng_below(r, 100);
    lvl = x < 55 ? 0 : x < 85 ? 1 : 2;
    do
        k = (int)demo_rng_below(r, N_(sanctions));
    while (sanctions[k].level != lvl);
    s = &sanctions[k];
    /* within the last four years, after the appointment */
    lo = mi_of(today) - 48;
    if (lo < mi_of(p->tmt_cpns) + 6)
        lo = mi_of(p->tmt_cpns) + 6;
    if (lo > mi_of(today) - 1)
        return 0;
    start = demo_rng_range(r, lo, mi_of(today) - 1);
    snprintf(sk, sizeof(sk), "800.1.6.4/%03d/BKPSDM/%d", demo_rng_range(r, 1, 999), start / 12);
    db_bind_int64(st, 1, g->tenant);
    db_bind_int64(st, 2, p->id);
    db_bind_text(st, 3, sanction_level[lvl]);
    db_bind_text(st, 4, s->kind);
    bind_date(st, 5, mi_date(start));
    if (s->months)
        bind_date(st, 6, civil_from_days(civil_to_days(mi_date(start + s->months)) - 1));
    else
        db_bind_null(st, 6);
    db_bind_text(st, 7, sk);
    db_bind_text(st, 8, sanction_reason[demo_rng_below(r, N_(sanction_reason))]);
    if (step_done(st, err) != 0)
        return -1;
    g->sum->hist_sanction++;
    return 0;
}

static const char *tech_name(const char *code)
{
    for (int i = 0; i < N_(techs); i++)
        if (strcmp(techs[i].code, code) == 0)
            return techs[i].name;
    return code;
}

static int hist_training(struct gen *g, struct demo_rng *r, const struct opd *o,
                         const struct person *p, struct merit_error *err)
{
    const struct pos *ps = &o->pos[p->pos];
    struct db_stmt *st = g->st.train;
    struct {
        const char *kind, *org;
        char name[160];
        int hours, days;
    } c[4];
    int n = 0, want = demo_rng_range(r, 1, 3), t0 = mi_of(p->tmt_cpns), t1 = mi_of(today) - 1;
    const char *tech = ps->fam >= 0     ? families[ps->fam].tech
                       : ps->title >= 0 ? titles[ps->title].tech
                                        : o->tpl->tech;

    memset(c, 0, sizeof(c));
    if (ps->jenis == JS_STRUKTURAL) {
        const char *req = training_req(ps);

        c[n].kind = "manajerial";
        snprintf(c[n].name, sizeof(c[n].name), "%s", req);
        c[n].org = ps->jenjang == J_JPT ? "Lembaga Administrasi Negara" : "BPSDM Provinsi";
        c[n].hours = ps->jenjang == J_JPT ? 560 : ps->jenjang == J_ADM ? 450 : 320;
        c[n++].days = ps->jenjang == J_JPT ? 110 : 80;
    } else if (ps->fam >= 0) {
        c[n].kind = "fungsional";
        snprintf(c[n].name, sizeof(c[n].name), "Pelatihan Fungsional %s", families[ps->fam].name);
        c[n].org = families[ps->fam].organizer;
        c[n].hours = 120;
        c[n++].days = 14;
    }
    c[n].kind = "teknis";
    snprintf(c[n].name, sizeof(c[n].name), "%s %s",
             ps->jenis == JS_PELAKSANA ? "Bimbingan Teknis" : "Pelatihan Teknis", tech_name(tech));
    c[n].org = demo_rng_chance(r, 500) ? "BPSDM Provinsi" : "BKPSDM Kabupaten";
    c[n].hours = 32;
    c[n++].days = 4;
    if (!p->pppk && p->tmt_cpns.y >= 2014) {
        c[n].kind = "lainnya";
        snprintf(c[n].name, sizeof(c[n].name), "Pelatihan Dasar CPNS");
        c[n].org = "BPSDM Provinsi";
        c[n].hours = 230;
        c[n++].days = 50;
    }
    if (want > n)
        want = n;
    if (t1 - t0 < want)
        want = t1 - t0;
    for (int i = 0; i < want; i++) {
        /* spread over the career in chronological slots, so start dates never clash */
        int mi = t0 + (t1 - t0) * (i + 1) / (want + 1);
        int64_t sd = civil_to_days(mi_date(mi)) + demo_rng_range(r, 0, 20);
        int64_t ed = sd + c[i].days, last = civil_to_days(today) - 1;

        /* courses still running on the reference day are recorded as ending the day before */
        if (ed > last)
            ed = last > sd ? last : sd;
        db_bind_int64(st, 1, g->tenant);
        db_bind_int64(st, 2, p->id);
        db_bind_text(st, 3, c[i].kind);
        db_bind_text(st, 4, c[i].name);
        bind_date(st, 5, civil_from_days(sd));
        bind_date(st, 6, civil_from_days(ed));
        db_bind_int64(st, 7, c[i].hours);
        db_bind_text(st, 8, c[i].org);
        if (step_done(st, err) != 0)
            return -1;
        g->sum->hist_training++;
    }
    return 0;
}

static int employee_insert(struct gen *g, struct demo_rng *r, struct opd *o, struct person *p,
                           struct merit_error *err)
{
    const struct pos *ps = &o->pos[p->pos];
    struct db_stmt *st = g->st.emp;
    struct buf *name = &g->a, *depan = &g->b, *belakang = &g->c;
    struct buf edufield = BUF_INIT;
    char nip[19];
    int rc = -1;

    buf_reset(name);
    demo_name_person(r, p->female, name);
    person_titles(r, p, depan, belakang, &edufield);
    db_bind_int64(st, 1, g->tenant);
    db_bind_text(st, 3, name->data);
    db_bind_text(st, 4, depan->len ? depan->data : NULL);
    db_bind_text(st, 5, belakang->len ? belakang->data : NULL);
    bind_date(st, 6, p->birth);
    bind_date(st, 7, p->tmt_cpns);
    db_bind_text(st, 8, p->female ? "P" : "L");
    db_bind_text(st, 9, p->pppk ? "PPPK" : "PNS");
    db_bind_text(st, 10, p->pppk ? pppk_grade[p->gol] : golongan_code[p->gol]);
    bind_date(st, 11, p->tmt_gol);
    db_bind_int64(st, 12, ps->id);
    bind_date(st, 13, p->tmt_jab);
    if (p->has_pel)
        bind_date(st, 14, p->tmt_jab);
    else
        db_bind_null(st, 14);
    db_bind_int64(st, 15, o->units[ps->unit].id);
    db_bind_text(st, 16, edu_code[p->edu]);
    db_bind_text(st, 17, edufield.len ? edufield.data : NULL);
    /* the sequence number makes NIPs with the same birth date, TMT month and sex unique */
    for (int seq = 1; seq <= 999; seq++) {
        if (nip_format(p->birth, p->tmt_cpns.y, p->tmt_cpns.m, p->female ? 2 : 1, seq, nip) != 0) {
            err_set(err, MERIT_EINTERNAL, "demo: cannot build a NIP");
            goto out;
        }
        db_bind_text(st, 2, nip);
        if (step_id(st, &p->id, err) != 0)
            goto out;
        if (p->id)
            break;
    }
    if (!p->id) {
        err_set(err, MERIT_ELIMIT, "demo: NIP sequence exhausted");
        goto out;
    }
    rc = 0;
out:
    buf_release(&edufield);
    return rc;
}

static int employee_make(struct gen *g, struct opd *o, int posk, long serial,
                         struct merit_error *err)
{
    struct demo_rng r;
    struct person p;
    const struct pos *ps;
    int female_pm;

    memset(&p, 0, sizeof(p));
    demo_rng_seed(&r, g->opt->seed, (uint64_t)o->index + 1, (uint64_t)serial + 1);
    if (posk < 0) {
        /* staff: functional or pelaksana; PPPK are mostly teachers, health workers and staff */
        int jf = (int)demo_rng_below(&r, 100) < o->tpl->jf_pct;

        p.pppk = demo_rng_chance(&r, jf ? 300 : 220);
        posk = jf ? pick_jf(&r, o, p.pppk) : pick_pelaksana(&r, o);
        if (posk < 0)
            return err_set(err, MERIT_EINTERNAL, "demo: no post for a staff member");
    }
    p.pos = posk;
    ps = &o->pos[posk];
    p.jenjang = ps->jenjang;
    female_pm = ps->fam >= 0     ? families[ps->fam].female
                : ps->title >= 0 ? titles[ps->title].female
                                 : 300;
    p.female = demo_rng_chance(&r, female_pm);
    p.edu = pick_edu(&r, ps, ps->jenjang);
    if (p.edu < ps->edu_min)
        p.edu = ps->edu_min;
    p.field = ps->fam >= 0     ? families[ps->fam].field
              : ps->title >= 0 ? (p.edu > titles[ps->title].edu ? F_UMUM : titles[ps->title].field)
              : ps->unit == 0  ? o->tpl->field
                               : (demo_rng_chance(&r, 500) ? F_ADMIN : o->tpl->field);
    /* physicians' and teachers' structural heads come from their profession */
    if (p.field == F_KESMAS && ps->jenis == JS_STRUKTURAL && demo_rng_chance(&r, 400))
        p.field = F_DOKTER;
    person_dates(&r, &p, ps);
    if (employee_insert(g, &r, o, &p, err) != 0)
        return -1;
    if (hist_golongan(g, &r, &p, err) != 0 || hist_position(g, &r, o, &p, err) != 0 ||
        hist_skp(g, &r, &p, err) != 0 || hist_sanction(g, &r, &p, err) != 0 ||
        hist_training(g, &r, o, &p, err) != 0)
        return -1;
    g->sum->employees++;
    if (p.pppk)
        g->sum->pppk++;
    else
        g->sum->pns++;
    g->sum->women += p.female;
    if (ps->jenis == JS_STRUKTURAL)
        g->sum->structural_holders++;
    else if (ps->jenis == JS_FUNGSIONAL)
        g->sum->jf++;
    else
        g->sum->pelaksana++;
    g->done++;
    if (g->opt->progress && g->done % 500 == 0)
        g->opt->progress(g->done, g->opt->employees, g->opt->progress_user);
    return 0;
}

/* ---- the run ---------------------------------------------------------------------------- */

static int opd_generate(struct gen *g, struct opd *o, long kec_index, struct merit_error *err)
{
    long serial = 0;

    o->nunits = o->npos = 0;
    arena_reset(&g->arena);
    if (opd_units(g, o, kec_index, err) != 0 || opd_structural(g, o, err) != 0 ||
        opd_nonstructural(g, o, err) != 0)
        return -1;
    g->sum->opd++;
    for (int k = 0; k < o->nstruct; k++) {
        if (vacant(g, o->index, k)) {
            g->sum->vacant++;
            continue;
        }
        if (employee_make(g, o, k, serial++, err) != 0)
            return -1;
    }
    for (long s = 0; s < o->staff; s++)
        if (employee_make(g, o, -1, serial++, err) != 0)
            return -1;
    return 0;
}

static int prepare_all(struct gen *g, struct merit_error *err)
{
    static const struct {
        size_t off;
        const char *sql;
    } defs[] = {
        {offsetof(struct stmts, unit),
         "INSERT INTO unit (tenant_id, code, name, kind, parent_id) VALUES ($1, $2, $3, $4, $5) "
         "RETURNING id"},
        {offsetof(struct stmts, pos),
         "INSERT INTO position (tenant_id, code, name, jenis, jenjang_code, eselon_code, unit_id, "
         "kelas_jabatan, is_key, golongan_min, golongan_max, education_min, education_field, "
         "training_req, experience_years) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
         "$12, $13, $14, $15) RETURNING id"},
        {offsetof(struct stmts, tech),
         "INSERT INTO tech_competency (tenant_id, code, name) VALUES ($1, $2, $3) "
         "ON CONFLICT (tenant_id, code) DO NOTHING"},
        {offsetof(struct stmts, skj),
         "INSERT INTO skj_item (tenant_id, position_id, competency_code, kind, level) "
         "VALUES ($1, $2, $3, $4, $5)"},
        {offsetof(struct stmts, emp),
         "INSERT INTO employee (tenant_id, nip, name, gelar_depan, gelar_belakang, birth_date, "
         "tmt_cpns, sex, status, golongan, tmt_golongan, position_id, tmt_jabatan, "
         "tmt_pelantikan, unit_id, education, education_field) VALUES ($1, $2, $3, $4, $5, $6, "
         "$7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) "
         "ON CONFLICT (tenant_id, nip) DO NOTHING RETURNING id"},
        {offsetof(struct stmts, hgol),
         "INSERT INTO hist_golongan (tenant_id, employee_id, golongan, tmt, sk_number) "
         "VALUES ($1, $2, $3, $4, $5)"},
        {offsetof(struct stmts, hpos),
         "INSERT INTO hist_position (tenant_id, employee_id, position_code, position_name, "
         "jenjang_code, eselon_code, unit_name, tmt_start, tmt_end, tmt_pelantikan, sk_number) "
         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"},
        {offsetof(struct stmts, skp),
         "INSERT INTO hist_skp (tenant_id, employee_id, year, rating_hasil, rating_perilaku, "
         "predikat) VALUES ($1, $2, $3, $4, $5, $6)"},
        {offsetof(struct stmts, sanc),
         "INSERT INTO hist_sanction (tenant_id, employee_id, level, kind, start_date, end_date, "
         "sk_number, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
        {offsetof(struct stmts, train),
         "INSERT INTO hist_training (tenant_id, employee_id, kind, name, start_date, end_date, "
         "hours, organizer) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
    };

    for (int i = 0; i < N_(defs); i++) {
        struct db_stmt *st = db_prepare(g->db, defs[i].sql, err);

        if (!st)
            return -1;
        *(struct db_stmt **)((char *)&g->st + defs[i].off) = st;
    }
    return 0;
}

static void finalize_all(struct gen *g)
{
    struct db_stmt **all[] = {&g->st.unit, &g->st.pos,  &g->st.tech, &g->st.skj,  &g->st.emp,
                              &g->st.hgol, &g->st.hpos, &g->st.skp,  &g->st.sanc, &g->st.train};

    for (int i = 0; i < N_(all); i++) {
        if (*all[i])
            db_finalize(*all[i]);
        *all[i] = NULL;
    }
}

static int tenant_is_empty(struct gen *g, struct merit_error *err)
{
    const char *params[] = {g->opt->tenant_code};
    int64_t emps = 0, units = 0;

    if (db_query_int64(g->db,
                       "SELECT count(*) FROM employee e JOIN tenant t ON t.id = e.tenant_id "
                       "WHERE t.code = $1",
                       params, 1, &emps, err) != 0 ||
        db_query_int64(g->db,
                       "SELECT count(*) FROM unit u JOIN tenant t ON t.id = u.tenant_id "
                       "WHERE t.code = $1",
                       params, 1, &units, err) != 0)
        return -1;
    if (emps > 0 || units > 0)
        return err_set(err, MERIT_ECONFLICT,
                       T("instansi '%s' sudah berisi data (%lld pegawai, %lld unit); demo hanya "
                         "mengisi instansi kosong: pakai --tenant KODE lain atau basis data baru",
                         "agency '%s' already holds data (%lld employees, %lld units); demo only "
                         "fills an empty agency: use another --tenant CODE or a new database"),
                       g->opt->tenant_code, (long long)emps, (long long)units);
    return 0;
}

int demo_run(struct db *db, const struct demo_options *opt, struct demo_summary *out,
             struct merit_error *err)
{
    struct gen g;
    struct opd o;
    struct merit_error lookup;
    long nopd, per = N_(tpls) + N_KEC_PER_CYCLE;
    int64_t struct_total = 0, rest, wtotal = 0, wcum = 0;
    int rc = -1, began = 0;

    memset(out, 0, sizeof(*out));
    if (opt->employees < DEMO_MIN_EMPLOYEES || opt->employees > DEMO_MAX_EMPLOYEES)
        return err_set(err, MERIT_EINVAL,
                       T("jumlah pegawai harus antara %ld dan %ld",
                         "the employee count must be between %ld and %ld"),
                       DEMO_MIN_EMPLOYEES, DEMO_MAX_EMPLOYEES);
    memset(&g, 0, sizeof(g));
    memset(&o, 0, sizeof(o));
    err_clear(&lookup);
    g.db = db;
    g.opt = opt;
    g.sum = out;
    g.cycle_opd = per;
    arena_init(&g.arena, 64 * 1024);
    buf_init(&g.a);
    buf_init(&g.b);
    buf_init(&g.c);

    /* Sizes: structural posts are fixed per template; the rest of the employees is shared by
     * template weight, with exact integer arithmetic so the total is exactly opt->employees. */
    nopd = demo_opd_count(opt->employees);
    for (long i = 0; i < nopd; i++) {
        long kec;
        const struct opd_tpl *t = opd_template(i, &kec);
        int ns = tpl_structural(t);

        for (int k = 0; k < ns; k++)
            struct_total += !vacant(&g, i, k);
        wtotal += t->weight;
    }
    rest = opt->employees - struct_total;
    if (rest < 0)
        rest = 0;

    if (db_begin(db, err) != 0)
        goto out;
    began = 1;
    if (tenant_is_empty(&g, err) != 0)
        goto out;
    if (tenant_find(db, opt->tenant_code, &g.tenant, &lookup) != 0) {
        if (lookup.code != MERIT_ENOTFOUND) {
            *err = lookup;
            goto out;
        }
        g.tenant = 0;
    }
    /* an existing (empty) tenant keeps its name unless one was asked for */
    if ((g.tenant == 0 || opt->tenant_name) &&
        tenant_ensure(db, opt->tenant_code, opt->tenant_name ? opt->tenant_name : DEMO_DEFAULT_NAME,
                      &g.tenant, err) != 0)
        goto out;
    out->tenant_id = g.tenant;
    if (policy_ensure_default(db, g.tenant, err) != 0)
        goto out;
    if (prepare_all(&g, err) != 0)
        goto out;
    for (int i = 0; i < N_(techs); i++) {
        db_bind_int64(g.st.tech, 1, g.tenant);
        db_bind_text(g.st.tech, 2, techs[i].code);
        db_bind_text(g.st.tech, 3, techs[i].name);
        if (db_step(g.st.tech, err) == DB_ERROR)
            goto out;
        out->tech_competencies += (long)db_changes(g.st.tech);
        db_reset(g.st.tech);
    }
    for (long i = 0; i < nopd; i++) {
        long kec;

        o.index = i;
        o.tpl = opd_template(i, &kec);
        o.staff = (long)(rest * (wcum + o.tpl->weight) / wtotal - rest * wcum / wtotal);
        wcum += o.tpl->weight;
        if (opd_generate(&g, &o, kec, err) != 0)
            goto out;
    }
    if (opt->progress)
        opt->progress(g.done, opt->employees, opt->progress_user);
    finalize_all(&g);
    if (db_commit(db, err) != 0)
        goto out;
    began = 0;
    rc = 0;
out:
    finalize_all(&g);
    if (began)
        db_rollback(db);
    free(o.units);
    free(o.pos);
    arena_free(&g.arena);
    buf_release(&g.a);
    buf_release(&g.b);
    buf_release(&g.c);
    return rc;
}
