#include "cli/cli.h"

#include <stdio.h>
#include <sysexits.h>

int cmd_demo(struct cli_ctx *ctx, int argc, char **argv)
{
    fprintf(stderr, "merit: demo is being written\n");
    return EX_SOFTWARE;
}
