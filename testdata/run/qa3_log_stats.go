// A log analyser that reads access-log lines from standard input with
// bufio.Scanner, parses them with strings.Fields/strconv/time.Parse,
// aggregates per endpoint and status class, and prints a report with
// text/tabwriter. Malformed lines are counted, not fatal.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

type Entry struct {
	At      time.Time
	Method  string
	Path    string
	Status  int
	Bytes   int
	Latency time.Duration
}

type Stat struct {
	Count    int
	Bytes    int
	Total    time.Duration
	Max      time.Duration
	Statuses map[int]int
}

var ErrMalformed = errors.New("malformed line")

func parseLine(line string) (Entry, error) {
	f := strings.Fields(line)
	if len(f) != 6 {
		return Entry{}, fmt.Errorf("%w: %d fields", ErrMalformed, len(f))
	}
	at, err := time.Parse(time.RFC3339, f[0])
	if err != nil {
		return Entry{}, fmt.Errorf("%w: time: %v", ErrMalformed, err)
	}
	status, err := strconv.Atoi(f[3])
	if err != nil {
		return Entry{}, fmt.Errorf("%w: status: %v", ErrMalformed, err)
	}
	n, err := strconv.Atoi(f[4])
	if err != nil {
		return Entry{}, fmt.Errorf("%w: bytes: %v", ErrMalformed, err)
	}
	lat, err := time.ParseDuration(f[5])
	if err != nil {
		return Entry{}, fmt.Errorf("%w: latency: %v", ErrMalformed, err)
	}
	return Entry{at, f[1], f[2], status, n, lat}, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sorted := append([]time.Duration(nil), ds...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	idx := int(p * float64(len(sorted)-1))
	return sorted[idx]
}

func main() {
	stats := map[string]*Stat{}
	var latencies []time.Duration
	var first, last time.Time
	bad := map[string]int{}
	lines := 0

	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines++
		e, err := parseLine(line)
		if err != nil {
			reason := strings.SplitN(strings.TrimPrefix(err.Error(), ErrMalformed.Error()+": "), ":", 2)[0]
			bad[reason]++
			continue
		}
		if first.IsZero() || e.At.Before(first) {
			first = e.At
		}
		if e.At.After(last) {
			last = e.At
		}
		key := e.Method + " " + e.Path
		s, ok := stats[key]
		if !ok {
			s = &Stat{Statuses: map[int]int{}}
			stats[key] = s
		}
		s.Count++
		s.Bytes += e.Bytes
		s.Total += e.Latency
		if e.Latency > s.Max {
			s.Max = e.Latency
		}
		s.Statuses[e.Status/100*100]++
		latencies = append(latencies, e.Latency)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("read error:", err)
	}

	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if stats[keys[i]].Count != stats[keys[j]].Count {
			return stats[keys[i]].Count > stats[keys[j]].Count
		}
		return keys[i] < keys[j]
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "endpoint\treqs\tKiB\tavg\tmax\t2xx\t4xx\t5xx\t")
	for _, k := range keys {
		s := stats[k]
		avg := s.Total / time.Duration(s.Count)
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%v\t%v\t%d\t%d\t%d\t\n", k, s.Count, float64(s.Bytes)/1024,
			avg.Round(time.Microsecond), s.Max, s.Statuses[200], s.Statuses[400], s.Statuses[500])
	}
	tw.Flush()

	fmt.Printf("lines=%d ok=%d bad=%d span=%v\n", lines, len(latencies), lines-len(latencies), last.Sub(first))
	fmt.Printf("p50=%v p90=%v p99=%v\n", percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99))
	reasons := make([]string, 0, len(bad))
	for r, n := range bad {
		reasons = append(reasons, fmt.Sprintf("%s=%d", r, n))
	}
	sort.Strings(reasons)
	fmt.Println("malformed:", strings.Join(reasons, ", "))
}
