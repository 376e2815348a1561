/*
 * account.h - accounts, passwords and sessions of the HTTP API.
 *
 * Passwords are stored only as libsodium crypto_pwhash_str strings
 * (argon2id, the "interactive" limits: 2 passes over 64 MiB). Session tokens
 * are 256 random bits handed to the browser once; the database keeps only
 * their SHA-256, so a copy of the session table opens nothing. Sessions live
 * in the database, so several `merit serve` processes behind a proxy share
 * them.
 *
 * Limits (docs/api.md): a session ends ACCOUNT_SESSION_IDLE_S after its last
 * use and ACCOUNT_SESSION_MAX_S after login; ACCOUNT_LOCK_AFTER wrong
 * passwords in a row lock an account for ACCOUNT_LOCK_S; ACCOUNT_IP_MAX_FAILS
 * failures from one address within ACCOUNT_IP_WINDOW_S refuse further
 * logins from it (MERIT_ERATE) until the window passes.
 *
 * Every change to an account (created, password changed or reset, disabled,
 * enabled, locked, linked) is an audit entry in the caller's tenant chain.
 * Errors: MERIT_EAUTH for a wrong login or a dead session (the message never
 * says which part was wrong), MERIT_EINVAL naming the field for bad input,
 * MERIT_ECONFLICT for a taken username, MERIT_ENOTFOUND, MERIT_EDB.
 */
#ifndef MERIT_SERVICES_ACCOUNT_H
#define MERIT_SERVICES_ACCOUNT_H

#include <jansson.h>
#include <stdint.h>
#include <time.h>

#include "db/db.h"

#define ACCOUNT_SESSION_IDLE_S (2 * 3600)
#define ACCOUNT_SESSION_MAX_S (12 * 3600)
#define ACCOUNT_LOCK_AFTER 5
#define ACCOUNT_LOCK_S (15 * 60)
#define ACCOUNT_IP_MAX_FAILS 20
#define ACCOUNT_IP_WINDOW_S (15 * 60)
#define ACCOUNT_PASSWORD_MIN 10
#define ACCOUNT_PASSWORD_MAX 256
#define ACCOUNT_TOKEN_LEN 43 /* base64url of 32 bytes, no padding */

struct account {
    int64_t id;
    int64_t tenant_id;
    char tenant_code[64];
    char username[64];
    char display_name[128];
    unsigned role;         /* one ROLE_* of domain/role.h */
    int64_t employee_id;   /* 0 when none */
    int64_t assessor_id;   /* 0 when none */
    char employee_nip[19]; /* the linked employee's NIP, "" when none */
    int must_change;       /* the password was set by an admin and must be changed */
};

struct account_new {
    const char *username; /* 3..63 of [a-z0-9._-], starting with a letter or digit */
    const char *display_name;
    const char *role;          /* role_name() */
    const char *password;      /* ACCOUNT_PASSWORD_MIN.. bytes, not the username */
    const char *employee_nip;  /* required for employee, optional otherwise */
    const char *assessor_code; /* required for assessor */
    int must_change;
};

struct account_session {
    char token[ACCOUNT_TOKEN_LEN + 1]; /* the cookie value; shown once, never stored */
    char csrf[ACCOUNT_TOKEN_LEN + 1];  /* sent back in X-CSRF-Token on state changes */
    char expires_at[21];
};

/** Creates an account in tenant; *id its id (may be NULL). Audited as account.create. */
int account_create(struct db *db, int64_t tenant, const struct account_new *n, const char *actor,
                   int64_t *id, struct merit_error *err);

/** The password rules, field "password" (or fname). */
int account_password_check(const char *username, const char *password, const char *fname,
                           struct merit_error *err);

/**
 * Checks username/password and opens a session. ip is the client address
 * (throttling). On success fills *s and *acc. Failures are MERIT_EAUTH
 * (wrong, disabled or locked: one message), MERIT_ERATE (address throttled).
 */
int account_login(struct db *db, const char *username, const char *password, const char *ip,
                  time_t now, struct account_session *s, struct account *acc,
                  struct merit_error *err);

/**
 * The account of a live session token; csrf (may be NULL) receives the
 * session's CSRF token. MERIT_EAUTH when the token is unknown, expired, idle
 * too long or its account disabled. Refreshes last use at most once a minute.
 */
int account_session_find(struct db *db, const char *token, time_t now, struct account *acc,
                         char csrf[ACCOUNT_TOKEN_LEN + 1], struct merit_error *err);

/** Ends the session of token (no error when it is already gone). */
int account_logout(struct db *db, const char *token, struct merit_error *err);

/** The signed-in user changes their own password; ends their other sessions. */
int account_password_change(struct db *db, const struct account *acc, const char *current,
                            const char *fresh, const char *keep_token, time_t now,
                            struct merit_error *err);

/**
 * An admin sets a new password (with must_change: to be changed at next
 * login); ends the account's sessions and lifts a lockout.
 */
int account_password_reset(struct db *db, int64_t tenant, const char *username,
                           const char *password, int must_change, const char *actor, time_t now,
                           struct merit_error *err);

/** Disables (ending its sessions) or enables an account; enabling also lifts a lock. */
int account_set_disabled(struct db *db, int64_t tenant, const char *username, int disabled,
                         const char *actor, time_t now, struct merit_error *err);

/** Gives a committee account a seat: member member_code of committee committee_code. */
int account_link_member(struct db *db, int64_t tenant, const char *username,
                        const char *committee_code, const char *member_code, const char *actor,
                        struct merit_error *err);

/** The tenant's accounts (all tenants when tenant is 0), without any secret. */
int account_list(struct db *db, int64_t tenant, json_t **out, struct merit_error *err);

/** One account as JSON (no secret); the shape of account_list's items. */
json_t *account_json(const struct account *acc);

/** "2026-11-23T10:00:00Z" for t. */
void account_iso_time(time_t t, char out[21]);

#endif
