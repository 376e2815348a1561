/*
 * The import engine on both engines: header aliases, every error reported with its row and
 * column, all-or-nothing, idempotent re-import, unit parents and cycles, SKJ defaults.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "db/db.h"
#include "domain/nip.h"
#include "services/import.h"
#include "store/tenant.h"
#include "testutil.h"

struct errs {
    struct buf text;
    int n;
};

static void on_error(void *ctx, long row, const char *column, const char *msg)
{
    struct errs *e = ctx;

    buf_printf(&e->text, "%ld:%s: %s\n", row, column, msg);
    e->n++;
}

static int run(struct db *db, int64_t tenant, enum import_kind kind, const char *csv,
               struct import_result *res, struct errs *e)
{
    struct import_options opt = {0};
    struct merit_error err;
    char *path = tu_write_temp(".csv", csv, strlen(csv));
    int rc;

    err_clear(&err);
    buf_reset(&e->text);
    e->n = 0;
    opt.path = path;
    opt.on_error = on_error;
    opt.ctx = e;
    rc = import_run(db, tenant, kind, &opt, res, &err);
    remove(path);
    free(path);
    return rc;
}

static int64_t count(struct db *db, const char *sql)
{
    struct merit_error err;
    int64_t v = -1;

    cr_assert_eq(db_query_int64(db, sql, NULL, 0, &v, &err), 0, "%s", err.msg);
    return v;
}

static const char units_csv[] = "kode,nama,jenis,induk\n"
                                "OPD01.B1,Bidang Satu,bidang,OPD01\n"
                                "OPD01,Dinas Satu,Dinas,\n";
static const char positions_csv[] =
    "Kode Jabatan;Nama Jabatan;Jenis Jabatan;Jenjang;Eselon;Kode Unit;M.01;kompetensi_teknis\n"
    "P1;Kepala Dinas;struktural;JPT Pratama;II.b;OPD01;5;T.X.01:3\n"
    "P2;Analis;fungsional;Ahli Muda;;OPD01.B1;;\n";

static void scenario(const char *engine)
{
    struct db *db = tu_db_open(engine);
    struct import_result res;
    struct errs e = {BUF_INIT, 0};
    struct merit_error err;
    int64_t t;

    cr_assert_eq(tenant_ensure(db, "t1", "Tenant", &t, &err), 0, "%s", err.msg);
    cr_assert_eq(run(db, t, IMPORT_UNITS, units_csv, &res, &e), 0, "%s", e.text.data);
    cr_assert_eq(res.inserted, 2);
    cr_assert_eq(count(db, "SELECT count(*) FROM unit u JOIN unit p ON p.id = u.parent_id "
                           "WHERE u.code = 'OPD01.B1' AND p.code = 'OPD01'"),
                 1);
    cr_assert_eq(run(db, t, IMPORT_UNITS, units_csv, &res, &e), 0);
    cr_assert_eq(res.unchanged, 2, "re-import changes nothing");

    /* a new child among unchanged units is inserted, the others stay unchanged */
    cr_assert_eq(run(db, t, IMPORT_UNITS,
                     "kode,nama,jenis,induk\nOPD01.B1,Bidang Satu,bidang,OPD01\n"
                     "OPD01,Dinas Satu,Dinas,\nOPD01.B1.S1,Seksi,seksi,OPD01.B1\n",
                     &res, &e),
                 0, "%s", e.text.data);
    cr_assert(res.inserted == 1 && res.updated == 0 && res.unchanged == 2, "%ld %ld %ld",
              res.inserted, res.updated, res.unchanged);
    /* moving a unit to another parent is an update of that unit only */
    cr_assert_eq(run(db, t, IMPORT_UNITS,
                     "kode,nama,jenis,induk\nOPD01.B1,Bidang Satu,bidang,OPD01\n"
                     "OPD01,Dinas Satu,Dinas,\nOPD01.B1.S1,Seksi,seksi,OPD01\n",
                     &res, &e),
                 0, "%s", e.text.data);
    cr_assert(res.inserted == 0 && res.updated == 1 && res.unchanged == 2, "%ld %ld %ld",
              res.inserted, res.updated, res.unchanged);
    cr_assert_eq(count(db, "SELECT count(*) FROM unit u JOIN unit p ON p.id = u.parent_id "
                           "WHERE u.code = 'OPD01.B1.S1' AND p.code = 'OPD01'"),
                 1);

    /* a cycle is refused and rolls back */
    cr_assert_neq(
        run(db, t, IMPORT_UNITS, "kode,nama,jenis,induk\nOPD01,Dinas,opd,OPD01.B1\n", &res, &e), 0);
    cr_assert(strstr(e.text.data, "cycle"), "%s", e.text.data);
    cr_assert_eq(count(db, "SELECT count(*) FROM unit WHERE parent_id IS NULL AND code = 'OPD01'"),
                 1);

    cr_assert_eq(run(db, t, IMPORT_POSITIONS, positions_csv, &res, &e), 0, "%s", e.text.data);
    cr_assert_eq(res.inserted, 2);
    cr_assert_eq(count(db, "SELECT level FROM skj_item s JOIN position p ON p.id = s.position_id "
                           "WHERE p.code = 'P1' AND competency_code = 'M.01'"),
                 5);
    cr_assert_eq(count(db, "SELECT level FROM skj_item s JOIN position p ON p.id = s.position_id "
                           "WHERE p.code = 'P1' AND competency_code = 'M.02'"),
                 4, "missing levels default to the jenjang standard (JPT Pratama 4)");
    cr_assert_eq(count(db, "SELECT level FROM skj_item s JOIN position p ON p.id = s.position_id "
                           "WHERE p.code = 'P2' AND competency_code = 'SK.01'"),
                 3, "Ahli Muda standard is 3");
    cr_assert_eq(count(db, "SELECT count(*) FROM skj_item WHERE kind = 'teknis'"), 1);
    cr_assert_eq(run(db, t, IMPORT_POSITIONS, positions_csv, &res, &e), 0);
    cr_assert_eq(res.unchanged, 2, "%ld %ld %ld", res.inserted, res.updated, res.unchanged);

    /* the order of technical competencies does not matter; repeats and managerial codes are
     * refused */
    cr_assert_eq(
        run(db, t, IMPORT_POSITIONS,
            "kode_jabatan,nama_jabatan,jenis_jabatan,jenjang,kode_unit,M.01,kompetensi_teknis\n"
            "P3,Pranata,fungsional,Ahli Pertama,OPD01,,T.B:2; T.A:3\n",
            &res, &e),
        0, "%s", e.text.data);
    cr_assert_eq(
        run(db, t, IMPORT_POSITIONS,
            "kode_jabatan,nama_jabatan,jenis_jabatan,jenjang,kode_unit,M.01,kompetensi_teknis\n"
            "P3,Pranata,fungsional,Ahli Pertama,OPD01,,T.A:3;T.B:2\n",
            &res, &e),
        0, "%s", e.text.data);
    cr_assert_eq(res.unchanged, 1, "reordered technical list is unchanged");
    cr_assert_eq(
        run(db, t, IMPORT_POSITIONS,
            "kode_jabatan,nama_jabatan,jenis_jabatan,jenjang,kode_unit,M.01,kompetensi_teknis\n"
            "P3,Pranata,fungsional,Ahli Pertama,OPD01,,T.A:3;T.B:4\n",
            &res, &e),
        0, "%s", e.text.data);
    cr_assert_eq(res.updated, 1);
    cr_assert_eq(count(db, "SELECT level FROM skj_item s JOIN position p ON p.id = s.position_id "
                           "WHERE p.code = 'P3' AND competency_code = 'T.B'"),
                 4);
    cr_assert_neq(
        run(db, t, IMPORT_POSITIONS,
            "kode_jabatan,nama_jabatan,jenis_jabatan,jenjang,kode_unit,kompetensi_teknis\n"
            "P4,X,fungsional,Ahli Pertama,OPD01,T.A:3;T.A:2\n"
            "P5,Y,fungsional,Ahli Pertama,OPD01,M.01:3\n",
            &res, &e),
        0);
    cr_assert_eq(e.n, 2, "%s", e.text.data);
    cr_assert(strstr(e.text.data, "listed twice"), "%s", e.text.data);

    /* every problem, not the first; nothing written */
    cr_assert_neq(run(db, t, IMPORT_EMPLOYEES,
                      "NIP,Nama,Status,Golongan,Kode Jabatan,TMT Jabatan\n"
                      "198503122010011004,Ahmad,PNS,III/c,P2,02-01-2020\n"
                      "19850312201001100,Budi,PNS,III/c,P2,02-01-2020\n"
                      "198503122010012005,Siti,PPPK,III/c,P9,02-01-2020\n"
                      "198503122010011004,Ahmad Lagi,PNS,III/c,P2,02-01-2020\n"
                      "198503122010012006,Yuni,PNS,III/c,P2,2020-13-01\n",
                      &res, &e),
                  0);
    cr_assert_eq(e.n, 5, "%s", e.text.data);
    cr_assert(strstr(e.text.data, "3:NIP:"), "%s", e.text.data);
    cr_assert(strstr(e.text.data, "4:Golongan:"), "%s", e.text.data);
    cr_assert(strstr(e.text.data, "4:Kode Jabatan:"), "%s", e.text.data);
    cr_assert(strstr(e.text.data, "6:TMT Jabatan:"), "%s", e.text.data);
    cr_assert(strstr(e.text.data, "5:NIP: this row repeats row 2"), "%s", e.text.data);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee"), 0);

    cr_assert_eq(run(db, t, IMPORT_EMPLOYEES,
                     "nipBaru,nama,statusPegawai,golongan,kode_jabatan,pendidikan\n"
                     "'198503122010011004,Ahmad Ma'ruf,PNS,3c,P2,S-1\n"
                     "19850312 201001 2 005,Siti,P3K,IX,P1,D-IV\n",
                     &res, &e),
                 0, "%s", e.text.data);
    cr_assert_eq(res.inserted, 2);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee WHERE golongan = 'III/c' AND sex = 'L' "
                           "AND education = 'S1' AND birth_date = '1985-03-12'"),
                 1);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee e JOIN unit u ON u.id = e.unit_id "
                           "WHERE e.nip = '198503122010012005' AND u.code = 'OPD01'"),
                 1, "the unit defaults to the position's unit");

    cr_assert_eq(run(db, t, IMPORT_SKP,
                     "nip,tahun,hasil,perilaku,predikat\n"
                     "198503122010011004,2025,di atas ekspektasi,di bawah ekspektasi,\n"
                     "198503122010012005,2025,sesuai,sesuai,Sangat Baik\n",
                     &res, &e),
                 -1);
    cr_assert_eq(e.n, 1, "%s", e.text.data);
    cr_assert(strstr(e.text.data, "3:predikat:"), "%s", e.text.data);
    cr_assert_eq(run(db, t, IMPORT_SKP,
                     "nip,tahun,hasil,perilaku\n"
                     "198503122010011004,2025,di atas ekspektasi,di bawah ekspektasi\n",
                     &res, &e),
                 0, "%s", e.text.data);
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_skp WHERE predikat = 'kurang'"), 1);

    /* more rows than one write batch, with one change in the middle of the second batch */
    {
        struct buf csv = BUF_INIT;
        char nip[19];

        for (int pass = 0; pass < 2; pass++) {
            buf_reset(&csv);
            buf_puts(&csv, "nip,nama,status,golongan,kode_jabatan\n");
            for (int i = 0; i < 70; i++) {
                struct civil_date birth = {1970 + i % 20, 1 + i % 12, 1 + i % 28};
                cr_assert_eq(nip_format(birth, 1995 + i % 20, 1 + i % 12, 1 + i % 2, 100 + i, nip),
                             0);
                buf_printf(&csv, "%s,Pegawai %d%s,PNS,III/a,P2\n", nip, i,
                           pass == 1 && i == 40 ? " Baru" : "");
            }
            cr_assert_eq(run(db, t, IMPORT_EMPLOYEES, csv.data, &res, &e), 0, "%s", e.text.data);
            if (pass == 0)
                cr_assert_eq(res.inserted, 70, "%ld", res.inserted);
            else
                cr_assert(res.inserted == 0 && res.updated == 1 && res.unchanged == 69,
                          "%ld %ld %ld", res.inserted, res.updated, res.unchanged);
        }
        buf_release(&csv);
    }

    /* missing required column */
    cr_assert_neq(run(db, t, IMPORT_EMPLOYEES, "nama,status\nA,PNS\n", &res, &e), 0);
    cr_assert(strstr(e.text.data, "required column 'nip'"), "%s", e.text.data);
    buf_release(&e.text);
    db_close(db);
}

Test(import, sqlite)
{
    scenario("sqlite");
}

Test(import, pg)
{
    scenario("pg");
}
