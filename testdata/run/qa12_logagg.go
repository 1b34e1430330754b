// A log aggregator: parse lines, bucket by level and minute, top-N
// messages with sort.Slice, percentiles of latencies, all from an
// embedded log text read with bufio.Scanner.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:01Z INFO  api latency=12ms path=/users
2024-03-01T10:00:07Z WARN  api latency=250ms path=/orders slow
2024-03-01T10:00:30Z INFO  api latency=9ms path=/users
2024-03-01T10:01:02Z ERROR db  latency=1.5s path=/orders timeout
2024-03-01T10:01:05Z INFO  api latency=15ms path=/health
2024-03-01T10:01:40Z ERROR db  latency=2s path=/orders timeout
2024-03-01T10:02:00Z DEBUG api latency=1ms path=/health
garbage line
2024-03-01T10:02:10Z INFO  api latency=30ms path=/users
2024-03-01T10:02:59Z WARN  cache latency=80ms path=/users miss
`

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = map[string]Level{"DEBUG": Debug, "INFO": Info, "WARN": Warn, "ERROR": Error}

func (l Level) String() string {
	for k, v := range levelNames {
		if v == l {
			return k
		}
	}
	return "?"
}

type Entry struct {
	At      time.Time
	Level   Level
	Service string
	Latency time.Duration
	Path    string
	Note    string
}

func parseLine(line string) (e Entry, err error) {
	f := strings.Fields(line)
	if len(f) < 5 {
		return e, fmt.Errorf("short line %q", line)
	}
	if e.At, err = time.Parse(time.RFC3339, f[0]); err != nil {
		return
	}
	lv, ok := levelNames[f[1]]
	if !ok {
		return e, fmt.Errorf("bad level %s", f[1])
	}
	e.Level, e.Service = lv, f[2]
	for _, kv := range f[3:] {
		k, v, found := strings.Cut(kv, "=")
		if !found {
			e.Note = kv
			continue
		}
		switch k {
		case "latency":
			if e.Latency, err = time.ParseDuration(v); err != nil {
				return
			}
		case "path":
			e.Path = v
		}
	}
	return e, nil
}

type Agg struct {
	perLevel  [4]int
	perMinute map[string]map[Level]int
	perPath   map[string][]time.Duration
	bad       []string
}

func (a *Agg) Add(e Entry) {
	a.perLevel[e.Level]++
	min := e.At.Format("15:04")
	if a.perMinute[min] == nil {
		a.perMinute[min] = map[Level]int{}
	}
	a.perMinute[min][e.Level]++
	a.perPath[e.Path] = append(a.perPath[e.Path], e.Latency)
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	idx := int(p*float64(len(s)-1) + 0.5)
	return s[idx]
}

func main() {
	a := &Agg{perMinute: map[string]map[Level]int{}, perPath: map[string][]time.Duration{}}
	sc := bufio.NewScanner(strings.NewReader(logs))
	n := 0
	for sc.Scan() {
		n++
		e, err := parseLine(sc.Text())
		if err != nil {
			a.bad = append(a.bad, strconv.Itoa(n)+": "+err.Error())
			continue
		}
		a.Add(e)
	}
	for l := Debug; l <= Error; l++ {
		fmt.Printf("%-5v %d\n", l, a.perLevel[l])
	}
	mins := make([]string, 0, len(a.perMinute))
	for m := range a.perMinute {
		mins = append(mins, m)
	}
	sort.Strings(mins)
	for _, m := range mins {
		fmt.Print(m, ":")
		for l := Debug; l <= Error; l++ {
			if c := a.perMinute[m][l]; c > 0 {
				fmt.Printf(" %v=%d", l, c)
			}
		}
		fmt.Println()
	}
	type pathStat struct {
		path  string
		count int
		p50   time.Duration
		max   time.Duration
	}
	var stats []pathStat
	for p, ds := range a.perPath {
		stats = append(stats, pathStat{p, len(ds), percentile(ds, 0.5), percentile(ds, 1)})
	}
	sort.Slice(stats, func(i, j int) bool {
		if stats[i].count != stats[j].count {
			return stats[i].count > stats[j].count
		}
		return stats[i].path < stats[j].path
	})
	for _, s := range stats {
		fmt.Printf("%-8s n=%d p50=%v max=%v\n", s.path, s.count, s.p50, s.max)
	}
	fmt.Println("bad:", a.bad)
	first, _ := parseLine(strings.SplitN(logs, "\n", 2)[0])
	last, _ := parseLine("2024-03-01T10:02:59Z WARN cache latency=80ms path=/users")
	span := last.At.Sub(first.At)
	fmt.Println("span", span, span.Round(time.Minute), span.Truncate(time.Minute), first.At.Weekday(), first.At.YearDay())
}
