/*
 * test_rt_fmt_ftoa.c: rt_ftoa (strconv.FormatFloat's algorithm) against a
 * checked-in sample of Go 1.19's output for 400 float64/float32 values in
 * nine formats each (shortest 'g' 'e' 'f', fixed 'e' 'f' 'g' with a
 * per-value precision, 'x' shortest and fixed, 'b').  The full run of a
 * million values per size is tests/gen/floats (see its check.c).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime/rt_fmt.h"
#include "tests/unit/rt_ftoa_sample.h"

Test(rt_ftoa, go_sample) {
    static const struct {
        char fmt;
        int prec; /* -2: the line's precision, -3: that modulo 16 */
    } specs[] = {{'g', -1}, {'e', -1}, {'f', -1}, {'e', -2}, {'f', -2}, {'g', -2}, {'x', -1}, {'x', -3}, {'b', -1}};
    int n = (int)(sizeof ftoa_sample / sizeof ftoa_sample[0]), bad = 0, checked = 0;
    for (int i = 0; i < n; i++) {
        char *line = strdup(ftoa_sample[i]), *save;
        int bits = atoi(strtok_r(line, " ", &save));
        uint64_t u = strtoull(strtok_r(NULL, " ", &save), NULL, 16);
        int prec = atoi(strtok_r(NULL, " ", &save));
        double v;
        if (bits == 32) {
            uint32_t u32 = (uint32_t)u;
            float f;
            memcpy(&f, &u32, 4);
            v = f;
        } else {
            memcpy(&v, &u, 8);
        }
        for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++) {
            const char *want = strtok_r(NULL, " ", &save);
            int p = specs[k].prec == -2 ? prec : specs[k].prec == -3 ? prec % 16 : specs[k].prec;
            RtBuf b = {0};
            rt_ftoa(&b, v, (uint8_t)specs[k].fmt, p, bits);
            checked++;
            if (b.n != strlen(want) || memcmp(b.p, want, b.n) != 0) {
                if (++bad <= 20)
                    cr_log_error("bits=%d %016llx %c prec %d: got %.*s want %s", bits, (unsigned long long)u,
                                 specs[k].fmt, p, (int)b.n, (const char *)b.p, want);
            }
            rt_buf_free(&b);
        }
        free(line);
    }
    cr_expect(checked == n * 9 && n >= 400, "sample too small: %d", checked);
    cr_expect_eq(bad, 0, "%d of %d conversions differ from Go", bad, checked);
}

/* The two formats with Go-specific shapes, spelled out (from go 1.19):
 * FormatFloat(1e21,'g',-1,64) "1e+21"; FormatFloat(123456,'g',-1,64)
 * "123456"; FormatFloat(1e-5,'g',-1,64) "1e-05"; FormatFloat(0.1,'g',-1,32)
 * "0.1"; FormatFloat(float64(float32(0.1)),'g',-1,64) "0.10000000149011612";
 * FormatFloat(100,'e',0,64) "1e+02"; FormatFloat(2.5,'f',0,64) "2";
 * FormatFloat(0,'g',3,64) "0"; FormatFloat(math.Copysign(0, -1),'f',2,64) "-0.00". */
Test(rt_ftoa, shapes) {
    static const struct {
        double v;
        char fmt;
        int prec, bits;
        const char *want;
    } c[] = {{1e21, 'g', -1, 64, "1e+21"}, {123456, 'g', -1, 64, "123456"}, {1e-5, 'g', -1, 64, "1e-05"},
             {0.1, 'g', -1, 32, "0.1"}, {(double)0.1f, 'g', -1, 64, "0.10000000149011612"},
             {100, 'e', 0, 64, "1e+02"}, {2.5, 'f', 0, 64, "2"}, {0, 'g', 3, 64, "0"},
             {-0.0, 'f', 2, 64, "-0.00"}};
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        RtBuf b = {0};
        rt_ftoa(&b, c[i].v, (uint8_t)c[i].fmt, c[i].prec, c[i].bits);
        cr_expect(b.n == strlen(c[i].want) && memcmp(b.p, c[i].want, b.n) == 0, "%g %c %d: got %.*s want %s",
                  c[i].v, c[i].fmt, c[i].prec, (int)b.n, (const char *)b.p, c[i].want);
        rt_buf_free(&b);
    }
}
