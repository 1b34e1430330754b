// A small HTTP-like server config built with functional options, plus a
// second constructor that takes an options struct by value.
package main

import (
	"fmt"
	"strings"
)

type Server struct {
	host     string
	port     int
	maxConns int
	tags     []string
	logger   func(string)
}

type Option func(*Server)

func WithPort(p int) Option {
	return func(s *Server) { s.port = p }
}

func WithMaxConns(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxConns = n
		}
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

func WithLogger(l func(string)) Option {
	return func(s *Server) { s.logger = l }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, maxConns: 16}
	for _, o := range opts {
		o(s)
	}
	return s
}

type Config struct {
	Host    string
	Port    int
	Verbose bool
}

func DefaultConfig() Config {
	return Config{Host: "localhost", Port: 8080}
}

func (c Config) WithVerbose() Config {
	c.Verbose = true
	return c
}

func (c Config) Addr() string {
	return fmt.Sprintf("%s:%d", c.Host, c.Port)
}

func (s *Server) Describe() string {
	var b strings.Builder
	b.WriteString(s.host)
	b.WriteByte(':')
	fmt.Fprintf(&b, "%d", s.port)
	if len(s.tags) > 0 {
		b.WriteString(" [")
		b.WriteString(strings.Join(s.tags, ","))
		b.WriteString("]")
	}
	return b.String()
}

func (s *Server) log(msg string) {
	if s.logger != nil {
		s.logger(msg)
	}
}

func main() {
	var lines []string
	s := NewServer("example.org",
		WithPort(8443),
		WithMaxConns(64),
		WithTags("tls", "h2"),
		WithLogger(func(m string) { lines = append(lines, "log: "+m) }),
	)
	s.log("starting " + s.Describe())
	s.log(fmt.Sprint("max conns ", s.maxConns))
	for _, l := range lines {
		fmt.Println(l)
	}

	plain := NewServer("plain")
	fmt.Println(plain.Describe(), plain.maxConns)

	cfg := DefaultConfig()
	v := cfg.WithVerbose()
	fmt.Println(cfg.Addr(), cfg.Verbose, v.Verbose)
	fmt.Printf("%+v\n", v)
}
