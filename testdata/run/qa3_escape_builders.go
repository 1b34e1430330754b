// Escape analysis meets API design: a fluent builder returning *T, the
// functional-options pattern, constructors returning interfaces, errors
// returned as interfaces, and variadic helpers. The -m output of this file
// is the point of the exercise; main just shows the values.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	tags     []string
	maxConns int
}

type Option func(*Server)

func WithPort(p int) Option {
	return func(s *Server) { s.port = p }
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) { s.timeout = d }
}

func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) String() string {
	return fmt.Sprintf("%s:%d timeout=%v conns=%d tags=%v", s.host, s.port, s.timeout, s.maxConns, s.tags)
}

type QueryBuilder struct {
	table  string
	wheres []string
	limit  int
	err    error
}

func From(table string) *QueryBuilder { return &QueryBuilder{table: table} }

func (q *QueryBuilder) Where(cond string) *QueryBuilder {
	if cond == "" {
		q.err = errors.New("empty condition")
		return q
	}
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *QueryBuilder) Limit(n int) *QueryBuilder {
	if n < 0 {
		q.err = fmt.Errorf("negative limit %d", n)
	}
	q.limit = n
	return q
}

func (q *QueryBuilder) Build() (string, error) {
	if q.err != nil {
		return "", q.err
	}
	var b strings.Builder
	b.WriteString("SELECT * FROM ")
	b.WriteString(q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE ")
		b.WriteString(strings.Join(q.wheres, " AND "))
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), nil
}

type Store interface {
	Get(key string) (string, error)
}

type memStore struct{ data map[string]string }

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

func (m *memStore) Get(key string) (string, error) {
	if v, ok := m.data[key]; ok {
		return v, nil
	}
	return "", NotFoundError{key}
}

func NewStore(pairs ...string) Store {
	m := &memStore{data: make(map[string]string, len(pairs)/2)}
	for i := 0; i+1 < len(pairs); i += 2 {
		m.data[pairs[i]] = pairs[i+1]
	}
	return m
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func keepAll(dst *[][]int, nums ...int) {
	*dst = append(*dst, nums)
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Normalize() *Vec {
	if v.X == 0 && v.Y == 0 {
		return v
	}
	l := v.X*v.X + v.Y*v.Y
	v.X, v.Y = v.X/l, v.Y/l
	return v
}

func main() {
	s1 := NewServer("localhost")
	s2 := NewServer("example.com", WithPort(8443), WithTimeout(5*time.Second), WithTags("tls", "prod"))
	fmt.Println(s1)
	fmt.Println(s2)

	q, err := From("users").Where("age > 30").Where("active").Limit(10).Build()
	fmt.Println(q, err)
	_, err = From("t").Where("").Limit(-1).Build()
	fmt.Println("error:", err)

	st := NewStore("a", "1", "b", "2")
	for _, k := range []string{"a", "z"} {
		v, err := st.Get(k)
		var nf NotFoundError
		fmt.Printf("%q %v %v\n", v, err, errors.As(err, &nf))
	}

	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	var kept [][]int
	keepAll(&kept, 1, 2)
	keepAll(&kept, 3)
	fmt.Println(kept)

	v := Vec{3, 4}.Add(Vec{1, 0}).Scale(0.5)
	fmt.Printf("%+v\n", v)
	n := (&Vec{2, 0}).Normalize()
	fmt.Printf("%.2f %.2f\n", n.X, n.Y)
}
