// A Unix-style line filter: reads stdin with bufio.Scanner (long lines
// need a bigger buffer), numbers and upper-cases matching lines, reads
// key=value settings, totals numeric columns, and reports a summary on
// stderr; the exit status says whether any line was malformed (3).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 64), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	settings := map[string]string{}
	var order []string
	var total float64
	var lines, matched, malformed, longest int
	for in.Scan() {
		lines++
		line := in.Text()
		if n := utf8.RuneCountInString(line); n > longest {
			longest = n
		}
		switch {
		case strings.TrimSpace(line) == "":
			continue
		case strings.HasPrefix(line, "#"):
			continue
		case strings.Contains(line, "="):
			k, v, _ := strings.Cut(line, "=")
			k = strings.TrimSpace(k)
			if _, seen := settings[k]; !seen {
				order = append(order, k)
			}
			settings[k] = strings.TrimSpace(v)
		case strings.HasPrefix(line, "num "):
			for _, f := range strings.Fields(line)[1:] {
				v, err := strconv.ParseFloat(f, 64)
				if err != nil {
					malformed++
					fmt.Fprintf(os.Stderr, "line %d: %v\n", lines, err)
					continue
				}
				total += v
			}
		case strings.Contains(strings.ToLower(line), "go"):
			matched++
			fmt.Fprintf(out, "%3d: %s\n", lines, strings.ToUpper(line))
		default:
			fmt.Fprintf(out, "%3d  %s\n", lines, line)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	for _, k := range order {
		fmt.Fprintf(out, "setting %-8s = %q\n", k, settings[k])
	}
	fmt.Fprintf(out, "lines=%d matched=%d longest=%d total=%.2f\n", lines, matched, longest, total)
	out.Flush()
	if malformed > 0 {
		fmt.Fprintf(os.Stderr, "%d malformed values\n", malformed)
		os.Exit(3)
	}
}
