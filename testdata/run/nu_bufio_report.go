// Reading structured text the usual way: bufio.Scanner over a
// strings.Reader (lines, then words), fmt.Sscanf to parse fields,
// strconv for the rest, a bufio.Writer in front of os.Stdout that must be
// flushed, and a custom split function that splits on commas.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `# name   age  score  city
alice    31   88.5   Paris
bob      27   92     Berlin
carol    45   79.25  Paris

dave     x    70     Rome
erin     38   95.75  Berlin
frank    52   61     Paris
grace
`

type Person struct {
	Name  string
	Age   int
	Score float64
	City  string
}

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d %q: %v", e.Line, e.Text, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

func parse(text string) ([]Person, []error) {
	var people []Person
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		var p Person
		n, err := fmt.Sscanf(t, "%s %d %g %s", &p.Name, &p.Age, &p.Score, &p.City)
		if err != nil {
			errs = append(errs, &ParseError{line, t, fmt.Errorf("got %d fields: %w", n, err)})
			continue
		}
		people = append(people, p)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return people, errs
}

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i, b := range data {
		if b == ',' {
			return i + 1, data[:i], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()

	people, errs := parse(data)
	fmt.Fprintf(w, "%d people, %d errors\n", len(people), len(errs))
	for _, err := range errs {
		var pe *ParseError
		fmt.Fprintln(w, " ", err, errors.As(err, &pe) && pe.Line > 0)
	}
	byCity := map[string][]Person{}
	for _, p := range people {
		byCity[p.City] = append(byCity[p.City], p)
	}
	cities := make([]string, 0, len(byCity))
	for c := range byCity {
		cities = append(cities, c)
	}
	sort.Strings(cities)
	fmt.Fprintf(w, "%-8s %3s %8s %s\n", "city", "n", "avg", "names")
	for _, c := range cities {
		ps := byCity[c]
		sum := 0.0
		names := make([]string, len(ps))
		for i, p := range ps {
			sum += p.Score
			names[i] = p.Name
		}
		fmt.Fprintf(w, "%-8s %3d %8.3f %s\n", c, len(ps), sum/float64(len(ps)), strings.Join(names, ","))
	}

	words := bufio.NewScanner(strings.NewReader("the cat  sat\non the\tmat the end"))
	words.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for words.Scan() {
		freq[words.Text()]++
		total++
	}
	fmt.Fprintln(w, "words:", total, freq)

	csv := bufio.NewScanner(strings.NewReader("10,20,,x,40"))
	csv.Split(commaSplit)
	sum := 0
	for csv.Scan() {
		v, err := strconv.Atoi(csv.Text())
		if err != nil {
			fmt.Fprintf(w, "skip %q: %v\n", csv.Text(), err)
			continue
		}
		sum += v
	}
	fmt.Fprintln(w, "sum:", sum)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Fprintf(w, "%q %d\n", rs, w.Buffered() > 0)

	var a, b int
	var s string
	n, err := fmt.Sscan("7 35 go", &a, &b, &s)
	fmt.Fprintln(w, n, err, a*b, s)
	n, err = fmt.Sscanf("12-03", "%d-%d", &a, &b)
	fmt.Fprintln(w, n, err, a, b)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Fprintln(w, n, err)
	r := bufio.NewReader(strings.NewReader("first line\nsecond\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Fprintf(w, "%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	fmt.Fprintln(w, "available:", w.Available() >= 0, w.Size())
}
