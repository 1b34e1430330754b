// Access-log analysis: bufio.Scanner over an in-memory log, field
// parsing with strings.Fields/Cut/strconv, per-path statistics sorted with
// sort.Slice, percentiles, a histogram drawn with strings.Repeat and an
// aligned table from text/tabwriter.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

const accessLog = `2023-10-01T12:00:01Z GET /api/users 200 12ms 512
2023-10-01T12:00:02Z GET /api/users 200 15ms 498
2023-10-01T12:00:02Z POST /api/users 201 40ms 77
2023-10-01T12:00:03Z GET /static/app.js 304 1ms 0
2023-10-01T12:00:03Z GET /api/orders?id=17 500 230ms 32
# maintenance window comment
2023-10-01T12:00:04Z GET /api/orders?id=18 200 35ms 2048
2023-10-01T12:00:05Z DELETE /api/users/9 404 3ms 19
malformed line here
2023-10-01T12:00:06Z GET /api/users 200 9ms 530
2023-10-01T12:00:07Z GET /api/orders?id=19 200 31ms 1990
2023-10-01T12:00:07Z GET /static/app.js 200 4ms 90211
2023-10-01T12:00:08Z PUT /api/orders/19 409 18ms 61
2023-10-01T12:00:09Z GET /api/users 503 1.5s 0
`

type entry struct {
	at      time.Time
	method  string
	path    string
	status  int
	latency time.Duration
	bytes   int64
}

type stat struct {
	path      string
	hits      int
	errors    int
	latencies []time.Duration
	bytes     int64
}

func parse(line string) (entry, error) {
	f := strings.Fields(line)
	if len(f) != 6 {
		return entry{}, fmt.Errorf("want 6 fields, got %d", len(f))
	}
	at, err := time.Parse(time.RFC3339, f[0])
	if err != nil {
		return entry{}, err
	}
	status, err := strconv.Atoi(f[3])
	if err != nil {
		return entry{}, err
	}
	lat, err := time.ParseDuration(f[4])
	if err != nil {
		return entry{}, err
	}
	n, err := strconv.ParseInt(f[5], 10, 64)
	if err != nil {
		return entry{}, err
	}
	path, _, _ := strings.Cut(f[2], "?")
	return entry{at, f[1], path, status, lat, n}, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	k := int(p/100*float64(len(s)-1) + 0.5)
	return s[k]
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return strconv.FormatInt(n, 10) + " B"
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	stats := map[string]*stat{}
	byStatus := map[int]int{}
	var first, last time.Time
	lineNo, bad := 0, 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parse(line)
		if err != nil {
			bad++
			fmt.Fprintf(os.Stdout, "line %d: skipped: %v\n", lineNo, err)
			continue
		}
		if first.IsZero() {
			first = e.at
		}
		last = e.at
		s := stats[e.path]
		if s == nil {
			s = &stat{path: e.path}
			stats[e.path] = s
		}
		s.hits++
		if e.status >= 500 {
			s.errors++
		}
		s.latencies = append(s.latencies, e.latency)
		s.bytes += e.bytes
		byStatus[e.status]++
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan:", err)
	}

	list := make([]*stat, 0, len(stats))
	for _, s := range stats {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].hits != list[j].hits {
			return list[i].hits > list[j].hits
		}
		return list[i].path < list[j].path
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "path\thits\terr%\tp50\tp90\tmax\tbytes\t")
	for _, s := range list {
		errPct := 100 * float64(s.errors) / float64(s.hits)
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%v\t%v\t%v\t%s\t\n", s.path, s.hits, errPct,
			percentile(s.latencies, 50), percentile(s.latencies, 90), percentile(s.latencies, 100), humanBytes(s.bytes))
	}
	tw.Flush()

	codes := make([]int, 0, len(byStatus))
	for c := range byStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	fmt.Println("status histogram:")
	for _, c := range codes {
		fmt.Printf("  %d %-6s %s\n", c, "("+strconv.Itoa(byStatus[c])+")", strings.Repeat("#", byStatus[c]*3))
	}
	span := last.Sub(first)
	total := 0
	for _, n := range byStatus {
		total += n
	}
	fmt.Printf("%d requests in %v (%.2f req/s), %d bad lines\n", total, span, float64(total)/span.Seconds(), bad)

	w := tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', 0)
	fmt.Fprintln(w, "a\tbb\tccc")
	fmt.Fprintln(w, "dddd\te\tf")
	fmt.Fprintln(w, "ggggggggg\th\t")
	w.Flush()
}
