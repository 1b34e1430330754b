// sync.Pool of byte buffers for a log formatter, in the style of a post on
// reducing allocations: constructors returning pointers, a Pool with New,
// Reset before Put, capping buffer size, and a comparison of the outputs
// with and without the pool (the outputs, not the timings).
// gosub:nostress the Pool is emptied at every GC (as Go), so the count of created buffers depends on collections
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR"}

type Field struct {
	Key   string
	Value interface{}
}

type Entry struct {
	Seq    int
	Level  Level
	Msg    string
	Fields []Field
}

func NewEntry(seq int, lvl Level, msg string, kv ...interface{}) *Entry {
	e := &Entry{Seq: seq, Level: lvl, Msg: msg}
	e.Fields = make([]Field, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		e.Fields = append(e.Fields, Field{fmt.Sprint(kv[i]), kv[i+1]})
	}
	return e
}

var created int64

var bufPool = sync.Pool{
	New: func() interface{} {
		atomic.AddInt64(&created, 1)
		return new(bytes.Buffer)
	},
}

const maxPooled = 1 << 10

func getBuf() *bytes.Buffer { return bufPool.Get().(*bytes.Buffer) }

func putBuf(b *bytes.Buffer) {
	if b.Cap() > maxPooled {
		return // do not keep huge buffers alive
	}
	b.Reset()
	bufPool.Put(b)
}

func appendValue(b *bytes.Buffer, v interface{}) {
	switch x := v.(type) {
	case string:
		if strings.ContainsAny(x, " =\"") {
			b.WriteString(strconv.Quote(x))
		} else {
			b.WriteString(x)
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'f', 3, 64))
	case error:
		b.WriteString(strconv.Quote(x.Error()))
	case nil:
		b.WriteString("null")
	default:
		fmt.Fprintf(b, "%v", x)
	}
}

func formatPooled(e *Entry) string {
	b := getBuf()
	defer putBuf(b)
	b.WriteString(strconv.Itoa(e.Seq))
	b.WriteByte(' ')
	b.WriteString(levelNames[e.Level])
	b.WriteString(" msg=")
	appendValue(b, e.Msg)
	for _, f := range e.Fields {
		b.WriteByte(' ')
		b.WriteString(f.Key)
		b.WriteByte('=')
		appendValue(b, f.Value)
	}
	return b.String()
}

func formatPlain(e *Entry) string {
	s := fmt.Sprintf("%d %s msg=", e.Seq, levelNames[e.Level])
	var b bytes.Buffer
	appendValue(&b, e.Msg)
	s += b.String()
	for _, f := range e.Fields {
		b.Reset()
		appendValue(&b, f.Value)
		s += " " + f.Key + "=" + b.String()
	}
	return s
}

type Sink struct {
	mu    sync.Mutex
	lines []string
	bytes int
}

func (s *Sink) Write(line string) {
	s.mu.Lock()
	s.lines = append(s.lines, line)
	s.bytes += len(line)
	s.mu.Unlock()
}

func main() {
	entries := []*Entry{
		NewEntry(1, Info, "server started", "port", 8080, "tls", true),
		NewEntry(2, Debug, "cache", "hit_ratio", 0.8125, "keys", []string{"a", "b"}),
		NewEntry(3, Warn, "slow request", "path", "/api/v1 users", "ms", 1234),
		NewEntry(4, Error, "failed", "err", fmt.Errorf("dial: %w", fmt.Errorf("timeout")), "retry", nil),
		NewEntry(5, Info, "odd", "dangling"),
	}
	for _, e := range entries {
		a, b := formatPooled(e), formatPlain(e)
		fmt.Println(a)
		if a != b {
			fmt.Println("  MISMATCH:", b)
		}
	}

	big := getBuf()
	big.Grow(4 * maxPooled)
	fmt.Println("big cap over limit:", big.Cap() > maxPooled)
	putBuf(big)

	sink := &Sink{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				e := NewEntry(w*100+i, Level(i%4), "work", "worker", w, "i", i)
				sink.Write(formatPooled(e))
			}
		}(w)
	}
	wg.Wait()
	sort.Strings(sink.lines)
	fmt.Println(len(sink.lines), sink.bytes)
	fmt.Println(sink.lines[0])
	fmt.Println(sink.lines[len(sink.lines)-1])
	n := atomic.LoadInt64(&created)
	fmt.Println("buffers created at least once:", n >= 1, "and far fewer than entries:", n < 205)

	// Pool without New returns nil when empty.
	var p sync.Pool
	fmt.Println(p.Get() == nil)
	p.Put("x")
	v := p.Get()
	fmt.Println(v == "x" || v == nil)
}
