// A buffered logger: entries are formatted into a reusable []byte, kept
// in a bounded in-memory buffer and flushed to a bufio.Writer on os.Stdout.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "L" + strconv.Itoa(int(l))
}

type Logger struct {
	out     *bufio.Writer
	min     Level
	scratch []byte
	pending [][]byte
	limit   int
	seq     int
	dropped int
}

func NewLogger(w io.Writer, min Level, limit int) *Logger {
	return &Logger{out: bufio.NewWriterSize(w, 256), min: min, limit: limit, scratch: make([]byte, 0, 128)}
}

func (l *Logger) Log(lv Level, msg string, kv ...any) {
	if lv < l.min {
		l.dropped++
		return
	}
	l.seq++
	b := l.scratch[:0]
	b = strconv.AppendInt(b, int64(l.seq), 10)
	b = append(b, ' ')
	b = append(b, lv.String()...)
	b = append(b, ' ')
	b = append(b, msg...)
	for i := 0; i+1 < len(kv); i += 2 {
		b = append(b, ' ')
		b = append(b, fmt.Sprint(kv[i])...)
		b = append(b, '=')
		switch v := kv[i+1].(type) {
		case string:
			b = strconv.AppendQuote(b, v)
		case int:
			b = strconv.AppendInt(b, int64(v), 10)
		case bool:
			b = strconv.AppendBool(b, v)
		case error:
			b = strconv.AppendQuote(b, v.Error())
		default:
			b = append(b, fmt.Sprintf("%v", v)...)
		}
	}
	b = append(b, '\n')
	l.scratch = b
	entry := make([]byte, len(b))
	copy(entry, b)
	l.pending = append(l.pending, entry)
	if len(l.pending) >= l.limit || lv >= Error {
		l.Flush()
	}
}

func (l *Logger) Flush() {
	for _, e := range l.pending {
		l.out.Write(e)
	}
	l.pending = l.pending[:0]
	l.out.Flush()
}

type point struct{ X, Y int }

func (p point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

func main() {
	log := NewLogger(os.Stdout, Info, 3)
	defer log.Flush()
	log.Log(Debug, "starting", "verbose", true)
	log.Log(Info, "listening", "port", 8080, "tls", false)
	log.Log(Info, "moved", "from", point{1, 2}, "to", point{3, 4})
	for i := 0; i < 4; i++ {
		log.Log(Warn, "retry", "attempt", i, "name", "job-"+strconv.Itoa(i))
	}
	log.Log(Error, "failed", "err", fmt.Errorf("disk %d full", 3))
	log.Log(Level(7), "custom level", "ratio", 0.5)
	log.Log(Info, "odd kv", "lonely")
	fmt.Fprintln(os.Stdout, "-- dropped:", log.dropped, "seq:", log.seq)
}
