package time

// The layout engine: a layout is literal text and elements of the
// reference time Mon Jan 2 15:04:05 MST 2006 (-0700, also written as
// 01/02 03:04:05PM '06).  nextElem splits a layout at its first element;
// Format appends each element's value, Parse reads them back.

import "errors"

// The layouts of package time.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// Layout elements.  Fractional seconds carry their digit count above
// elemShift.
const (
	eNone = iota
	eLongMonth
	eMonth
	eNumMonth
	eZeroMonth
	eLongWeekDay
	eWeekDay
	eDay
	eUnderDay
	eZeroDay
	eUnderYearDay
	eZeroYearDay
	eHour
	eHour12
	eZeroHour12
	eMinute
	eZeroMinute
	eSecond
	eZeroSecond
	eLongYear
	eYear
	ePM
	epm
	eTZ
	eISO8601TZ
	eISO8601SecondsTZ
	eISO8601ShortTZ
	eISO8601ColonTZ
	eISO8601ColonSecondsTZ
	eNumTZ
	eNumSecondsTz
	eNumShortTZ
	eNumColonTZ
	eNumColonSecondsTZ
	eFracSecond0
	eFracSecond9

	elemShift = 16
	elemMask  = 1<<elemShift - 1
	// a fractional element written with ',' instead of '.'
	elemComma = 1 << 30
)

func isLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextElem returns the literal text before the first layout element, the
// element and the text after it (elem == eNone: no element left).
func nextElem(layout string) (prefix string, elem int, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		has := func(p string) bool { return len(rest) >= len(p) && rest[:len(p)] == p }
		e, n := eNone, 0
		switch rest[0] {
		case 'J':
			if has("January") {
				e, n = eLongMonth, 7
			} else if has("Jan") && !isLower(rest[3:]) {
				e, n = eMonth, 3
			}
		case 'M':
			if has("Monday") {
				e, n = eLongWeekDay, 6
			} else if has("Mon") && !isLower(rest[3:]) {
				e, n = eWeekDay, 3
			} else if has("MST") {
				e, n = eTZ, 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				e = []int{eZeroMonth, eZeroDay, eZeroHour12, eZeroMinute, eZeroSecond, eYear}[rest[1]-'1']
				n = 2
			} else if has("002") {
				e, n = eZeroYearDay, 3
			}
		case '1':
			if has("15") {
				e, n = eHour, 2
			} else {
				e, n = eNumMonth, 1
			}
		case '2':
			if has("2006") {
				e, n = eLongYear, 4
			} else {
				e, n = eDay, 1
			}
		case '_':
			if has("_2") {
				if has("_2006") {
					// a literal '_' before the year
					return layout[:i+1], eLongYear, layout[i+5:]
				}
				e, n = eUnderDay, 2
			}
			if has("__2") {
				e, n = eUnderYearDay, 3
			}
		case '3':
			e, n = eHour12, 1
		case '4':
			e, n = eMinute, 1
		case '5':
			e, n = eSecond, 1
		case 'P':
			if has("PM") {
				e, n = ePM, 2
			}
		case 'p':
			if has("pm") {
				e, n = epm, 2
			}
		case '-':
			switch {
			case has("-07:00:00"):
				e, n = eNumColonSecondsTZ, 9
			case has("-070000"):
				e, n = eNumSecondsTz, 7
			case has("-07:00"):
				e, n = eNumColonTZ, 6
			case has("-0700"):
				e, n = eNumTZ, 5
			case has("-07"):
				e, n = eNumShortTZ, 3
			}
		case 'Z':
			switch {
			case has("Z07:00:00"):
				e, n = eISO8601ColonSecondsTZ, 9
			case has("Z070000"):
				e, n = eISO8601SecondsTZ, 7
			case has("Z07:00"):
				e, n = eISO8601ColonTZ, 6
			case has("Z0700"):
				e, n = eISO8601TZ, 5
			case has("Z07"):
				e, n = eISO8601ShortTZ, 3
			}
		case '.', ',':
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				c := rest[1]
				j := 1
				for j < len(rest) && rest[j] == c {
					j++
				}
				if !isDigitAt(rest, j) {
					e = eFracSecond0
					if c == '9' {
						e = eFracSecond9
					}
					e |= (j - 1) << elemShift
					if rest[0] == ',' {
						e |= elemComma
					}
					n = j
				}
			}
		}
		if e != eNone {
			return layout[:i], e, layout[i+n:]
		}
	}
	return layout, eNone, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte(u%10) + '0'
		u /= 10
	}
	i--
	buf[i] = byte(u) + '0'
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// Format returns a textual representation of the time value formatted
// according to layout (see the constants, e.g. RFC3339).
func (t Time) Format(layout string) string {
	return formatString(layout, timeFields(t))
}

// formatString is Format's engine (runtime/time_format.c): the fields go
// by value and the text is formatted in C storage, so Format allocates
// only its result, as Go's.
//
//extern go_time_formatString
func formatString(layout string, f fmtFields) string

// fmtFields is the broken-down time runtime/time_format.c formats: ten
// ints then the zone name, in this order (the C side reads this layout).
type fmtFields struct {
	year, month, day, hour, min, sec, nsec, wday, yday, offset int
	zname                                                      string
}

// appendFormat is the formatting layout engine, in the runtime (it is
// compiled once there, not in every program that uses os or time).
//
//extern go_time_appendFormat
func appendFormat(b []byte, layout string, f fmtFields) []byte

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return appendFormat(b, layout, timeFields(t))
}

// timeFields is t broken down for the formatter (a function, not a method:
// Go 1.19's Time has no such method, and types embedding Time get a
// wrapper, printed by -m=2, for every method in its method set).
func timeFields(t Time) fmtFields {
	var f fmtFields
	f.zname, f.offset = t.Zone()
	year, month, day := t.Date()
	f.year, f.month, f.day = year, int(month), day
	f.hour, f.min, f.sec = t.Clock()
	f.nsec = int(t.nsec())
	f.wday = int(t.Weekday())
	f.yday = t.YearDay()
	return f
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + durQuote(e.Value) + " as " + durQuote(e.Layout) +
			": cannot parse " + durQuote(e.ValueElem) + " as " + durQuote(e.LayoutElem)
	}
	return "parsing time " + durQuote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// lookupName finds which of names starts val (ASCII case-insensitively).
func lookupName(names []string, val string) (int, string, error) {
	for i, v := range names {
		if len(val) >= len(v) && eqFold(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func eqFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// getnum reads one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBad
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the literal prefix from value; a space in prefix matches
// any run of spaces.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func atoiAll(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 1<<40 {
			return 0, false
		}
	}
	if neg {
		n = -n
	}
	return n, true
}

// parseNanoseconds reads value[:n], a separator and digits, as nanoseconds.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	v, ok := atoiAll(value[1:n])
	if !ok {
		return 0, "", errBad
	}
	if v < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		v *= 10
	}
	return v, "", nil
}

// zoneAbbrevLen reports how long the zone abbreviation at the start of
// value is: three upper-case letters, four ending in T (or WITA), five
// ending in T, ChST/MeST, GMT with an optional signed hour, or a bare
// signed hour offset in [-23, 23].
func zoneAbbrevLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedHourLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLen(value)
		return n, n > 0
	}
	n := 0
	for n < len(value) && n < 6 && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedHourLen is the length of a sign and decimal digits at the start
// of v whose value is at most 23, or 0.
func signedHourLen(v string) int {
	if v[0] != '-' && v[0] != '+' {
		return 0
	}
	i, x := 1, 0
	for i < len(v) && isDigitAt(v, i) {
		if x < 1000 {
			x = x*10 + int(v[i]-'0')
		}
		i++
	}
	if i == 1 || x > 23 {
		return 0
	}
	return i
}

// Parse parses a formatted string and returns the time value it
// represents (UTC unless the value names a zone or an offset).
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone
// information in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset, zoneName := -1, ""
	for {
		prefix, e, suffix := nextElem(layout)
		elemStr := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if e == eNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + durQuote(value)}
			}
			break
		}
		layout = suffix
		switch k := e & elemMask; k {
		case eYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			y, ok := atoiAll(value[:2])
			if !ok {
				err = errBad
				break
			}
			value = value[2:]
			{
				if y >= 69 {
					year = 1900 + y
				} else {
					year = 2000 + y
				}
			}
		case eLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBad
				break
			}
			y, ok := atoiAll(value[:4])
			value = value[4:]
			if !ok {
				err = errBad
				break
			}
			year = y
		case eMonth:
			month, value, err = lookupName(shortMonthNames, value)
			month++
		case eLongMonth:
			month, value, err = lookupName(longMonthNames, value)
			month++
		case eNumMonth, eZeroMonth:
			month, value, err = getnum(value, k == eZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case eWeekDay:
			_, value, err = lookupName(shortDayNames, value)
		case eLongWeekDay:
			_, value, err = lookupName(longDayNames, value)
		case eDay, eUnderDay, eZeroDay:
			if k == eUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, k == eZeroDay)
		case eUnderYearDay, eZeroYearDay:
			for i := 0; i < 2; i++ {
				if k == eUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, k == eZeroYearDay)
		case eHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case eHour12, eZeroHour12:
			hour, value, err = getnum(value, k == eZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case eMinute, eZeroMinute:
			min, value, err = getnum(value, k == eZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case eSecond, eZeroSecond:
			sec, value, err = getnum(value, k == eZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// a fractional second the layout does not mention
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, ne, _ := nextElem(layout)
				ne &= elemMask
				if ne == eFracSecond0 || ne == eFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case ePM, epm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			if k == ePM && p == "PM" || k == epm && p == "pm" {
				pmSet = true
			} else if k == ePM && p == "AM" || k == epm && p == "am" {
				amSet = true
			} else {
				err = errBad
			}
		case eISO8601TZ, eISO8601ColonTZ, eISO8601SecondsTZ, eISO8601ShortTZ, eISO8601ColonSecondsTZ,
			eNumTZ, eNumShortTZ, eNumColonTZ, eNumSecondsTz, eNumColonSecondsTZ:
			if (k == eISO8601TZ || k == eISO8601ShortTZ || k == eISO8601ColonTZ) && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch {
			case k == eISO8601ColonTZ || k == eNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case k == eNumShortTZ || k == eISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case k == eISO8601ColonSecondsTZ || k == eNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case k == eISO8601SecondsTZ || k == eNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			hr, ok1 := atoiAll(hh)
			mn, ok2 := atoiAll(mm)
			sc, ok3 := atoiAll(ss)
			if !ok1 {
				hr, mn, sc = 0, 0, 0
				err = errBad
			} else if !ok2 {
				mn, sc = 0, 0
				err = errBad
			} else if !ok3 {
				sc = 0
				err = errBad
			}
			zoneOffset = (hr*60+mn)*60 + sc
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case eTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := zoneAbbrevLen(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case eFracSecond0:
			nd := 1 + (e&^elemComma)>>elemShift
			if len(value) < nd {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, nd)
			value = value[nd:]
		case eFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || value[1] < '0' || '9' < value[1] {
				break
			}
			i := 0
			for i < 9 && i+1 < len(value) && isDigitAt(value, i+1) {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elemStr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, elemStr, value, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m, d = 2, 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = 1
			for yday > daysIn(Month(m), 2001) {
				yday -= daysIn(Month(m), 2001)
				m++
			}
			d = yday
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		lname, loff, _, _, _ := local.lookup(t.unixSec())
		if loff == zoneOffset && (zoneName == "" || lname == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if loff, ok := local.lookupName(zoneName, t.unixSec()); ok {
			t.addSec(-int64(loff))
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoiAll(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defLoc), nil
}
