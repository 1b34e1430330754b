/*
 * test_rt_gc_pacer.c: the heap goal arithmetic (Go 1.19's gcControllerState
 * .commit and memoryLimitHeapGoal), GOGC/GOMEMLIMIT/GODEBUG parsing,
 * SetGCPercent/SetMemoryLimit return values, the gctrace line's shape and
 * MemStats relations.
 */
#include "test_rt_gc.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define MiB ((uint64_t)1 << 20)
#define MAXI64 ((int64_t)0x7fffffffffffffffLL)

Test(rt_gc_pacer, gogc_goal)
{
    /* marked + (marked + stacks + globals) * GOGC/100 */
    cr_expect_eq(gc_pacer_goal(10 * MiB, 0, 0, 100, MAXI64, 0, 0, 0), 20 * MiB);
    cr_expect_eq(gc_pacer_goal(10 * MiB, 1 * MiB, 1 * MiB, 100, MAXI64, 0, 0, 0), 22 * MiB);
    cr_expect_eq(gc_pacer_goal(10 * MiB, 0, 0, 50, MAXI64, 0, 0, 0), 15 * MiB);
    cr_expect_eq(gc_pacer_goal(10 * MiB, 0, 0, 400, MAXI64, 0, 0, 0), 50 * MiB);
    /* heap minimum: 4 MiB x GOGC/100 */
    cr_expect_eq(gc_pacer_goal(1 * MiB, 0, 0, 100, MAXI64, 0, 0, 0), 4 * MiB);
    cr_expect_eq(gc_pacer_goal(0, 0, 0, 200, MAXI64, 0, 0, 0), 8 * MiB);
    cr_expect_eq(gc_pacer_goal(0, 0, 0, 0, MAXI64, 0, 0, 0), 0);
}

Test(rt_gc_pacer, gogc_off_and_memory_limit)
{
    /* off: only the (default, huge) limit goal remains */
    uint64_t g = gc_pacer_goal(10 * MiB, 0, 0, -1, MAXI64, 20 * MiB, 2 * MiB, 12 * MiB);
    cr_expect_eq(g, (uint64_t)MAXI64 - 6 * MiB - 1 * MiB);
    /* a 64 MiB limit with 6 MiB of non-heap memory: 64 - 6 - 1 headroom */
    g = gc_pacer_goal(10 * MiB, 0, 0, 100, 64 * (int64_t)MiB, 20 * MiB, 2 * MiB, 12 * MiB);
    cr_expect_eq(g, 20 * MiB, "GOGC's goal is lower");
    g = gc_pacer_goal(40 * MiB, 0, 0, 100, 64 * (int64_t)MiB, 50 * MiB, 2 * MiB, 42 * MiB);
    cr_expect_eq(g, 57 * MiB);
    /* over the limit: the overage comes off too */
    g = gc_pacer_goal(40 * MiB, 0, 0, -1, 64 * (int64_t)MiB, 70 * MiB, 2 * MiB, 62 * MiB);
    cr_expect_eq(g, 64 * MiB - 6 * MiB - 6 * MiB - 1 * MiB);
    /* never below the live heap */
    g = gc_pacer_goal(40 * MiB, 0, 0, -1, 8 * (int64_t)MiB, 50 * MiB, 2 * MiB, 42 * MiB);
    cr_expect_eq(g, 40 * MiB);
}

Test(rt_gc_pacer, byte_counts)
{
    int64_t n;
    cr_expect(gc_parse_byte_count("64MiB", &n) && n == 64 * (int64_t)MiB);
    cr_expect(gc_parse_byte_count("1GiB", &n) && n == (int64_t)1 << 30);
    cr_expect(gc_parse_byte_count("512KiB", &n) && n == 512 * 1024);
    cr_expect(gc_parse_byte_count("2TiB", &n) && n == (int64_t)2 << 40);
    cr_expect(gc_parse_byte_count("1000", &n) && n == 1000);
    cr_expect(gc_parse_byte_count("1000B", &n) && n == 1000);
    cr_expect(!gc_parse_byte_count("64MB", &n), "decimal units are not Go's");
    cr_expect(!gc_parse_byte_count("64M", &n));
    cr_expect(!gc_parse_byte_count("", &n));
    cr_expect(!gc_parse_byte_count("-5", &n));
    cr_expect(!gc_parse_byte_count("KiB", &n));
    cr_expect(!gc_parse_byte_count("99999999999TiB", &n));
}

Test(rt_gc_pacer, set_percent_and_limit_return_previous)
{
    cr_expect_eq(go_runtime_debug_SetGCPercent(50), 100);
    cr_expect_eq(go_runtime_debug_SetGCPercent(-5), 50);
    cr_expect_eq(go_runtime_debug_SetGCPercent(100), -1);
    cr_expect_eq(go_runtime_debug_SetMemoryLimit(-1), MAXI64);
    cr_expect_eq(go_runtime_debug_SetMemoryLimit(64 << 20), MAXI64);
    cr_expect_eq(go_runtime_debug_SetMemoryLimit(-1), 64 << 20);
    cr_expect_eq(go_runtime_debug_SetMemoryLimit(MAXI64), 64 << 20);
}

static void env_init(const char *gogc, const char *limit)
{
    if (gogc)
        setenv("GOGC", gogc, 1);
    if (limit)
        setenv("GOMEMLIMIT", limit, 1);
    rt_gc_init();
}

Test(rt_gc_pacer, env_gogc_off)
{
    env_init("off", NULL);
    cr_expect_eq(go_runtime_debug_SetGCPercent(100), -1);
    go_runtime_debug_SetGCPercent(-1);
    for (int i = 0; i < 20000; i++)
        rt_alloc(1024, NULL);                  /* 20 MB of garbage */
    cr_expect_eq(memstats()->NumGC, 0);
}

Test(rt_gc_pacer, env_gogc_number)
{
    env_init("250", "128MiB");
    cr_expect_eq(go_runtime_debug_SetGCPercent(100), 250);
    cr_expect_eq(go_runtime_debug_SetMemoryLimit(-1), 128 << 20);
}

Test(rt_gc_pacer, env_gogc_garbage_means_100)
{
    env_init("lots", NULL);
    cr_expect_eq(go_runtime_debug_SetGCPercent(100), 100);
}

Test(rt_gc_pacer, env_bad_memlimit, .exit_code = 2)
{
    env_init(NULL, "64MB");
}

Test(rt_gc_pacer, gcstress_collects_every_allocation)
{
    setenv("GOSUBDEBUG", "gcstress=1", 1);
    rt_gc_init();
    for (int i = 0; i < 50; i++)
        rt_new(&node_type);
    cr_expect_eq(memstats()->NumGC, 50);
}

/* Go 1.19's gctrace line, as a regular expression. */
static const char *trace_re =
    "^gc [0-9]+ @[0-9]+\\.[0-9]{3}s [0-9]+%: "
    "[0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
    "[0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, "
    "[0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, "
    "[0-9]+ P( \\(forced\\))?$";

Test(rt_gc_pacer, gctrace_lines)
{
    setenv("GODEBUG", "madvdontneed=1,gctrace=1", 1);
    rt_gc_init();
    char path[] = "/tmp/test_rt_gc_trace_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    int saved = dup(2);
    dup2(fd, 2);
    for (int i = 0; i < 100000; i++)
        rt_new(&node_type);                     /* 2.4 MB */
    for (int i = 0; i < 3000; i++)
        rt_alloc(4096, NULL);                   /* 12 MB more: automatic cycles */
    rt_gc_collect(true);
    dup2(saved, 2);
    close(saved);
    FILE *f = fdopen(fd, "r");
    rewind(f);
    regex_t re;
    cr_assert_eq(regcomp(&re, trace_re, REG_EXTENDED | REG_NOSUB), 0);
    char line[512];
    int n = 0, forced = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        cr_expect_eq(regexec(&re, line, 0, NULL, 0), 0, "line does not parse: %s", line);
        char want[16];
        snprintf(want, sizeof want, "gc %d ", ++n);
        cr_expect_eq(strncmp(line, want, strlen(want)), 0, "%s", line);
        forced += strstr(line, "(forced)") != NULL;
    }
    fclose(f);
    unlink(path);
    cr_expect_geq(n, 2);
    cr_expect_eq(forced, 1);
    cr_expect_eq((uint64_t)n, memstats()->NumGC);
}

static const char *ms(uint64_t ns)
{
    static char buf[32];
    return gc_fmt_ms(buf + sizeof buf, ns);
}

Test(rt_gc_pacer, gctrace_number_formats)
{
    /* Go's fmtNSAsMS: two significant digits, at most three decimals */
    cr_expect_str_eq(ms(0), "0");
    cr_expect_str_eq(ms(999), "0");
    cr_expect_str_eq(ms(5000), "0.005");
    cr_expect_str_eq(ms(32000), "0.032");
    cr_expect_str_eq(ms(321000), "0.32");
    cr_expect_str_eq(ms(3210000), "3.2");
    cr_expect_str_eq(ms(9999999), "9.9");
    cr_expect_str_eq(ms(12345678), "12");
    cr_expect_str_eq(ms(1234567890), "1234");
    /* itoaDiv(ms, 3) for the @ time */
    static char buf[32];
    cr_expect_str_eq(gc_itoa_div(buf + sizeof buf, 12, 3), "0.012");
    cr_expect_str_eq(gc_itoa_div(buf + sizeof buf, 0, 3), "0.000");
    cr_expect_str_eq(gc_itoa_div(buf + sizeof buf, 61234, 3), "61.234");
}

Test(rt_gc_pacer, memstats_relations)
{
    GoMemStats a = *memstats();
    static void *keep[1000];
    for (int i = 0; i < 1000; i++)
        keep[i] = rt_alloc(100, NULL);          /* class 112 */
    GoMemStats *b = memstats();
    cr_expect_eq(b->TotalAlloc - a.TotalAlloc, 1000 * 112);
    cr_expect_eq(b->Mallocs - a.Mallocs, 1000);
    cr_expect_eq(b->BySize[9].Size, 112);
    cr_expect_eq(b->BySize[9].Mallocs - a.BySize[9].Mallocs, 1000);
    cr_expect_leq(b->HeapAlloc, b->HeapSys);
    cr_expect_leq(b->HeapAlloc, b->HeapInuse, "HeapInuse minus HeapAlloc is fragmentation, never negative");
    cr_expect_eq(b->HeapAlloc, b->Alloc);
    cr_expect_eq(b->HeapObjects, b->Mallocs - b->Frees);
    cr_expect_eq(b->HeapIdle + b->HeapInuse, b->HeapSys);
    cr_expect_leq(b->HeapReleased, b->HeapIdle);
    cr_expect_geq(b->Sys, b->HeapSys + b->GCSys + b->MSpanSys);
    cr_expect(b->EnableGC);
    cr_expect_geq(b->NextGC, 4 * MiB);
    uint32_t before = b->NumGC;
    go_runtime_GC();
    b = memstats();
    cr_expect_eq(b->NumGC, before + 1);
    cr_expect_eq(b->NumForcedGC, 1);
    cr_expect_gt(b->LastGC, (uint64_t)1600000000 * 1000000000);
    cr_expect_gt(b->PauseNs[(b->NumGC + 255) % 256], 0);
    cr_expect_geq(b->PauseTotalNs, b->PauseNs[(b->NumGC + 255) % 256]);
    cr_expect(b->GCCPUFraction >= 0 && b->GCCPUFraction <= 1);
    (void)keep;
}

Test(rt_gc_pacer, read_gc_stats_layout)
{
    for (int i = 0; i < 3; i++)
        go_runtime_GC();
    static uint64_t buf[256 * 2 + 3];
    GoSlice s = {buf, 0, 256 * 2 + 3};
    go_runtime_debug_readGCStats(&s);
    cr_assert_eq(s.len, 3 * 2 + 3);
    GoMemStats *m = memstats();
    cr_expect_eq(buf[0], m->PauseNs[2], "most recent pause first");
    cr_expect_eq(buf[2], m->PauseNs[0]);
    cr_expect_eq(buf[3], m->PauseEnd[2]);
    cr_expect_eq(buf[6], m->LastGC);
    cr_expect_eq(buf[7], 3);
    cr_expect_eq(buf[8], m->PauseTotalNs);
}

Test(rt_gc_pacer, gcstress_every_n)
{
    setenv("GOSUBDEBUG", "gcstress=1,gcstress=10", 1);
    rt_gc_init();
    for (int i = 0; i < 100; i++)
        rt_new(&node_type);
    cr_expect_eq(memstats()->NumGC, 10);
}
