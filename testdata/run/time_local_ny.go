// time.Local from $TZ (time_local_ny.env sets America/New_York):
// local wall clocks, zone names and offsets, DST transitions, Date in
// gaps and overlaps, Parse with local abbreviations, Local(), In, Format.
package main

import (
	"fmt"
	"time"
)

func show(label string, t time.Time) {
	name, off := t.Zone()
	fmt.Printf("%-10s %v | %s %d dst=%v | %s\n", label, t, name, off, t.IsDST(), t.Format(time.RFC3339Nano))
}

func main() {
	fmt.Println("Local:", time.Local, time.Local.String())
	now := time.Now()
	fmt.Println("Now in Local:", now.Location() == time.Local, now.Location())
	fmt.Println("Now.Local same instant:", now.Local().Equal(now), now.UTC().Local().Location())

	// fixed instants seen in Local
	for _, u := range []int64{0, 1e9, 1234567890, 1616900000, 1636264800, 1700000000, -1e9, 4102444800} {
		show(fmt.Sprint(u), time.Unix(u, 0))
	}
	show("milli", time.UnixMilli(1656633600123))
	show("micro", time.UnixMicro(1667084400456789))

	// Date in Local: ordinary, spring-forward gap, fall-back overlap, normalisation
	for _, d := range [][6]int{
		{2022, 7, 1, 12, 0, 0},
		{2022, 3, 13, 2, 30, 0},
		{2022, 11, 6, 1, 30, 0},
		{2022, 3, 27, 2, 30, 0},
		{2022, 10, 30, 2, 30, 0},
		{2022, 1, 1, 0, 0, 0},
		{2021, 12, 31, 24, 60, 60},
		{1950, 6, 15, 8, 0, 0},
	} {
		t := time.Date(d[0], time.Month(d[1]), d[2], d[3], d[4], d[5], 0, time.Local)
		show("date", t)
		fmt.Println("   unix", t.Unix(), t.YearDay(), t.Weekday())
	}

	// transitions
	t := time.Date(2022, 6, 1, 0, 0, 0, 0, time.Local)
	s, e := t.ZoneBounds()
	fmt.Println("bounds", s, "|", e)
	fmt.Println("adddate", t.AddDate(0, 6, 0), t.Add(183*24*time.Hour))
	fmt.Println("truncate", t.Add(90*time.Minute+7*time.Second).Truncate(time.Hour))
	fmt.Println("round", t.Add(90*time.Minute+7*time.Second).Round(24*time.Hour))

	// In and back, UTC and a fixed zone
	u := time.Unix(1656633600, 0)
	fmt.Println(u.UTC(), "|", u.In(time.FixedZone("X", -3*3600)), "|", u.UTC().Local())
	fmt.Printf("%#v\n", u)
	fmt.Println(u.Format("Mon Jan _2 15:04:05 MST 2006 -07:00 Z07:00"))
	fmt.Println(u.Format(time.Kitchen), u.Format(time.RFC1123), u.Format(time.RFC822Z))

	// Parse: a zone abbreviation known to Local gets Local's offset
	for _, v := range []string{
		"2022-07-01 12:00:00 EDT", "2022-01-01 12:00:00 EST", "2022-07-01 12:00:00 IST",
		"2022-07-01 12:00:00 CEST", "2022-07-01 12:00:00 UTC", "2022-07-01 12:00:00 XYZ",
	} {
		p, err := time.Parse("2006-01-02 15:04:05 MST", v)
		fmt.Println("parse", v, "->", p, p.Location(), err)
	}
	p, err := time.ParseInLocation("2006-01-02 15:04", "2022-11-06 01:30", time.Local)
	fmt.Println("parseinlocation", p, err)
	p, err = time.Parse(time.RFC3339, "2022-07-01T12:00:00+05:30")
	fmt.Println("parse offset", p, p.Location(), err)
	p, err = time.Parse(time.RFC3339, "2022-07-01T12:00:00-04:00")
	fmt.Println("parse offset", p, p.Location(), err)
	l, err := time.LoadLocation("Local")
	fmt.Println("LoadLocation(Local)", l, l == time.Local, err)
}
