// A leveled logger on top of package log: custom prefixes and flags
// (no timestamps, so the output is stable), Lshortfile and Lmsgprefix,
// loggers writing to buffers and to stderr, log.Panicf caught by recover,
// and log.Fatalf ending the program with exit status 1.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var names = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string {
	if l < 0 || int(l) >= len(names) {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return names[l]
}

type Logger struct {
	min     Level
	loggers [4]*log.Logger
	counts  map[Level]int
}

func New(w io.Writer, min Level) *Logger {
	l := &Logger{min: min, counts: map[Level]int{}}
	for lv := Debug; lv <= Error; lv++ {
		l.loggers[lv] = log.New(w, fmt.Sprintf("[%-5s] ", lv), log.Lmsgprefix)
	}
	return l
}

func (l *Logger) Logf(lv Level, format string, args ...interface{}) {
	if lv < l.min {
		return
	}
	l.counts[lv]++
	l.loggers[lv].Printf(format, args...)
}

func main() {
	var buf bytes.Buffer
	lg := New(&buf, Info)
	lg.Logf(Debug, "hidden %d", 1)
	lg.Logf(Info, "service starting on port %d", 8080)
	lg.Logf(Warn, "disk %s at %.1f%%", "/var", 91.25)
	lg.Logf(Error, "request failed: %v", io.ErrUnexpectedEOF)
	lg.Logf(Info, "multi\nline")
	fmt.Print(buf.String())
	fmt.Println(lg.counts[Info], lg.counts[Debug], Level(7))

	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("app: ")
	log.Print("plain ", 1, 2, "x")
	log.Println("with", "spaces", 3)
	log.Printf("%q", "quoted")
	fmt.Println(log.Prefix(), log.Flags())

	var b2 bytes.Buffer
	short := log.New(&b2, "S ", log.Lshortfile)
	short.Println("where am I")
	short.SetFlags(log.Lshortfile | log.Lmsgprefix)
	short.Output(1, "via Output")
	fmt.Print(b2.String())
	fmt.Println(strings.Count(b2.String(), "qa4_log_levels.go:"))

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		log.Panicf("bad state %d", 42)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicln("panic", "line")
	}()

	std := log.Default()
	fmt.Println(std.Prefix(), std.Writer() == os.Stdout)
	l2 := log.New(os.Stderr, "", 0)
	l2.Println("to stderr before fatal")
	defer fmt.Println("deferred: not run by Fatal")
	log.Fatalf("fatal: %s", "giving up")
}
