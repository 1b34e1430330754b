package time

// Named zones: LoadLocation reads a TZif file ($ZONEINFO/NAME first, then
// the system directories Go 1.19 searches on Linux), LoadLocationFromTZData
// parses TZif versions 1 to 3, and lookup maps an instant to its zone: a
// binary search over the transitions, Go's choice of zone before the first
// transition, and the POSIX TZ footer (tzset rules such as
// "CET-1CEST,M3.5.0,M10.5.0/3") after the last one.
//
// Invariants: a loaded Location has at least one zone and one transition
// (a file without transitions gets one at alpha to zone 0, as Go does);
// every transition's index is a valid zone index; extend is the footer
// without its newlines ("" when the file has none).  Loaded Locations leave
// the lookup cache empty (cacheZone nil): lookup computes every answer.

import "errors"

//extern go_time_readZoneFile
func readZoneFile(name string) (data []byte, errno int)

//extern go_time_getenv
func getenv(key string) string

//extern go_time_errnoText
func errnoText(errno int) string

const errnoENOENT = 2

// zoneErrno is a failing open/read of a zone file (Go reports the bare
// syscall.Errno).
type zoneErrno int

func (e zoneErrno) Error() string { return errnoText(int(e)) }

var errBadTZData = errors.New("malformed time zone information")

var errBadLocationName = errors.New("time: invalid location name")

// zoneDirs are the directories Go 1.19 looks in on Linux, in its order.
var zoneDirs = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

// hasDotDot reports whether s contains "..".
func hasDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// LoadLocation returns the Location with the given name: "" and "UTC"
// give UTC, "Local" gives Local, any other name is an IANA zone read from
// $ZONEINFO (a directory; gosub cannot read Go's zip form) or the system
// zoneinfo directories.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if hasDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errBadLocationName
	}
	var firstErr error
	if dir := getenv("ZONEINFO"); dir != "" {
		if len(dir) < 4 || dir[len(dir)-4:] != ".zip" {
			data, e := readZoneFile(dir + "/" + name)
			if e == 0 {
				l, err := LoadLocationFromTZData(name, data)
				if err == nil {
					return l, nil
				}
				firstErr = err
			} else if e != errnoENOENT {
				firstErr = zoneErrno(e)
			}
		}
	}
	for _, dir := range zoneDirs {
		data, e := readZoneFile(dir + name)
		var err error
		if e == 0 {
			l, perr := LoadLocationFromTZData(name, data)
			if perr == nil {
				return l, nil
			}
			err = perr
		} else if e != errnoENOENT {
			err = zoneErrno(e)
		}
		if firstErr == nil && err != nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

//extern go_os_LookupEnv
func lookupEnv(key string) (string, bool)

// localDone is set once initLocal has filled localLoc.
var localDone bool

// initLocal fills localLoc the way Go does on Unix, once: $TZ unset means
// /etc/localtime (named "Local"); TZ="" means UTC; otherwise one leading
// ':' is dropped and an absolute path is read as a file (named by the path,
// or "Local" for /etc/localtime) while any other name but "UTC" is looked
// up in the system zoneinfo directories (named as given, $ZONEINFO not
// consulted).  Whatever fails leaves UTC, named "UTC".  Goroutines switch
// only at calls and loop back-edges, so two of them may both run it; both
// store the same result.
func initLocal() {
	var z *Location
	tz, set := lookupEnv("TZ")
	switch {
	case !set:
		if z = readLocal("localtime", "/etc/localtime"); z != nil {
			z.name = "Local"
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z = readLocal(tz, tz); z != nil && tz == "/etc/localtime" {
				z.name = "Local"
			}
		} else if tz != "" && tz != "UTC" {
			for _, dir := range zoneDirs {
				if z = readLocal(tz, dir+tz); z != nil {
					break
				}
			}
		}
	}
	if z == nil {
		z = &Location{name: "UTC"}
	}
	localLoc = *z
	localDone = true
}

// readLocal parses the TZif file at path as zone name, nil on any error.
func readLocal(name, path string) *Location {
	data, e := readZoneFile(path)
	if e != 0 {
		return nil
	}
	l, err := LoadLocationFromTZData(name, data)
	if err != nil {
		return nil
	}
	return l
}

// tzReader walks TZif data; a read past the end sets bad.
type tzReader struct {
	p   []byte
	bad bool
}

func (r *tzReader) take(n int) []byte {
	if n < 0 || n > len(r.p) {
		r.p = nil
		r.bad = true
		return nil
	}
	b := r.p[:n]
	r.p = r.p[n:]
	return b
}

func (r *tzReader) u32() (uint32, bool) {
	b := r.take(4)
	if len(b) < 4 {
		return 0, false
	}
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]), true
}

func (r *tzReader) u64() (uint64, bool) {
	hi, ok1 := r.u32()
	lo, ok2 := r.u32()
	return uint64(hi)<<32 | uint64(lo), ok1 && ok2
}

// cString is b up to its first NUL.
func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// The six counts of a TZif header, in file order.
const (
	tzUTLocal = iota
	tzStdWall
	tzLeap
	tzTime
	tzType
	tzChar
)

// LoadLocationFromTZData returns a Location with the given name from TZif
// data (the contents of a zoneinfo file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := tzReader{p: data}
	if string(r.take(4)) != "TZif" {
		return nil, errBadTZData
	}
	hdr := r.take(16)
	if len(hdr) != 16 {
		return nil, errBadTZData
	}
	version := 0
	switch hdr[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadTZData
	}
	var cnt [6]int
	for i := range cnt {
		v, ok := r.u32()
		if !ok {
			return nil, errBadTZData
		}
		cnt[i] = int(v)
	}
	wide := false
	if version >= 2 {
		// skip the 32-bit block and the second header's magic/version;
		// the 64-bit block that follows is the one read
		r.take(cnt[tzTime]*5 + cnt[tzType]*6 + cnt[tzChar] + cnt[tzLeap]*8 +
			cnt[tzStdWall] + cnt[tzUTLocal] + 20)
		for i := range cnt {
			v, ok := r.u32()
			if !ok {
				return nil, errBadTZData
			}
			cnt[i] = int(v)
		}
		wide = true
	}
	tsize := 4
	if wide {
		tsize = 8
	}
	times := tzReader{p: r.take(cnt[tzTime] * tsize)}
	idx := r.take(cnt[tzTime])
	types := tzReader{p: r.take(cnt[tzType] * 6)}
	chars := r.take(cnt[tzChar])
	r.take(cnt[tzLeap] * (tsize + 4))
	isstd := r.take(cnt[tzStdWall])
	isut := r.take(cnt[tzUTLocal])
	if r.bad {
		return nil, errBadTZData
	}
	extend := ""
	if rest := r.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}
	if cnt[tzType] == 0 {
		return nil, errBadTZData
	}
	zones := make([]zone, cnt[tzType])
	for i := range zones {
		off, ok := types.u32()
		b := types.take(2)
		if !ok || len(b) < 2 || int(b[1]) >= len(chars) {
			return nil, errBadTZData
		}
		zones[i] = zone{name: cString(chars[b[1]:]), offset: int(int32(off)), isDST: b[0] != 0}
	}
	tx := make([]zoneTrans, cnt[tzTime])
	for i := range tx {
		var when int64
		if wide {
			v, ok := times.u64()
			if !ok {
				return nil, errBadTZData
			}
			when = int64(v)
		} else {
			v, ok := times.u32()
			if !ok {
				return nil, errBadTZData
			}
			when = int64(int32(v))
		}
		if int(idx[i]) >= len(zones) {
			return nil, errBadTZData
		}
		tx[i] = zoneTrans{when: when, index: idx[i]}
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isut) {
			tx[i].isutc = isut[i] != 0
		}
	}
	if len(tx) == 0 {
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}

// lookup returns the zone in effect at sec (Unix seconds): its
// abbreviation, offset east of UTC and DST flag, and the interval
// [start, end) of instants around sec known to share it.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	if l == &localLoc && !localDone {
		initLocal()
	}
	if l == nil || len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if z := l.cacheZone; z != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return z.name, z.offset, l.cacheStart, l.cacheEnd, z.isDST
	}
	tx := l.tx
	if len(tx) == 0 || sec < tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(tx) > 0 {
			end = tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// invariant: tx[lo].when <= sec, and sec < tx[hi].when when hi < len(tx)
	lo, hi := 0, len(tx)
	end = omega
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if sec < tx[mid].when {
			hi = mid
			end = tx[mid].when
		} else {
			lo = mid
		}
	}
	z := &l.zone[tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, tx[lo].when, z.isDST
	if lo == len(tx)-1 && l.extend != "" {
		if n, o, s, e, d, ok := tzRule(l.extend, start, sec); ok {
			return n, o, s, e, d
		}
	}
	return
}

// lookupFirstZone picks the zone for instants before the first
// transition, as Go does: zone 0 unless some transition uses it;
// otherwise the nearest standard-time zone before the first transition's
// zone when that one is DST; otherwise the first standard-time zone;
// otherwise zone 0.  (Go's method names: firstZoneUsed is inlinable, so
// gc's wrappers for a type embedding *time.Location report it.)
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// firstZoneUsed reports whether the first zone is used by some transition.
func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns the offset of the zone abbreviated name, preferring
// one in effect near unix (Parse's use of a zone name in local).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			n, off, _, _, _ := l.lookup(unix - int64(z.offset))
			if n == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// A tzDate is one "start" or "end" field of a TZ rule: Jn (day 1..365,
// February 29 never counted), n (day 0..365, leap days counted) or
// Mm.w.d (weekday d of week w, 5 meaning last, of month m), plus the local
// time of day of the change in seconds.
type tzDate struct {
	kind int // 'J', 'D' or 'M'
	day  int
	week int
	mon  int
	at   int
}

// tzNum reads a decimal number in [min, max] from the start of s.
func tzNum(s string, min, max int) (int, string, bool) {
	i, n := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, "", false
		}
		i++
	}
	if i == 0 || n < min {
		return 0, "", false
	}
	return n, s[i:], true
}

// tzName reads a zone abbreviation: three or more characters up to a
// digit, sign or comma, or anything between angle brackets.
func tzName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if (c >= '0' && c <= '9') || c == ',' || c == '-' || c == '+' {
			break
		}
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// tzOffset reads [+-]hh[:mm[:ss]] (hours up to 167) as seconds.
func tzOffset(s string) (int, string, bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	h, s, ok := tzNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	secs := h * 3600
	for unit := 60; unit >= 1 && len(s) > 0 && s[0] == ':'; unit /= 60 {
		var v int
		v, s, ok = tzNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		secs += v * unit
		if unit == 1 {
			break
		}
	}
	if neg {
		secs = -secs
	}
	return secs, s, true
}

// tzDateField reads one rule date with its optional /time (default 02:00).
func tzDateField(s string) (tzDate, string, bool) {
	var d tzDate
	var ok bool
	if len(s) == 0 {
		return d, "", false
	}
	switch s[0] {
	case 'J':
		d.kind = 'J'
		d.day, s, ok = tzNum(s[1:], 1, 365)
	case 'M':
		d.kind = 'M'
		d.mon, s, ok = tzNum(s[1:], 1, 12)
		if ok && len(s) > 0 && s[0] == '.' {
			d.week, s, ok = tzNum(s[1:], 1, 5)
			if ok && len(s) > 0 && s[0] == '.' {
				d.day, s, ok = tzNum(s[1:], 0, 6)
			} else {
				ok = false
			}
		} else {
			ok = false
		}
	default:
		d.kind = 'D'
		d.day, s, ok = tzNum(s, 0, 365)
	}
	if !ok {
		return d, "", false
	}
	d.at = 2 * 3600
	if len(s) > 0 && s[0] == '/' {
		d.at, s, ok = tzOffset(s[1:])
		if !ok {
			return d, "", false
		}
	}
	return d, s, true
}

// cumDays[m] is the number of days before month m+1 in a common year.
var cumDays = [12]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// utcSecOfYear returns when rule date d happens in year, in UTC seconds
// since the year's January 1st 00:00 UTC, for a zone at offset off
// (seconds east of UTC) before the change.
func (d tzDate) utcSecOfYear(year int, off int) int {
	day := 0
	switch d.kind {
	case 'J':
		day = d.day - 1
		if isLeap(year) && d.day >= 60 {
			day++
		}
	case 'D':
		day = d.day
	case 'M':
		first := daysFromCivil(int64(year), int64(d.mon), 1)
		wd := int(absWeekday(first))
		md := (d.day - wd + 7) % 7 // first such weekday, 0-based day of month
		for w := 1; w < d.week && md+7 < daysIn(Month(d.mon), year); w++ {
			md += 7
		}
		day = cumDays[d.mon-1] + md
		if isLeap(year) && d.mon > 2 {
			day++
		}
	}
	return day*secondsPerDay + d.at - off
}

// tzRule evaluates the POSIX TZ string s at sec (Unix seconds, after the
// last transition at lastTx): the zone in effect and an interval around sec
// sharing it (exact near a change, otherwise bounded by the year).
func tzRule(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzName(s)
	var stdOff int
	if ok {
		stdOff, s, ok = tzOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// TZ offsets count west of Greenwich; ours count east
	stdOff = -stdOff
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOff, lastTx, omega, false, true
	}
	dstName, s, ok := tzName(s)
	dstOff := stdOff + 3600
	if ok && len(s) > 0 && s[0] != ',' {
		dstOff, s, ok = tzOffset(s)
		dstOff = -dstOff
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0"
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	on, s, ok := tzDateField(s[1:])
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	off, s, ok := tzDateField(s[1:])
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}
	days := floorDiv(sec, secondsPerDay)
	year, _, _ := civil(days)
	yearStart := daysFromCivil(int64(year), 1, 1) * secondsPerDay
	ysec := sec - yearStart
	from := int64(on.utcSecOfYear(year, stdOff))
	to := int64(off.utcSecOfYear(year, dstOff))
	inName, inOff, inDST := dstName, dstOff, true
	outName, outOff, outDST := stdName, stdOff, false
	if to < from {
		// southern hemisphere: the summer zone spans the new year
		from, to = to, from
		inName, outName = outName, inName
		inOff, outOff = outOff, inOff
		inDST, outDST = outDST, inDST
	}
	switch {
	case ysec < from:
		return outName, outOff, yearStart, yearStart + from, outDST, true
	case ysec >= to:
		return outName, outOff, yearStart + to, yearStart + 365*secondsPerDay, outDST, true
	}
	return inName, inOff, yearStart + from, yearStart + to, inDST, true
}
