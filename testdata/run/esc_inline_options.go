// Functional options and builders under inlining: a closure returned by an
// inlined constructor is a new closure of the caller whose body keeps its
// own positions (and its calls are not inlined into it), a call through a
// variable holding it is inlined again; allocations of an inlined
// constructor used as the receiver of an inlined multi-result method.
package main

import (
	"errors"
	"fmt"
)

type TLS struct{ cert, key string }

type Server struct {
	addr    string
	port    int
	tls     *TLS
	headers map[string]string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 {
			return errors.New("bad port")
		}
		s.port = p
		return nil
	}
}

func WithTLS(cert, key string) Option {
	return func(s *Server) error {
		if cert == "" {
			return errors.New("need a cert")
		}
		s.tls = &TLS{cert, key}
		return nil
	}
}

func NewServer(addr string, opts ...Option) (*Server, error) {
	s := &Server{addr: addr, port: 80}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	return s, nil
}

type Builder struct {
	s   Server
	err error
}

func NewBuilder(addr string) *Builder {
	return &Builder{s: Server{addr: addr, port: 80, headers: map[string]string{}}}
}

func (b *Builder) Port(p int) *Builder {
	if p <= 0 {
		b.err = errors.New("bad port")
	}
	b.s.port = p
	return b
}

func (b *Builder) Build() (*Server, error) {
	if b.err != nil {
		return nil, b.err
	}
	s := b.s
	return &s, nil
}

func main() {
	s := &Server{}
	o := WithTLS("c", "k")
	err := o(s)
	fmt.Println(s.tls.cert, err)
	bad := WithPort(0)
	fmt.Println(bad(s))

	srv, err := NewServer("localhost", WithPort(8080), WithTLS("a", "b"))
	fmt.Println(srv.addr, srv.port, srv.tls.key, err)
	_, err = NewServer("x", WithTLS("", ""))
	fmt.Println(err)

	b, err := NewBuilder("built").Build()
	fmt.Println(b.addr, b.port, err)
	b2, err := NewBuilder("b2").Port(81).Build()
	fmt.Println(b2.port, len(b2.headers), err)
	_, err = NewBuilder("b3").Port(-1).Build()
	fmt.Println(err)
}
