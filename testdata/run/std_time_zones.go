// Named time zones (B56): LoadLocation reads /usr/share/zoneinfo, one
// instant in several cities, DST transitions in 2022/2023, far-future
// instants resolved through the TZif footer, Zone/IsDST/ZoneBounds,
// Date's handling of skipped and repeated wall clocks, and LoadLocation's
// errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Local",
		"Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "Europe/London", "Pacific/Chatham"}
	locs := map[string]*time.Location{}
	for _, n := range names {
		loc, err := time.LoadLocation(n)
		fmt.Println(n, loc, err)
		locs[n] = loc
	}

	// one instant in several cities
	inst := time.Date(2023, 7, 14, 18, 45, 30, 0, time.UTC)
	for _, n := range names {
		t := inst.In(locs[n])
		name, off := t.Zone()
		fmt.Printf("%-18s %s | %s | zone %s %d dst=%v loc=%s\n", n, t, t.Format(time.RFC1123), name, off, t.IsDST(), t.Location())
	}
	winter := time.Date(2023, 1, 10, 12, 0, 0, 0, time.UTC)
	for _, n := range names {
		t := winter.In(locs[n])
		fmt.Println(n, t.Format("Mon Jan 2 15:04:05 MST 2006 -07:00"), t.Weekday(), t.YearDay())
	}

	// DST transitions
	ber, ny := locs["Europe/Berlin"], locs["America/New_York"]
	t := time.Date(2023, 3, 26, 1, 30, 0, 0, time.UTC)
	fmt.Println(t.In(ber), t.Add(time.Hour).In(ber))
	fmt.Println(time.Date(2023, 10, 29, 2, 30, 0, 0, ber))
	fmt.Println(time.Date(2023, 3, 26, 2, 30, 0, 0, ber))
	fmt.Println(time.Date(2022, 3, 13, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2022, 11, 6, 1, 30, 0, 0, ny))
	for h := 0; h < 5; h++ {
		u := time.Date(2022, 11, 6, 4+h, 30, 0, 0, time.UTC)
		fmt.Println(u, "->", u.In(ny), u.In(ny).IsDST())
	}
	for h := 0; h < 4; h++ {
		u := time.Date(2022, 3, 27, h, 30, 0, 0, time.UTC)
		fmt.Println(u, "->", u.In(ber), u.In(locs["Europe/London"]))
	}
	for _, d := range []time.Time{
		time.Date(2022, 7, 1, 12, 0, 0, 0, ber),
		time.Date(2023, 1, 1, 12, 0, 0, 0, ny),
		time.Date(2023, 6, 1, 12, 0, 0, 0, locs["Australia/Sydney"]),
		time.Date(2023, 6, 1, 12, 0, 0, 0, locs["Asia/Tokyo"]),
	} {
		s, e := d.ZoneBounds()
		fmt.Println(d, "bounds", s, e)
	}

	// far future: past the last transition in the file, the footer decides
	for _, n := range []string{"Europe/Berlin", "America/New_York", "Australia/Sydney", "Pacific/Chatham", "Asia/Tokyo"} {
		loc := locs[n]
		for _, m := range []time.Month{1, 4, 7, 10} {
			f := time.Date(2040, m, 15, 12, 0, 0, 0, loc)
			name, off := f.Zone()
			fmt.Println(n, f, name, off, f.IsDST(), f.Unix())
		}
		s, e := time.Date(2040, 7, 1, 0, 0, 0, 0, loc).ZoneBounds()
		fmt.Println(n, "2040 bounds", s, e)
	}
	fmt.Println(time.Date(2040, 3, 25, 2, 30, 0, 0, ber), time.Date(2040, 10, 28, 2, 30, 0, 0, ber))
	fmt.Println(time.Date(2040, 3, 11, 2, 30, 0, 0, ny), time.Date(2040, 11, 4, 1, 30, 0, 0, ny))

	// before the first transition: local mean time
	old := time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(old.In(ber), old.In(ny), old.In(locs["Asia/Tokyo"]))

	// arithmetic across zones
	a := time.Date(2023, 3, 25, 12, 0, 0, 0, ber)
	b := a.AddDate(0, 0, 1)
	fmt.Println(a, b, b.Sub(a), a.Add(24*time.Hour))
	fmt.Println(a.Equal(a.In(ny)), a.In(ny) == a, a.UTC())

	// parsing a zone abbreviation known to the location
	p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2023-07-01 10:00 CEST", ber)
	fmt.Println(p, err)
	p, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-01-01 10:00 EST", ny)
	fmt.Println(p, err)
	p, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2023-07-01 10:00 -0400", ny)
	fmt.Println(p, err)

	// errors
	for _, n := range []string{"Mars/Olympus_Mons", "Europe/Atlantis", "../etc/passwd", "/etc/localtime",
		"\\foo", "Europe/..", "europe/berlin", "Europe", "Europe/Berlin/x", "zone.tab"} {
		loc, err := time.LoadLocation(n)
		fmt.Printf("%q %v %v\n", n, loc == nil, err)
	}

	// LoadLocationFromTZData
	_, err = time.LoadLocationFromTZData("x", []byte("not a zone"))
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("x", []byte("TZif2"))
	fmt.Println(err)
}
