/*
 * role.h - who may do what: the account roles and the permission sets the
 * route table is written in.
 *
 * A permission is a bit set of roles (0 = public, no account needed). Some
 * roles see only part of what a route serves; the route's scope says which
 * part, and the handler enforces it for those roles (the ROLE_SCOPED set):
 *
 *   assessor   only the participants of waves they are assigned to
 *   committee  only the committees they sit on
 *   employee   only their own results, once the wave is published
 *
 * Every role but super_admin is bound to one agency (tenant); nothing of
 * another agency is reachable by any id. Pure: no I/O.
 */
#ifndef MERIT_DOMAIN_ROLE_H
#define MERIT_DOMAIN_ROLE_H

enum role {
    ROLE_SUPER_ADMIN = 1u << 0, /* every agency; picks one per request */
    ROLE_ADMIN = 1u << 1,       /* agency admin: accounts, policies, everything of the agency */
    ROLE_OPERATOR = 1u << 2,    /* BKPSDM operator: data, waves, talent, moves, committees */
    ROLE_ASSESSOR = 1u << 3,
    ROLE_COMMITTEE = 1u << 4, /* pansel member */
    ROLE_HEAD = 1u << 5,      /* regional head / PPK: reads and approves */
    ROLE_EMPLOYEE = 1u << 6,
};

#define ROLE_COUNT 7
#define ROLE_ALL 0x7fu

/* The permission sets of the route table. */
#define PERM_PUBLIC 0u
#define PERM_SIGNED_IN ROLE_ALL
#define PERM_ADMIN (ROLE_SUPER_ADMIN | ROLE_ADMIN)
#define PERM_STAFF_WRITE (PERM_ADMIN | ROLE_OPERATOR)
#define PERM_STAFF_READ (PERM_STAFF_WRITE | ROLE_HEAD)
#define PERM_APPROVE (PERM_ADMIN | ROLE_HEAD)
#define PERM_SUPER ROLE_SUPER_ADMIN

/* Roles that only ever see the part of a route their scope allows. */
#define ROLE_SCOPED (ROLE_ASSESSOR | ROLE_COMMITTEE | ROLE_EMPLOYEE)

/** The role's name ("super_admin", "admin", "operator", ...), or "?" for a non-role. */
const char *role_name(unsigned role);
/** The role named s, or 0 when s names none. */
unsigned role_parse(const char *s);
/** The Bahasa Indonesia / English label of a role (for listings and the UI). */
const char *role_label(unsigned role);

#endif
