// A small leveled logger: everything passed through ...interface{} is
// boxed; a ...string variant does not box; forwarding args... keeps the slice.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var names = [...]string{"DEBUG", "INFO", "WARN"}

type Logger struct {
	min    Level
	prefix string
	lines  []string
}

func (l *Logger) logf(lv Level, format string, args ...interface{}) {
	if lv < l.min {
		return
	}
	msg := fmt.Sprintf(format, args...)
	l.lines = append(l.lines, names[lv]+" "+l.prefix+msg)
}

func (l *Logger) Infof(format string, args ...interface{})  { l.logf(Info, format, args...) }
func (l *Logger) Debugf(format string, args ...interface{}) { l.logf(Debug, format, args...) }

func (l *Logger) Fields(kv ...string) {
	var sb strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(kv[i] + "=" + kv[i+1])
	}
	l.lines = append(l.lines, "FIELDS "+sb.String())
}

func count(xs ...int) int { return len(xs) }

type point struct{ x, y int }

func main() {
	l := &Logger{min: Info, prefix: "[app] "}
	l.Debugf("hidden %d", 1)
	l.Infof("started with %d workers, %s mode", 4, "fast")
	p := point{3, 4}
	l.Infof("point %v at %p? %t", p, nil, false)
	l.logf(Warn, "%d%% of %s", 85, "disk")
	l.Fields("user", "ann", "id", "42", "dangling")
	args := []interface{}{1, "two", 3.0}
	l.Infof("%v %v %v", args...)
	nums := []int{1, 2, 3}
	fmt.Println(count(), count(1, 2), count(nums...), count(nums[1:]...))
	for _, line := range l.lines {
		fmt.Fprintln(os.Stdout, line)
	}
	fmt.Fprintln(os.Stderr, "logged", len(l.lines), "lines")
}
