#include "cli/cli.h"

#include <stdio.h>
#include <sysexits.h>

int cmd_serve(struct cli_ctx *ctx, int argc, char **argv)
{
    fprintf(stderr, "merit: serve is being written\n");
    return EX_SOFTWARE;
}
