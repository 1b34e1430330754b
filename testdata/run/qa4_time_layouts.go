// Scheduling report: fixed dates formatted with Go's reference layouts,
// durations, calendar arithmetic and parsing errors, all in fixed zones
// (no wall clock): the output never depends on when it runs.
package main

import (
	"fmt"
	"time"
)

type meeting struct {
	title string
	start time.Time
	dur   time.Duration
}

func main() {
	utc := time.Date(2023, time.March, 26, 0, 59, 59, 123456789, time.UTC)
	cet := time.FixedZone("CET", 1*60*60)
	ist := time.FixedZone("IST", 5*60*60+30*60)
	layouts := []struct{ name, layout string }{
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"custom1", "2006-01-02 15:04:05.000"},
		{"custom2", "Mon Jan _2 3:4:5 PM 2006"},
		{"custom3", "02/01/06 15h04 -0700 MST"},
		{"custom4", "January 2, 2006 (Monday) .999999 ,000"},
		{"custom5", "2006.002 day-of-year Z07:00"},
	}
	for _, l := range layouts {
		fmt.Printf("%-12s %s | %s\n", l.name, utc.Format(l.layout), utc.In(ist).Format(l.layout))
	}
	fmt.Println(utc)
	fmt.Println(utc.In(cet))
	fmt.Println(utc.Weekday(), utc.YearDay(), utc.Month(), int(utc.Month()))
	y, w := utc.ISOWeek()
	fmt.Println("iso week", y, w)

	fmt.Println("== durations")
	ds := []time.Duration{0, 1, 999, 1500 * time.Nanosecond, 2 * time.Millisecond, 1500 * time.Millisecond,
		90 * time.Second, 3*time.Hour + 25*time.Minute + 7*time.Second + 500*time.Millisecond, -45 * time.Minute, 1<<63 - 1}
	for _, d := range ds {
		fmt.Printf("%-22v %14d ns  %.3fh %.1fm %.2fs  %v %v\n", d, int64(d), d.Hours(), d.Minutes(), d.Seconds(),
			d.Truncate(time.Second), d.Round(time.Minute))
	}
	for _, s := range []string{"1h15m30.5s", "250ms", "-3m", "1.5h", "2h45m", "100us", "7µs", "bogus", "5", "1d"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse:", err)
			continue
		}
		fmt.Println(s, "=", d, int64(d))
	}

	fmt.Println("== calendar arithmetic")
	jan31 := time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format("2006-01-02"), jan31.AddDate(0, 0, 30).Format("Jan 2"), jan31.AddDate(1, -13, 1).Format(time.RFC3339))
	leap := time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0).Format("2006-01-02"), leap.YearDay(), time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	norm := time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC)
	fmt.Println("normalised:", norm)
	a := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2023, 12, 25, 18, 30, 0, 0, cet)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24, a.Before(b), b.After(a), a.Equal(a.In(ist)))
	fmt.Println(b.Truncate(24*time.Hour), b.Round(time.Hour).Format(time.Kitchen))
	fmt.Println(a.Unix(), a.UnixMilli(), b.UnixNano(), time.Unix(1700000000, 0).UTC())
	fmt.Println(time.Unix(0, 0).UTC().Format(time.RFC1123), time.UnixMilli(1234567890123).UTC().Format(time.StampMilli))

	fmt.Println("== meetings")
	day := time.Date(2023, time.October, 9, 9, 0, 0, 0, cet)
	ms := []meeting{
		{"standup", day, 15 * time.Minute},
		{"design review", day.Add(90 * time.Minute), time.Hour + 30*time.Minute},
		{"lunch", day.Add(3*time.Hour + 30*time.Minute), 45 * time.Minute},
		{"1:1", day.Add(6 * time.Hour), 30 * time.Minute},
	}
	var total time.Duration
	for i, m := range ms {
		end := m.start.Add(m.dur)
		gap := time.Duration(0)
		if i+1 < len(ms) {
			gap = ms[i+1].start.Sub(end)
		}
		total += m.dur
		fmt.Printf("%-14s %s-%s (%v) free after: %v\n", m.title, m.start.Format("15:04"), end.Format("3:04PM"), m.dur, gap)
	}
	fmt.Println("busy", total, "of", ms[len(ms)-1].start.Add(ms[len(ms)-1].dur).Sub(day))

	fmt.Println("== parsing")
	inputs := []struct{ layout, value string }{
		{time.RFC3339, "2023-07-04T10:20:30+02:00"},
		{time.RFC3339, "2023-07-04T10:20:30Z"},
		{"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02 15:04", "2023-05-06 7:08"},
		{"Jan 2 2006", "Feb 3 2021"},
		{"02 Jan 06 15:04 MST", "12 Aug 22 23:59 UTC"},
		{time.Kitchen, "4:05PM"},
		{"2006-01-02T15:04:05.000Z", "2020-01-01T00:00:00.123Z"},
		{time.RFC3339, "not a time"},
	}
	for _, in := range inputs {
		t, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		_, off := t.Zone()
		fmt.Println(t, "|", t.UTC().Format(time.RFC3339Nano), off)
	}
}
