// Constructors that return pointers, configured with functional options
// (Dave Cheney's pattern), validation errors collected from options,
// defaults, a Clone that deep-copies slices and maps, and a builder with
// method chaining for comparison.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      *TLSConfig
	headers  map[string]string
	allowed  []string
	logf     func(format string, args ...interface{})
}

type TLSConfig struct {
	Cert, Key string
	MinVer    uint16
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d < time.Millisecond {
			return fmt.Errorf("timeout %v too small", d)
		}
		s.timeout = d
		return nil
	}
}

func WithTLS(cert, key string) Option {
	return func(s *Server) error {
		if cert == "" || key == "" {
			return errors.New("tls: cert and key required")
		}
		s.tls = &TLSConfig{Cert: cert, Key: key, MinVer: 0x0303}
		return nil
	}
}

func WithHeader(k, v string) Option {
	return func(s *Server) error {
		s.headers[strings.ToLower(k)] = v
		return nil
	}
}

func WithAllowed(hosts ...string) Option {
	return func(s *Server) error {
		s.allowed = append(s.allowed, hosts...)
		return nil
	}
}

func WithLogger(buf *[]string) Option {
	return func(s *Server) error {
		s.logf = func(format string, args ...interface{}) {
			*buf = append(*buf, fmt.Sprintf(format, args...))
		}
		return nil
	}
}

type OptionErrors []error

func (o OptionErrors) Error() string {
	msgs := make([]string, len(o))
	for i, e := range o {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d option error(s): %s", len(o), strings.Join(msgs, "; "))
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{
		host:     host,
		port:     8080,
		timeout:  30 * time.Second,
		maxConns: 100,
		headers:  map[string]string{},
		logf:     func(string, ...interface{}) {},
	}
	var errs OptionErrors
	for _, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	s.logf("server %s:%d ready", s.host, s.port)
	return s, nil
}

func (s *Server) Clone() *Server {
	c := *s
	if s.tls != nil {
		t := *s.tls
		c.tls = &t
	}
	c.headers = make(map[string]string, len(s.headers))
	for k, v := range s.headers {
		c.headers[k] = v
	}
	c.allowed = append([]string(nil), s.allowed...)
	return &c
}

func (s *Server) String() string {
	keys := make([]string, 0, len(s.headers))
	for k := range s.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var hs []string
	for _, k := range keys {
		hs = append(hs, k+"="+s.headers[k])
	}
	tls := "off"
	if s.tls != nil {
		tls = fmt.Sprintf("%s/%s v%#x", s.tls.Cert, s.tls.Key, s.tls.MinVer)
	}
	return fmt.Sprintf("%s:%d timeout=%v conns=%d tls=%s headers=[%s] allowed=%v",
		s.host, s.port, s.timeout, s.maxConns, tls, strings.Join(hs, ","), s.allowed)
}

// The builder alternative: methods return the receiver for chaining and
// remember the first error.
type Builder struct {
	s   Server
	err error
}

func NewBuilder(host string) *Builder {
	return &Builder{s: Server{host: host, port: 80, timeout: time.Second, headers: map[string]string{}}}
}

func (b *Builder) Port(p int) *Builder {
	if b.err == nil && p <= 0 {
		b.err = fmt.Errorf("builder: bad port %d", p)
	}
	b.s.port = p
	return b
}

func (b *Builder) Conns(n int) *Builder { b.s.maxConns = n; return b }

func (b *Builder) Header(k, v string) *Builder { b.s.headers[k] = v; return b }

func (b *Builder) Build() (*Server, error) {
	if b.err != nil {
		return nil, b.err
	}
	s := b.s
	return &s, nil
}

func main() {
	var log []string
	s, err := NewServer("example.com",
		WithPort(9443),
		WithTimeout(1500*time.Millisecond),
		WithTLS("cert.pem", "key.pem"),
		WithHeader("X-Request-Id", "abc"),
		WithHeader("Server", "gosub"),
		WithAllowed("a.com", "b.com"),
		WithLogger(&log),
	)
	fmt.Println(s, err)
	fmt.Println(log)

	c := s.Clone()
	c.headers["server"] = "clone"
	c.allowed[0] = "changed.com"
	c.tls.MinVer = 0x0304
	c.port++
	fmt.Println(s)
	fmt.Println(c)

	_, err = NewServer("bad", WithPort(70000), WithTimeout(0), WithTLS("", "k"), WithPort(-1))
	fmt.Println(err)
	var oe OptionErrors
	if errors.As(err, &oe) {
		fmt.Println("option errors:", len(oe), oe[0])
	}
	d, err := NewServer("defaults")
	fmt.Println(d, err, d.timeout.Seconds(), d.timeout.String())

	b, err := NewBuilder("built").Port(81).Conns(5).Header("k", "v").Build()
	fmt.Println(b, err)
	_, err = NewBuilder("broken").Port(0).Port(-5).Conns(1).Build()
	fmt.Println(err)
	for _, dur := range []time.Duration{0, 999, time.Microsecond * 1500, 90 * time.Second, 26*time.Hour + 3*time.Minute, -2 * time.Millisecond} {
		fmt.Printf("%v|%s|%d|%.3f\n", dur, dur, dur, dur.Minutes())
	}
}
