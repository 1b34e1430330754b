/*
 * f32sweep.c: compares ftoa.c's two shortest float32 paths, Ryu
 * (dec_shortest32) and the exact interval method (dec_round_shortest,
 * itself checked against Go by check.c), on every STEP-th positive finite
 * float32 (STEP = 1: all 2^31 - 2^23 of them; the sign never matters).
 *
 *   cc -O2 -I. tests/gen/floats/f32sweep.c runtime/fmt_buf.c -lm -o /tmp/f32sweep
 *   /tmp/f32sweep 97      # 22M values in ~10 s
 */
#include "runtime/ftoa.c"

#include <stdio.h>
#include <stdlib.h>

/* Standalone: fmt_buf.c's GC-heap copies are never used here. */
void *rt_alloc(uintptr_t size, const GoType *typ) {
    (void)typ;
    return calloc(1, size);
}

int main(int argc, char **argv) {
    uint64_t step = argc > 1 ? strtoull(argv[1], 0, 10) : 1009, bad = 0, n = 0;
    for (uint64_t u = 1; u < 0x7F800000ULL; u += step) {
        uint32_t b = (uint32_t)u;
        Dec fast, exact;
        dec_shortest32(&fast, b);
        uint64_t mant = b & ((1u << 23) - 1);
        int exp = (b >> 23) & 0xFF;
        if (exp == 0) exp++;
        else mant |= 1u << 23;
        exp += f32info.bias;
        dec_from_binary(&exact, mant, exp - 23);
        dec_round_shortest(&exact, mant, exp, &f32info);
        n++;
        if (fast.nd != exact.nd || fast.dp != exact.dp || memcmp(fast.d, exact.d, (size_t)fast.nd)) {
            if (bad++ < 5) printf("mismatch %08x\n", b);
        }
    }
    printf("%llu float32 values, %llu mismatches\n", (unsigned long long)n, (unsigned long long)bad);
    return bad != 0;
}
