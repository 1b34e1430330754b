// time.Local from TZ=":Asia/Kolkata" (time_local_kolkata.env; the leading
// colon is dropped): a half-hour offset in local wall clocks, Truncate and
// Round (which work on absolute time, so local hours end at :30), Format of
// offsets with minutes, Date and Parse in Local.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Now().Location(), time.Now().Local().Location())
	t := time.Unix(1656633600, 0) // 2022-07-01 00:00 UTC
	fmt.Println(t, t.UTC())
	name, off := t.Zone()
	fmt.Println(name, off, t.IsDST())
	for _, d := range []time.Duration{time.Hour, 24 * time.Hour, 15 * time.Minute, 7 * time.Minute} {
		v := t.Add(100 * time.Minute)
		fmt.Println(d, v.Truncate(d), v.Round(d))
	}
	for _, l := range []string{"-07:00", "-0700", "-07", "Z07:00", "Z0700", "Z07", "MST", "-07:00:00", "Z07:00:00"} {
		fmt.Printf("%s=%s ", l, t.Format(l))
	}
	fmt.Println()
	d := time.Date(1942, 9, 1, 0, 0, 0, 0, time.Local)
	name, off = d.Zone()
	fmt.Println(d, name, off, d.IsDST())
	s, e := d.ZoneBounds()
	fmt.Println(s, "|", e)
	d = time.Date(1900, 1, 1, 0, 0, 0, 0, time.Local)
	fmt.Println(d, d.Unix())
	d = time.Date(2022, 12, 31, 23, 59, 59, 999999999, time.Local)
	fmt.Println(d, d.Unix(), d.Add(time.Nanosecond), d.YearDay())
	p, err := time.Parse("2006-01-02 15:04 MST", "2022-07-01 09:00 IST")
	fmt.Println(p, p.Location(), p.Unix(), err)
	p, err = time.Parse("2006-01-02 15:04 -0700", "2022-07-01 09:00 +0530")
	fmt.Println(p, p.Location(), p.Unix(), err)
	p, err = time.ParseInLocation("Jan 2 2006 3:04PM", "Mar 4 2023 5:06PM", time.Local)
	fmt.Println(p, p.Unix(), err)
	fmt.Printf("%#v\n", p)
	b, _ := p.MarshalText()
	fmt.Println(string(b))
	var q time.Time
	fmt.Println(q.UnmarshalText([]byte("2023-03-04T17:06:00+05:30")), q, q.Local(), q.Equal(p))
}
