// sync.Pool of *bytes.Buffer and of *[]byte: reuse scratch buffers when
// formatting records, the way a logging library does.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any {
		return new(bytes.Buffer)
	},
}

var slicePool = sync.Pool{
	New: func() any {
		b := make([]byte, 0, 256)
		return &b
	},
}

type Record struct {
	Level string
	Msg   string
	Code  int
}

func format(r Record) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	buf.WriteString("[")
	buf.WriteString(r.Level)
	buf.WriteString("] ")
	buf.WriteString(r.Msg)
	buf.WriteByte(' ')
	buf.WriteString(strconv.Itoa(r.Code))
	return buf.String()
}

func appendRecord(dst []byte, r *Record) []byte {
	dst = append(dst, r.Level...)
	dst = append(dst, ':')
	dst = append(dst, r.Msg...)
	dst = strconv.AppendInt(dst, int64(r.Code), 10)
	return dst
}

func formatAll(rs []Record) []string {
	bp := slicePool.Get().(*[]byte)
	defer slicePool.Put(bp)
	out := make([]string, 0, len(rs))
	for i := range rs {
		b := (*bp)[:0]
		b = appendRecord(b, &rs[i])
		out = append(out, string(b))
		*bp = b
	}
	return out
}

func main() {
	recs := []Record{
		{"INFO", "started", 0},
		{"WARN", "slow disk", 17},
		{"ERROR", "out of space", 28},
	}
	for _, r := range recs {
		fmt.Println(format(r))
	}
	for _, s := range formatAll(recs) {
		fmt.Println(s)
	}

	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = format(Record{Level: "DEBUG", Msg: "worker", Code: i})
		}(i)
	}
	wg.Wait()
	for _, s := range results {
		fmt.Println(s)
	}
	var tmp bytes.Buffer
	fmt.Fprintf(&tmp, "%d records", len(recs))
	fmt.Println(tmp.String(), tmp.Len())
}
