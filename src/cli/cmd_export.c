#include "cli/cli.h"

#include <stdio.h>
#include <sysexits.h>

int cmd_export(struct cli_ctx *ctx, int argc, char **argv)
{
    fprintf(stderr, "merit: export is being written\n");
    return EX_SOFTWARE;
}
