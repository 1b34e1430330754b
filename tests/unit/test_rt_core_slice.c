/*
 * test_rt_core_slice.c: append growth, make and copy (runtime/slice.c).
 *
 * The expected capacities are Go 1.19's, printed by this program (run with
 * `go run testdata/pending/append_growth.go`; each table is the sequence of distinct cap() values
 * seen while appending):
 *
 *   int:      var s []int;    s = append(s, i) 3,000,000 times
 *   byte:     var s []byte;   s = append(s, byte(i)) 300,000 times
 *   s24:      []struct{a, b, c int64}, one at a time, 300,000 times
 *   s12:      []struct{a, b, c int32}, one at a time, 300,000 times
 *   s40:      []struct{a, b, c, d, e int64}, 100,000 times
 *   string:   []string, 300,000 times
 *   int32by5: []int32, append(s, 1, 2, 3, 4, 5) 100,000 times
 *   intbulk:  cap(append([]int(nil), make([]int, n)...)) for n = 0..300
 *   bytebulk: the same for []byte
 *   intgrow:  for n = 1, 38, ..., 1999: cap(append(make([]int, n), 1)) and
 *             cap(append(make([]int, n, n), make([]int, n+3)...))
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_rt_core.h"

/* Generated from the output of a Go 1.19 program (testdata/pending/append_growth.go, see the
 * comment above each table); do not edit by hand. */
static const intptr_t go_caps_int[] = {
    1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120, 7168, 9216, 12288,
    16384, 21504, 27648, 34816, 44032, 55296, 69632, 88064, 110592, 139264, 175104, 219136,
    274432, 344064, 431104, 539648, 674816, 843776, 1055744, 1319936, 1650688, 2064384, 2581504,
    3227648
};
static const intptr_t go_caps_byte[] = {
    8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376, 6912, 9472, 12288, 16384,
    21760, 28672, 40960, 57344, 73728, 98304, 131072, 172032, 221184, 278528, 352256
};
static const intptr_t go_caps_s24[] = {
    1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072, 4096, 5461, 7168, 9216, 11946,
    15360, 19456, 24576, 31061, 39253, 49493, 62122, 78165, 97962, 122880, 153941, 192853,
    241322, 302080
};
static const intptr_t go_caps_s12[] = {
    1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413, 4778, 6826, 8874, 11605,
    15018, 19114, 24576, 31402, 39594, 49834, 62805, 79189, 99669, 124928, 157013, 196608,
    246442, 308565
};
static const intptr_t go_caps_s40[] = {
    1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252, 3072, 4096, 5324, 6963, 9011,
    11468, 14540, 18432, 23347, 29491, 37068, 46694, 58572, 73523, 92160, 115507
};
static const intptr_t go_caps_string[] = {
    1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584, 5120, 6656, 8704, 11264,
    14336, 18432, 23552, 29696, 37376, 47104, 59392, 74752, 93696, 117760, 147456, 184832,
    231424, 289792, 362496
};
static const intptr_t go_caps_int32by5[] = {
    6, 12, 24, 48, 96, 192, 384, 672, 1216, 1728, 2368, 3392, 4608, 6144, 8192, 12288, 16384,
    22528, 28672, 36864, 47104, 59392, 75776, 96256, 120832, 151552, 190464, 239616, 301056,
    376832, 473088, 591872
};
static const intptr_t go_caps_intbulk[] = {
    0, 1, 2, 3, 4, 6, 6, 8, 8, 10, 10, 12, 12, 14, 14, 16, 16, 18, 18, 20, 20, 22, 22, 24, 24,
    26, 26, 28, 28, 30, 30, 32, 32, 36, 36, 36, 36, 40, 40, 40, 40, 44, 44, 44, 44, 48, 48, 48,
    48, 52, 52, 52, 52, 56, 56, 56, 56, 60, 60, 60, 60, 64, 64, 64, 64, 72, 72, 72, 72, 72, 72,
    72, 72, 80, 80, 80, 80, 80, 80, 80, 80, 88, 88, 88, 88, 88, 88, 88, 88, 96, 96, 96, 96, 96,
    96, 96, 96, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 144, 144,
    144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 160, 160, 160, 160,
    160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 176, 176, 176, 176, 176, 176,
    176, 176, 176, 176, 176, 176, 176, 176, 176, 176, 192, 192, 192, 192, 192, 192, 192, 192,
    192, 192, 192, 192, 192, 192, 192, 192, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224,
    224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224,
    224, 224, 224, 224, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256,
    256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256,
    288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288,
    288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 336, 336, 336, 336,
    336, 336, 336, 336, 336, 336, 336, 336
};
static const intptr_t go_caps_bytebulk[] = {
    0, 8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24, 24, 24, 24, 24,
    32, 32, 32, 32, 32, 32, 32, 32, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
    48, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 80, 80, 80, 80, 80, 80,
    80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96,
    96, 96, 96, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112, 112,
    128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 144, 144,
    144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 144, 160, 160, 160, 160,
    160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 160, 176, 176, 176, 176, 176, 176,
    176, 176, 176, 176, 176, 176, 176, 176, 176, 176, 192, 192, 192, 192, 192, 192, 192, 192,
    192, 192, 192, 192, 192, 192, 192, 192, 208, 208, 208, 208, 208, 208, 208, 208, 208, 208,
    208, 208, 208, 208, 208, 208, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224, 224,
    224, 224, 224, 224, 240, 240, 240, 240, 240, 240, 240, 240, 240, 240, 240, 240, 240, 240,
    240, 240, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256,
    288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288,
    288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 288, 320, 320, 320, 320,
    320, 320, 320, 320, 320, 320, 320, 320
};
static const intptr_t go_caps_intgrow_one[] = {
    2, 80, 160, 224, 336, 384, 512, 608, 608, 672, 672, 768, 768, 816, 848, 1024, 1024, 1024,
    1184, 1184, 1184, 1184, 1216, 1280, 1360, 1360, 1536, 1536, 1536, 1536, 1696, 1696, 1696,
    1792, 1792, 2048, 2048, 2048, 2048, 2048, 2048, 2304, 2304, 2304, 2304, 2304, 2384, 2384,
    2560, 2560, 2560, 2560, 2720, 2720, 2720
};
static const intptr_t go_caps_intgrow_bulk[] = {
    6, 80, 160, 256, 336, 384, 512, 608, 608, 672, 768, 848, 1024, 1024, 1184, 1184, 1216, 1280,
    1360, 1536, 1536, 1696, 1696, 1792, 1792, 2048, 2048, 2048, 2304, 2304, 2304, 2304, 2384,
    2560, 2560, 2720, 2720, 3072, 3072, 3072, 3072, 3072, 3408, 3408, 3408, 3408, 3584, 3584,
    3584, 4096, 4096, 4096, 4096, 4096, 4096
};


#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const GoType t_s24 = {.size = 24, .align = 8, .field_align = 8, .kind = GO_STRUCT,
                             .tflag = GO_TF_NOPOINTERS, .string = "main.S24"};
static const GoType t_s12 = {.size = 12, .align = 4, .field_align = 4, .kind = GO_STRUCT,
                             .tflag = GO_TF_NOPOINTERS, .string = "main.S12"};
static const GoType t_s40 = {.size = 40, .align = 8, .field_align = 8, .kind = GO_STRUCT,
                             .tflag = GO_TF_NOPOINTERS, .string = "main.S40"};

/* Appends `step` elements at a time, n times, the way generated code does
 * (growslice only when the new length exceeds the capacity), and checks
 * the sequence of distinct capacities against Go's. */
static void check_sequence(const GoType *et, intptr_t n, intptr_t step, const intptr_t *want,
                           size_t nwant, const char *what) {
    GoSlice s = {NULL, 0, 0};
    size_t k = 0;
    intptr_t last = -1;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t newlen = s.len + step;
        if (newlen > s.cap) {
            s = rt_growslice(et, s, newlen);
            cr_assert_eq(s.len, newlen);
        } else {
            s.len = newlen;
        }
        /* touch the last element: the memory must be there */
        memset((uint8_t *)s.p + (s.len - 1) * (intptr_t)et->size, 0x5a, et->size);
        if (s.cap != last) {
            last = s.cap;
            cr_assert(k < nwant, "%s: more capacities than Go (%zd at len %zd)", what, s.cap, s.len);
            cr_assert_eq(s.cap, want[k], "%s: capacity #%zu is %zd, Go has %zd", what, k, s.cap,
                         want[k]);
            k++;
        }
    }
    cr_assert_eq(k, nwant, "%s: %zu capacities, Go has %zu", what, k, nwant);
}

GTest(rt_core_slice, append_one_int) {
    check_sequence(&go_type_int, 3000000, 1, go_caps_int, NELEM(go_caps_int), "int");
}
GTest(rt_core_slice, append_one_byte) {
    check_sequence(&go_type_uint8, 300000, 1, go_caps_byte, NELEM(go_caps_byte), "byte");
}
GTest(rt_core_slice, append_struct24) {
    check_sequence(&t_s24, 300000, 1, go_caps_s24, NELEM(go_caps_s24), "s24");
}
GTest(rt_core_slice, append_struct12) {
    check_sequence(&t_s12, 300000, 1, go_caps_s12, NELEM(go_caps_s12), "s12");
}
GTest(rt_core_slice, append_struct40) {
    check_sequence(&t_s40, 100000, 1, go_caps_s40, NELEM(go_caps_s40), "s40");
}
GTest(rt_core_slice, append_string) {
    check_sequence(&go_type_string, 300000, 1, go_caps_string, NELEM(go_caps_string), "string");
}
GTest(rt_core_slice, append_five_int32) {
    check_sequence(&go_type_int32, 100000, 5, go_caps_int32by5, NELEM(go_caps_int32by5), "int32by5");
}

GTest(rt_core_slice, append_bulk_to_nil) {
    for (intptr_t n = 0; n <= 300; n++) {
        GoSlice nil = {NULL, 0, 0};
        GoSlice a = n > 0 ? rt_growslice(&go_type_int, nil, n) : nil;
        GoSlice b = n > 0 ? rt_growslice(&go_type_uint8, nil, n) : nil;
        cr_assert_eq(a.cap, go_caps_intbulk[n], "[]int n=%zd: %zd vs %zd", n, a.cap, go_caps_intbulk[n]);
        cr_assert_eq(b.cap, go_caps_bytebulk[n], "[]byte n=%zd: %zd vs %zd", n, b.cap, go_caps_bytebulk[n]);
    }
}

GTest(rt_core_slice, append_to_full_make) {
    size_t k = 0;
    for (intptr_t n = 1; n <= 2000; n += 37, k++) {
        GoSlice s = rt_makeslice(&go_type_int, n, n);
        GoSlice one = rt_growslice(&go_type_int, s, n + 1);
        GoSlice bulk = rt_growslice(&go_type_int, s, 2 * n + 3);
        cr_assert_eq(one.cap, go_caps_intgrow_one[k], "n=%zd", n);
        cr_assert_eq(bulk.cap, go_caps_intgrow_bulk[k], "n=%zd", n);
    }
    cr_assert_eq(k, NELEM(go_caps_intgrow_one));
}

GTest(rt_core_slice, growslice_copies_and_zeroes) {
    GoSlice s = rt_makeslice(&go_type_int, 3, 3);
    int64_t *p = s.p;
    p[0] = 10, p[1] = 20, p[2] = 30;
    GoSlice t = rt_growslice(&go_type_int, s, 4);
    int64_t *q = t.p;
    cr_assert(q != p);
    cr_assert_eq(q[0], 10);
    cr_assert_eq(q[2], 30);
    cr_assert_eq(q[3], 0);
    cr_assert_eq(t.len, 4);
    cr_assert_eq(t.cap, 6);
}

GTest(rt_core_slice, zero_size_elements) {
    static const GoType empty = {.size = 0, .align = 1, .kind = GO_STRUCT, .string = "struct {}"};
    GoSlice s = {NULL, 0, 0};
    s = rt_growslice(&empty, s, 5);
    cr_assert_eq(s.len, 5);
    cr_assert_eq(s.cap, 5);
    cr_assert(s.p != NULL);
    GoSlice m = rt_makeslice(&empty, 10, 20);
    cr_assert_eq(m.cap, 20);
}

GTest(rt_core_slice, copy_overlapping) {
    GoSlice s = rt_makeslice(&go_type_int, 10, 10);
    int64_t *p = s.p;
    for (int i = 0; i < 10; i++) p[i] = i;
    intptr_t n = rt_slicecopy(&go_type_int, p + 2, 8, p, 10);
    cr_assert_eq(n, 8);
    for (int i = 0; i < 8; i++) cr_assert_eq(p[i + 2], i);
    cr_assert_eq(rt_slicecopy(&go_type_int, p, 0, p + 1, 5), 0);
    uint8_t dst[3];
    GoString src = rt_cstr("hello");
    cr_assert_eq(rt_slicecopy(&go_type_uint8, dst, 3, src.p, src.n), 3);
    cr_assert_eq(memcmp(dst, "hel", 3), 0);
}

GTest(rt_core_slice, make_caps_exact) {
    GoSlice s = rt_makeslice(&go_type_int, 0, 5);
    cr_assert_eq(s.cap, 5);
    cr_assert_eq(s.len, 0);
    s = rt_makeslice(&go_type_uint8, 7, 7);
    cr_assert_eq(s.cap, 7);
}

/* Runs fn in a child and returns what it wrote to stderr, and its status. */
static int child_stderr(void (*fn)(void), char *out, size_t outsz) {
    int pfd[2];
    cr_assert_eq(pipe(pfd), 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pfd[1], 2);
        close(pfd[0]);
        fn();
        _exit(0);
    }
    close(pfd[1]);
    size_t n = 0;
    ssize_t r;
    while (n < outsz - 1 && (r = read(pfd[0], out + n, outsz - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    close(pfd[0]);
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void mk_neg_len(void) { rt_makeslice(&go_type_int, -1, 5); }
static void mk_len_gt_cap(void) { rt_makeslice(&go_type_int, 2, 1); }
static void mk_huge(void) { rt_makeslice(&go_type_int, (int64_t)1 << 50, (int64_t)1 << 50); }
static void mk_huge_cap(void) { rt_makeslice(&go_type_int, 1, (int64_t)1 << 50); }

static void expect_first_line(void (*fn)(void), const char *want) {
    char buf[4096];
    int st = child_stderr(fn, buf, sizeof buf);
    cr_assert_eq(st, 2, "exit status %d", st);
    char *nl = strchr(buf, '\n');
    cr_assert(nl != NULL, "no output: %s", buf);
    *nl = 0;
    cr_assert_str_eq(buf, want);
}

GTest(rt_core_slice, make_panics) {
    expect_first_line(mk_neg_len, "panic: runtime error: makeslice: len out of range");
    expect_first_line(mk_len_gt_cap, "panic: runtime error: makeslice: cap out of range");
    expect_first_line(mk_huge, "panic: runtime error: makeslice: len out of range");
    expect_first_line(mk_huge_cap, "panic: runtime error: makeslice: cap out of range");
}
