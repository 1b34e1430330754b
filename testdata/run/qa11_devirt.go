package main

import (
	"fmt"
	"io"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

type Logger interface {
	Log(msg string)
	Flush() string
}

type memLogger struct {
	lines []string
	level int
}

func (m *memLogger) Log(msg string) { m.lines = append(m.lines, msg) }
func (m *memLogger) Flush() string {
	s := strings.Join(m.lines, "|")
	m.lines = m.lines[:0]
	return s
}

type prefixLogger struct {
	prefix string
	inner  Logger
}

func (p prefixLogger) Log(msg string) { p.inner.Log(p.prefix + msg) }
func (p prefixLogger) Flush() string  { return p.inner.Flush() }

type nopLogger struct{}

func (nopLogger) Log(string)      {}
func (nopLogger) Flush() string   { return "" }

type Service struct {
	log  Logger
	name string
	hits int
}

func NewService(name string, l Logger) *Service {
	if l == nil {
		l = nopLogger{}
	}
	return &Service{log: l, name: name}
}

func (s *Service) Handle(req string) string {
	s.hits++
	s.log.Log(s.name + ":" + req)
	return strings.ToUpper(req)
}

func direct() string {
	var l Logger = &memLogger{}
	l.Log("one")
	l.Log("two")
	return l.Flush()
}

func viaValue() string {
	var l Logger = prefixLogger{"> ", &memLogger{}}
	l.Log("x")
	return l.Flush()
}

type byteCounter int

func (b *byteCounter) Write(p []byte) (int, error) {
	*b += byteCounter(len(p))
	return len(p), nil
}

func writeAll(w io.Writer, parts ...string) {
	for _, p := range parts {
		io.WriteString(w, p)
	}
}

type Op func(int) int

func compose(ops ...Op) Op {
	return func(x int) int {
		for _, o := range ops {
			x = o(x)
		}
		return x
	}
}

func adder(n int) Op { return func(x int) int { return x + n } }
func double(x int) int { return x * 2 }

func main() {
	fmt.Println(direct(), viaValue())
	ml := &memLogger{}
	svc := NewService("api", ml)
	for _, r := range []string{"get", "put"} {
		fmt.Print(svc.Handle(r), " ")
	}
	fmt.Println(ml.Flush(), svc.hits)
	quiet := NewService("q", nil)
	quiet.Handle("x")
	fmt.Printf("%T %d\n", quiet.log, quiet.hits)
	var bc byteCounter
	var w io.Writer = &bc
	w.Write([]byte("abc"))
	writeAll(&bc, "de", "fgh")
	fmt.Println(int(bc))
	f := compose(adder(3), double, Op(double), adder(-1))
	fmt.Println(f(1), f(10))
	handle := svc.Handle
	fmt.Println(handle("m"), svc.hits)
	var lg Logger = prefixLogger{"[p] ", ml}
	logf := lg.Log
	logf("via method value")
	fmt.Println(ml.Flush())
}
