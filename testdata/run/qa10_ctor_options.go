// Constructors returning pointers, configured with functional options.
// The options are closures that escape into the slice passed to NewServer.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Server struct {
	Name     string
	Port     int
	MaxConns int
	Tags     []string
	logger   *Logger
}

type Logger struct {
	prefix string
	lines  []string
}

func NewLogger(prefix string) *Logger {
	return &Logger{prefix: prefix}
}

func (l *Logger) Printf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Option func(*Server) error

var ErrBadPort = errors.New("bad port")

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("WithPort(%d): %w", p, ErrBadPort)
		}
		s.Port = p
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		s.MaxConns = n
		return nil
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.Tags = append(s.Tags, tags...)
		return nil
	}
}

func WithLogger(l *Logger) Option {
	return func(s *Server) error {
		s.logger = l
		return nil
	}
}

func NewServer(name string, opts ...Option) (*Server, error) {
	s := &Server{Name: name, Port: 8080, MaxConns: 16}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	if s.logger != nil {
		s.logger.Printf("server %s on :%d", s.Name, s.Port)
	}
	return s, nil
}

func (s *Server) String() string {
	var b strings.Builder
	b.WriteString(s.Name)
	b.WriteByte(':')
	fmt.Fprintf(&b, "%d", s.Port)
	if len(s.Tags) > 0 {
		b.WriteString(" [")
		b.WriteString(strings.Join(s.Tags, ","))
		b.WriteByte(']')
	}
	return b.String()
}

func main() {
	log := NewLogger("log: ")
	a, err := NewServer("api", WithPort(9000), WithTags("public", "v2"), WithLogger(log))
	fmt.Println(a, err)
	b, err := NewServer("admin", WithMaxConns(4), WithLogger(log))
	fmt.Println(b, b.MaxConns, err)
	c, err := NewServer("broken", WithTags("x"), WithPort(70000))
	fmt.Println(c == nil, err)
	fmt.Println(errors.Is(err, ErrBadPort))
	for _, l := range log.lines {
		fmt.Println(l)
	}
	opts := []Option{WithPort(1), WithPort(2), WithPort(3)}
	d, _ := NewServer("last-wins", opts...)
	fmt.Println(d.Port)
}
