// A structured logger and a small object store: variadic interface
// arguments, parameters stored into globals, struct fields and maps,
// returned fields of parameters, and pointers kept only locally.
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

var levelNames = [...]string{"DEBUG", "INFO", "WARN"}

type Logger struct {
	prefix string
	min    Level
	out    *strings.Builder
	fields []interface{}
}

var defaultLogger *Logger

func SetDefault(l *Logger) { defaultLogger = l }

func (l *Logger) With(kv ...interface{}) *Logger {
	nl := *l
	nl.fields = append(append([]interface{}(nil), l.fields...), kv...)
	return &nl
}

func (l *Logger) Logf(lv Level, format string, args ...interface{}) {
	if lv < l.min {
		return
	}
	l.out.WriteString(levelNames[lv])
	l.out.WriteString(" ")
	l.out.WriteString(l.prefix)
	fmt.Fprintf(l.out, format, args...)
	for i := 0; i+1 < len(l.fields); i += 2 {
		fmt.Fprintf(l.out, " %v=%v", l.fields[i], l.fields[i+1])
	}
	l.out.WriteByte('\n')
}

type Record struct {
	ID   int
	Name string
	Meta map[string]string
}

type Store struct {
	byID  map[int]*Record
	names []string
	last  *Record
}

func (s *Store) Put(r *Record) {
	s.byID[r.ID] = r
	s.names = append(s.names, r.Name)
	s.last = r
}

func nameOf(r *Record) string { return r.Name }

func metaOf(r *Record) map[string]string { return r.Meta }

func firstNonEmpty(a, b *Record) *Record {
	if a != nil && a.Name != "" {
		return a
	}
	return b
}

func sumIDs(rs []*Record) int {
	t := 0
	for _, r := range rs {
		t += r.ID
	}
	return t
}

func main() {
	var sb strings.Builder
	base := &Logger{prefix: "[app] ", min: Info, out: &sb}
	SetDefault(base)
	reqLog := base.With("req", 42, "user", "ann")
	reqLog.Logf(Info, "start %s at %d", "handler", 7)
	reqLog.Logf(Debug, "hidden %v", struct{}{})
	base.Logf(Warn, "disk %d%% full", 91)

	st := &Store{byID: map[int]*Record{}}
	r1 := &Record{ID: 1, Name: "first", Meta: map[string]string{"k": "v"}}
	st.Put(r1)
	st.Put(&Record{ID: 2, Name: "second"})
	local := Record{ID: 3, Name: "local"}
	empty := Record{ID: 4}
	fmt.Println(nameOf(&local), metaOf(r1)["k"], firstNonEmpty(&empty, &local).ID)
	tmp := []*Record{&local, &empty, r1}
	fmt.Println(sumIDs(tmp), st.names, st.last.Name, len(st.byID))

	defaultLogger.Logf(Info, "stored %d records", len(st.byID))
	fmt.Fprint(os.Stdout, sb.String())
}
