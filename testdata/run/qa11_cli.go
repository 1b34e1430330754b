package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
	"sync"
)

type Options struct {
	Verbose bool
	Limit   int
	Sep     string
	Fields  stringList
	Ratio   float64
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	if v == "" {
		return errors.New("empty field")
	}
	*s = append(*s, v)
	return nil
}

func parseArgs(args []string) (*Options, []string, error) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var out bytes.Buffer
	fs.SetOutput(&out)
	o := &Options{}
	fs.BoolVar(&o.Verbose, "v", false, "verbose")
	fs.IntVar(&o.Limit, "n", 10, "limit")
	fs.StringVar(&o.Sep, "sep", ",", "separator")
	fs.Var(&o.Fields, "f", "field (repeatable)")
	fs.Float64Var(&o.Ratio, "ratio", 0.5, "ratio")
	if err := fs.Parse(args); err != nil {
		return nil, nil, fmt.Errorf("parse %v: %w (usage: %d bytes)", args, err, out.Len())
	}
	return o, fs.Args(), nil
}

type record map[string]string

func readRecords(r io.Reader, sep string) ([]record, error) {
	sc := bufio.NewScanner(r)
	var header []string
	var recs []record
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, sep)
		if header == nil {
			header = cols
			continue
		}
		if len(cols) != len(header) {
			return recs, fmt.Errorf("line %d: %d columns, want %d", line, len(cols), len(header))
		}
		rec := make(record, len(cols))
		for i, c := range cols {
			rec[header[i]] = c
		}
		recs = append(recs, rec)
	}
	return recs, sc.Err()
}

func project(recs []record, fields []string, limit int) [][]string {
	var out [][]string
	for i, r := range recs {
		if i >= limit {
			break
		}
		row := make([]string, len(fields))
		for j, f := range fields {
			v, ok := r[f]
			if !ok {
				v = "-"
			}
			row[j] = v
		}
		out = append(out, row)
	}
	return out
}

const data = `# inventory
name;qty;color
bolt;100;grey
nut;250;grey
gear;12;black

washer;1000;silver
spring;7;red`

func main() {
	logger := log.New(os.Stdout, "[tool] ", 0)
	for _, args := range [][]string{
		{"-v", "-n", "3", "-sep", ";", "-f", "name", "-f", "color", "extra"},
		{"-n", "x"},
		{"-f", ""},
		{"-unknown"},
		{"-sep=;", "-ratio=0.25", "-f=qty", "-f=name", "-f=size"},
	} {
		o, rest, err := parseArgs(args)
		if err != nil {
			logger.Printf("error: %v", err)
			continue
		}
		logger.Printf("opts: v=%v n=%d sep=%q fields=%v ratio=%g rest=%v", o.Verbose, o.Limit, o.Sep, o.Fields.String(), o.Ratio, rest)
		recs, err := readRecords(strings.NewReader(data), o.Sep)
		if err != nil {
			logger.Println("read:", err)
			continue
		}
		for _, row := range project(recs, o.Fields, o.Limit) {
			fmt.Println(" ", strings.Join(row, " | "))
		}
	}
	_, err := readRecords(strings.NewReader("a,b\n1,2\n3"), ",")
	logger.Println("bad input:", err)
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer pw.Close()
		w := bufio.NewWriter(pw)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
	}()
	all, _ := io.ReadAll(pr)
	wg.Wait()
	fmt.Printf("%d bytes, %d lines\n", len(all), bytes.Count(all, []byte("\n")))
	br := bytes.NewReader([]byte("0123456789"))
	buf := make([]byte, 3)
	br.Seek(4, io.SeekStart)
	br.Read(buf)
	n, _ := br.ReadAt(buf[:2], 8)
	fmt.Println(string(buf), n, br.Len())
	sr := io.NewSectionReader(strings.NewReader("hello, section world"), 7, 7)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("%q %d\n", sec, sr.Size())
	words := strings.Fields("delta alpha charlie bravo")
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	os.Stdout.WriteString(strings.Join(words, " ") + "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	log.Fatalf("giving up after %d tries", 3)
}
