/*
 * sizeclasses.c: Go 1.19's size-class table (runtime/sizeclasses.go), the
 * same numbers, so that append's capacities, MemStats.BySize and the
 * per-span object counts match Go's.
 *
 * Class 0 is "large" (a span of its own).  Classes 1..67 cover 8..32768
 * bytes; a span of class c is rt_class_npages[c] pages of 8 KiB holding
 * floor(npages*8192 / size) objects.  Requests up to 1024 bytes find
 * their class through rt_size_to_class8 indexed by ceil(size/8), larger
 * ones through rt_size_to_class128 indexed by ceil((size-1024)/128).
 * rt_class_divmagic[c] is ceil(2^32 / size): (offset * magic) >> 32 is
 * offset / size for every offset inside a span (checked by the unit test).
 */
#include "runtime/gc_heap.h"

const uint16_t rt_class_size[GC_NUM_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
};

const uint8_t rt_class_npages[GC_NUM_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

const uint32_t rt_class_divmagic[GC_NUM_CLASSES] = {
    0, UINT32_MAX / 8 + 1, UINT32_MAX / 16 + 1, UINT32_MAX / 24 + 1, UINT32_MAX / 32 + 1, UINT32_MAX / 48 + 1,
    UINT32_MAX / 64 + 1, UINT32_MAX / 80 + 1, UINT32_MAX / 96 + 1, UINT32_MAX / 112 + 1, UINT32_MAX / 128 + 1, UINT32_MAX / 144 + 1,
    UINT32_MAX / 160 + 1, UINT32_MAX / 176 + 1, UINT32_MAX / 192 + 1, UINT32_MAX / 208 + 1, UINT32_MAX / 224 + 1, UINT32_MAX / 240 + 1,
    UINT32_MAX / 256 + 1, UINT32_MAX / 288 + 1, UINT32_MAX / 320 + 1, UINT32_MAX / 352 + 1, UINT32_MAX / 384 + 1, UINT32_MAX / 416 + 1,
    UINT32_MAX / 448 + 1, UINT32_MAX / 480 + 1, UINT32_MAX / 512 + 1, UINT32_MAX / 576 + 1, UINT32_MAX / 640 + 1, UINT32_MAX / 704 + 1,
    UINT32_MAX / 768 + 1, UINT32_MAX / 896 + 1, UINT32_MAX / 1024 + 1, UINT32_MAX / 1152 + 1, UINT32_MAX / 1280 + 1, UINT32_MAX / 1408 + 1,
    UINT32_MAX / 1536 + 1, UINT32_MAX / 1792 + 1, UINT32_MAX / 2048 + 1, UINT32_MAX / 2304 + 1, UINT32_MAX / 2688 + 1, UINT32_MAX / 3072 + 1,
    UINT32_MAX / 3200 + 1, UINT32_MAX / 3456 + 1, UINT32_MAX / 4096 + 1, UINT32_MAX / 4864 + 1, UINT32_MAX / 5376 + 1, UINT32_MAX / 6144 + 1,
    UINT32_MAX / 6528 + 1, UINT32_MAX / 6784 + 1, UINT32_MAX / 6912 + 1, UINT32_MAX / 8192 + 1, UINT32_MAX / 9472 + 1, UINT32_MAX / 9728 + 1,
    UINT32_MAX / 10240 + 1, UINT32_MAX / 10880 + 1, UINT32_MAX / 12288 + 1, UINT32_MAX / 13568 + 1, UINT32_MAX / 14336 + 1, UINT32_MAX / 16384 + 1,
    UINT32_MAX / 18432 + 1, UINT32_MAX / 19072 + 1, UINT32_MAX / 20480 + 1, UINT32_MAX / 21760 + 1, UINT32_MAX / 24576 + 1, UINT32_MAX / 27264 + 1,
    UINT32_MAX / 28672 + 1, UINT32_MAX / 32768 + 1,
};

const uint8_t rt_size_to_class8[GC_SMALL_SIZE_MAX / 8 + 1] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18,
    18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26,
    26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30,
    30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
    32,
};

const uint8_t rt_size_to_class128[(GC_MAX_SMALL - GC_SMALL_SIZE_MAX) / 128 + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46,
    46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52,
    52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60,
    60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
};

uintptr_t rt_roundupsize(uintptr_t size)
{
    if (size <= GC_MAX_SMALL) {
        if (size == 0)
            return 0;
        return rt_class_size[rt_size_class(size)];
    }
    if (size + GC_PAGE_SIZE < size)
        return size;
    return (size + GC_PAGE_SIZE - 1) & ~(uintptr_t)(GC_PAGE_SIZE - 1);
}
