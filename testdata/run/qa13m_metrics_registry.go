// A metrics registry with typed atomics: counters (atomic.Int64), gauges
// (atomic.Uint64 holding float bits) and a label set in atomic.Value.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Counter struct {
	name string
	v    atomic.Int64
}

func (c *Counter) Inc()         { c.v.Add(1) }
func (c *Counter) Add(n int64)  { c.v.Add(n) }
func (c *Counter) Value() int64 { return c.v.Load() }

type Gauge struct {
	name string
	bits atomic.Uint64
}

func (g *Gauge) Set(f float64)  { g.bits.Store(math.Float64bits(f)) }
func (g *Gauge) Value() float64 { return math.Float64frombits(g.bits.Load()) }
func (g *Gauge) AddFloat(d float64) {
	for {
		old := g.bits.Load()
		nv := math.Float64bits(math.Float64frombits(old) + d)
		if g.bits.CompareAndSwap(old, nv) {
			return
		}
	}
}

type Labels map[string]string

type Registry struct {
	mu       sync.Mutex
	counters map[string]*Counter
	gauges   map[string]*Gauge
	labels   atomic.Value // Labels
	enabled  atomic.Bool
}

func NewRegistry() *Registry {
	r := &Registry{counters: map[string]*Counter{}, gauges: map[string]*Gauge{}}
	r.labels.Store(Labels{"env": "test"})
	r.enabled.Store(true)
	return r
}

func (r *Registry) Counter(name string) *Counter {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.counters[name]; ok {
		return c
	}
	c := &Counter{name: name}
	r.counters[name] = c
	return c
}

func (r *Registry) Gauge(name string) *Gauge {
	r.mu.Lock()
	defer r.mu.Unlock()
	g := r.gauges[name]
	if g == nil {
		g = &Gauge{name: name}
		r.gauges[name] = g
	}
	return g
}

func (r *Registry) SetLabel(k, v string) {
	old := r.labels.Load().(Labels)
	nl := make(Labels, len(old)+1)
	for kk, vv := range old {
		nl[kk] = vv
	}
	nl[k] = v
	r.labels.Store(nl)
}

func (r *Registry) Dump() string {
	var sb strings.Builder
	lbl := r.labels.Load().(Labels)
	lk := make([]string, 0, len(lbl))
	for k := range lbl {
		lk = append(lk, k+"="+lbl[k])
	}
	sort.Strings(lk)
	fmt.Fprintf(&sb, "{%s}\n", strings.Join(lk, ","))
	r.mu.Lock()
	names := make([]string, 0, len(r.counters)+len(r.gauges))
	for n := range r.counters {
		names = append(names, "c:"+n)
	}
	for n := range r.gauges {
		names = append(names, "g:"+n)
	}
	r.mu.Unlock()
	sort.Strings(names)
	for _, n := range names {
		if strings.HasPrefix(n, "c:") {
			fmt.Fprintf(&sb, "counter %-10s %d\n", n[2:], r.Counter(n[2:]).Value())
		} else {
			fmt.Fprintf(&sb, "gauge   %-10s %.3f\n", n[2:], r.Gauge(n[2:]).Value())
		}
	}
	return sb.String()
}

func main() {
	reg := NewRegistry()
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			req := reg.Counter("requests")
			bytes := reg.Counter("bytes")
			load := reg.Gauge("load")
			for i := 0; i < 100; i++ {
				if !reg.enabled.Load() {
					return
				}
				req.Inc()
				bytes.Add(int64(w*10 + i%7))
				load.AddFloat(0.25)
			}
		}(w)
	}
	wg.Wait()
	reg.Gauge("temperature").Set(21.5)
	reg.SetLabel("host", "box1")
	reg.SetLabel("env", "prod")
	fmt.Print(reg.Dump())
	reg.enabled.Store(false)
	reg.Counter("requests").Inc()
	fmt.Println("enabled:", reg.enabled.Load(), "requests:", reg.Counter("requests").Value())
}
