// Dates and times with fixed instants (so the output never changes):
// time.Date in UTC and in a fixed zone, Format with the reference layout
// and the predefined layouts, Parse and its errors, arithmetic with
// Add/Sub/AddDate, Truncate/Round, weekdays, ISO weeks, Unix conversions,
// and Duration formatting.
package main

import (
	"fmt"
	"sort"
	"time"
)

const layout = "2006-01-02 15:04:05"

type Event struct {
	Name string
	At   time.Time
}

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen), "|", t.Format(time.ANSIC), "|", t.Format(time.RFC1123))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan _2 3:04PM"), t.Format("02/01/06"), t.Format("Monday, January 2, 2006"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("iso week:", y, w)

	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	fmt.Println(te, "|", te.Format(time.RFC822Z), te.Location(), te.Equal(t))
	name, off := te.Zone()
	fmt.Println(name, off)

	later := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later.Format(layout), later.Sub(t), later.After(t), t.Before(later))
	fmt.Println(t.AddDate(0, 1, 0).Format(layout), t.AddDate(1, -3, 30).Format(layout))
	jan31 := time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("jan31 + 1 month:", jan31.AddDate(0, 1, 0).Format("2006-01-02"))
	fmt.Println(t.Truncate(time.Hour).Format(layout), t.Round(time.Minute).Format(layout), t.Truncate(24*time.Hour).Format(layout))

	fmt.Println("unix:", t.Unix(), t.UnixMilli(), time.Unix(1700000000, 0).UTC().Format(time.RFC3339))
	fmt.Println(time.Unix(0, 0).UTC(), time.UnixMilli(1234567).UTC().Format(layout+".000"))

	for _, in := range []string{"2024-02-29 23:59:59", "2023-02-29 10:00:00", "2023-13-01 00:00:00", "yesterday"} {
		p, err := time.Parse(layout, in)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Println("parsed:", p, p.Weekday(), p.YearDay())
	}
	p, err := time.Parse(time.RFC3339, "2023-06-01T08:30:00+02:00")
	fmt.Println(p, err, p.UTC())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))

	events := []Event{
		{"deploy", time.Date(2023, 5, 1, 9, 0, 0, 0, time.UTC)},
		{"standup", time.Date(2023, 4, 28, 9, 30, 0, 0, time.UTC)},
		{"retro", time.Date(2023, 5, 1, 8, 0, 0, 0, est)},
		{"launch", time.Date(2023, 12, 24, 23, 59, 0, 0, time.UTC)},
	}
	sort.Slice(events, func(i, j int) bool { return events[i].At.Before(events[j].At) })
	base := events[0].At
	for _, e := range events {
		fmt.Printf("%-8s %s  +%-10v %s\n", e.Name, e.At.UTC().Format("Mon 02 Jan 15:04"), e.At.Sub(base), e.At.Month())
	}
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	days := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Println("days in 2023:", days, time.Saturday, time.December, time.Month(13), time.Weekday(9))
}
