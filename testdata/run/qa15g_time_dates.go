package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 90 * time.Second, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -2 * time.Minute, 1<<63 - 1}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.3f h|%v|%v\n", d, d.Round(time.Second), d.Milliseconds(), d.Hours(), d.Truncate(time.Minute), d.Round(0))
	}
	for _, s := range []string{"1h2m3s", "1.5h", "-300ms", "2h45m0.5s", "1µs", "3x", "", "100"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	t := time.Date(2024, time.January, 31, 23, 59, 30, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.YearDay())
	fmt.Println(t.AddDate(0, 1, 0)) // Feb 31 normalizes to Mar 2
	fmt.Println(t.Add(45*time.Second).Format(time.RFC3339))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	leap := func(y int) bool { return time.Date(y, 2, 29, 0, 0, 0, 0, time.UTC).Month() == 2 }
	fmt.Println(leap(2000), leap(1900), leap(2024), leap(2023))
	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), a.Sub(b).Hours()/24, b.Before(a), a.Equal(a.Add(0)))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.Truncate(time.Hour).Format("2006-01-02 15:04 Mon Jan _2 .000"))
	for _, layout := range []string{time.Kitchen, time.ANSIC, "02/01/06 3PM", "Monday, 2 January 2006", time.StampMilli} {
		fmt.Println(t.Format(layout))
	}
	p, err := time.Parse("2006-01-02 15:04", "2024-02-30 10:00")
	fmt.Println(p, err)
	p, err = time.Parse(time.RFC3339, "2024-06-01T12:30:00+02:00")
	fmt.Println(p.UTC(), err)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	fmt.Println(time.Duration(1234567890).String(), time.Duration(-1).String(), (time.Hour + time.Nanosecond).Minutes())
}
