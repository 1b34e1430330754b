package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Printf("%v|%s\n", t, t)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02", "15:04", "Jan 2, 2006 at 3:04pm (MST)", "Monday January 2 2006",
		"02/01/06 03:04:05.000 PM", "2006.002 __2", "_2 Jan", "Jan _2006", "05.9 05.999 05,000",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00 -07 -0700 -07:00 -070000 -07:00:00",
		"Janet Mondays", "1 2 3 4 5 6", "", "no elements here!",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %q\n", l, t.Format(l))
	}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("IST", 5*3600+1800), time.FixedZone("", -(3*3600 + 30*60 + 15))}
	for _, z := range zones {
		u := t.In(z)
		fmt.Println(u, "|", u.Format(time.RFC3339), "|", u.Format(time.RFC1123Z), "|", u.Format("Z07:00:00 -07"), "|", u.Location())
		name, off := u.Zone()
		fmt.Println(name, off, u.Equal(t))
	}
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	yw, w := t.ISOWeek()
	fmt.Println("iso", yw, w)

	// calendar edge cases
	for _, c := range []time.Time{
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 13, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 3, 0, 25, 61, -1, -5, time.UTC),
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 0, time.UTC),
	} {
		yy, ww := c.ISOWeek()
		fmt.Println(c, c.Weekday(), c.YearDay(), yy, ww, c.Unix())
	}
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero == time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))

	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -3, 30), t.AddDate(0, 0, -365))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Second, 7 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second, 333 * time.Millisecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	old := time.Date(-100, 1, 1, 10, 30, 0, 500, time.UTC)
	fmt.Println(old.Truncate(time.Hour), old.Round(time.Hour), old.Round(time.Microsecond))

	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.Unix(), u.UnixNano(), u.Local().Location(), time.UTC, time.Local)
	fmt.Printf("%#v\n", t)
	fmt.Println(t.GoString(), t.In(time.FixedZone("X", 60)).GoString())
	fmt.Println(time.Month(13), time.Weekday(-1), time.December, time.Saturday)
	b := t.AppendFormat([]byte("at: "), time.Kitchen)
	fmt.Println(string(b))
	fmt.Println(t.Sub(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)), t.After(zero), zero.Before(t))
	more()
	nowChecks()
}

func more() {
	fmt.Println(time.March.String(), time.Month(0).String(), time.Weekday(9).String(), time.Tuesday.String())
	loc := time.FixedZone("CET", 3600)
	t := time.Date(2022, 10, 30, 1, 2, 3, 0, loc)
	fmt.Println(t.UTC(), t.Local(), t.UnixMilli(), t.Weekday())
}

func nowChecks() {
	n := time.Now()
	s := n.String()
	fmt.Println(strings.Contains(s, " m=+"), strings.Contains(n.Round(0).String(), "m="), n.Location(), n.Year() >= 2023)
	name, off := n.Zone()
	fmt.Println(name, off, time.Unix(0, 0), time.Unix(-1, 0).UTC(), time.UnixMilli(1234567890123))
	fmt.Println(n.Sub(n.Add(-time.Hour)), n.Truncate(time.Hour).Minute(), len(n.Format(time.RFC3339)))
}
