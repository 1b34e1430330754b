/*
 * time_zone.c: the runtime side of time.LoadLocation (package time cannot
 * import os): reading one zoneinfo file whole, $ZONEINFO and errno texts.
 *
 * Go declarations (stdlib/time/zoneinfo.go):
 *   //extern go_time_readZoneFile
 *   func readZoneFile(name string) (data []byte, errno int)
 *   //extern go_time_getenv
 *   func getenv(key string) string
 *   //extern go_time_errnoText
 *   func errnoText(errno int) string
 *
 * Invariants: readZoneFile reports the first failing open/read errno (0 on
 * success) and never returns partial data with errno set, as Go's
 * time.readFile; files larger than 10 MB are refused with EFBIG (Go's
 * maxFileSize guard against reading a device or a huge file).
 */
#include "runtime/rt_fmt.h"
#include "runtime/rt_core.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { ZONE_FILE_MAX = 10 << 20 };

typedef struct {
    GoSlice r0;
    go_int r1;
} RtZoneFile;

GoString go_os_strerror(go_int e);

RtZoneFile go_time_readZoneFile(GoString name) {
    RtZoneFile r = {{NULL, 0, 0}, 0};
    char *path = malloc((size_t)name.n + 1);
    if (name.n) memcpy(path, name.p, (size_t)name.n);
    path[name.n] = 0;
    int fd;
    do fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    free(path);
    if (fd < 0) {
        r.r1 = errno;
        return r;
    }
    /* read into a malloc'd buffer, then copy once into a GC'd slice */
    size_t cap = 4096, len = 0;
    uint8_t *tmp = malloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            tmp = realloc(tmp, cap);
        }
        ssize_t n = read(fd, tmp + len, cap - len);
        if (n < 0) {
            if (errno == EINTR) continue;
            r.r1 = errno;
            break;
        }
        if (n == 0) break;
        len += (size_t)n;
        if (len > ZONE_FILE_MAX) {
            r.r1 = EFBIG;
            break;
        }
    }
    close(fd);
    if (r.r1 == 0 && len > 0) {
        uint8_t *buf = rt_alloc((uintptr_t)len, NULL);
        memcpy(buf, tmp, len);
        r.r0.p = buf;
        r.r0.len = (intptr_t)len;
        r.r0.cap = (intptr_t)len;
    }
    free(tmp);
    return r;
}

GoString go_time_getenv(GoString key) {
    char *k = malloc((size_t)key.n + 1);
    if (key.n) memcpy(k, key.p, (size_t)key.n);
    k[key.n] = 0;
    const char *v = getenv(k);
    free(k);
    return v ? rt_gostring_cstr(v) : (GoString){NULL, 0};
}

/* Go's syscall.Errno texts are the C library's with a lower-case first
 * letter: go_os_strerror already does that. */
GoString go_time_errnoText(go_int e) { return go_os_strerror(e); }
