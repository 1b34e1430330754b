package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Who        string
	Start, End time.Time
}

func (s Shift) Hours() float64 { return s.End.Sub(s.Start).Hours() }

func main() {
	loc := time.UTC
	t := time.Date(2023, time.March, 14, 15, 9, 26, 535897000, loc)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan _2 3:04PM"), t.Format(time.Kitchen))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Nanosecond())
	t2 := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(t2.Format(time.ANSIC), t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 20).Format("2006-01-02"), t.Truncate(time.Hour).Format("15:04:05"), t.Round(time.Minute).Format("15:04:05"))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 23:59")
	fmt.Println(p, err, p.Unix())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), d.Truncate(time.Minute))
	for _, s := range []string{"300ms", "-2h", "1.5us", "bogus"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	shifts := []Shift{
		{"ann", time.Date(2023, 1, 2, 9, 0, 0, 0, loc), time.Date(2023, 1, 2, 17, 30, 0, 0, loc)},
		{"bob", time.Date(2023, 1, 2, 22, 0, 0, 0, loc), time.Date(2023, 1, 3, 6, 15, 0, 0, loc)},
	}
	for _, s := range shifts {
		fmt.Printf("%s %s-%s %.2fh %v\n", s.Who, s.Start.Format("Jan 2 15:04"), s.End.Format("15:04"), s.Hours(), s.End.Sub(s.Start))
	}
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.UnixMilli(), time.UnixMilli(1500).UTC().Format(time.StampMilli))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Format(time.RFC1123), time.Duration(0), time.Month(13), time.Saturday)
	fmt.Printf("%v|%s|%d\n", 2*time.Second, time.Millisecond*1500, time.Minute)
}
