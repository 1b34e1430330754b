// A line-oriented stats tool: reads records through bufio.Scanner from a
// strings.Reader, tees the raw input into a buffer, writes a tabwriter
// table, and encodes a binary summary with encoding/binary.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
)

const input = `# host  bytes  ms
alpha 1200 35
beta 80 4
alpha 300 12
gamma 999999 250
beta x 5
delta 42 1
gamma 1 1

alpha 77 9
`

type stat struct {
	host       string
	count      int
	bytes, ms  int64
	maxLatency int64
}

type summary struct {
	Hosts  uint16
	Lines  uint16
	Bytes  uint64
	MaxMs  uint32
	Errors uint32
}

func parse(r io.Reader, raw *bytes.Buffer) (map[string]*stat, []string, int) {
	stats := make(map[string]*stat)
	var errs []string
	lines := 0
	sc := bufio.NewScanner(io.TeeReader(r, raw))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines++
		f := strings.FieldsFunc(line, unicode.IsSpace)
		if len(f) != 3 {
			errs = append(errs, fmt.Sprintf("line %d: %d fields", lines, len(f)))
			continue
		}
		b, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		ms, _ := strconv.ParseInt(f[2], 10, 64)
		s := stats[f[0]]
		if s == nil {
			s = &stat{host: f[0]}
			stats[f[0]] = s
		}
		s.count++
		s.bytes += b
		s.ms += ms
		if ms > s.maxLatency {
			s.maxLatency = ms
		}
	}
	return stats, errs, lines
}

func main() {
	var raw bytes.Buffer
	stats, errs, lines := parse(strings.NewReader(input), &raw)
	list := make([]*stat, 0, len(stats))
	for _, s := range stats {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].bytes != list[j].bytes {
			return list[i].bytes > list[j].bytes
		}
		return list[i].host < list[j].host
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "host\tcount\tbytes\tavg ms\tmax ms\t")
	var sum summary
	for _, s := range list {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%d\t\n", s.host, s.count, s.bytes, float64(s.ms)/float64(s.count), s.maxLatency)
		sum.Bytes += uint64(s.bytes)
		if uint32(s.maxLatency) > sum.MaxMs {
			sum.MaxMs = uint32(s.maxLatency)
		}
	}
	tw.Flush()
	sum.Hosts = uint16(len(list))
	sum.Lines = uint16(lines)
	sum.Errors = uint32(len(errs))
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	var bin bytes.Buffer
	if err := binary.Write(&bin, binary.BigEndian, sum); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Printf("summary %d bytes: %x\n", bin.Len(), bin.Bytes())
	var back summary
	binary.Read(bytes.NewReader(bin.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v\n", back)
	fmt.Println("raw bytes teed:", raw.Len() == len(input), bytes.Count(raw.Bytes(), []byte("\n")))
	up := bytes.ToUpper(bytes.Fields(raw.Bytes())[1])
	fmt.Println(string(up), bytes.Contains(raw.Bytes(), []byte("gamma")))
}
