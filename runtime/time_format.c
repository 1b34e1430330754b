/*
 * time_format.c: the formatting half of package time's layout engine
 * (Time.AppendFormat, hence Format and String), in C so that it is
 * compiled once into the runtime library: time.Time's methods are in
 * every program that uses os (FileInfo.ModTime), and compiling this per
 * program cost seconds.  stdlib/time/layout.go keeps the same element
 * scanner (nextElem) in Go for Parse; the two must agree.
 *
 *   //extern go_time_appendFormat
 *   func appendFormat(b []byte, layout string, f fmtFields) []byte
 *   //extern go_time_formatString
 *   func formatString(layout string, f fmtFields) string
 *
 * fmtFields (stdlib/time/layout.go) is read through the struct below:
 * all fields are Go ints (int64) except the zone name (a Go string);
 * month 1..12 and weekday 0..6 are in range (Date/Weekday made them).
 * The reference time is Mon Jan 2 15:04:05 MST 2006.
 */
#include "runtime/gosub.h"
#include "runtime/rt_core.h"

#include <string.h>

typedef struct {
    go_int year, month, day, hour, min, sec, nsec, wday, yday, offset;
    GoString zname;
} TimeFields;

/* the elements of a layout; fractional seconds carry their digit count */
enum {
    E_NONE, E_LONGMONTH, E_MONTH, E_NUMMONTH, E_ZEROMONTH, E_LONGWEEKDAY, E_WEEKDAY,
    E_DAY, E_UNDERDAY, E_ZERODAY, E_UNDERYEARDAY, E_ZEROYEARDAY, E_HOUR, E_HOUR12,
    E_ZEROHOUR12, E_MINUTE, E_ZEROMINUTE, E_SECOND, E_ZEROSECOND, E_LONGYEAR, E_YEAR,
    E_PM, E_pm, E_TZ, E_ISO8601TZ, E_ISO8601SECONDSTZ, E_ISO8601SHORTTZ,
    E_ISO8601COLONTZ, E_ISO8601COLONSECONDSTZ, E_NUMTZ, E_NUMSECONDSTZ, E_NUMSHORTTZ,
    E_NUMCOLONTZ, E_NUMCOLONSECONDSTZ, E_FRACSECOND0, E_FRACSECOND9
};

static const char *const month_names[] = {"January", "February", "March", "April", "May", "June",
                                          "July", "August", "September", "October", "November",
                                          "December"};
static const char *const day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

/* A growable output: starts as the caller's slice. */
typedef struct {
    GoSlice s;
} Out;

static void out_bytes(Out *o, const void *p, intptr_t n) {
    if (n <= 0) return;
    intptr_t len = o->s.len;
    if (len + n > o->s.cap) {
        o->s = rt_growslice(&go_type_uint8, o->s, len + n);
    } else {
        o->s.len = len + n;
    }
    memcpy((uint8_t *)o->s.p + len, p, (size_t)n);
}

static void out_byte(Out *o, char c) { out_bytes(o, &c, 1); }

static void out_str(Out *o, const char *s) { out_bytes(o, s, (intptr_t)strlen(s)); }

/* x in decimal, zero-padded to width digits (sign first) */
static void out_int(Out *o, int64_t x, int width) {
    uint64_t u = (uint64_t)x;
    if (x < 0) {
        out_byte(o, '-');
        u = -(uint64_t)x;
    }
    char buf[24];
    int i = (int)sizeof buf;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    for (int w = (int)sizeof buf - i; w < width; w++) out_byte(o, '0');
    out_bytes(o, buf + i, (intptr_t)sizeof buf - i);
}

static bool has(const uint8_t *p, intptr_t n, const char *lit) {
    size_t l = strlen(lit);
    return (size_t)n >= l && memcmp(p, lit, l) == 0;
}

static bool lower_at(const uint8_t *p, intptr_t n) { return n > 0 && p[0] >= 'a' && p[0] <= 'z'; }

static bool digit_at(const uint8_t *p, intptr_t n, intptr_t i) { return i < n && p[i] >= '0' && p[i] <= '9'; }

/* Finds the first element of l[0..n): *pre is the length of the literal
 * text before it, *elen its length; returns the element (E_NONE: none),
 * with *digits (fractions) and *comma set. */
static int next_elem(const uint8_t *l, intptr_t n, intptr_t *pre, intptr_t *elen, int *digits, bool *comma) {
    for (intptr_t i = 0; i < n; i++) {
        const uint8_t *r = l + i;
        intptr_t m = n - i;
        int e = E_NONE;
        intptr_t k = 0;
        switch (r[0]) {
        case 'J':
            if (has(r, m, "January")) e = E_LONGMONTH, k = 7;
            else if (has(r, m, "Jan") && !lower_at(r + 3, m - 3)) e = E_MONTH, k = 3;
            break;
        case 'M':
            if (has(r, m, "Monday")) e = E_LONGWEEKDAY, k = 6;
            else if (has(r, m, "Mon") && !lower_at(r + 3, m - 3)) e = E_WEEKDAY, k = 3;
            else if (has(r, m, "MST")) e = E_TZ, k = 3;
            break;
        case '0':
            if (m >= 2 && r[1] >= '1' && r[1] <= '6') {
                static const int z[] = {E_ZEROMONTH, E_ZERODAY, E_ZEROHOUR12, E_ZEROMINUTE, E_ZEROSECOND, E_YEAR};
                e = z[r[1] - '1'], k = 2;
            } else if (has(r, m, "002")) {
                e = E_ZEROYEARDAY, k = 3;
            }
            break;
        case '1':
            if (has(r, m, "15")) e = E_HOUR, k = 2;
            else e = E_NUMMONTH, k = 1;
            break;
        case '2':
            if (has(r, m, "2006")) e = E_LONGYEAR, k = 4;
            else e = E_DAY, k = 1;
            break;
        case '_':
            if (has(r, m, "_2")) {
                if (has(r, m, "_2006")) { /* a literal '_' before the year */
                    *pre = i + 1;
                    *elen = 4;
                    return E_LONGYEAR;
                }
                e = E_UNDERDAY, k = 2;
            }
            if (has(r, m, "__2")) e = E_UNDERYEARDAY, k = 3;
            break;
        case '3': e = E_HOUR12, k = 1; break;
        case '4': e = E_MINUTE, k = 1; break;
        case '5': e = E_SECOND, k = 1; break;
        case 'P':
            if (has(r, m, "PM")) e = E_PM, k = 2;
            break;
        case 'p':
            if (has(r, m, "pm")) e = E_pm, k = 2;
            break;
        case '-':
            if (has(r, m, "-07:00:00")) e = E_NUMCOLONSECONDSTZ, k = 9;
            else if (has(r, m, "-070000")) e = E_NUMSECONDSTZ, k = 7;
            else if (has(r, m, "-07:00")) e = E_NUMCOLONTZ, k = 6;
            else if (has(r, m, "-0700")) e = E_NUMTZ, k = 5;
            else if (has(r, m, "-07")) e = E_NUMSHORTTZ, k = 3;
            break;
        case 'Z':
            if (has(r, m, "Z07:00:00")) e = E_ISO8601COLONSECONDSTZ, k = 9;
            else if (has(r, m, "Z070000")) e = E_ISO8601SECONDSTZ, k = 7;
            else if (has(r, m, "Z07:00")) e = E_ISO8601COLONTZ, k = 6;
            else if (has(r, m, "Z0700")) e = E_ISO8601TZ, k = 5;
            else if (has(r, m, "Z07")) e = E_ISO8601SHORTTZ, k = 3;
            break;
        case '.':
        case ',':
            if (m >= 2 && (r[1] == '0' || r[1] == '9')) {
                uint8_t c = r[1];
                intptr_t j = 1;
                while (j < m && r[j] == c) j++;
                if (!digit_at(r, m, j)) {
                    e = c == '0' ? E_FRACSECOND0 : E_FRACSECOND9;
                    *digits = (int)(j - 1);
                    *comma = r[0] == ',';
                    k = j;
                }
            }
            break;
        }
        if (e != E_NONE) {
            *pre = i;
            *elen = k;
            return e;
        }
    }
    *pre = n;
    *elen = 0;
    return E_NONE;
}

/* the first n (<= 9) digits of nsec after sep; trim drops trailing
 * zeros and everything when nothing is left */
static void out_frac(Out *o, int64_t nsec, int n, bool trim, char sep) {
    char d[9];
    for (int i = 8; i >= 0; i--) {
        d[i] = (char)('0' + nsec % 10);
        nsec /= 10;
    }
    if (n > 9) n = 9;
    if (trim) {
        while (n > 0 && d[n - 1] == '0') n--;
        if (n == 0) return;
    }
    out_byte(o, sep);
    out_bytes(o, d, n);
}

/* f comes by value: a pointer handed to C would put the caller's fields on
 * the heap (the standard packages' escape analysis cannot see into C). */
static GoSlice append_format(GoSlice b, GoString layout, const TimeFields *f);

GoSlice go_time_appendFormat(GoSlice b, GoString layout, TimeFields f) {
    return append_format(b, layout, &f);
}

static GoSlice append_format(GoSlice b, GoString layout, const TimeFields *f) {
    Out o = {b};
    const uint8_t *l = layout.p;
    intptr_t n = layout.n;
    int64_t year = f->year, month = f->month, day = f->day, hour = f->hour;
    while (n > 0) {
        intptr_t pre, elen;
        int digits = 0;
        bool comma = false;
        int e = next_elem(l, n, &pre, &elen, &digits, &comma);
        out_bytes(&o, l, pre);
        if (e == E_NONE) break;
        l += pre + elen;
        n -= pre + elen;
        switch (e) {
        case E_YEAR: out_int(&o, (year < 0 ? -year : year) % 100, 2); break;
        case E_LONGYEAR: out_int(&o, year, 4); break;
        case E_MONTH: out_bytes(&o, month_names[month - 1], 3); break;
        case E_LONGMONTH: out_str(&o, month_names[month - 1]); break;
        case E_NUMMONTH: out_int(&o, month, 0); break;
        case E_ZEROMONTH: out_int(&o, month, 2); break;
        case E_WEEKDAY: out_bytes(&o, day_names[f->wday], 3); break;
        case E_LONGWEEKDAY: out_str(&o, day_names[f->wday]); break;
        case E_DAY: out_int(&o, day, 0); break;
        case E_UNDERDAY:
            if (day < 10) out_byte(&o, ' ');
            out_int(&o, day, 0);
            break;
        case E_ZERODAY: out_int(&o, day, 2); break;
        case E_UNDERYEARDAY:
            if (f->yday < 100) {
                out_byte(&o, ' ');
                if (f->yday < 10) out_byte(&o, ' ');
            }
            out_int(&o, f->yday, 0);
            break;
        case E_ZEROYEARDAY: out_int(&o, f->yday, 3); break;
        case E_HOUR: out_int(&o, hour, 2); break;
        case E_HOUR12:
        case E_ZEROHOUR12: {
            int64_t hr = hour % 12;
            if (hr == 0) hr = 12;
            out_int(&o, hr, e == E_ZEROHOUR12 ? 2 : 0);
            break;
        }
        case E_MINUTE: out_int(&o, f->min, 0); break;
        case E_ZEROMINUTE: out_int(&o, f->min, 2); break;
        case E_SECOND: out_int(&o, f->sec, 0); break;
        case E_ZEROSECOND: out_int(&o, f->sec, 2); break;
        case E_PM: out_str(&o, hour >= 12 ? "PM" : "AM"); break;
        case E_pm: out_str(&o, hour >= 12 ? "pm" : "am"); break;
        case E_ISO8601TZ:
        case E_ISO8601COLONTZ:
        case E_ISO8601SECONDSTZ:
        case E_ISO8601SHORTTZ:
        case E_ISO8601COLONSECONDSTZ:
        case E_NUMTZ:
        case E_NUMCOLONTZ:
        case E_NUMSECONDSTZ:
        case E_NUMSHORTTZ:
        case E_NUMCOLONSECONDSTZ: {
            bool iso = e == E_ISO8601TZ || e == E_ISO8601COLONTZ || e == E_ISO8601SECONDSTZ ||
                       e == E_ISO8601SHORTTZ || e == E_ISO8601COLONSECONDSTZ;
            if (iso && f->offset == 0) {
                out_byte(&o, 'Z');
                break;
            }
            int64_t zone = f->offset / 60, abs = f->offset;
            if (zone < 0) {
                out_byte(&o, '-');
                zone = -zone;
                abs = -abs;
            } else {
                out_byte(&o, '+');
            }
            out_int(&o, zone / 60, 2);
            bool colon = e == E_ISO8601COLONTZ || e == E_NUMCOLONTZ || e == E_ISO8601COLONSECONDSTZ ||
                         e == E_NUMCOLONSECONDSTZ;
            if (colon) out_byte(&o, ':');
            if (e != E_NUMSHORTTZ && e != E_ISO8601SHORTTZ) out_int(&o, zone % 60, 2);
            if (e == E_ISO8601SECONDSTZ || e == E_NUMSECONDSTZ || e == E_NUMCOLONSECONDSTZ ||
                e == E_ISO8601COLONSECONDSTZ) {
                if (colon) out_byte(&o, ':');
                out_int(&o, abs % 60, 2);
            }
            break;
        }
        case E_TZ: {
            if (f->zname.n > 0) {
                out_bytes(&o, f->zname.p, f->zname.n);
                break;
            }
            int64_t zone = f->offset / 60;
            if (zone < 0) {
                out_byte(&o, '-');
                zone = -zone;
            } else {
                out_byte(&o, '+');
            }
            out_int(&o, zone / 60, 2);
            out_int(&o, zone % 60, 2);
            break;
        }
        case E_FRACSECOND0:
        case E_FRACSECOND9:
            out_frac(&o, f->nsec, digits, e == E_FRACSECOND9, comma ? ',' : '.');
            break;
        }
    }
    return o.s;
}

/* Time.GoString: time.Date(2009, time.November, 10, 23, 0, 0, 0,
 * time.UTC); loc 0 UTC, 1 Local, 2 time.Location(<quoted name>), quoted
 * as package time quotes (\xNN for bytes outside printable ASCII).
 *   //extern go_time_goString
 *   func goString(f *fmtFields, loc int, name string) string */
GoString go_time_goString(const TimeFields *f, go_int loc, GoString name) {
    Out o = {{NULL, 0, 0}};
    out_str(&o, "time.Date(");
    out_int(&o, f->year, 0);
    if (f->month >= 1 && f->month <= 12) {
        out_str(&o, ", time.");
        out_str(&o, month_names[f->month - 1]);
    } else {
        out_str(&o, ", ");
        out_int(&o, f->month, 0);
    }
    const int64_t rest[] = {f->day, f->hour, f->min, f->sec, f->nsec};
    for (int i = 0; i < 5; i++) {
        out_str(&o, ", ");
        out_int(&o, rest[i], 0);
    }
    out_str(&o, ", ");
    if (loc == 0) {
        out_str(&o, "time.UTC");
    } else if (loc == 1) {
        out_str(&o, "time.Local");
    } else {
        static const char hex[] = "0123456789abcdef";
        out_str(&o, "time.Location(\"");
        for (intptr_t i = 0; i < name.n; i++) {
            uint8_t c = name.p[i];
            if (c < ' ' || c >= 0x80) {
                char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
                out_bytes(&o, e, 4);
            } else {
                if (c == '"' || c == '\\') out_byte(&o, '\\');
                out_byte(&o, (char)c);
            }
        }
        out_str(&o, "\")");
    }
    out_byte(&o, ')');
    return rt_gostringn(o.s.p, o.s.len);
}

/* Time.Format: Go formats into a 64-byte array on its stack (a heap
 * buffer of len(layout)+10 bytes for a long layout) and copies the result
 * into the string: one allocation, more for a long layout or text. */
GoString go_time_formatString(GoString layout, TimeFields f) {
    uint8_t buf[64];
    GoSlice b = {buf, 0, sizeof buf};
    if (layout.n + 10 >= (intptr_t)sizeof buf) b = (GoSlice){rt_alloc((uintptr_t)layout.n + 10, NULL), 0, layout.n + 10};
    b = append_format(b, layout, &f);
    return rt_slicebytetostring(NULL, b.p, b.len);
}
