// Error values in a connection pool: sentinel errors, a struct error type
// with a pointer receiver, wrapping with %w, errors.Is/As/Unwrap chains.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrExhausted = errors.New("pool exhausted")
	ErrBadConn   = errors.New("bad connection")
)

type OpError struct {
	Op   string
	Conn int
	Err  error
}

func (e *OpError) Error() string { return fmt.Sprintf("%s conn#%d: %v", e.Op, e.Conn, e.Err) }
func (e *OpError) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type timeoutErr struct{ ms int }

func (t timeoutErr) Error() string   { return fmt.Sprintf("timeout after %dms", t.ms) }
func (t timeoutErr) Temporary() bool { return true }

type Conn struct {
	id     int
	broken bool
	uses   int
}

type ConnPool struct {
	idle []*Conn
	max  int
	open int
}

func (p *ConnPool) Get() (*Conn, error) {
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		return c, nil
	}
	if p.open >= p.max {
		return nil, fmt.Errorf("get (open=%d): %w", p.open, ErrExhausted)
	}
	p.open++
	return &Conn{id: p.open}, nil
}

func (p *ConnPool) Put(c *Conn) {
	if c.broken {
		p.open--
		return
	}
	p.idle = append(p.idle, c)
}

func (c *Conn) Query(q string) (string, error) {
	c.uses++
	switch {
	case c.broken:
		return "", &OpError{"query", c.id, ErrBadConn}
	case q == "slow":
		return "", &OpError{"query", c.id, timeoutErr{250}}
	case q == "break":
		c.broken = true
		return "", &OpError{"query", c.id, ErrBadConn}
	}
	return fmt.Sprintf("result(%s)@%d", q, c.id), nil
}

func run(p *ConnPool, q string) error {
	c, err := p.Get()
	if err != nil {
		return fmt.Errorf("run %q: %w", q, err)
	}
	defer p.Put(c)
	res, err := c.Query(q)
	if err != nil {
		return fmt.Errorf("run %q: %w", q, err)
	}
	fmt.Println(res)
	return nil
}

func classify(err error) string {
	var op *OpError
	var tmp Temporary
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrExhausted):
		return "exhausted"
	case errors.As(err, &tmp) && tmp.Temporary():
		return "temporary"
	case errors.As(err, &op):
		return "op " + op.Op + " on " + fmt.Sprint(op.Conn)
	}
	return "other"
}

func main() {
	p := &ConnPool{max: 2}
	for _, q := range []string{"a", "slow", "break", "b", "c"} {
		err := run(p, q)
		fmt.Println(classify(err), "|", err)
	}
	c1, _ := p.Get()
	c2, _ := p.Get()
	_, err := p.Get()
	fmt.Println(classify(err), err)
	fmt.Println(c1.id, c2.id, c1.uses+c2.uses)
	wrapped := fmt.Errorf("outer: %w", &OpError{"dial", 9, ErrBadConn})
	fmt.Println(errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)) == ErrBadConn)
}
