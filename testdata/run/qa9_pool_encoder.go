// A sync.Pool of *bytes.Buffer reused to encode log records.
// The pool hands back the same buffer, so after Reset the old bytes are gone.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
)

type Record struct {
	Level string
	Msg   string
	Attrs map[string]int
}

var bufPool = sync.Pool{
	New: func() interface{} {
		created++
		return new(bytes.Buffer)
	},
}

var created int

func encode(r Record, keys []string) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)

	buf.WriteString(r.Level)
	buf.WriteString(": ")
	buf.WriteString(strconv.Quote(r.Msg))
	for _, k := range keys {
		v, ok := r.Attrs[k]
		if !ok {
			continue
		}
		buf.WriteByte(' ')
		buf.WriteString(k)
		buf.WriteByte('=')
		buf.WriteString(strconv.Itoa(v))
	}
	return buf.String()
}

func main() {
	keys := []string{"user", "status", "bytes"}
	recs := []Record{
		{"INFO", "request served", map[string]int{"status": 200, "bytes": 512}},
		{"WARN", "slow \"query\"", map[string]int{"user": 7}},
		{"ERROR", "disk full", nil},
	}
	for _, r := range recs {
		fmt.Println(encode(r, keys))
	}
	fmt.Println("buffers created:", created)

	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = encode(Record{"DEBUG", "worker", map[string]int{"user": i}}, keys)
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println("at least one buffer:", created >= 1)
}
