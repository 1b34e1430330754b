package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	var b strings.Builder
	b.WriteString(prefix)
	fmt.Fprintf(&b, "(%d)", len(vals))
	for i, v := range vals {
		fmt.Fprintf(&b, " %d=%T:%v", i, v, v)
	}
	return b.String()
}

func isNil(xs ...int) string {
	if xs == nil {
		return "nil"
	}
	return fmt.Sprintf("len=%d cap=%d", len(xs), cap(xs))
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func wrap(args ...interface{}) {
	fmt.Println(args...)
	fmt.Println(args)
	fmt.Println(len(args))
}

type Option func(*Config)

type Config struct {
	Name    string
	Retries int
	Tags    []string
	Verbose bool
}

func WithRetries(n int) Option { return func(c *Config) { c.Retries = n } }
func WithTags(tags ...string) Option {
	return func(c *Config) { c.Tags = append(c.Tags, tags...) }
}
func Verbose() Option { return func(c *Config) { c.Verbose = true } }

func NewConfig(name string, opts ...Option) *Config {
	c := &Config{Name: name, Retries: 1}
	for _, o := range opts {
		o(c)
	}
	return c
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func apply(f func(...int) int, groups ...[]int) []int {
	var out []int
	for _, g := range groups {
		out = append(out, f(g...))
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(describe("d"), describe("d", 1, "two", 3.0, nil, []int{4}, struct{ X int }{5}))
	fmt.Println(isNil(), isNil(nil...), isNil([]int{}...), isNil(1, 2))
	modify(nums...)
	fmt.Println(nums)
	a, b, c := 1, 2, 3
	modify(a, b, c)
	fmt.Println(a, b, c)
	logf("x=%d y=%s", 1, "z")
	logf("no args")
	logf("%v %v", []interface{}{1, 2}...)
	wrap(1, "a", nil)
	wrap()
	var empty []interface{}
	wrap(empty...)
	ifs := []interface{}{"p", 'q', 1.5}
	wrap(ifs...)
	wrap(ifs)
	cfg := NewConfig("svc", WithRetries(3), WithTags("a", "b"), Verbose(), WithTags(), WithTags("c"))
	fmt.Printf("%+v\n", *cfg)
	fmt.Printf("%+v\n", *NewConfig("plain"))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, nums...))
	fmt.Println(join("/", "usr", "local", "bin"), join(","), join("-", strings.Split("a b c", " ")...))
	fmt.Println(apply(sum, []int{1, 2}, nil, []int{10, 20, 30}))
	fmt.Println(apply(func(xs ...int) int { return len(xs) }, []int{1}, []int{1, 2, 3}))
	var s []int
	s = append(s, nums...)
	s = append(s, s...)
	s = append(s[:2], s[4:]...)
	fmt.Println(s, len(s))
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"))
	fmt.Println(fmt.Sprintln("x", 1, nil) + "|")
	all := append([]interface{}{"first"}, ifs...)
	fmt.Println(all...)
	fmt.Println(copy(s, []int{7, 7, 7, 7, 7, 7, 7, 7, 7}), s)
}
