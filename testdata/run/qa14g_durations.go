package main

import (
	"fmt"
	"time"
)

type Span struct {
	Name  string
	Start time.Duration
	End   time.Duration
}

func (s Span) Len() time.Duration { return s.End - s.Start }

func summarize(spans []Span) (total, longest time.Duration, name string) {
	for _, s := range spans {
		total += s.Len()
		if s.Len() > longest {
			longest, name = s.Len(), s.Name
		}
	}
	return
}

func humanize(d time.Duration) string {
	switch {
	case d < time.Microsecond:
		return fmt.Sprintf("%dns", d.Nanoseconds())
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%.1fh", d.Hours())
}

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond + 1,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-time.Minute, 1<<63 - 1, -1 << 63, 36 * time.Hour,
	}
	for _, d := range ds {
		fmt.Printf("%v | %d | %s | %.3f s\n", d, int64(d), humanize(d), d.Seconds())
	}
	d := 1*time.Hour + 23*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, m := range []time.Duration{time.Nanosecond, time.Millisecond, time.Second, time.Minute, time.Hour, 0, -1} {
		fmt.Printf("round %v: %v trunc: %v\n", m, d.Round(m), d.Truncate(m))
	}
	fmt.Println(d.Hours(), d.Minutes(), d.Milliseconds(), d.Microseconds())
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs())
	for _, s := range []string{"1h2m3s", "1.5h", "-300ms", "2h45m30.5s", "1us", "1µs", "3d", "", "0", "1e3s", ".5m"} {
		v, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, v, err)
	}
	spans := []Span{{"load", 0, 250 * time.Millisecond}, {"parse", 250 * time.Millisecond, 1300 * time.Millisecond}, {"emit", 1300 * time.Millisecond, 1310 * time.Millisecond}}
	total, longest, name := summarize(spans)
	fmt.Println(total, longest, name)
	fmt.Printf("%v %s %d %T\n", spans[0].Len(), spans[1].Len(), spans[2].Len(), total)
	fmt.Printf("%+v\n", spans[2])
	t0 := time.Date(2023, 3, 12, 1, 30, 0, 0, time.UTC)
	t1 := t0.Add(25*time.Hour + 90*time.Minute)
	fmt.Println(t1.Sub(t0), t1.Format(time.RFC3339), t0.AddDate(0, 1, -12).Weekday(), t1.Sub(t0).String() == "26h30m0s")
	fmt.Println(time.Duration(1e9)/3, time.Duration(float64(time.Second)*1.5), time.Second/3*3)
	per := 7 * time.Second / 3
	fmt.Println(per, time.Duration(per.Nanoseconds()%1e6))
}
