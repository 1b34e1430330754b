// A meeting scheduler over fixed dates: time.Date, Add/Sub/AddDate,
// Truncate/Round of durations, weekday arithmetic, layouts for Format and
// Parse, and FixedZone conversions. Everything uses explicit dates, never
// time.Now, so the output is reproducible.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Meeting struct {
	Title string
	Start time.Time
	Len   time.Duration
}

func (m Meeting) End() time.Time { return m.Start.Add(m.Len) }

func (m Meeting) Overlaps(o Meeting) bool {
	return m.Start.Before(o.End()) && o.Start.Before(m.End())
}

var ErrWeekend = errors.New("meeting on a weekend")

func schedule(cal []Meeting, m Meeting) ([]Meeting, error) {
	if wd := m.Start.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return cal, fmt.Errorf("%q on %s: %w", m.Title, wd, ErrWeekend)
	}
	for _, c := range cal {
		if c.Overlaps(m) {
			return cal, fmt.Errorf("%q overlaps %q (%s-%s)", m.Title, c.Title,
				c.Start.Format("15:04"), c.End().Format("15:04"))
		}
	}
	cal = append(cal, m)
	sort.Slice(cal, func(i, j int) bool { return cal[i].Start.Before(cal[j].Start) })
	return cal, nil
}

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	days := (int(wd) - int(t.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return t.AddDate(0, 0, days)
}

func main() {
	base := time.Date(2023, time.March, 10, 9, 30, 0, 0, time.UTC) // a Friday
	fmt.Println(base, base.Weekday(), base.YearDay())

	var cal []Meeting
	requests := []Meeting{
		{"standup", base, 15 * time.Minute},
		{"design review", base.Add(30 * time.Minute), 90 * time.Minute},
		{"lunch", base.Add(2*time.Hour + 30*time.Minute), time.Hour},
		{"clash", base.Add(time.Hour), 45 * time.Minute},
		{"saturday sync", base.AddDate(0, 0, 1), time.Hour},
		{"monday plan", nextWeekday(base, time.Monday), 2 * time.Hour},
	}
	for _, r := range requests {
		var err error
		cal, err = schedule(cal, r)
		if err != nil {
			fmt.Println("rejected:", err, "| weekend:", errors.Is(err, ErrWeekend))
		}
	}
	for _, m := range cal {
		fmt.Printf("%-14s %s  %5s  -> %s\n", m.Title, m.Start.Format("Mon Jan _2 15:04"), m.Len, m.End().Format(time.Kitchen))
	}

	first, last := cal[0], cal[len(cal)-1]
	span := last.End().Sub(first.Start)
	fmt.Println("span:", span, "hours:", span.Hours(), "truncated:", span.Truncate(time.Hour), "rounded:", span.Round(24*time.Hour))

	var busy time.Duration
	for _, m := range cal {
		busy += m.Len
	}
	fmt.Printf("busy %v (%.0f min), %d%% of span\n", busy, busy.Minutes(), int(100*busy/span))

	layouts := []string{time.RFC3339, time.RFC1123, time.ANSIC, "2006-01-02", "02/01/06 3:04PM", "Jan 2, 2006 at 15:04:05.000", time.StampMilli}
	t := time.Date(2024, time.February, 29, 23, 5, 9, 123456789, time.UTC)
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}

	tokyo := time.FixedZone("JST", 9*3600)
	ny := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(tokyo).Format(time.RFC3339), t.In(ny).Format("2006-01-02 15:04 MST"))
	fmt.Println(t.In(tokyo).Equal(t), t.In(tokyo) == t, t.In(tokyo).Day())

	inputs := []string{"2023-12-25T08:00:00Z", "2023-02-30T10:00:00Z", "2023-06-01T12:00:00+02:00", "yesterday"}
	for _, in := range inputs {
		p, err := time.Parse(time.RFC3339, in)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Println(p.UTC(), p.Unix(), p.Month(), p.Weekday())
	}

	for _, s := range []string{"1h15m30.5s", "250ms", "-3m", "2h45m", "1.5h", "10x"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, d.Seconds(), err)
	}

	deadline := time.Date(2023, 12, 31, 23, 59, 59, 0, time.UTC)
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("days in 2023:", int(deadline.Sub(start).Hours()/24)+1)
	var months []string
	for m := start; m.Year() == 2023; m = m.AddDate(0, 1, 0) {
		last := m.AddDate(0, 1, -1)
		months = append(months, fmt.Sprintf("%s:%d", m.Month().String()[:3], last.Day()))
	}
	fmt.Println(strings.Join(months, " "))
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(0, 0).UTC().Format(time.RFC822))
	fmt.Println(time.Duration(1), time.Duration(1500), time.Duration(1500000), 90*time.Second, time.Duration(0))
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Printf("%v %d %.2f %s\n", d, d.Milliseconds(), d.Minutes(), d.String())
	isoY, isoW := t.ISOWeek()
	fmt.Println(isoY, isoW, t.AddDate(1, 0, 0).Format("2006-01-02"), t.After(base), t.IsZero(), time.Time{}.IsZero())
}
