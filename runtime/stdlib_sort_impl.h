/*
 * stdlib_sort_impl.h: the sorting algorithms of Go 1.19's package sort,
 * written once and instantiated for several element accessors (included by
 * stdlib_sort.c with SORT_PREFIX, SORT_CTX, SORT_LESS and SORT_SWAP
 * defined; a C "template").
 *
 * Why the same algorithms as Go: an unstable sort leaves equal elements in
 * an order that depends on the algorithm, and user Less/Swap methods may
 * observe every call.  Programs print what they sorted, so we make the same
 * Less and Swap calls in the same order as Go 1.19:
 *
 *   unstable (Sort, Slice, Ints, Float64s, Strings): pattern-defeating
 *   quicksort.  Short ranges (<= 12) get insertion sort; a recursion budget
 *   of bits.Len(n) bad partitions falls back to heapsort.  The pivot is the
 *   median of three (ranges >= 8) or of three medians of three (>= 50); the
 *   number of swaps the medians needed hints whether the range looks
 *   increasing (0 swaps: try a bounded insertion sort, give up after 5
 *   misplaced elements) or decreasing (12: reverse it first).  After an
 *   unbalanced partition (smaller side < 1/8) three elements near the
 *   middle are swapped with xorshift-chosen ones to break patterns.  When
 *   the element before the range is not less than the pivot, all elements
 *   equal to the pivot are gathered at once (partitionEqual).  The smaller
 *   side recurses, the larger one loops.
 *
 *   stable (Stable, SliceStable): insertion sort of blocks of 20, then
 *   in-place SymMerge passes (Kim & Kutzner), rotations by block swaps.
 */
#ifndef SORT_PREFIX
#error "define SORT_PREFIX, SORT_CTX, SORT_LESS(c, i, j), SORT_SWAP(c, i, j)"
#endif

#ifndef SORT_HINTS_DEFINED
#define SORT_HINTS_DEFINED
enum { SORT_HINT_UNKNOWN, SORT_HINT_INCREASING, SORT_HINT_DECREASING };
#endif

#define SORT_CAT2(a, b) a##_##b
#define SORT_CAT(a, b) SORT_CAT2(a, b)
#define SORT_FN(name) SORT_CAT(SORT_PREFIX, name)

static inline void SORT_FN(insertion)(SORT_CTX c, intptr_t a, intptr_t b) {
    for (intptr_t i = a + 1; i < b; i++)
        for (intptr_t j = i; j > a && SORT_LESS(c, j, j - 1); j--) SORT_SWAP(c, j, j - 1);
}

static inline void SORT_FN(sift_down)(SORT_CTX c, intptr_t lo, intptr_t hi, intptr_t first) {
    intptr_t root = lo;
    for (;;) {
        intptr_t child = 2 * root + 1;
        if (child >= hi) return;
        if (child + 1 < hi && SORT_LESS(c, first + child, first + child + 1)) child++;
        if (!SORT_LESS(c, first + root, first + child)) return;
        SORT_SWAP(c, first + root, first + child);
        root = child;
    }
}

static inline void SORT_FN(heap)(SORT_CTX c, intptr_t a, intptr_t b) {
    intptr_t first = a, hi = b - a;
    for (intptr_t i = (hi - 1) / 2; i >= 0; i--) SORT_FN(sift_down)(c, i, hi, first);
    for (intptr_t i = hi - 1; i >= 0; i--) {
        SORT_SWAP(c, first, first + i);
        SORT_FN(sift_down)(c, 0, i, first);
    }
}

/* Returns the pivot's final index; *already: nothing had to move. */
static inline intptr_t SORT_FN(partition)(SORT_CTX c, intptr_t a, intptr_t b, intptr_t pivot, bool *already) {
    SORT_SWAP(c, a, pivot);
    intptr_t i = a + 1, j = b - 1;
    while (i <= j && SORT_LESS(c, i, a)) i++;
    while (i <= j && !SORT_LESS(c, j, a)) j--;
    if (i > j) {
        SORT_SWAP(c, j, a);
        *already = true;
        return j;
    }
    SORT_SWAP(c, i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && SORT_LESS(c, i, a)) i++;
        while (i <= j && !SORT_LESS(c, j, a)) j--;
        if (i > j) break;
        SORT_SWAP(c, i, j);
        i++;
        j--;
    }
    SORT_SWAP(c, j, a);
    *already = false;
    return j;
}

/* Gathers the elements equal to the pivot (none is less: the caller knows). */
static inline intptr_t SORT_FN(partition_equal)(SORT_CTX c, intptr_t a, intptr_t b, intptr_t pivot) {
    SORT_SWAP(c, a, pivot);
    intptr_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !SORT_LESS(c, a, i)) i++;
        while (i <= j && SORT_LESS(c, a, j)) j--;
        if (i > j) break;
        SORT_SWAP(c, i, j);
        i++;
        j--;
    }
    return i;
}

/* Sorts a nearly sorted range by moving at most 5 misplaced elements;
 * false if that was not enough. */
static inline bool SORT_FN(partial_insertion)(SORT_CTX c, intptr_t a, intptr_t b) {
    intptr_t i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !SORT_LESS(c, i, i - 1)) i++;
        if (i == b) return true;
        if (b - a < 50) return false;
        SORT_SWAP(c, i, i - 1);
        /* Go's loop bound is the absolute index 1, not a + 1: kept. */
        if (i - a >= 2) {
            for (intptr_t j = i - 1; j >= 1; j--) {
                if (!SORT_LESS(c, j, j - 1)) break;
                SORT_SWAP(c, j, j - 1);
            }
        }
        if (b - i >= 2) {
            for (intptr_t j = i + 1; j < b; j++) {
                if (!SORT_LESS(c, j, j - 1)) break;
                SORT_SWAP(c, j, j - 1);
            }
        }
    }
    return false;
}

static inline void SORT_FN(break_patterns)(SORT_CTX c, intptr_t a, intptr_t b) {
    intptr_t length = b - a;
    if (length < 8) return;
    uint64_t random = (uint64_t)length;
    uint64_t modulus = (uint64_t)1 << sort_bits_len((uint64_t)length);
    for (intptr_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        intptr_t other = (intptr_t)(random & (modulus - 1));
        if (other >= length) other -= length;
        SORT_SWAP(c, idx, a + other);
    }
}

static inline intptr_t SORT_FN(median)(SORT_CTX c, intptr_t a, intptr_t b, intptr_t m, int *swaps) {
    intptr_t t;
    if (SORT_LESS(c, b, a)) { (*swaps)++; t = a; a = b; b = t; }
    if (SORT_LESS(c, m, b)) { (*swaps)++; t = b; b = m; m = t; }
    if (SORT_LESS(c, b, a)) { (*swaps)++; t = a; a = b; b = t; }
    (void)a;
    (void)m;
    return b;
}

static inline intptr_t SORT_FN(choose_pivot)(SORT_CTX c, intptr_t a, intptr_t b, int *hint) {
    intptr_t l = b - a;
    int swaps = 0;
    intptr_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= 50) {
            i = SORT_FN(median)(c, i - 1, i, i + 1, &swaps);
            j = SORT_FN(median)(c, j - 1, j, j + 1, &swaps);
            k = SORT_FN(median)(c, k - 1, k, k + 1, &swaps);
        }
        j = SORT_FN(median)(c, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? SORT_HINT_INCREASING : swaps == 12 ? SORT_HINT_DECREASING : SORT_HINT_UNKNOWN;
    return j;
}

static inline void SORT_FN(reverse)(SORT_CTX c, intptr_t a, intptr_t b) {
    for (intptr_t i = a, j = b - 1; i < j; i++, j--) SORT_SWAP(c, i, j);
}

static inline void SORT_FN(pdq)(SORT_CTX c, intptr_t a, intptr_t b, int limit) {
    bool balanced = true, partitioned = true;
    for (;;) {
        intptr_t length = b - a;
        if (length <= 12) {
            SORT_FN(insertion)(c, a, b);
            return;
        }
        if (limit == 0) {
            SORT_FN(heap)(c, a, b);
            return;
        }
        if (!balanced) {
            SORT_FN(break_patterns)(c, a, b);
            limit--;
        }
        int hint;
        intptr_t pivot = SORT_FN(choose_pivot)(c, a, b, &hint);
        if (hint == SORT_HINT_DECREASING) {
            SORT_FN(reverse)(c, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = SORT_HINT_INCREASING;
        }
        if (balanced && partitioned && hint == SORT_HINT_INCREASING) {
            if (SORT_FN(partial_insertion)(c, a, b)) return;
        }
        if (a > 0 && !SORT_LESS(c, a - 1, pivot)) {
            a = SORT_FN(partition_equal)(c, a, b, pivot);
            continue;
        }
        bool already;
        intptr_t mid = SORT_FN(partition)(c, a, b, pivot, &already);
        partitioned = already;
        intptr_t left = mid - a, right = b - mid, threshold = length / 8;
        if (left < right) {
            balanced = left >= threshold;
            SORT_FN(pdq)(c, a, mid, limit);
            a = mid + 1;
        } else {
            balanced = right >= threshold;
            SORT_FN(pdq)(c, mid + 1, b, limit);
            b = mid;
        }
    }
}

static inline void SORT_FN(sort)(SORT_CTX c, intptr_t n) {
    if (n <= 1) return;
    SORT_FN(pdq)(c, 0, n, sort_bits_len((uint64_t)n));
}

static inline void SORT_FN(swap_range)(SORT_CTX c, intptr_t a, intptr_t b, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) SORT_SWAP(c, a + i, b + i);
}

static inline void SORT_FN(rotate)(SORT_CTX c, intptr_t a, intptr_t m, intptr_t b) {
    intptr_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            SORT_FN(swap_range)(c, m - i, m, j);
            i -= j;
        } else {
            SORT_FN(swap_range)(c, m - i, m + j - i, i);
            j -= i;
        }
    }
    SORT_FN(swap_range)(c, m - i, m, i);
}

static inline void SORT_FN(sym_merge)(SORT_CTX c, intptr_t a, intptr_t m, intptr_t b) {
    if (m - a == 1) {
        /* insert data[a] into data[m:b] by binary search */
        intptr_t i = m, j = b;
        while (i < j) {
            intptr_t h = (intptr_t)((uintptr_t)(i + j) >> 1);
            if (SORT_LESS(c, h, a)) i = h + 1;
            else j = h;
        }
        for (intptr_t k = a; k < i - 1; k++) SORT_SWAP(c, k, k + 1);
        return;
    }
    if (b - m == 1) {
        intptr_t i = a, j = m;
        while (i < j) {
            intptr_t h = (intptr_t)((uintptr_t)(i + j) >> 1);
            if (!SORT_LESS(c, m, h)) i = h + 1;
            else j = h;
        }
        for (intptr_t k = m; k > i; k--) SORT_SWAP(c, k, k - 1);
        return;
    }
    intptr_t mid = (intptr_t)((uintptr_t)(a + b) >> 1);
    intptr_t n = mid + m, start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    intptr_t p = n - 1;
    while (start < r) {
        intptr_t h = (intptr_t)((uintptr_t)(start + r) >> 1);
        if (!SORT_LESS(c, p - h, h)) start = h + 1;
        else r = h;
    }
    intptr_t end = n - start;
    if (start < m && m < end) SORT_FN(rotate)(c, start, m, end);
    if (a < start && start < mid) SORT_FN(sym_merge)(c, a, start, mid);
    if (mid < end && end < b) SORT_FN(sym_merge)(c, mid, end, b);
}

static inline void SORT_FN(stable)(SORT_CTX c, intptr_t n) {
    intptr_t block = 20, a = 0, b = block;
    while (b <= n) {
        SORT_FN(insertion)(c, a, b);
        a = b;
        b += block;
    }
    SORT_FN(insertion)(c, a, n);
    while (block < n) {
        a = 0;
        b = 2 * block;
        while (b <= n) {
            SORT_FN(sym_merge)(c, a, a + block, b);
            a = b;
            b += 2 * block;
        }
        intptr_t m = a + block;
        if (m < n) SORT_FN(sym_merge)(c, a, m, n);
        block *= 2;
    }
}

#undef SORT_FN
#undef SORT_CAT
#undef SORT_CAT2
#undef SORT_PREFIX
#undef SORT_CTX
#undef SORT_LESS
#undef SORT_SWAP
