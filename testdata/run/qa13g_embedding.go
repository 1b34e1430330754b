package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Name() string { return "logger" }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b Base) Hello() string    { return "hello from " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Service struct {
	Base
	*Logger
	sync.Mutex
	Name  string
	count int
}

func (s *Service) Describe() string {
	return "Service[" + s.Base.Describe() + "," + s.Name + "]"
}

func (s *Service) Handle(req string) {
	s.Lock()
	defer s.Unlock()
	s.count++
	s.Log("req %d: %s", s.count, req)
}

type Reader interface{ Read(p []byte) (int, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type upperReader struct {
	io.Reader
	closed bool
}

func (u *upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func (u *upperReader) Close() error { u.closed = true; return nil }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

type Animal interface {
	Name() string
	Sound() string
}

type base struct{ name string }

func (b base) Name() string  { return b.name }
func (b base) Sound() string { return "..." }

type Dog struct{ base }

func (Dog) Sound() string { return "Woof" }

type Puppy struct{ Dog }

func (p Puppy) Sound() string { return p.Dog.Sound() + "!" }

type Cat struct {
	base
	lives int
}

type partial struct {
	Animal
}

func speak(a Animal) string { return a.Name() + " says " + a.Sound() }

type Stack struct {
	Items []int
}

func (s *Stack) Push(v int) { s.Items = append(s.Items, v) }

type NamedStack struct {
	Stack
	Name string
}

func main() {
	svc := &Service{Base: Base{1, "base"}, Logger: &Logger{prefix: "> "}, Name: "svc"}
	svc.Handle("a")
	svc.Handle("b")
	fmt.Println(svc.Describe())
	fmt.Println(svc.Base.Describe(), svc.Hello(), svc.Base.Name, svc.Name, svc.Logger.Name())
	svc.Rename("renamed")
	fmt.Println(svc.Hello(), svc.ID)
	fmt.Println(strings.Join(svc.lines, "\n"))
	var rc ReadCloser = &upperReader{Reader: strings.NewReader("hello, embedded world")}
	data, err := io.ReadAll(rc)
	fmt.Println(string(data), err, rc.Close(), rc.(*upperReader).closed)
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "%s-%d", "x", 42)
	io.WriteString(cw, "!!")
	fmt.Println(sb.String(), cw.n)
	animals := []Animal{Dog{base{"rex"}}, Puppy{Dog{base{"bit"}}}, Cat{base{"tom"}, 9}, base{"thing"}}
	for _, a := range animals {
		fmt.Printf("%-20s %T\n", speak(a), a)
	}
	p := partial{Dog{base{"inner"}}}
	fmt.Println(speak(p))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty partial
		fmt.Println(speak(empty))
	}()
	ns := NamedStack{Name: "s"}
	ns.Push(1)
	ns.Push(2)
	fmt.Printf("%+v\n", ns)
	fmt.Printf("%v\n", Puppy{Dog{base{"x"}}})
	fmt.Printf("%+v\n", Cat{base{"c"}, 3})
	var _ io.ReadCloser = rc
	if _, ok := rc.(io.Writer); !ok {
		fmt.Println("rc is not a writer")
	}
	if s, ok := interface{}(svc).(interface{ Describe() string }); ok {
		fmt.Println("describer:", s.Describe())
	}
	if _, ok := interface{}(*svc).(interface{ Describe() string }); !ok {
		fmt.Println("Service value has Base.Describe only:", interface{}(Base{}).(interface{ Describe() string }).Describe())
	}
}
