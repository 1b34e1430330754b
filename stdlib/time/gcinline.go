// Go 1.19's bodies of the time methods gc inlines whose gosub body is
// shaped differently: the inliner copies gcinl_T_M in place of T.M at a
// call so that escape analysis and -m=2 see gc's calls (t.date(true),
// l.get().name) and their recorded leak tags; codegen still compiles the
// call to T.M itself.  The gcinl_ functions are never called.
//
// date, abs and get are the helpers those bodies call, with gosub's own
// (working) bodies: as methods they sit in Time's and *Location's method
// tables.  abs is a day number here, which is what gosub's absWeekday
// takes (Go's counts seconds from year -292277022399).
package time

func gcinl_Time_Date(t Time) (year int, month Month, day int) {
	year, month, day, _ = t.date(true)
	return
}

func gcinl_Time_Weekday(t Time) Weekday {
	return absWeekday(t.abs())
}

func gcinl_Time_YearDay(t Time) int {
	_, _, _, yday := t.date(false)
	return yday + 1
}

func gcinl_Location_String(l *Location) string {
	return l.get().name
}

// date returns t's civil date and its 0-based day of the year.
func (t Time) date(full bool) (year int, month Month, day int, yday int) {
	days := dayNum(t)
	year, month, day = civil(days)
	yday = int(days - daysFromCivil(int64(year), 1, 1))
	return
}

// abs returns t's day number (days since 1970-01-01 of its wall clock).
func (t Time) abs() int64 {
	return dayNum(t)
}

// get returns l, or UTC for the nil Location; Local is initialised on
// its first use.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localDone {
		initLocal()
	}
	return l
}
