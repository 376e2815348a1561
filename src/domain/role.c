#include "domain/role.h"

#include <string.h>

#include "base/i18n.h"

static const struct {
    unsigned role;
    const char *name;
    const char *id, *en;
} role_table[ROLE_COUNT] = {
    {ROLE_SUPER_ADMIN, "super_admin", "Admin pusat (semua instansi)", "Super admin (all agencies)"},
    {ROLE_ADMIN, "admin", "Admin instansi", "Agency admin"},
    {ROLE_OPERATOR, "operator", "Operator BKPSDM", "BKPSDM operator"},
    {ROLE_ASSESSOR, "assessor", "Asesor", "Assessor"},
    {ROLE_COMMITTEE, "committee", "Anggota pansel", "Committee member"},
    {ROLE_HEAD, "head", "Kepala daerah / PPK", "Regional head / PPK"},
    {ROLE_EMPLOYEE, "employee", "Pegawai", "Employee"},
};

const char *role_name(unsigned role)
{
    for (int i = 0; i < ROLE_COUNT; i++) {
        if (role_table[i].role == role)
            return role_table[i].name;
    }
    return "?";
}

unsigned role_parse(const char *s)
{
    for (int i = 0; s && i < ROLE_COUNT; i++) {
        if (strcmp(role_table[i].name, s) == 0)
            return role_table[i].role;
    }
    return 0;
}

const char *role_label(unsigned role)
{
    for (int i = 0; i < ROLE_COUNT; i++) {
        if (role_table[i].role == role)
            return T(role_table[i].id, role_table[i].en);
    }
    return "?";
}
