/*
 * test_account.c - accounts, passwords, sessions and login throttling, on
 * both engines: what the HTTP guard relies on.
 */
#include <criterion/criterion.h>
#include <sodium.h>
#include <string.h>

#include "domain/role.h"
#include "services/account.h"
#include "services/audit.h"
#include "store/tenant.h"
#include "testutil.h"

#define T0 ((time_t)1795000000) /* 2026-11-18, a fixed "now" */

static int64_t setup_tenant(struct db *db, const char *code)
{
    struct merit_error err;
    int64_t id;

    err_clear(&err);
    cr_assert_eq(tenant_ensure(db, code, code, &id, &err), 0, "%s", err.msg);
    return id;
}

static void add(struct db *db, int64_t tenant, const char *user, const char *role,
                const char *password)
{
    struct account_new n = {
        .username = user, .display_name = user, .role = role, .password = password};
    struct merit_error err;

    err_clear(&err);
    cr_assert_eq(account_create(db, tenant, &n, "test", NULL, &err), 0, "%s", err.msg);
}

static int64_t count(struct db *db, const char *sql)
{
    struct merit_error err;
    int64_t n = -1;

    cr_assert_eq(db_query_int64(db, sql, NULL, 0, &n, &err), 0, "%s", err.msg);
    return n;
}

TU_BOTH_ENGINES(account, create_validates_and_hashes)
{
    struct db *db = tu_db_open(engine);
    int64_t t = setup_tenant(db, "kab");
    struct account_new n = {.username = "Bad Name",
                            .display_name = "x",
                            .role = "operator",
                            .password = "long enough pw"};
    struct merit_error err;

    err_clear(&err);
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    cr_assert_str_eq(err.field, "username");
    n.username = "op1";
    n.role = "overlord";
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    cr_assert_str_eq(err.field, "role");
    n.role = "operator";
    n.password = "short";
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    cr_assert_str_eq(err.field, "password");
    n.password = "OP1";
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    n.password = "long enough pw";
    n.role = "employee";
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    cr_assert_str_eq(err.field, "employee_nip");
    n.employee_nip = "199001012015011001";
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    cr_assert_eq(err.code, MERIT_ENOTFOUND);
    n.employee_nip = NULL;
    n.role = "operator";
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), 0, "%s", err.msg);
    cr_assert_eq(account_create(db, t, &n, "test", NULL, &err), -1);
    cr_assert_eq(err.code, MERIT_ECONFLICT);
    /* argon2id, never the password itself */
    cr_assert_eq(count(db, "SELECT count(*) FROM account WHERE password_hash LIKE '$argon2id$%'"),
                 1);
    cr_assert_eq(count(db, "SELECT count(*) FROM account WHERE password_hash LIKE '%long%'"), 0);
    cr_assert_eq(count(db, "SELECT count(*) FROM audit WHERE action = 'account.create'"), 1);
    db_close(db);
}

TU_BOTH_ENGINES(account, login_session_logout)
{
    struct db *db = tu_db_open(engine);
    int64_t t = setup_tenant(db, "kab");
    struct account_session s;
    struct account acc, found;
    char csrf[ACCOUNT_TOKEN_LEN + 1];
    struct merit_error err;

    err_clear(&err);
    add(db, t, "head1", "head", "kepala daerah 2026");
    cr_assert_eq(account_login(db, "head1", "wrong password", "10.0.0.1", T0, &s, &acc, &err), -1);
    cr_assert_eq(err.code, MERIT_EAUTH);
    cr_assert_eq(account_login(db, "nobody", "whatever pw", "10.0.0.1", T0, &s, &acc, &err), -1);
    cr_assert_eq(err.code, MERIT_EAUTH);
    cr_assert_eq(account_login(db, "head1", "kepala daerah 2026", "10.0.0.1", T0, &s, &acc, &err),
                 0, "%s", err.msg);
    cr_assert_eq(acc.role, ROLE_HEAD);
    cr_assert_str_eq(acc.tenant_code, "kab");
    cr_assert_eq(strlen(s.token), ACCOUNT_TOKEN_LEN);
    /* only the token's hash is stored */
    cr_assert_eq(count(db, "SELECT count(*) FROM session"), 1);
    {
        const char *p[1] = {s.token};
        int64_t n = 1;

        cr_assert_eq(db_query_int64(db, "SELECT count(*) FROM session WHERE token_hash = $1", p, 1,
                                    &n, &err),
                     0);
        cr_assert_eq(n, 0);
    }
    cr_assert_eq(account_session_find(db, s.token, T0 + 60, &found, csrf, &err), 0, "%s", err.msg);
    cr_assert_str_eq(found.username, "head1");
    cr_assert_str_eq(csrf, s.csrf);
    /* idle too long, and past the absolute end */
    cr_assert_eq(
        account_session_find(db, s.token, T0 + ACCOUNT_SESSION_IDLE_S + 120, &found, NULL, &err),
        -1);
    cr_assert_eq(err.code, MERIT_EAUTH);
    cr_assert_eq(account_session_find(db, s.token, T0 + ACCOUNT_SESSION_MAX_S, &found, NULL, &err),
                 -1);
    cr_assert_eq(account_session_find(db, "not-a-token", T0, &found, NULL, &err), -1);
    /* use keeps it alive: touched at T0+2h-60 s, alive at T0+2h+60 s */
    cr_assert_eq(
        account_session_find(db, s.token, T0 + ACCOUNT_SESSION_IDLE_S - 60, &found, NULL, &err), 0);
    cr_assert_eq(
        account_session_find(db, s.token, T0 + ACCOUNT_SESSION_IDLE_S + 60, &found, NULL, &err), 0,
        "%s", err.msg);
    cr_assert_eq(account_logout(db, s.token, &err), 0);
    cr_assert_eq(account_session_find(db, s.token, T0 + 60, &found, NULL, &err), -1);
    db_close(db);
}

TU_BOTH_ENGINES(account, lockout_and_throttle)
{
    struct db *db = tu_db_open(engine);
    int64_t t = setup_tenant(db, "kab");
    struct account_session s;
    struct account acc;
    struct merit_error err;
    char ip[32];

    err_clear(&err);
    add(db, t, "op1", "operator", "operator password");
    for (int i = 0; i < ACCOUNT_LOCK_AFTER; i++)
        cr_assert_eq(account_login(db, "op1", "bad", "10.0.0.2", T0 + i, &s, &acc, &err), -1);
    /* locked: even the right password fails, with the same message */
    cr_assert_eq(account_login(db, "op1", "operator password", "10.0.0.3", T0 + 10, &s, &acc, &err),
                 -1);
    cr_assert_eq(err.code, MERIT_EAUTH);
    cr_assert_eq(count(db, "SELECT count(*) FROM audit WHERE action = 'account.lock'"), 1);
    /* the lock ends by itself */
    cr_assert_eq(account_login(db, "op1", "operator password", "10.0.0.3", T0 + ACCOUNT_LOCK_S + 10,
                               &s, &acc, &err),
                 0, "%s", err.msg);
    /* an address that fails too often is throttled, whatever the account */
    for (int i = 0; i < ACCOUNT_IP_MAX_FAILS; i++) {
        snprintf(ip, sizeof(ip), "user%d", i);
        cr_assert_eq(
            account_login(db, ip, "bad password", "10.9.9.9", T0 + 2000 + i, &s, &acc, &err), -1);
        cr_assert_eq(err.code, MERIT_EAUTH);
    }
    cr_assert_eq(
        account_login(db, "op1", "operator password", "10.9.9.9", T0 + 2100, &s, &acc, &err), -1);
    cr_assert_eq(err.code, MERIT_ERATE);
    cr_assert_eq(account_login(db, "op1", "operator password", "10.9.9.9",
                               T0 + 2100 + ACCOUNT_IP_WINDOW_S, &s, &acc, &err),
                 0, "%s", err.msg);
    db_close(db);
}

TU_BOTH_ENGINES(account, password_change_reset_disable)
{
    struct db *db = tu_db_open(engine);
    int64_t t = setup_tenant(db, "kab");
    struct account_session s1, s2;
    struct account acc;
    struct merit_error err;
    long entries;
    int64_t broken;
    const char *why;

    err_clear(&err);
    add(db, t, "adm", "admin", "admin password 1");
    cr_assert_eq(account_login(db, "adm", "admin password 1", "ip", T0, &s1, &acc, &err), 0);
    cr_assert_eq(account_login(db, "adm", "admin password 1", "ip", T0, &s2, &acc, &err), 0);
    cr_assert_eq(account_password_change(db, &acc, "wrong", "admin password 2", s1.token, T0, &err),
                 -1);
    cr_assert_str_eq(err.field, "current_password");
    cr_assert_eq(account_password_change(db, &acc, "admin password 1", "adm", s1.token, T0, &err),
                 -1);
    cr_assert_str_eq(err.field, "new_password");
    cr_assert_eq(account_password_change(db, &acc, "admin password 1", "admin password 2", s1.token,
                                         T0, &err),
                 0, "%s", err.msg);
    /* the session that changed it lives on, the other one ends */
    cr_assert_eq(account_session_find(db, s1.token, T0 + 5, &acc, NULL, &err), 0);
    cr_assert_eq(account_session_find(db, s2.token, T0 + 5, &acc, NULL, &err), -1);
    cr_assert_eq(account_login(db, "adm", "admin password 1", "ip", T0, &s2, &acc, &err), -1);
    cr_assert_eq(account_login(db, "adm", "admin password 2", "ip", T0, &s2, &acc, &err), 0);

    cr_assert_eq(account_password_reset(db, t, "adm", "reset password", 1, "root", T0, &err), 0);
    cr_assert_eq(account_session_find(db, s1.token, T0 + 5, &acc, NULL, &err), -1);
    cr_assert_eq(account_login(db, "adm", "reset password", "ip", T0, &s1, &acc, &err), 0);
    cr_assert(acc.must_change);

    cr_assert_eq(account_set_disabled(db, t, "adm", 1, "root", T0, &err), 0);
    cr_assert_eq(account_session_find(db, s1.token, T0 + 5, &acc, NULL, &err), -1);
    cr_assert_eq(account_login(db, "adm", "reset password", "ip", T0, &s1, &acc, &err), -1);
    cr_assert_eq(account_set_disabled(db, t, "adm", 0, "root", T0, &err), 0);
    cr_assert_eq(account_login(db, "adm", "reset password", "ip", T0, &s1, &acc, &err), 0);
    /* another agency's account is not found by name from this one */
    cr_assert_eq(account_set_disabled(db, setup_tenant(db, "other"), "adm", 1, "root", T0, &err),
                 -1);
    cr_assert_eq(err.code, MERIT_ENOTFOUND);
    /* every change is in the chain, and the chain holds */
    cr_assert_eq(count(db, "SELECT count(*) FROM audit WHERE action LIKE 'account.%'"), 5);
    cr_assert_eq(audit_verify(db, t, &entries, &broken, &why, &err), 0);
    cr_assert_eq(broken, 0);
    db_close(db);
}
