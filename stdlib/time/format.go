package time

// Calendar, zones and layouts: Time's calendar fields (from a proleptic
// Gregorian civil-from-days conversion), Date, AddDate, Truncate/Round,
// Format with Go's reference layout (Mon Jan 2 15:04:05 MST 2006) and Parse.
//
// Zones: UTC is stored as a nil loc (as Go does, so time.Date(..., UTC)
// == Time{} at year 1); Local points at localLoc, filled from $TZ or
// /etc/localtime the first time a lookup or its name needs it (initLocal
// in zoneinfo.go); FixedZone makes fixed zones and LoadLocation
// (zoneinfo.go, with lookup) named ones.

// A Location maps time instants to the zone in use at that time.  Its
// fields are shaped as Go's (a zone list and a transition list) so that
// -m reports the same allocations where gc inlines FixedZone; a Location
// without zones is UTC.
type Location struct {
	name       string
	zone       []zone
	tx         []zoneTrans
	extend     string
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone is one abbreviation and offset (seconds east of UTC).
type zone struct {
	name   string
	offset int
	isDST  bool
}

// A zoneTrans is a transition (Unix seconds) to zone[index]; a fixed
// zone has one at alpha.
type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC"}

// localLoc is what Local points at; it stays a separate variable so that
// initLocal fills the zone the program started with even when the program
// assigned another Location to Local.
var localLoc Location

// Local represents the system's local time zone: $TZ when set ("" or an
// unknown name meaning UTC), else /etc/localtime.
var Local *Location = &localLoc

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	return l.get().name
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning its
// abbreviation and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.locabs()
	return
}

// locabs is Go's: t's zone name and offset, and its wall clock in seconds
// since the absolute zero year (a method of Go's Time, which gc's
// wrappers for a type embedding time.Time call).
func (t Time) locabs() (name string, offset int, abs uint64) {
	sec := t.unixSec()
	name, offset, _, _, _ = t.loc.lookup(sec)
	sec += int64(offset)
	abs = uint64(sec + (unixToInternal + internalToAbsolute))
	return
}

// ZoneBounds returns the bounds of the time zone in effect at t: the zone
// begins at start and the next zone at end; a zero Time stands for an
// unbounded side.  Both carry t's Location.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, s, e, _ := t.loc.lookup(t.unixSec())
	if s != alpha {
		start = unixTime(s, 0)
		start.setLoc(t.loc)
	}
	if e != omega {
		end = unixTime(e, 0)
		end.setLoc(t.loc)
	}
	return
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same instant in zone loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// IsDST reports whether the time in the configured location is in
// Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.lookup(t.unixSec())
	return dst
}

const (
	// the absolute zero year of Go's abs times, and the offsets between
	// them and internal (0001-01-01) seconds
	absoluteZeroYear         = -292277022399
	absoluteToInternal int64 = (absoluteZeroYear*365.2425 + 0.5) * secondsPerDay
	internalToAbsolute       = -absoluteToInternal

	secondsPerDay = 86400
	// days from 0001-01-01 to 1970-01-01
	daysTo1970 = 719162
)

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// absSec is t's wall clock in its zone, in seconds since 0001-01-01
// (absSec, dayNum and rem are functions, not methods: Time's method set
// is Go's, which gc's wrappers for a type embedding time.Time follow).
func absSec(t Time) int64 {
	_, off, _, _, _ := t.loc.lookup(t.unixSec())
	return t.sec() + int64(off)
}

// civil converts a day count relative to 1970-01-01 to a proleptic
// Gregorian date (eras of 400 years starting on March 1st).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is civil's inverse (days relative to 1970-01-01).
func daysFromCivil(year int64, month int64, day int64) int64 {
	if month <= 2 {
		year--
	}
	era := floorDiv(year, 400)
	yoe := year - era*400
	mp := month - 3
	if month <= 2 {
		mp = month + 9
	}
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// dayNum is the number of days since 1970-01-01 of t's wall clock date.
func dayNum(t Time) int64 {
	return floorDiv(absSec(t), secondsPerDay) - daysTo1970
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	return civil(dayNum(t))
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	return absWeekday(dayNum(t))
}

// absWeekday is the weekday of a day number relative to 1970-01-01 (a
// Thursday).
func absWeekday(days int64) Weekday {
	w := (days + 4) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1,365] or
// [1,366] in leap years.
func (t Time) YearDay() int {
	days := dayNum(t)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// the Thursday of t's week (weeks start on Monday) decides
	wd := int64(t.Weekday()+6) % 7 // Monday = 0
	thu := dayNum(t) - wd + 3
	y, _, _ := civil(thu)
	return y, int(thu-daysFromCivil(int64(y), 1, 1))/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	abs := absSec(t)
	s := int(abs - floorDiv(abs, secondsPerDay)*secondsPerDay)
	return s / 3600, s / 60 % 60, s % 60
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// norm returns nhi, nlo such that hi*base + lo == nhi*base + nlo and
// 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in loc; out-of-range values are normalised (October 32
// is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(m+1), 1) + int64(day-1)
	unix := days*secondsPerDay + int64(hour*3600+min*60+sec)
	// The wall clock is read in the zone in effect at unix taken as UTC;
	// when unix-offset falls outside that zone's interval, the zone at
	// unix-offset decides instead (Go's rule for gaps and overlaps).
	_, off, start, end, _ := loc.lookup(unix)
	if off != 0 {
		utc := unix - int64(off)
		if utc < start || utc >= end {
			_, off, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(off)
	}
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t (normalised as Date does).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// mulmod returns a*b mod m for m < 1<<63 without overflowing.
func mulmod(a, b, m uint64) uint64 {
	a %= m
	b %= m
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// rem returns t mod d, counting from the zero Time (floor semantics for
// times before it), for d > 0.
func rem(t Time, d Duration) Duration {
	sec := t.sec()
	m := uint64(d)
	var sm uint64
	if sec >= 0 {
		sm = mulmod(uint64(sec), 1e9, m)
	} else {
		sm = mulmod(uint64(-sec), 1e9, m)
		if sm != 0 {
			sm = m - sm
		}
	}
	return Duration((sm + uint64(t.nsec())) % m)
}

// Truncate returns the result of rounding t down to a multiple of d
// (since the zero time); d <= 0 returns t without its monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-rem(t, d))
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time), halfway values rounding up.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := rem(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Compare-free helpers for the monotonic reading printed by String.

// String returns the time formatted with the layout
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by " m=±s.nnnnnnnnn"
// when t has a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic != 0 {
		m := uint64(t.ext)
		sign := byte('+')
		if t.ext < 0 {
			sign = '-'
			m = -m
		}
		secs, frac := m/1e9, m%1e9
		b := []byte(s)
		b = append(b, " m="...)
		b = append(b, sign)
		b = appendInt(b, int(secs), 0)
		b = append(b, '.')
		b = appendInt(b, int(frac), 9)
		s = string(b)
	}
	return s
}

// GoString implements fmt.GoStringer (time.Date(...) syntax; formatted
// by runtime/time_format.c).
func (t Time) GoString() string {
	var f fmtFields
	year, month, day := t.Date()
	f.year, f.month, f.day = year, int(month), day
	f.hour, f.min, f.sec = t.Clock()
	f.nsec = int(t.nsec())
	kind, name := 2, ""
	switch loc := t.Location(); loc {
	case UTC:
		kind = 0
	case Local:
		kind = 1
	default:
		name = loc.name
	}
	return goString(&f, kind, name)
}

//extern go_time_goString
func goString(f *fmtFields, loc int, name string) string
