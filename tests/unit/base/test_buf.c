#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

Test(buf, init_is_empty_and_terminated)
{
    struct buf b = BUF_INIT;

    cr_assert_not_null(b.data);
    cr_assert_eq(b.len, 0);
    cr_assert_str_eq(b.data, "");
    buf_reset(&b);
    cr_assert_str_eq(b.data, "");
    buf_release(&b);
    cr_assert_str_eq(b.data, "");
}

Test(buf, growth_keeps_content)
{
    struct buf b;
    char expect[10001];

    buf_init(&b);
    for (int i = 0; i < 10000; i++) {
        char c = (char)('a' + i % 26);

        buf_putc(&b, c);
        expect[i] = c;
        cr_assert(b.cap > b.len);
        cr_assert_eq(b.data[b.len], '\0');
    }
    expect[10000] = '\0';
    cr_assert_eq(b.len, 10000);
    cr_assert_str_eq(b.data, expect);
    buf_reset(&b);
    cr_assert_eq(b.len, 0);
    cr_assert_str_eq(b.data, "");
    cr_assert(b.cap > 10000, "reset keeps the storage");
    buf_release(&b);
    cr_assert_eq(b.cap, 0);
}

Test(buf, append_embedded_nul)
{
    struct buf b = BUF_INIT;

    buf_append(&b, "a\0b", 3);
    buf_puts(&b, "cd");
    cr_assert_eq(b.len, 5);
    cr_assert(memcmp(b.data, "a\0bcd", 6) == 0);
    buf_append(&b, "", 0);
    cr_assert_eq(b.len, 5);
    buf_release(&b);
}

Test(buf, grow_reserves)
{
    struct buf b = BUF_INIT;
    char *before;

    buf_grow(&b, 1000);
    cr_assert(b.cap >= 1001);
    before = b.data;
    for (int i = 0; i < 1000; i++)
        buf_putc(&b, 'x');
    cr_assert_eq(b.data, before, "no reallocation within the reserved space");
    buf_release(&b);
}

Test(buf, printf_short_and_long)
{
    struct buf b = BUF_INIT;
    char big[5000];

    buf_printf(&b, "%d-%s", 42, "x");
    cr_assert_str_eq(b.data, "42-x");
    memset(big, 'z', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    /* longer than the free space: the first vsnprintf must be retried after growing */
    buf_printf(&b, "[%s]", big);
    cr_assert_eq(b.len, 4 + 2 + 4999);
    cr_assert_eq(b.data[4], '[');
    cr_assert_eq(b.data[5], 'z');
    cr_assert_eq(b.data[b.len - 2], 'z');
    cr_assert_eq(b.data[b.len - 1], ']');
    cr_assert_eq(b.data[b.len], '\0');
    cr_assert_eq(strlen(b.data), b.len);
    buf_printf(&b, "%s", "");
    cr_assert_eq(b.len, 4 + 2 + 4999);
    buf_release(&b);

    /* a long first write into an empty buffer */
    buf_printf(&b, "%0*d", 3000, 7);
    cr_assert_eq(b.len, 3000);
    cr_assert_eq(b.data[2999], '7');
    cr_assert_eq(b.data[0], '0');
    buf_release(&b);
}

Test(buf, detach)
{
    struct buf b = BUF_INIT;
    size_t len = 99;
    char *s;

    s = buf_detach(&b, &len);
    cr_assert_str_eq(s, "");
    cr_assert_eq(len, 0);
    free(s);

    buf_puts(&b, "hello");
    s = buf_detach(&b, &len);
    cr_assert_str_eq(s, "hello");
    cr_assert_eq(len, 5);
    cr_assert_eq(b.len, 0);
    cr_assert_eq(b.cap, 0);
    cr_assert_str_eq(b.data, "");
    free(s);

    buf_puts(&b, "again");
    s = buf_detach(&b, NULL);
    cr_assert_str_eq(s, "again");
    free(s);
}
