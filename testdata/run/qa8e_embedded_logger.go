package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Clock struct{ now int }

func (c *Clock) Tick() int { c.now++; return c.now }
func (c Clock) Now() int   { return c.now }

type Service struct {
	*Logger
	Clock
	Name  string
	calls map[string]int
}

func NewService(name string) *Service {
	return &Service{Logger: &Logger{prefix: "[" + name + "] "}, Name: name, calls: map[string]int{}}
}

func (s *Service) Handle(op string) {
	t := s.Tick()
	s.calls[op]++
	s.Logf("t=%d op=%s count=%d", t, op, s.calls[op])
}

type Cache struct {
	Service
	data map[string]string
}

func (c *Cache) Now() int { return c.Service.Now() * 100 }

func (c *Cache) Get(k string) (string, bool) {
	c.Handle("get")
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Put(k, v string) {
	c.Handle("put")
	c.data[k] = v
}

type Ticker interface{ Tick() int }
type Nower interface{ Now() int }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type Pipe struct{ buf []string }

func (p *Pipe) Write(s string) { p.buf = append(p.buf, s) }
func (p *Pipe) Read() string {
	if len(p.buf) == 0 {
		return ""
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s
}

func main() {
	c := &Cache{Service: *NewService("cache"), data: map[string]string{}}
	c.Put("a", "1")
	c.Put("b", "2")
	v, ok := c.Get("a")
	_, ok2 := c.Get("zz")
	fmt.Println(v, ok, ok2)
	fmt.Println(c.Dump())
	fmt.Println(c.Now(), c.Service.Now(), c.Clock.Now(), c.Name, c.prefix)

	var t Ticker = &c.Service
	var n Nower = c
	var n2 Nower = c.Service
	t.Tick()
	fmt.Println(n.Now(), n2.Now())

	var rw ReadWriter = &Pipe{}
	rw.Write("x")
	rw.Write("y")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	w, isW := r.(Writer)
	fmt.Printf("%T %v\n", w, isW)
	fmt.Printf("%+v\n", c.Clock)
}
