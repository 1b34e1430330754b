/*
 * test_rt_gc_sizeclass.c: Go's size-class table and the rounding built on
 * it.  Pinned values come from Go 1.19 (runtime/sizeclasses.go's comment
 * table and the capacities `go run` prints for append loops).
 */
#include "test_rt_gc.h"

/* A few rows of Go's table: class, bytes/obj, bytes/span, objects. */
static const struct { int cls, size, span, objs; } rows[] = {
    {1, 8, 8192, 1024},   {2, 16, 8192, 512},   {3, 24, 8192, 341},
    {5, 48, 8192, 170},   {19, 288, 8192, 28},  {35, 1408, 16384, 11},
    {41, 3072, 24576, 8}, {50, 6912, 49152, 7}, {52, 9472, 57344, 6},
    {60, 18432, 73728, 4}, {66, 28672, 57344, 2}, {67, 32768, 32768, 1},
};

Test(rt_gc_sizeclass, go_rows)
{
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int c = rows[i].cls;
        cr_expect_eq(rt_class_size[c], rows[i].size, "class %d", c);
        cr_expect_eq(rt_class_npages[c] * 8192, rows[i].span, "class %d", c);
        cr_expect_eq(rt_class_npages[c] * 8192 / rt_class_size[c], rows[i].objs, "class %d", c);
    }
}

Test(rt_gc_sizeclass, classes_cover_every_size)
{
    for (int c = 2; c < GC_NUM_CLASSES; c++)
        cr_assert_gt(rt_class_size[c], rt_class_size[c - 1]);
    for (uintptr_t size = 1; size <= GC_MAX_SMALL; size++) {
        unsigned c = rt_size_class(size);
        cr_assert(c >= 1 && c < GC_NUM_CLASSES);
        cr_assert_geq(rt_class_size[c], size, "size %zu", (size_t)size);
        cr_assert_lt(rt_class_size[c - 1], size, "size %zu is not in the smallest class", (size_t)size);
    }
}

Test(rt_gc_sizeclass, divmagic_divides)
{
    for (int c = 1; c < GC_NUM_CLASSES; c++) {
        uint64_t span = (uint64_t)rt_class_npages[c] * 8192, size = rt_class_size[c];
        for (uint64_t off = 0; off < span; off++)
            if ((off * rt_class_divmagic[c]) >> 32 != off / size)
                cr_assert_fail("class %d offset %llu", c, (unsigned long long)off);
    }
}

Test(rt_gc_sizeclass, roundupsize)
{
    cr_expect_eq(rt_roundupsize(0), 0);
    cr_expect_eq(rt_roundupsize(1), 8);
    cr_expect_eq(rt_roundupsize(17), 24);
    cr_expect_eq(rt_roundupsize(1017), 1024);
    cr_expect_eq(rt_roundupsize(1025), 1152);
    cr_expect_eq(rt_roundupsize(32767), 32768);
    cr_expect_eq(rt_roundupsize(32768), 32768);
    cr_expect_eq(rt_roundupsize(32769), 40960);
    cr_expect_eq(rt_roundupsize(100000), 106496);
}

/* Go 1.19's growslice for append of one int at a time, reduced to what it
 * asks of roundupsize: the capacities `go run` prints are
 * 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288. */
Test(rt_gc_sizeclass, append_capacities_match_go)
{
    static const int64_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848,
                                   1280, 1792, 2560, 3408, 5120, 7168, 9216, 12288};
    int64_t cap = 0;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int64_t need = cap + 1, newcap = cap, dbl = cap * 2;
        if (need > dbl) {
            newcap = need;
        } else if (cap < 256) {
            newcap = dbl;
        } else {
            while (newcap < need)
                newcap += (newcap + 3 * 256) / 4;
        }
        cap = (int64_t)(rt_roundupsize((uintptr_t)newcap * 8) / 8);
        cr_expect_eq(cap, want[i], "step %zu: %lld", i, (long long)cap);
    }
}
