/*
 * stdlib_os.c: package os's system calls (//extern go_os_<name>).
 *
 * Errors: *os.PathError and syscall.Errno are Go values declared in
 * stdlib/, so these calls return an errno (0: success) and the Go
 * wrapper builds &PathError{Op: op, Path: name, Err: syscall.Errno(e)},
 * whose text is "open x: no such file or directory" -- Errno's Error() is
 * go_os_strerror (Go's table for linux/amd64).
 *
 * Output to fds 1 and 2 is unbuffered, as Go's os.Stdout/os.Stderr are, so
 * program output and panic reports interleave exactly as under Go.
 *
 * Go declarations (stdlib/os):
 *   //extern go_os_runtimeArgs
 *   func runtimeArgs() []string                   // Args = runtimeArgs()
 *   //extern go_os_Exit
 *   func Exit(code int)
 *   //extern go_os_Getenv
 *   func Getenv(key string) string
 *   //extern go_os_LookupEnv
 *   func LookupEnv(key string) (string, bool)
 *   //extern go_os_setenv                          // Setenv(k, v) error: errno
 *   func setenv(key, value string) int
 *   //extern go_os_unsetenv                        // Unsetenv(k) error: errno
 *   func unsetenv(key string) int
 *   //extern go_os_getwd                           // Getwd: $PWD if it is ".", else getcwd
 *   func getwd() (dir string, errno int)
 *   //extern go_os_Getpid
 *   func Getpid() int
 *   //extern go_os_strerror
 *   func strerror(errno int) string
 *   //extern go_os_hostname
 *   func hostname() string
 *   //extern go_os_readFile
 *   func readFile(name string) (data []byte, errno int, op int)   // op 0 "open", 1 "read"
 *   //extern go_os_writeFile
 *   func writeFile(name string, data []byte, perm uint32) (errno int, op int) // 0 "open", 1 "write", 2 "close"
 *   //extern go_os_open
 *   func open(name string, flag int, perm uint32) (fd int, errno int)
 *   //extern go_os_read
 *   func read(fd int, b []byte) (n int, errno int)   // n == 0, errno 0: EOF
 *   //extern go_os_write
 *   func write(fd int, b []byte) (n int, errno int)
 *   //extern go_os_close
 *   func closeFd(fd int) int
 *   //extern go_os_remove
 *   func remove(name string) int
 *   //extern go_os_mkdir
 *   func mkdir(name string, perm uint32) int
 * os.O_RDONLY etc. are Linux's values (O_CREATE 0x40, O_TRUNC 0x200,
 * O_APPEND 0x400, O_EXCL 0x80, O_WRONLY 1, O_RDWR 2).
 */
#include "runtime/rt_fmt.h"
#include "runtime/rt_core.h"
#include "runtime/rt_sched.h" /* rt_wait_read */

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* A NUL-terminated copy of a Go string (malloc'd). */
static char *cstring(GoString s) {
    char *c = malloc((size_t)s.n + 1);
    if (s.n) memcpy(c, s.p, (size_t)s.n);
    c[s.n] = 0;
    return c;
}

GoSlice go_os_runtimeArgs(void) { return rt_os_args; }

/* Set by package testing while M.Run runs its tests when go test's
 * -test.paniconexit0 is given (go's internal/testlog.PanicOnExit0):
 * os.Exit(0) then panics, so a test that exits early fails. */
static bool panic_on_exit0;

void go_testing_setPanicOnExit0(bool on) { panic_on_exit0 = on; }

void go_os_Exit(go_int code) {
    if (code == 0 && panic_on_exit0) {
        rt_panic_string("unexpected call to os.Exit(0) during test");
    }
    if (rt_flush_output) rt_flush_output();
    fflush(NULL);
    _exit((int)code);
}

GoString go_os_Getenv(GoString key) {
    char *k = cstring(key);
    const char *v = getenv(k);
    free(k);
    return v ? rt_gostring_cstr(v) : (GoString){NULL, 0};
}

typedef struct {
    GoString r0;
    bool r1;
} RtStringBool;

RtStringBool go_os_LookupEnv(GoString key) {
    char *k = cstring(key);
    const char *v = getenv(k);
    free(k);
    RtStringBool r = {{NULL, 0}, v != NULL};
    if (v) r.r0 = rt_gostring_cstr(v);
    return r;
}

go_int go_os_setenv(GoString key, GoString value) {
    if (key.n == 0) return EINVAL;
    char *k = cstring(key), *v = cstring(value);
    int rc = setenv(k, v, 1);
    free(k);
    free(v);
    return rc == 0 ? 0 : errno;
}

go_int go_os_unsetenv(GoString key) {
    char *k = cstring(key);
    int rc = unsetenv(k);
    free(k);
    return rc == 0 ? 0 : errno;
}

typedef struct {
    GoString r0;
    go_int r1;
} RtStringErrno;

/* the working directory (Go tries $PWD first when it names the same
 * directory; getcwd's answer is the same path unless symlinks differ) */
RtStringErrno go_os_getwd(void) {
    RtStringErrno r = {{NULL, 0}, 0};
    char buf[4096];
    const char *pwd = getenv("PWD");
    struct stat a, b;
    if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino) {
        r.r0 = rt_gostring_cstr(pwd);
        return r;
    }
    if (!getcwd(buf, sizeof buf)) {
        r.r1 = errno;
        return r;
    }
    r.r0 = rt_gostring_cstr(buf);
    return r;
}

go_int go_os_Getpid(void) { return getpid(); }

GoString go_os_hostname(void) {
    char tmp[256];
    if (gethostname(tmp, sizeof tmp) != 0) tmp[0] = 0;
    tmp[sizeof tmp - 1] = 0;
    return rt_gostring_cstr(tmp);
}

/* Go's messages for linux/amd64 (syscall's errors table): mostly the C
 * library's with a lower-case first letter, but not all of them, and a
 * number without one is "errno N". */
static const char *const go_errno_text[] = {
    [1] = "operation not permitted",
    [2] = "no such file or directory",
    [3] = "no such process",
    [4] = "interrupted system call",
    [5] = "input/output error",
    [6] = "no such device or address",
    [7] = "argument list too long",
    [8] = "exec format error",
    [9] = "bad file descriptor",
    [10] = "no child processes",
    [11] = "resource temporarily unavailable",
    [12] = "cannot allocate memory",
    [13] = "permission denied",
    [14] = "bad address",
    [15] = "block device required",
    [16] = "device or resource busy",
    [17] = "file exists",
    [18] = "invalid cross-device link",
    [19] = "no such device",
    [20] = "not a directory",
    [21] = "is a directory",
    [22] = "invalid argument",
    [23] = "too many open files in system",
    [24] = "too many open files",
    [25] = "inappropriate ioctl for device",
    [26] = "text file busy",
    [27] = "file too large",
    [28] = "no space left on device",
    [29] = "illegal seek",
    [30] = "read-only file system",
    [31] = "too many links",
    [32] = "broken pipe",
    [33] = "numerical argument out of domain",
    [34] = "numerical result out of range",
    [35] = "resource deadlock avoided",
    [36] = "file name too long",
    [37] = "no locks available",
    [38] = "function not implemented",
    [39] = "directory not empty",
    [40] = "too many levels of symbolic links",
    [42] = "no message of desired type",
    [43] = "identifier removed",
    [44] = "channel number out of range",
    [45] = "level 2 not synchronized",
    [46] = "level 3 halted",
    [47] = "level 3 reset",
    [48] = "link number out of range",
    [49] = "protocol driver not attached",
    [50] = "no CSI structure available",
    [51] = "level 2 halted",
    [52] = "invalid exchange",
    [53] = "invalid request descriptor",
    [54] = "exchange full",
    [55] = "no anode",
    [56] = "invalid request code",
    [57] = "invalid slot",
    [59] = "bad font file format",
    [60] = "device not a stream",
    [61] = "no data available",
    [62] = "timer expired",
    [63] = "out of streams resources",
    [64] = "machine is not on the network",
    [65] = "package not installed",
    [66] = "object is remote",
    [67] = "link has been severed",
    [68] = "advertise error",
    [69] = "srmount error",
    [70] = "communication error on send",
    [71] = "protocol error",
    [72] = "multihop attempted",
    [73] = "RFS specific error",
    [74] = "bad message",
    [75] = "value too large for defined data type",
    [76] = "name not unique on network",
    [77] = "file descriptor in bad state",
    [78] = "remote address changed",
    [79] = "can not access a needed shared library",
    [80] = "accessing a corrupted shared library",
    [81] = ".lib section in a.out corrupted",
    [82] = "attempting to link in too many shared libraries",
    [83] = "cannot exec a shared library directly",
    [84] = "invalid or incomplete multibyte or wide character",
    [85] = "interrupted system call should be restarted",
    [86] = "streams pipe error",
    [87] = "too many users",
    [88] = "socket operation on non-socket",
    [89] = "destination address required",
    [90] = "message too long",
    [91] = "protocol wrong type for socket",
    [92] = "protocol not available",
    [93] = "protocol not supported",
    [94] = "socket type not supported",
    [95] = "operation not supported",
    [96] = "protocol family not supported",
    [97] = "address family not supported by protocol",
    [98] = "address already in use",
    [99] = "cannot assign requested address",
    [100] = "network is down",
    [101] = "network is unreachable",
    [102] = "network dropped connection on reset",
    [103] = "software caused connection abort",
    [104] = "connection reset by peer",
    [105] = "no buffer space available",
    [106] = "transport endpoint is already connected",
    [107] = "transport endpoint is not connected",
    [108] = "cannot send after transport endpoint shutdown",
    [109] = "too many references: cannot splice",
    [110] = "connection timed out",
    [111] = "connection refused",
    [112] = "host is down",
    [113] = "no route to host",
    [114] = "operation already in progress",
    [115] = "operation now in progress",
    [116] = "stale NFS file handle",
    [117] = "structure needs cleaning",
    [118] = "not a XENIX named type file",
    [119] = "no XENIX semaphores available",
    [120] = "is a named type file",
    [121] = "remote I/O error",
    [122] = "disk quota exceeded",
    [123] = "no medium found",
    [124] = "wrong medium type",
    [125] = "operation canceled",
    [126] = "required key not available",
    [127] = "key has expired",
    [128] = "key has been revoked",
    [129] = "key was rejected by service",
    [130] = "owner died",
    [131] = "state not recoverable",
    [132] = "operation not possible due to RF-kill",
};

GoString go_os_strerror(go_int e) {
    const char *m = e > 0 && e < (go_int)(sizeof go_errno_text / sizeof go_errno_text[0]) ? go_errno_text[e] : NULL;
    if (m) return rt_gostring_cstr(m);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "errno %lld", (long long)e);
    return rt_gostring_cstr(tmp);
}

typedef struct {
    GoSlice r0;
    go_int r1, r2;
} RtReadFile;

RtReadFile go_os_readFile(GoString name) {
    RtReadFile r = {{NULL, 0, 0}, 0, 0};
    char *path = cstring(name);
    int fd;
    do fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    free(path);
    if (fd < 0) {
        r.r1 = errno;
        return r;
    }
    /* Go sizes the buffer as the file's size + 1, at least 512. */
    struct stat st;
    intptr_t cap = 0;
    if (fstat(fd, &st) == 0) cap = (intptr_t)st.st_size;
    cap++;
    if (cap < 512) cap = 512;
    uint8_t *buf = rt_alloc((uintptr_t)cap, NULL);
    intptr_t len = 0;
    for (;;) {
        if (len == cap) {
            /* append's growth for a []byte */
            GoSlice old = {buf, len, cap};
            GoSlice grown = rt_growslice(&go_type_uint8, old, len + 1);
            buf = grown.p;
            cap = grown.cap;
        }
        ssize_t n = read(fd, buf + len, (size_t)(cap - len));
        if (n < 0) {
            if (errno == EINTR) continue;
            r.r1 = errno;
            r.r2 = 1;
            break;
        }
        if (n == 0) break;
        len += n;
    }
    close(fd);
    r.r0.p = buf;
    r.r0.len = len;
    r.r0.cap = cap;
    return r;
}

typedef struct {
    go_int r0, r1;
} RtInt2;

RtInt2 go_os_writeFile(GoString name, GoSlice data, uint32_t perm) {
    RtInt2 r = {0, 0};
    char *path = cstring(name);
    int fd;
    do fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, perm & 0777);
    while (fd < 0 && errno == EINTR);
    free(path);
    if (fd < 0) {
        r.r0 = errno;
        return r;
    }
    const uint8_t *p = data.p;
    intptr_t done = 0;
    while (done < data.len) {
        ssize_t n = write(fd, p + done, (size_t)(data.len - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            r.r0 = errno;
            r.r1 = 1;
            close(fd);
            return r;
        }
        done += n;
    }
    if (close(fd) != 0) {
        r.r0 = errno;
        r.r1 = 2;
    }
    return r;
}

RtInt2 go_os_open(GoString name, go_int flag, uint32_t perm) {
    RtInt2 r = {-1, 0};
    char *path = cstring(name);
    int fd;
    do fd = open(path, (int)flag | O_CLOEXEC, perm & 0777);
    while (fd < 0 && errno == EINTR);
    free(path);
    if (fd < 0) r.r1 = errno;
    else r.r0 = fd;
    return r;
}

RtInt2 go_os_read(go_int fd, GoSlice b) {
    RtInt2 r = {0, 0};
    ssize_t n;
    rt_wait_read((int)fd); /* a pipe or tty without data: let other goroutines run */
    do n = read((int)fd, b.p, (size_t)b.len);
    while (n < 0 && errno == EINTR);
    if (n < 0) r.r1 = errno;
    else r.r0 = n;
    return r;
}

RtInt2 go_os_write(go_int fd, GoSlice b) {
    RtInt2 r = {0, 0};
    const uint8_t *p = b.p;
    intptr_t done = 0;
    while (done < b.len) {
        ssize_t n = write((int)fd, p + done, (size_t)(b.len - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            r.r1 = errno;
            break;
        }
        done += n;
    }
    r.r0 = done;
    return r;
}

go_int go_os_close(go_int fd) { return close((int)fd) == 0 ? 0 : errno; }

/* Go's os.Remove: unlink, else rmdir; when both fail the rmdir error
 * wins unless it is ENOTDIR (then the path was a file: unlink's). */
go_int go_os_remove(GoString name) {
    char *path = cstring(name);
    int e = 0;
    if (unlink(path) != 0) {
        e = errno;
        if (rmdir(path) == 0) {
            e = 0;
        } else if (errno != ENOTDIR) {
            e = errno;
        }
    }
    free(path);
    return e;
}

go_int go_os_mkdir(GoString name, uint32_t perm) {
    char *path = cstring(name);
    int rc = mkdir(path, perm & 0777);
    int e = rc == 0 ? 0 : errno;
    free(path);
    return e;
}

/* ---- file information, directories, renames (os.Stat & co) ----
 *   //extern go_os_stat
 *   func stat(name string, follow bool) (size int64, mode int, sec int64, nsec int64, errno int)
 *   //extern go_os_fstat
 *   func fstat(fd int) (size int64, mode int, sec int64, nsec int64, errno int)
 *   //extern go_os_readDirNames
 *   func readDirNames(name string) (names string, errno int)  // each name NUL-terminated, no . and ..
 *   //extern go_os_rename / go_os_chdir / go_os_chmod / go_os_rmdir
 *   //extern go_os_lseek
 *   func lseek(fd int, off int64, whence int) (int64, int)
 * mode is the raw st_mode; stdlib/os turns it into a FileMode as Go does. */
typedef struct {
    go_int r0, r1, r2, r3, r4;
} RtStat;

static RtStat stat_result(int rc, const struct stat *st) {
    RtStat r = {0, 0, 0, 0, 0};
    if (rc != 0) {
        r.r4 = errno;
        return r;
    }
    r.r0 = (go_int)st->st_size;
    r.r1 = (go_int)st->st_mode;
    r.r2 = (go_int)st->st_mtim.tv_sec;
    r.r3 = (go_int)st->st_mtim.tv_nsec;
    return r;
}

RtStat go_os_stat(GoString name, bool follow) {
    char *path = cstring(name);
    struct stat st;
    int rc = follow ? stat(path, &st) : lstat(path, &st);
    RtStat r = stat_result(rc, &st);
    free(path);
    return r;
}

RtStat go_os_fstat(go_int fd) {
    struct stat st;
    int rc = fstat((int)fd, &st);
    return stat_result(rc, &st);
}

RtStringErrno go_os_readDirNames(GoString name) {
    RtStringErrno r = {{NULL, 0}, 0};
    char *path = cstring(name);
    DIR *d = opendir(path);
    free(path);
    if (!d) {
        r.r1 = errno;
        return r;
    }
    size_t len = 0, cap = 256;
    char *buf = malloc(cap);
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        size_t n = strlen(de->d_name) + 1;
        if (len + n > cap) {
            while (len + n > cap) cap *= 2;
            buf = realloc(buf, cap);
        }
        memcpy(buf + len, de->d_name, n);
        len += n;
    }
    if (errno != 0) r.r1 = errno;
    closedir(d);
    r.r0 = rt_gostring_bytes(buf, len);
    free(buf);
    return r;
}

go_int go_os_rename(GoString from, GoString to) {
    char *a = cstring(from), *b = cstring(to);
    int e = rename(a, b) == 0 ? 0 : errno;
    free(a);
    free(b);
    return e;
}

go_int go_os_chdir(GoString name) {
    char *path = cstring(name);
    int e = chdir(path) == 0 ? 0 : errno;
    free(path);
    return e;
}

go_int go_os_chmod(GoString name, go_int mode) {
    char *path = cstring(name);
    int e = chmod(path, (mode_t)mode) == 0 ? 0 : errno;
    free(path);
    return e;
}

go_int go_os_rmdir(GoString name) {
    char *path = cstring(name);
    int e = rmdir(path) == 0 ? 0 : errno;
    free(path);
    return e;
}

typedef struct {
    go_int r0, r1;
} RtSeek;

RtSeek go_os_lseek(go_int fd, go_int off, go_int whence) {
    RtSeek r = {0, 0};
    off_t o = lseek((int)fd, (off_t)off, (int)whence);
    if (o < 0) r.r1 = errno;
    else r.r0 = (go_int)o;
    return r;
}

/* ---- ids, links, truncation, positioned I/O ----
 *   //extern go_os_Getuid (Geteuid, Getgid, Getegid, Getppid)   func Getuid() int
 *   //extern go_os_readlink         func readlink(name string) (string, int)
 *   //extern go_os_symlink          func symlink(oldname, newname string) int
 *   //extern go_os_link             func link(oldname, newname string) int
 *   //extern go_os_truncate         func truncate(name string, size int64) int
 *   //extern go_os_ftruncate        func ftruncate(fd int, size int64) int
 *   //extern go_os_fsync            func fsync(fd int) int
 *   //extern go_os_pread            func pread(fd int, b []byte, off int64) (int, int)
 *   //extern go_os_pwrite           func pwrite(fd int, b []byte, off int64) (int, int) */
go_int go_os_Getuid(void) { return (go_int)getuid(); }
go_int go_os_Geteuid(void) { return (go_int)geteuid(); }
go_int go_os_Getgid(void) { return (go_int)getgid(); }
go_int go_os_Getegid(void) { return (go_int)getegid(); }
go_int go_os_Getppid(void) { return (go_int)getppid(); }

RtStringErrno go_os_readlink(GoString name) {
    RtStringErrno r = {{NULL, 0}, 0};
    char *path = cstring(name);
    char buf[4096];
    ssize_t n = readlink(path, buf, sizeof buf);
    free(path);
    if (n < 0) {
        r.r1 = errno;
        return r;
    }
    r.r0 = rt_gostring_bytes(buf, (size_t)n);
    return r;
}

go_int go_os_symlink(GoString from, GoString to) {
    char *a = cstring(from), *b = cstring(to);
    int e = symlink(a, b) == 0 ? 0 : errno;
    free(a);
    free(b);
    return e;
}

go_int go_os_link(GoString from, GoString to) {
    char *a = cstring(from), *b = cstring(to);
    int e = link(a, b) == 0 ? 0 : errno;
    free(a);
    free(b);
    return e;
}

go_int go_os_truncate(GoString name, go_int size) {
    char *path = cstring(name);
    int e = truncate(path, (off_t)size) == 0 ? 0 : errno;
    free(path);
    return e;
}

go_int go_os_ftruncate(go_int fd, go_int size) {
    return ftruncate((int)fd, (off_t)size) == 0 ? 0 : errno;
}

go_int go_os_fsync(go_int fd) { return fsync((int)fd) == 0 ? 0 : errno; }

RtInt2 go_os_pread(go_int fd, GoSlice b, go_int off) {
    RtInt2 r = {0, 0};
    ssize_t n = pread((int)fd, b.p, (size_t)b.len, (off_t)off);
    if (n < 0) r.r1 = errno;
    else r.r0 = n;
    return r;
}

RtInt2 go_os_pwrite(go_int fd, GoSlice b, go_int off) {
    RtInt2 r = {0, 0};
    ssize_t n = pwrite((int)fd, b.p, (size_t)b.len, (off_t)off);
    if (n < 0) r.r1 = errno;
    else r.r0 = n;
    return r;
}

/* ---- calls on an open file's descriptor (File.Chmod, Chown, Chdir) ----
 *   //extern go_os_fchmod           func fchmod(fd int, mode uint32) int
 *   //extern go_os_fchown           func fchown(fd, uid, gid int) int
 *   //extern go_os_fchdir           func fchdir(fd int) int
 * Each returns the errno (0: success). */
go_int go_os_fchmod(go_int fd, go_int mode) { return fchmod((int)fd, (mode_t)mode) == 0 ? 0 : errno; }

go_int go_os_fchown(go_int fd, go_int uid, go_int gid) {
    return fchown((int)fd, (uid_t)uid, (gid_t)gid) == 0 ? 0 : errno;
}

go_int go_os_fchdir(go_int fd) { return fchdir((int)fd) == 0 ? 0 : errno; }
