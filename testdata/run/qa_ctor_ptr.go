package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

func NewConfig(name string) *Config {
	return &Config{Name: name, Retries: 3}
}

func (c *Config) WithTag(t string) *Config {
	c.Tags = append(c.Tags, t)
	return c
}

type Counter struct{ n int }

func newCounter() *Counter { c := Counter{}; return &c }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	c := NewConfig("server").WithTag("a").WithTag("b")
	fmt.Println(c.Name, c.Retries, c.Tags, len(c.Tags))
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", *c)
	cs := make([]*Counter, 0, 4)
	for i := 0; i < 4; i++ {
		cs = append(cs, newCounter())
	}
	for i, k := range cs {
		for j := 0; j <= i; j++ {
			k.Inc()
		}
	}
	total := 0
	for _, k := range cs {
		total += k.Get()
	}
	fmt.Println("total", total)
	var p *Config
	fmt.Println(p == nil, p)
	q := new(int)
	*q = 42
	fmt.Println(*q)
	fmt.Printf("%T %T\n", c, *c)
}
