#include "cli/cli.h"

#include <stdio.h>
#include <sysexits.h>

int cmd_import(struct cli_ctx *ctx, int argc, char **argv)
{
    fprintf(stderr, "merit: import is being written\n");
    return EX_SOFTWARE;
}
