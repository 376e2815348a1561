#include "services/account.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "domain/role.h"
#include "services/audit.h"

/*
 * A hash verified when the username is unknown, so that a wrong username
 * costs the same argon2id work as a wrong password and timing does not tell
 * which accounts exist. Made once per process.
 */
static char account_dummy_hash[crypto_pwhash_STRBYTES];

static int account_sodium(struct merit_error *err)
{
    if (sodium_init() < 0)
        return err_set(err, MERIT_EINTERNAL, "libsodium failed to initialise");
    return 0;
}

void account_iso_time(time_t t, char out[21])
{
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void account_token_new(char out[ACCOUNT_TOKEN_LEN + 1])
{
    unsigned char raw[32];

    randombytes_buf(raw, sizeof(raw));
    sodium_bin2base64(out, ACCOUNT_TOKEN_LEN + 1, raw, sizeof(raw),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

static void account_token_hash(const char *token, char out[65])
{
    unsigned char h[crypto_hash_sha256_BYTES];

    crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
    sodium_bin2hex(out, 65, h, sizeof(h));
}

static int account_hash(const char *password, char out[crypto_pwhash_STRBYTES],
                        struct merit_error *err)
{
    if (crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return err_set(err, MERIT_EINTERNAL, "%s",
                       T("memori tidak cukup untuk menyandikan kata sandi",
                         "not enough memory to hash the password"));
    return 0;
}

static int account_username_check(const char *u, struct merit_error *err)
{
    size_t n = u ? strlen(u) : 0;

    if (n < 3 || n > 63 || !isalnum((unsigned char)u[0]))
        goto bad;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)u[i];

        if (!(islower(c) || isdigit(c) || c == '.' || c == '_' || c == '-'))
            goto bad;
    }
    return 0;
bad:
    return err_set_at(err, MERIT_EINVAL, 0, "username", "%s",
                      T("nama pengguna harus 3-63 karakter a-z, 0-9, titik, garis bawah atau "
                        "tanda hubung, diawali huruf atau angka",
                        "a username is 3-63 characters of a-z, 0-9, dot, underscore or hyphen, "
                        "starting with a letter or digit"));
}

int account_password_check(const char *username, const char *password, const char *fname,
                           struct merit_error *err)
{
    size_t n = password ? strlen(password) : 0;

    if (!fname)
        fname = "password";
    if (n < ACCOUNT_PASSWORD_MIN || n > ACCOUNT_PASSWORD_MAX)
        return err_set_at(
            err, MERIT_EINVAL, 0, fname,
            T("kata sandi harus %d sampai %d karakter", "a password must be %d to %d characters"),
            ACCOUNT_PASSWORD_MIN, ACCOUNT_PASSWORD_MAX);
    if (username && strcasecmp(username, password) == 0)
        return err_set_at(err, MERIT_EINVAL, 0, fname, "%s",
                          T("kata sandi tidak boleh sama dengan nama pengguna",
                            "a password must not equal the username"));
    return 0;
}

/* The id of the row of `sql` ($1 tenant, $2 code), or 0 (MERIT_ENOTFOUND naming field). */
static int account_ref(struct db *db, const char *sql, int64_t tenant, const char *code,
                       const char *field, int64_t *out, struct merit_error *err)
{
    char t[24];
    const char *p[2] = {t, code};

    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db, sql, p, 2, out, err) != 0)
        return -1;
    if (*out == 0)
        return err_set_at(err, MERIT_ENOTFOUND, 0, field,
                          T("%s '%s' tidak ada di instansi ini", "no %s '%s' in this agency"),
                          field, code);
    return 0;
}

int account_create(struct db *db, int64_t tenant, const struct account_new *n, const char *actor,
                   int64_t *id, struct merit_error *err)
{
    unsigned role = role_parse(n->role);
    char hash[crypto_pwhash_STRBYTES], now[21], obj[96], after[256];
    int64_t employee = 0, assessor = 0, taken = 0;
    const char *p[1] = {n->username};
    struct db_stmt *st = NULL;
    int rc = -1;

    if (account_sodium(err) != 0 || account_username_check(n->username, err) != 0)
        return -1;
    if (!n->display_name || !*n->display_name || strlen(n->display_name) > 127)
        return err_set_at(err, MERIT_EINVAL, 0, "display_name", "%s",
                          T("nama tampilan wajib diisi (paling banyak 127 bita)",
                            "a display name is required (at most 127 bytes)"));
    if (!role)
        return err_set_at(err, MERIT_EINVAL, 0, "role",
                          T("peran '%s' tidak dikenal; pakai super_admin, admin, operator, "
                            "assessor, committee, head atau employee",
                            "unknown role '%s'; use super_admin, admin, operator, assessor, "
                            "committee, head or employee"),
                          n->role ? n->role : "");
    if (account_password_check(n->username, n->password, NULL, err) != 0)
        return -1;
    if (role == ROLE_EMPLOYEE && (!n->employee_nip || !*n->employee_nip))
        return err_set_at(err, MERIT_EINVAL, 0, "employee_nip", "%s",
                          T("akun pegawai harus menyebut NIP pegawainya",
                            "an employee account must name the employee's NIP"));
    if (role == ROLE_ASSESSOR && (!n->assessor_code || !*n->assessor_code))
        return err_set_at(err, MERIT_EINVAL, 0, "assessor_code", "%s",
                          T("akun asesor harus menyebut kode asesornya",
                            "an assessor account must name the assessor's code"));
    if (n->employee_nip && *n->employee_nip &&
        account_ref(db, "SELECT id FROM employee WHERE tenant_id = $1 AND nip = $2", tenant,
                    n->employee_nip, "employee_nip", &employee, err) != 0)
        return -1;
    if (n->assessor_code && *n->assessor_code &&
        account_ref(db, "SELECT id FROM assessor WHERE tenant_id = $1 AND code = $2", tenant,
                    n->assessor_code, "assessor_code", &assessor, err) != 0)
        return -1;
    if (db_query_int64(db, "SELECT count(*) FROM account WHERE username = $1", p, 1, &taken, err) !=
        0)
        return -1;
    if (taken)
        return err_set_at(err, MERIT_ECONFLICT, 0, "username",
                          T("nama pengguna '%s' sudah dipakai", "username '%s' is taken"),
                          n->username);
    if (account_hash(n->password, hash, err) != 0)
        return -1;
    account_iso_time(time(NULL), now);
    if (db_begin(db, err) != 0)
        return -1;
    st = db_prepare(db,
                    "INSERT INTO account (tenant_id, username, display_name, role, employee_id,"
                    " assessor_id, password_hash, must_change, created_at, password_changed_at)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, n->username);
    db_bind_text(st, 3, n->display_name);
    db_bind_text(st, 4, role_name(role));
    if (employee)
        db_bind_int64(st, 5, employee);
    else
        db_bind_null(st, 5);
    if (assessor)
        db_bind_int64(st, 6, assessor);
    else
        db_bind_null(st, 6);
    db_bind_text(st, 7, hash);
    db_bind_int64(st, 8, n->must_change ? 1 : 0);
    db_bind_text(st, 9, now);
    if (db_step(st, err) != DB_DONE)
        goto out;
    db_finalize(st);
    st = NULL;
    snprintf(obj, sizeof(obj), "account:%s", n->username);
    snprintf(after, sizeof(after), "role=%s employee=%s assessor=%s", role_name(role),
             n->employee_nip && *n->employee_nip ? n->employee_nip : "-",
             n->assessor_code && *n->assessor_code ? n->assessor_code : "-");
    if (audit_append(db, tenant, now, actor, "account.create", obj, NULL, after, NULL, err) != 0)
        goto out;
    if (id && db_query_int64(db, "SELECT id FROM account WHERE username = $1", p, 1, id, err) != 0)
        goto out;
    rc = db_commit(db, err);
out:
    db_finalize(st);
    if (rc != 0)
        db_rollback(db);
    sodium_memzero(hash, sizeof(hash));
    return rc;
}

#define ACCOUNT_COLS                                                                               \
    "a.id, a.tenant_id, t.code, a.username, a.display_name, a.role, a.employee_id,"                \
    " a.assessor_id, a.must_change, (SELECT nip FROM employee WHERE id = a.employee_id)"

static void account_fill(struct db_stmt *st, int c, struct account *acc)
{
    memset(acc, 0, sizeof(*acc));
    acc->id = db_col_int64(st, c);
    acc->tenant_id = db_col_int64(st, c + 1);
    snprintf(acc->tenant_code, sizeof(acc->tenant_code), "%s", db_col_text(st, c + 2));
    snprintf(acc->username, sizeof(acc->username), "%s", db_col_text(st, c + 3));
    snprintf(acc->display_name, sizeof(acc->display_name), "%s", db_col_text(st, c + 4));
    acc->role = role_parse(db_col_text(st, c + 5));
    acc->employee_id = db_col_isnull(st, c + 6) ? 0 : db_col_int64(st, c + 6);
    acc->assessor_id = db_col_isnull(st, c + 7) ? 0 : db_col_int64(st, c + 7);
    acc->must_change = db_col_int64(st, c + 8) != 0;
    if (!db_col_isnull(st, c + 9))
        snprintf(acc->employee_nip, sizeof(acc->employee_nip), "%s", db_col_text(st, c + 9));
}

static int account_exec(struct db *db, const char *sql, const char *const *p, int np,
                        struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db, sql, err);
    int rc = -1;

    if (!st)
        return -1;
    for (int i = 0; i < np; i++)
        db_bind_text(st, i + 1, p[i]);
    if (db_step(st, err) == DB_DONE)
        rc = 0;
    db_finalize(st);
    return rc;
}

static int account_auth_error(struct merit_error *err)
{
    return err_set(err, MERIT_EAUTH, "%s",
                   T("nama pengguna atau kata sandi salah, atau akun terkunci sementara",
                     "wrong username or password, or the account is temporarily locked"));
}

/* Records a failed login; locks the account after ACCOUNT_LOCK_AFTER in a row. */
static int account_record_failure(struct db *db, const char *username, int64_t id, int64_t tenant,
                                  int failed, const char *ip, time_t now, struct merit_error *err)
{
    char at[21], until[21], ids[24], obj[96], after[64];
    const char *p[3] = {ip, username, at};

    account_iso_time(now, at);
    if (db_begin(db, err) != 0)
        return -1;
    if (account_exec(db, "INSERT INTO login_failure (ip, username, at) VALUES ($1, $2, $3)", p, 3,
                     err) != 0)
        goto fail;
    if (id) {
        snprintf(ids, sizeof(ids), "%lld", (long long)id);
        if (failed + 1 >= ACCOUNT_LOCK_AFTER) {
            const char *q[2] = {ids, until};

            account_iso_time(now + ACCOUNT_LOCK_S, until);
            if (account_exec(db,
                             "UPDATE account SET failed_logins = 0, locked_until = $2"
                             " WHERE id = CAST($1 AS BIGINT)",
                             q, 2, err) != 0)
                goto fail;
            snprintf(obj, sizeof(obj), "account:%s", username);
            snprintf(after, sizeof(after), "locked until %s", until);
            if (audit_append(db, tenant, at, "system", "account.lock", obj, NULL, after,
                             T("kata sandi salah berturut-turut", "repeated wrong passwords"),
                             err) != 0)
                goto fail;
        } else {
            const char *q[1] = {ids};

            if (account_exec(db,
                             "UPDATE account SET failed_logins = failed_logins + 1"
                             " WHERE id = CAST($1 AS BIGINT)",
                             q, 1, err) != 0)
                goto fail;
        }
    }
    return db_commit(db, err);
fail:
    db_rollback(db);
    return -1;
}

int account_login(struct db *db, const char *username, const char *password, const char *ip,
                  time_t now, struct account_session *s, struct account *acc,
                  struct merit_error *err)
{
    struct db_stmt *st;
    char since[21], at[21], exp[21], th[65], hash[crypto_pwhash_STRBYTES];
    char locked[21] = "";
    const char *p[2] = {ip, since};
    int64_t fails = 0, found = 0;
    int disabled = 0, failed = 0, step, ok;

    if (account_sodium(err) != 0)
        return -1;
    if (!ip)
        ip = "-";
    account_iso_time(now - ACCOUNT_IP_WINDOW_S, since);
    if (db_query_int64(db, "SELECT count(*) FROM login_failure WHERE ip = $1 AND at > $2", p, 2,
                       &fails, err) != 0)
        return -1;
    if (fails >= ACCOUNT_IP_MAX_FAILS)
        return err_set(err, MERIT_ERATE,
                       T("terlalu banyak percobaan masuk yang gagal dari alamat ini; coba lagi "
                         "dalam %d menit",
                         "too many failed logins from this address; try again in %d minutes"),
                       ACCOUNT_IP_WINDOW_S / 60);
    if (!username || !password || strlen(username) > 63 || strlen(password) > ACCOUNT_PASSWORD_MAX)
        return account_auth_error(err);

    st = db_prepare(db,
                    "SELECT " ACCOUNT_COLS ", a.password_hash, a.disabled, a.failed_logins,"
                    " a.locked_until FROM account a JOIN tenant t ON t.id = a.tenant_id"
                    " WHERE a.username = $1",
                    err);
    if (!st)
        return -1;
    db_bind_text(st, 1, username);
    step = db_step(st, err);
    if (step == DB_ROW) {
        found = 1;
        account_fill(st, 0, acc);
        snprintf(hash, sizeof(hash), "%s", db_col_text(st, 10));
        disabled = db_col_int64(st, 11) != 0;
        failed = (int)db_col_int64(st, 12);
        if (!db_col_isnull(st, 13))
            snprintf(locked, sizeof(locked), "%s", db_col_text(st, 13));
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (!found) {
        if (!account_dummy_hash[0] &&
            account_hash("merit-no-such-account", account_dummy_hash, err) != 0)
            return -1;
        snprintf(hash, sizeof(hash), "%s", account_dummy_hash);
    }
    ok = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
    account_iso_time(now, at);
    if (!found || !ok || disabled || (locked[0] && strcmp(locked, at) > 0)) {
        /* a locked or disabled account counts no further: the lock must not be prolonged */
        int count = found && ok ? 0 : 1;

        if (count && account_record_failure(db, username, found ? acc->id : 0,
                                            found ? acc->tenant_id : 0, failed, ip, now, err) != 0)
            return -1;
        return account_auth_error(err);
    }

    account_token_new(s->token);
    account_token_new(s->csrf);
    account_token_hash(s->token, th);
    account_iso_time(now + ACCOUNT_SESSION_MAX_S, exp);
    snprintf(s->expires_at, sizeof(s->expires_at), "%s", exp);
    if (db_begin(db, err) != 0)
        return -1;
    st = db_prepare(db,
                    "INSERT INTO session (token_hash, account_id, csrf_token, created_at,"
                    " expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)",
                    err);
    if (!st)
        goto fail;
    db_bind_text(st, 1, th);
    db_bind_int64(st, 2, acc->id);
    db_bind_text(st, 3, s->csrf);
    db_bind_text(st, 4, at);
    db_bind_text(st, 5, exp);
    step = db_step(st, err);
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    st = db_prepare(db,
                    "UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = $1"
                    " AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
                    err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, acc->id);
    step = db_step(st, err);
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    /* sessions past their end are swept here rather than by a timer */
    st = db_prepare(db, "DELETE FROM session WHERE account_id = $1 AND expires_at <= $2", err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, acc->id);
    db_bind_text(st, 2, at);
    step = db_step(st, err);
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    return db_commit(db, err);
fail:
    db_rollback(db);
    return -1;
}

int account_session_find(struct db *db, const char *token, time_t now, struct account *acc,
                         char csrf[ACCOUNT_TOKEN_LEN + 1], struct merit_error *err)
{
    struct db_stmt *st;
    char th[65], at[21], idle[21], seen[21], touch[21];
    int step, live = 0, stale = 0;

    if (!token || strlen(token) != ACCOUNT_TOKEN_LEN)
        goto dead;
    if (account_sodium(err) != 0)
        return -1;
    account_token_hash(token, th);
    account_iso_time(now, at);
    account_iso_time(now - ACCOUNT_SESSION_IDLE_S, idle);
    account_iso_time(now - 60, touch);
    st = db_prepare(db,
                    "SELECT " ACCOUNT_COLS ", s.csrf_token, s.expires_at, s.last_seen_at"
                    " FROM session s JOIN account a ON a.id = s.account_id"
                    " JOIN tenant t ON t.id = a.tenant_id"
                    " WHERE s.token_hash = $1 AND a.disabled = 0",
                    err);
    if (!st)
        return -1;
    db_bind_text(st, 1, th);
    step = db_step(st, err);
    if (step == DB_ROW) {
        account_fill(st, 0, acc);
        if (csrf)
            snprintf(csrf, ACCOUNT_TOKEN_LEN + 1, "%s", db_col_text(st, 10));
        snprintf(seen, sizeof(seen), "%s", db_col_text(st, 12));
        live = strcmp(db_col_text(st, 11), at) > 0 && strcmp(seen, idle) > 0;
        stale = strcmp(seen, touch) < 0;
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (!live)
        goto dead;
    if (stale) {
        /* at most one write a minute per session: a read-heavy API stays read-only */
        st = db_prepare(db, "UPDATE session SET last_seen_at = $2 WHERE token_hash = $1", err);
        if (!st)
            return -1;
        db_bind_text(st, 1, th);
        db_bind_text(st, 2, at);
        step = db_step(st, err);
        db_finalize(st);
        if (step != DB_DONE)
            return -1;
    }
    return 0;
dead:
    return err_set(err, MERIT_EAUTH, "%s",
                   T("sesi tidak ada atau sudah berakhir; silakan masuk lagi",
                     "no session or the session has ended; please sign in again"));
}

int account_logout(struct db *db, const char *token, struct merit_error *err)
{
    char th[65];
    const char *p[1] = {th};

    if (!token || account_sodium(err) != 0)
        return token ? -1 : 0;
    account_token_hash(token, th);
    return account_exec(db, "DELETE FROM session WHERE token_hash = $1", p, 1, err);
}

/* Sets the hash and ends the account's sessions (except keep_hash), audited, in one tx. */
static int account_set_password(struct db *db, int64_t tenant, int64_t id, const char *username,
                                const char *password, int must_change, const char *keep_hash,
                                const char *actor, const char *action, time_t now,
                                struct merit_error *err)
{
    char hash[crypto_pwhash_STRBYTES], at[21], obj[96];
    struct db_stmt *st;
    int step;

    if (account_hash(password, hash, err) != 0)
        return -1;
    account_iso_time(now, at);
    if (db_begin(db, err) != 0)
        goto wipe;
    st = db_prepare(db,
                    "UPDATE account SET password_hash = $2, must_change = $3,"
                    " password_changed_at = $4, failed_logins = 0, locked_until = NULL"
                    " WHERE id = $1",
                    err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, id);
    db_bind_text(st, 2, hash);
    db_bind_int64(st, 3, must_change);
    db_bind_text(st, 4, at);
    step = db_step(st, err);
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    st = db_prepare(db, "DELETE FROM session WHERE account_id = $1 AND token_hash <> $2", err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, id);
    db_bind_text(st, 2, keep_hash ? keep_hash : "");
    step = db_step(st, err);
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    snprintf(obj, sizeof(obj), "account:%s", username);
    if (audit_append(db, tenant, at, actor, action, obj, NULL, NULL, NULL, err) != 0)
        goto fail;
    sodium_memzero(hash, sizeof(hash));
    return db_commit(db, err);
fail:
    db_rollback(db);
wipe:
    sodium_memzero(hash, sizeof(hash));
    return -1;
}

int account_password_change(struct db *db, const struct account *acc, const char *current,
                            const char *fresh, const char *keep_token, time_t now,
                            struct merit_error *err)
{
    struct db_stmt *st;
    char hash[crypto_pwhash_STRBYTES] = "", keep[65];
    int step;

    if (account_sodium(err) != 0)
        return -1;
    st = db_prepare(db, "SELECT password_hash FROM account WHERE id = $1", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, acc->id);
    step = db_step(st, err);
    if (step == DB_ROW)
        snprintf(hash, sizeof(hash), "%s", db_col_text(st, 0));
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (!current || !hash[0] || crypto_pwhash_str_verify(hash, current, strlen(current)) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "current_password", "%s",
                          T("kata sandi sekarang salah", "the current password is wrong"));
    if (account_password_check(acc->username, fresh, "new_password", err) != 0)
        return -1;
    if (strcmp(current, fresh) == 0)
        return err_set_at(err, MERIT_EINVAL, 0, "new_password", "%s",
                          T("kata sandi baru harus berbeda dari yang sekarang",
                            "the new password must differ from the current one"));
    if (keep_token)
        account_token_hash(keep_token, keep);
    return account_set_password(db, acc->tenant_id, acc->id, acc->username, fresh, 0,
                                keep_token ? keep : NULL, acc->username, "account.password_change",
                                now, err);
}

static int account_find_id(struct db *db, int64_t tenant, const char *username, int64_t *id,
                           struct merit_error *err)
{
    return account_ref(db, "SELECT id FROM account WHERE tenant_id = $1 AND username = $2", tenant,
                       username ? username : "", "username", id, err);
}

int account_password_reset(struct db *db, int64_t tenant, const char *username,
                           const char *password, int must_change, const char *actor, time_t now,
                           struct merit_error *err)
{
    int64_t id;

    if (account_sodium(err) != 0 || account_find_id(db, tenant, username, &id, err) != 0 ||
        account_password_check(username, password, NULL, err) != 0)
        return -1;
    return account_set_password(db, tenant, id, username, password, must_change ? 1 : 0, NULL,
                                actor, "account.password_reset", now, err);
}

int account_set_disabled(struct db *db, int64_t tenant, const char *username, int disabled,
                         const char *actor, time_t now, struct merit_error *err)
{
    char at[21], obj[96], ids[24];
    const char *p[1] = {ids};
    int64_t id;

    if (account_find_id(db, tenant, username, &id, err) != 0)
        return -1;
    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    account_iso_time(now, at);
    if (db_begin(db, err) != 0)
        return -1;
    if (account_exec(db,
                     disabled ? "UPDATE account SET disabled = 1 WHERE id = CAST($1 AS BIGINT)"
                              : "UPDATE account SET disabled = 0, failed_logins = 0,"
                                " locked_until = NULL WHERE id = CAST($1 AS BIGINT)",
                     p, 1, err) != 0)
        goto fail;
    if (disabled && account_exec(db, "DELETE FROM session WHERE account_id = CAST($1 AS BIGINT)", p,
                                 1, err) != 0)
        goto fail;
    snprintf(obj, sizeof(obj), "account:%s", username);
    if (audit_append(db, tenant, at, actor, disabled ? "account.disable" : "account.enable", obj,
                     disabled ? "enabled" : "disabled", disabled ? "disabled" : "enabled", NULL,
                     err) != 0)
        goto fail;
    return db_commit(db, err);
fail:
    db_rollback(db);
    return -1;
}

int account_link_member(struct db *db, int64_t tenant, const char *username,
                        const char *committee_code, const char *member_code, const char *actor,
                        struct merit_error *err)
{
    char t[24], at[21], obj[96], after[160], ids[24], mids[24];
    const char *p[3] = {t, committee_code, member_code};
    int64_t id, member = 0, role_ok = 0;
    const char *q[2] = {ids, mids};

    if (account_find_id(db, tenant, username, &id, err) != 0)
        return -1;
    snprintf(ids, sizeof(ids), "%lld", (long long)id);
    if (db_query_int64(db,
                       "SELECT count(*) FROM account WHERE id = CAST($1 AS BIGINT) AND role ="
                       " 'committee'",
                       q, 1, &role_ok, err) != 0)
        return -1;
    if (!role_ok)
        return err_set_at(err, MERIT_EINVAL, 0, "username",
                          T("akun '%s' bukan akun anggota pansel (peran committee)",
                            "account '%s' is not a committee account"),
                          username);
    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db,
                       "SELECT m.id FROM committee_member m JOIN committee c ON c.id ="
                       " m.committee_id WHERE c.tenant_id = CAST($1 AS BIGINT) AND c.code = $2"
                       " AND m.code = $3",
                       p, 3, &member, err) != 0)
        return -1;
    if (!member)
        return err_set_at(
            err, MERIT_ENOTFOUND, 0, "member",
            T("pansel '%s' tidak punya anggota '%s'", "committee '%s' has no member '%s'"),
            committee_code, member_code);
    snprintf(mids, sizeof(mids), "%lld", (long long)member);
    account_iso_time(time(NULL), at);
    if (db_begin(db, err) != 0)
        return -1;
    if (account_exec(db,
                     "INSERT INTO account_member (account_id, member_id) VALUES"
                     " (CAST($1 AS BIGINT), CAST($2 AS BIGINT))",
                     q, 2, err) != 0)
        goto fail;
    snprintf(obj, sizeof(obj), "account:%s", username);
    snprintf(after, sizeof(after), "committee=%s member=%s", committee_code, member_code);
    if (audit_append(db, tenant, at, actor, "account.link", obj, NULL, after, NULL, err) != 0)
        goto fail;
    return db_commit(db, err);
fail:
    db_rollback(db);
    if (err->code == MERIT_EDB && strstr(err->msg, "UNIQUE") != NULL)
        err_set_at(err, MERIT_ECONFLICT, 0, "member", "%s",
                   T("kursi pansel ini sudah terhubung ke akun lain",
                     "this committee seat is linked to another account already"));
    return -1;
}

json_t *account_json(const struct account *acc)
{
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:b}", "username", acc->username,
                          "display_name", acc->display_name, "role", role_name(acc->role),
                          "role_label", role_label(acc->role), "tenant", acc->tenant_code,
                          "must_change_password", acc->must_change);

    json_object_set_new(o, "nip",
                        acc->employee_nip[0] ? json_string(acc->employee_nip) : json_null());
    return o;
}

int account_list(struct db *db, int64_t tenant, json_t **out, struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db,
                   "SELECT " ACCOUNT_COLS ", a.disabled, a.locked_until, e.nip, s.code,"
                   " a.created_at FROM account a JOIN tenant t ON t.id = a.tenant_id"
                   " LEFT JOIN employee e ON e.id = a.employee_id"
                   " LEFT JOIN assessor s ON s.id = a.assessor_id"
                   " WHERE $1 = 0 OR a.tenant_id = $1 ORDER BY t.code, a.username",
                   err);
    json_t *arr;
    int step;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        struct account acc;
        json_t *o;

        account_fill(st, 0, &acc);
        o = account_json(&acc);
        json_object_set_new(o, "disabled", json_boolean(db_col_int64(st, 10) != 0));
        json_object_set_new(o, "locked_until",
                            db_col_isnull(st, 11) ? json_null() : json_string(db_col_text(st, 11)));
        json_object_set_new(o, "employee_nip",
                            db_col_isnull(st, 12) ? json_null() : json_string(db_col_text(st, 12)));
        json_object_set_new(o, "assessor_code",
                            db_col_isnull(st, 13) ? json_null() : json_string(db_col_text(st, 13)));
        json_object_set_new(o, "created_at", json_string(db_col_text(st, 14)));
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (step == DB_ERROR) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}
