/*
 * check.c: compares runtime/ftoa.c (rt_ftoa) with Go's strconv output as
 * printed by tests/gen/floats/main.go, line by line; prints the first
 * mismatches and a summary "N values, M mismatches".
 *
 *   cc -O2 -I. tests/gen/floats/check.c runtime/ftoa.c runtime/fmt_buf.c -lm -o /tmp/floatcheck
 *   GO111MODULE=off go run tests/gen/floats/main.go | /tmp/floatcheck
 */
#include "runtime/rt_fmt.h"

#include <stdio.h>
#include <stdlib.h>

/* Standalone: fmt_buf.c's GC-heap copies are never used here. */
void *rt_alloc(uintptr_t size, const GoType *typ) {
    (void)typ;
    return calloc(1, size);
}

int main(void) {
    static char line[8192];
    long values = 0, bad = 0;
    static const struct { char fmt; int prec; } specs[] = {
        {'g', -1}, {'e', -1}, {'f', -1}, {'e', -2}, {'f', -2}, {'g', -2}, {'x', -1}, {'x', -3}, {'b', -1}};
    while (fgets(line, sizeof line, stdin)) {
        char *save, *tok = strtok_r(line, " \n", &save);
        int bits = atoi(tok);
        uint64_t u = strtoull(strtok_r(NULL, " \n", &save), NULL, 16);
        int prec = atoi(strtok_r(NULL, " \n", &save));
        double v;
        if (bits == 32) {
            uint32_t u32 = (uint32_t)u;
            float f;
            memcpy(&f, &u32, 4);
            v = f;
        } else {
            memcpy(&v, &u, 8);
        }
        values++;
        for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++) {
            const char *want = strtok_r(NULL, " \n", &save);
            int p = specs[k].prec == -2 ? prec : specs[k].prec == -3 ? prec % 16 : specs[k].prec;
            RtBuf b = {0};
            rt_ftoa(&b, v, (uint8_t)specs[k].fmt, p, bits);
            rt_buf_putc(&b, 0);
            if (strcmp((char *)b.p, want) != 0) {
                if (bad < 20)
                    printf("bits=%d %016llx fmt=%c prec=%d: got %s want %s\n", bits,
                           (unsigned long long)u, specs[k].fmt, p, (char *)b.p, want);
                bad++;
            }
            rt_buf_free(&b);
        }
    }
    printf("%ld values, %ld mismatches\n", values, bad);
    return bad != 0;
}
