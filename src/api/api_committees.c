/*
 * api_committees.c - the JPT competency test's selection committee (pansel)
 * over HTTP: BKPSDM staff set it up (members, officials) and see every
 * committee of the agency; a committee account (role committee, seated
 * through account_member) sees only the committees it sits on, signs its
 * own declaration and records its own scores. The chair (or staff)
 * finalises; the chair or secretary (or staff) runs the aggregation.
 *
 * A member who declared a conflict of interest with an official may not
 * score that official here: the service would keep the score out of the
 * aggregate anyway, and a score nobody counts is only misleading.
 */
#include <math.h>
#include <string.h>

#include "api/api.h"
#include "api/api_talent.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/committee.h"
#include "services/wave_common.h"

#define COMMITTEE_LIST_MAX 32

/* the committee of :code in the agency, within the caller's scope */
static int committee_get(struct http_request *req, struct db **db, int64_t *cid,
                         struct merit_error *err)
{
    if (http_request_db(req, db, err) != 0 ||
        committee_find(*db, req->tenant_id, http_request_param(req, "code"), cid, err) != 0)
        return -1;
    return api_scope_committee(req, *cid, err);
}

/*
 * The member a call acts for: a committee account acts for its own seat
 * (naming another member is a 403); staff name the member.
 */
static int committee_acting(struct http_request *req, struct db *db, int64_t cid, char member[64],
                            char role[16], struct merit_error *err)
{
    const char *named = http_body_str(req, "member");

    if (req->auth.role != ROLE_COMMITTEE) {
        if (!named || !*named)
            return err_set_at(
                err, MERIT_EUSAGE, 0, "member", "%s",
                T("sebutkan anggota pansel (member)", "name the committee member (member)"));
        snprintf(member, 64, "%s", named);
        role[0] = '\0';
        return 0;
    }
    if (committee_seat(db, cid, req->auth.account_id, member, role, err) != 0)
        return -1;
    if (!*member)
        return err_set(err, MERIT_EFORBIDDEN, "%s",
                       T("akun Anda tidak duduk di pansel ini", "your account has no seat here"));
    if (named && strcmp(named, member) != 0)
        return err_set_at(err, MERIT_EFORBIDDEN, 0, "member",
                          T("Anda hanya bertindak sebagai anggota %s", "you act only as member %s"),
                          member);
    return 0;
}

/* a committee account's seat must be one of roles (e.g. "chair"); staff pass */
static int committee_seat_role(struct http_request *req, struct db *db, int64_t cid,
                               const char *const *roles, const char *what, struct merit_error *err)
{
    char member[64], role[16];

    if (req->auth.role != ROLE_COMMITTEE)
        return 0;
    if (committee_seat(db, cid, req->auth.account_id, member, role, err) != 0)
        return -1;
    for (size_t i = 0; roles[i]; i++)
        if (strcmp(role, roles[i]) == 0)
            return 0;
    return err_set(err, MERIT_EFORBIDDEN,
                   T("hanya %s pansel atau staf BKPSDM yang boleh melakukannya",
                     "only the committee's %s or BKPSDM staff may do this"),
                   what);
}

/*
 * The committee as the caller may see it: a member gets "my_seat" and only their own
 * scores (members score independently; the aggregate is in each official's result).
 */
static int committee_reply(struct http_request *req, struct http_response *res, struct db *db,
                           int status, const char *code, struct merit_error *err)
{
    char member[64] = "", role[16] = "";
    int64_t cid;
    json_t *o, *scores, *mine, *x;
    size_t i;

    if (committee_show(db, req->tenant_id, code, &o, err) != 0)
        return -1;
    if (req->auth.role == ROLE_COMMITTEE) {
        if (committee_find(db, req->tenant_id, code, &cid, err) != 0 ||
            committee_seat(db, cid, req->auth.account_id, member, role, err) != 0) {
            json_decref(o);
            return -1;
        }
        json_object_set_new(o, "my_seat",
                            *member ? json_pack("{s:s, s:s}", "member", member, "role", role)
                                    : json_null());
        scores = json_object_get(o, "scores");
        mine = json_array();
        json_array_foreach(scores, i, x)
        {
            if (strcmp(json_string_value(json_object_get(x, "member")), member) == 0)
                json_array_append(mine, x);
        }
        json_object_set_new(o, "scores", mine);
    }
    http_response_json(res, status, o);
    return 0;
}

int api_committees(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    int64_t limit, offset;
    struct db *db;
    json_t *all;

    if (http_query_page(&req->query, &limit, &offset, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        committee_list(db, req->tenant_id,
                       req->auth.role == ROLE_COMMITTEE ? req->auth.account_id : 0, &all, err) != 0)
        return -1;
    api_talent_page(res, all, limit, offset);
    return 0;
}

int api_committee_create(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    char now[21];
    struct db *db;

    wc_now(now);
    if (http_request_db(req, &db, err) != 0 ||
        committee_create(db, req->tenant_id, http_body_str(req, "code"), http_body_str(req, "name"),
                         http_body_str(req, "as_of"), now, api_actor(req), err) != 0)
        return -1;
    return committee_reply(req, res, db, 201, http_body_str(req, "code"), err);
}

int api_committee(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t cid;

    if (committee_get(req, &db, &cid, err) != 0)
        return -1;
    return committee_reply(req, res, db, 200, http_request_param(req, "code"), err);
}

int api_committee_member(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    struct db *db;

    if (http_request_db(req, &db, err) != 0 ||
        committee_member_add(db, req->tenant_id, code, http_body_str(req, "member"),
                             http_body_str(req, "name"), http_body_str(req, "role"),
                             http_body_str(req, "organisation"), api_actor(req), err) != 0)
        return -1;
    return committee_reply(req, res, db, 201, code, err);
}

/* a JSON array of strings (at most COMMITTEE_LIST_MAX) into an arena vector */
static int committee_strings(struct http_request *req, const char *name, const char ***out,
                             size_t *n, struct merit_error *err)
{
    json_t *a = json_object_get(req->json, name), *v;
    size_t i;

    *n = 0;
    *out = NULL;
    if (!a)
        return 0;
    if (json_array_size(a) > COMMITTEE_LIST_MAX)
        return err_set_at(err, MERIT_EUSAGE, 0, name, "%s", T("paling banyak 32", "at most 32"));
    *out = arena_alloc(req->arena, sizeof(**out) * (json_array_size(a) + 1));
    json_array_foreach(a, i, v)
    {
        if (!json_is_string(v) || !*json_string_value(v))
            return err_set_at(err, MERIT_EUSAGE, 0, name, "%s",
                              T("daftar NIP (teks)", "a list of NIPs (strings)"));
        (*out)[(*n)++] = json_string_value(v);
    }
    return 0;
}

int api_committee_declare(struct http_request *req, struct http_response *res,
                          struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), **nips;
    char member[64], role[16], now[21];
    struct db *db;
    int64_t cid;
    size_t n;

    wc_now(now);
    if (committee_strings(req, "conflicts", &nips, &n, err) != 0 ||
        committee_get(req, &db, &cid, err) != 0 ||
        committee_acting(req, db, cid, member, role, err) != 0 ||
        committee_declare(db, req->tenant_id, code, member, http_body_str(req, "statement"), nips,
                          n, now, api_actor(req), err) != 0)
        return -1;
    return committee_reply(req, res, db, 200, code, err);
}

int api_committee_enrol(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), **nips;
    struct db *db;
    long added = 0;
    size_t n;
    int eligible = json_is_true(json_object_get(req->json, "eligible"));

    if (committee_strings(req, "nips", &nips, &n, err) != 0)
        return -1;
    if (!n && !eligible)
        return err_set_at(err, MERIT_EUSAGE, 0, "nips", "%s",
                          T("sebutkan nips atau eligible: true", "give nips or eligible: true"));
    if (http_request_db(req, &db, err) != 0 ||
        committee_enrol(db, req->tenant_id, code, nips, n, eligible, &added, api_actor(req), err) !=
            0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:I}", "committee", code, "added", (json_int_t)added));
    return 0;
}

int api_committee_score(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), *nip = http_body_str(req, "nip");
    const char *component = http_body_str(req, "component");
    double score = json_number_value(json_object_get(req->json, "score"));
    char member[64], role[16];
    struct db *db;
    int64_t cid;
    int conflicted = 0;

    if (!(score >= 0 && score <= 100))
        return err_set_at(err, MERIT_EINVAL, 0, "score", "%s", T("nilai 0-100", "a score 0-100"));
    if (committee_get(req, &db, &cid, err) != 0 ||
        committee_acting(req, db, cid, member, role, err) != 0 ||
        committee_conflicted(db, req->tenant_id, code, member, nip, &conflicted, err) != 0)
        return -1;
    if (conflicted)
        return err_set_at(err, MERIT_ECONFLICT, 0, "nip",
                          T("anggota %s menyatakan benturan kepentingan dengan %s: tidak boleh "
                            "menilainya",
                            "member %s declared a conflict of interest with %s and may not "
                            "score them"),
                          member, nip);
    if (committee_score(db, req->tenant_id, code, member, nip, component,
                        (int64_t)llround(score * 100), api_actor(req), err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:s, s:s, s:s, s:f}", "committee", code, "member", member,
                                 "nip", nip, "component", component, "score",
                                 (double)llround(score * 100) / 100.0));
    return 0;
}

static int committee_run(struct http_request *req, struct http_response *res, int finalise,
                         struct merit_error *err)
{
    static const char *const deciders[] = {"chair", "secretary", NULL};
    static const char *const finalisers[] = {"chair", NULL};
    const char *code = http_request_param(req, "code");
    char now[21];
    struct db *db;
    int64_t cid;
    json_t *rows;

    wc_now(now);
    if (committee_get(req, &db, &cid, err) != 0 ||
        committee_seat_role(req, db, cid, finalise ? finalisers : deciders,
                            finalise ? T("ketua", "chair")
                                     : T("ketua atau sekretaris", "chair or secretary"),
                            err) != 0 ||
        committee_decide(db, req->tenant_id, code, finalise, api_actor(req), now, &rows, err) != 0)
        return -1;
    http_response_json(
        res, 200,
        json_pack("{s:s, s:b, s:o}", "committee", code, "final", finalise, "officials", rows));
    return 0;
}

int api_committee_decide(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    return committee_run(req, res, 0, err);
}

int api_committee_finalise(struct http_request *req, struct http_response *res,
                           struct merit_error *err)
{
    return committee_run(req, res, 1, err);
}
