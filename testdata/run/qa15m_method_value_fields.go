package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc(by int) { c.n += by }
func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Ticker struct {
	onTick   func(int)
	describe func() string
	hooks    []func(int)
}

func (t *Ticker) Fire(k int) {
	t.onTick(k)
	for _, h := range t.hooks {
		h(k)
	}
}

type Gauge struct{ v float64 }

func (g *Gauge) Set(k int)  { g.v = float64(k) / 2 }
func (g Gauge) String() string { return fmt.Sprintf("gauge(%.1f)", g.v) }

func main() {
	hits := &Counter{name: "hits"}
	misses := Counter{name: "misses"}
	t := Ticker{onTick: hits.Inc, describe: misses.Report}
	t.hooks = append(t.hooks, misses.Inc)
	g := &Gauge{}
	t.hooks = append(t.hooks, g.Set)
	for k := 1; k <= 4; k++ {
		t.Fire(k)
	}
	fmt.Println(hits.Report(), misses.Report(), t.describe(), g)
	// the value receiver was copied when the method value was made
	misses.n = 100
	fmt.Println(t.describe(), misses.Report())
	rep := hits.Report
	hits.Inc(50)
	fmt.Println(rep(), hits.Report())
	table := map[string]func() string{}
	for _, c := range []*Counter{hits, &misses} {
		table[c.name] = c.Report
	}
	hits.n, misses.n = -1, -2
	fmt.Println(table["hits"](), table["misses"]())
	var s fmt.Stringer = g
	str := s.String
	g.v = 9
	fmt.Println(str(), s.String())
}
