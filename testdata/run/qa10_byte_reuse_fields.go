// Parsing "key=value" records while reusing one scratch byte slice:
// buf = buf[:0] and append, and map lookups with m[string(b)].
package main

import (
	"bytes"
	"fmt"
	"sort"
)

var input = []byte("name=ann age=31 city=Oslo\nname=bob age=27\n\nname=cy city=Rome age=40 role=admin\n")

type Record map[string]string

func splitLines(data []byte) [][]byte {
	lines := bytes.Split(data, []byte{'\n'})
	out := lines[:0]
	for _, l := range lines {
		if len(bytes.TrimSpace(l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

func lowerInto(dst, src []byte) []byte {
	dst = dst[:0]
	for _, c := range src {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func parse(lines [][]byte, known map[string]int) []Record {
	recs := make([]Record, 0, len(lines))
	var scratch []byte
	for _, line := range lines {
		r := make(Record)
		for _, f := range bytes.Fields(line) {
			i := bytes.IndexByte(f, '=')
			if i < 0 {
				continue
			}
			key := f[:i]
			known[string(key)]++ // no allocation for an existing key
			scratch = lowerInto(scratch, f[i+1:])
			r[string(key)] = string(scratch)
		}
		recs = append(recs, r)
	}
	return recs
}

func keys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	lines := splitLines(input)
	fmt.Println(len(lines))
	known := map[string]int{}
	recs := parse(lines, known)
	for _, r := range recs {
		fmt.Println(r)
	}
	for _, k := range keys(known) {
		fmt.Printf("%s:%d ", k, known[k])
	}
	fmt.Println()

	buf := make([]byte, 0, 8)
	for i := 0; i < 3; i++ {
		buf = append(buf[:0], "round "...)
		buf = append(buf, byte('0'+i))
		fmt.Println(string(buf), cap(buf))
	}
	var out bytes.Buffer
	for _, l := range lines {
		out.Write(bytes.ToUpper(l[:4]))
		out.WriteByte(';')
	}
	fmt.Println(out.String())
}
