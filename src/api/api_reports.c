/*
 * api_reports.c - PDF reports over HTTP: the individual assessment report of one participant
 * (report/report_individual.h), with the same object scope as their results (api_results.c):
 * an employee gets their own, of a published wave only; and the single-document reports of
 * src/report (wave recap, 9-box poster, succession slate, a committee's minutes and letter, a
 * move package), for staff (the committee's documents also for its own members).
 */
#include <string.h>

#include "api/api.h"
#include "api/api_assessment.h"
#include "api/api_reports.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "report/report_committee.h"
#include "report/report_individual.h"
#include "report/report_ninebox.h"
#include "report/report_package.h"
#include "report/report_recap.h"
#include "report/report_succession.h"
#include "services/committee.h"
#include "services/result.h"

/* an employee: their own NIP, and the wave among their published results */
static int report_scope(struct http_request *req, struct db *db, const char *code, const char *nip,
                        const char *today, struct merit_error *err)
{
    int64_t employee = 0;
    json_t *arr = NULL, *r;
    size_t i;
    int found = 0;

    if (req->auth.role != ROLE_EMPLOYEE)
        return api_scope_staff(req, err);
    if (result_employee_json(db, req->tenant_id, nip, today, 1, &employee, &arr, err) != 0)
        return -1;
    if (api_scope_employee(req, employee, err) != 0) {
        json_decref(arr);
        return -1;
    }
    json_array_foreach(arr, i, r)
    {
        const char *w = json_string_value(json_object_get(r, "wave"));
        if (w && strcmp(w, code) == 0)
            found = 1;
    }
    json_decref(arr);
    if (!found)
        return err_set(
            err, MERIT_ENOTFOUND, "%s %s",
            T("belum ada hasil yang diumumkan di gelombang", "no published result in wave"), code);
    return 0;
}

int api_reports_individual(struct http_request *req, struct http_response *res,
                           struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), *nip = http_request_param(req, "nip");
    struct report_wave *rw = NULL;
    struct buf pdf = BUF_INIT;
    struct db *db;
    char today[11];
    char *data;
    size_t len;

    api_asm_today(today);
    if (http_request_db(req, &db, err) != 0 || report_scope(req, db, code, nip, today, err) != 0 ||
        report_wave_open(db, req->tenant_id, code, today, &rw, err) != 0)
        return -1;
    if (report_individual_pdf(rw, nip, &pdf, err) != 0) {
        report_wave_free(rw);
        buf_release(&pdf);
        return -1;
    }
    report_wave_free(rw);
    data = buf_detach(&pdf, &len);
    http_response_bytes(res, 200, "application/pdf", arena_printf(req->arena, "%s.pdf", nip), data,
                        len);
    return 0;
}

/* ---- the single-document reports ----------------------------------------------------------- */

/* the PDF in pdf (taken), as filename */
static void send_pdf(struct http_request *req, struct http_response *res, struct buf *pdf,
                     const char *filename)
{
    size_t len;
    char *data = buf_detach(pdf, &len);

    http_response_bytes(res, 200, "application/pdf", arena_printf(req->arena, "%s", filename), data,
                        len);
}

int api_reports_recap(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    struct buf pdf = BUF_INIT;
    struct db *db;
    char today[11];

    api_asm_today(today);
    if (http_request_db(req, &db, err) != 0 || api_scope_staff(req, err) != 0 ||
        report_recap_pdf(db, req->tenant_id, code, today, &pdf, err) != 0) {
        buf_release(&pdf);
        return -1;
    }
    send_pdf(req, res, &pdf, arena_printf(req->arena, "rekap-%s.pdf", code));
    return 0;
}

int api_reports_ninebox(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), *unit = NULL;
    struct buf pdf = BUF_INIT;
    struct db *db;
    char today[11];

    api_asm_today(today);
    if (http_query_text(&req->query, "unit", 200, &unit, err) != 0 ||
        http_request_db(req, &db, err) != 0 || api_scope_staff(req, err) != 0 ||
        report_ninebox_pdf(db, req->tenant_id, code, unit && *unit ? unit : NULL, today, &pdf,
                           err) != 0) {
        buf_release(&pdf);
        return -1;
    }
    send_pdf(req, res, &pdf, arena_printf(req->arena, "9kotak-%s.pdf", code));
    return 0;
}

int api_reports_succession(struct http_request *req, struct http_response *res,
                           struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    const char *pos = http_request_param(req, "position");
    struct buf pdf = BUF_INIT;
    struct db *db;
    char today[11];

    api_asm_today(today);
    if (http_request_db(req, &db, err) != 0 || api_scope_staff(req, err) != 0 ||
        report_succession_pdf(db, req->tenant_id, code, pos, today, &pdf, err) != 0) {
        buf_release(&pdf);
        return -1;
    }
    send_pdf(req, res, &pdf, arena_printf(req->arena, "suksesi-%s-%s.pdf", code, pos));
    return 0;
}

static int committee_doc(struct http_request *req, struct http_response *res,
                         enum report_committee_kind kind, struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    struct buf pdf = BUF_INIT;
    struct db *db;
    int64_t cid = 0;
    char today[11];

    api_asm_today(today);
    if (http_request_db(req, &db, err) != 0 ||
        committee_find(db, req->tenant_id, code, &cid, err) != 0 ||
        api_scope_committee(req, cid, err) != 0 ||
        report_committee_pdf(db, req->tenant_id, code, kind, today, &pdf, err) != 0) {
        buf_release(&pdf);
        return -1;
    }
    send_pdf(req, res, &pdf,
             arena_printf(req->arena, "%s-%s.pdf",
                          kind == REPORT_COMMITTEE_MINUTES ? "berita-acara" : "surat-rekomendasi",
                          code));
    return 0;
}

int api_reports_minutes(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    return committee_doc(req, res, REPORT_COMMITTEE_MINUTES, err);
}

int api_reports_letter(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return committee_doc(req, res, REPORT_COMMITTEE_LETTER, err);
}

int api_reports_package(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    struct buf pdf = BUF_INIT;
    struct db *db;
    char today[11];

    api_asm_today(today);
    if (http_request_db(req, &db, err) != 0 || api_scope_staff(req, err) != 0 ||
        report_package_pdf(db, req->tenant_id, code, today, &pdf, err) != 0) {
        buf_release(&pdf);
        return -1;
    }
    send_pdf(req, res, &pdf, arena_printf(req->arena, "paket-%s.pdf", code));
    return 0;
}
