// Package time: Go 1.19's Duration (with its String), Time for measuring
// (Now, Since, Sub, Unix*), Sleep, Timer, Ticker, After and Tick.  Layouts
// follow Go; clocks and timers are the runtime's (runtime/time.c).
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		w = fmtInt(buf[:w], u%60)
		u /= 60

		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return string(buf[w:])
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Round returns the result of rounding d to the nearest multiple of m.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Location, UTC and Local: format.go.

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic         = 1 << 63
	nsecMask             = 1<<30 - 1
	nsecShift            = 30
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * 86400
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400
	minWall              = wallToInternal
	maxWall              = wallToInternal + (1<<33 - 1) // year 2157
)

//extern go_time_now
func now() (sec int64, nsec int32, mono int64)

//extern go_time_runtimeNano
func runtimeNano() int64

var startNano int64 = runtimeNano() - 1

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	mono -= startNano
	sec += unixToInternal - minWall
	if uint64(sec)>>33 != 0 {
		return Time{uint64(nsec), sec + minWall, Local}
	}
	return Time{hasMonotonic | uint64(sec)<<nsecShift | uint64(nsec), mono, Local}
}

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

func (t *Time) unixSec() int64 { return t.sec() - unixToInternal }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return (t.unixSec())*1e9 + int64(t.nsec()) }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec()) }

// IsZero reports whether t represents the zero time instant.
func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		te := t.ext
		ue := u.ext
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration
		}
		if d > 0 && te < ue {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	if u.Add(d).Equal(t) {
		return d
	} else if t.Before(u) {
		return minDuration
	} else {
		return maxDuration
	}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		te := t.ext + int64(d)
		if d < 0 && te > t.ext || d > 0 && te < t.ext {
			t.stripMono()
		} else {
			t.ext = te
		}
	}
	return t
}

func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		sec := int64(t.wall << 1 >> (nsecShift + 1))
		dsec := sec + d
		if 0 <= dsec && dsec <= 1<<33-1 {
			t.wall = t.wall&nsecMask | uint64(dsec)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	t.ext += d
}

// setMono sets the monotonic clock reading in t; a no-op when t's wall
// time is too large to hold one (Go's; inlinable, so it shows in gc's
// wrappers for a type embedding time.Time).
func (t *Time) setMono(m int64) {
	if t.wall&hasMonotonic == 0 {
		sec := t.ext
		if sec < minWall || maxWall < sec {
			return
		}
		t.wall |= hasMonotonic | uint64(sec-minWall)<<nsecShift
	}
	t.ext = m
}

// mono returns t's monotonic clock reading, 0 for a missing one.
func (t *Time) mono() int64 {
	if t.wall&hasMonotonic == 0 {
		return 0
	}
	return t.ext
}

func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts := t.sec()
	us := u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts := t.sec()
	us := u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Abs returns the absolute value of d (the largest Duration for the
// smallest, which has no positive counterpart).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Sleep pauses the current goroutine for at least the duration d.
//
//extern go_time_Sleep
func Sleep(d Duration)

// runtimeTimer is the runtime's timer (Go 1.19's layout).
type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

//extern go_time_startTimer
func startTimer(*runtimeTimer)

//extern go_time_stopTimer
func stopTimer(*runtimeTimer) bool

//extern go_time_resetTimer
func resetTimer(*runtimeTimer, int64) bool

//extern go_time_modTimer
func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr)

func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func sendTime(c any, seq uintptr) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// NewTimer creates a new Timer that will send the current time on its channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{
		C: c,
		r: runtimeTimer{
			when: when(d),
			f:    sendTime,
			arg:  c,
		},
	}
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after duration d.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	return resetTimer(&t.r, w)
}

// After waits for the duration to elapse and then sends the current time on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

func goFunc(arg any, seq uintptr) {
	go arg.(func())()
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{
		r: runtimeTimer{
			when: when(d),
			f:    goFunc,
			arg:  f,
		},
	}
	startTimer(&t.r)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the current time after each tick.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{
		C: c,
		r: runtimeTimer{
			when:   when(d),
			period: int64(d),
			f:      sendTime,
			arg:    c,
		},
	}
	startTimer(&t.r)
	return t
}

// Stop turns off a ticker.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops the ticker and restarts it with period d; the next tick comes
// after d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	modTimer(&t.r, when(d), int64(d), t.r.f, t.r.arg, t.r.seq)
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months of the year.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(m))
	return "%!Month(" + string(buf[n:]) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(d))
	return "%!Weekday(" + string(buf[n:]) + ")"
}

func itoa(x int) string {
	var buf [20]byte
	i := len(buf)
	neg := x < 0
	u := uint(x)
	if neg {
		u = -u
	}
	for u >= 10 {
		i--
		buf[i] = byte(u%10) + '0'
		u /= 10
	}
	i--
	buf[i] = byte(u) + '0'
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// ---- ParseDuration ----
//
// A duration string is an optional sign followed by one or more
// <decimal number><unit> pairs ("1h15m30.5s", "-1.5h", "300ms"); units are
// ns, us (or µs/μs), ms, s, m, h. The whole value must fit in an int64 of
// nanoseconds. Errors carry the original text quoted as Go's time package
// quotes it (non-ASCII and control bytes as \xNN).

var durationUnits = map[string]uint64{
	"ns":      uint64(Nanosecond),
	"us":      uint64(Microsecond),
	"\u00b5s": uint64(Microsecond),
	"\u03bcs": uint64(Microsecond),
	"ms":      uint64(Millisecond),
	"s":       uint64(Second),
	"m":       uint64(Minute),
	"h":       uint64(Hour),
}

// durQuote puts s in double quotes, escaping '"' and '\\' with a backslash
// and every byte outside printable ASCII as \xNN.
func durQuote(s string) string {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b < ' ' || b >= 0x80:
			out = append(out, '\\', 'x', hex[b>>4], hex[b&15])
		case b == '"' || b == '\\':
			out = append(out, '\\', b)
		default:
			out = append(out, b)
		}
	}
	return string(append(out, '"'))
}

// durDigits reads the decimal digits at the start of s as an integer; ok is
// false when the value exceeds 1<<63.
func durDigits(s string) (v uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if v > (1<<63)/10 {
			return 0, s, false
		}
		v = v*10 + uint64(s[i]-'0')
		if v > 1<<63 {
			return 0, s, false
		}
	}
	return v, s[i:], true
}

// durFraction reads the digits after a decimal point: the value as an
// integer and its scale (10^digits kept); digits beyond int64 precision are
// consumed and ignored.
func durFraction(s string) (v uint64, scale float64, rest string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if v > (1<<63-1)/10 {
			full = true
			continue
		}
		n := v*10 + uint64(s[i]-'0')
		if n > 1<<63 {
			full = true
			continue
		}
		v = n
		scale *= 10
	}
	return v, scale, s[i:]
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or
// "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	bad := errors.New("time: invalid duration " + durQuote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, bad
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || s[0] >= '0' && s[0] <= '9') {
			return 0, bad
		}
		before := len(s)
		v, rest, ok := durDigits(s)
		if !ok {
			return 0, bad
		}
		s = rest
		hasInt := len(s) != before
		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			frac, scale, s = durFraction(s)
			hasFrac = len(s) != before
		}
		if !hasInt && !hasFrac {
			return 0, bad
		}
		n := 0
		for n < len(s) && s[n] != '.' && (s[n] < '0' || s[n] > '9') {
			n++
		}
		if n == 0 {
			return 0, errors.New("time: missing unit in duration " + durQuote(orig))
		}
		name := s[:n]
		s = s[n:]
		unit, known := durationUnits[name]
		if !known {
			return 0, errors.New("time: unknown unit " + durQuote(name) + " in duration " + durQuote(orig))
		}
		if v > (1<<63)/unit {
			return 0, bad
		}
		v *= unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, bad
			}
		}
		total += v
		if total > 1<<63 {
			return 0, bad
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, bad
	}
	return Duration(total), nil
}
