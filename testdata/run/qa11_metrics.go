package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Counter struct {
	name string
	v    atomic.Int64
}

func (c *Counter) Inc()          { c.v.Add(1) }
func (c *Counter) Add(n int64)   { c.v.Add(n) }
func (c *Counter) Value() int64  { return c.v.Load() }
func (c *Counter) Name() string  { return c.name }

type Gauge struct {
	name string
	bits atomic.Uint64
	set  atomic.Bool
}

func (g *Gauge) Set(v uint64) { g.bits.Store(v); g.set.Store(true) }
func (g *Gauge) Value() int64 { return int64(g.bits.Load()) }
func (g *Gauge) Name() string { return g.name }

type Histogram struct {
	name    string
	mu      sync.Mutex
	bounds  []int64
	buckets []int64
	sum     int64
	count   int64
}

func NewHistogram(name string, bounds ...int64) *Histogram {
	return &Histogram{name: name, bounds: bounds, buckets: make([]int64, len(bounds)+1)}
}

func (h *Histogram) Observe(v int64) {
	i := sort.Search(len(h.bounds), func(i int) bool { return v <= h.bounds[i] })
	h.mu.Lock()
	h.buckets[i]++
	h.sum += v
	h.count++
	h.mu.Unlock()
}

func (h *Histogram) Value() int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.count
}
func (h *Histogram) Name() string { return h.name }

type Metric interface {
	Name() string
	Value() int64
}

type Registry struct {
	metrics sync.Map
	created atomic.Int32
	config  atomic.Value
}

type RegConfig struct {
	Prefix string
	Sep    string
}

func (r *Registry) Counter(name string) *Counter {
	if m, ok := r.metrics.Load(name); ok {
		return m.(*Counter)
	}
	c := &Counter{name: name}
	actual, loaded := r.metrics.LoadOrStore(name, c)
	if !loaded {
		r.created.Add(1)
	}
	return actual.(*Counter)
}

func (r *Registry) Register(m Metric) bool {
	_, loaded := r.metrics.LoadOrStore(m.Name(), m)
	if !loaded {
		r.created.Add(1)
	}
	return !loaded
}

func (r *Registry) Dump() string {
	cfg, _ := r.config.Load().(RegConfig)
	var names []string
	vals := map[string]int64{}
	r.metrics.Range(func(k, v interface{}) bool {
		name := k.(string)
		names = append(names, name)
		vals[name] = v.(Metric).Value()
		return true
	})
	sort.Strings(names)
	var b strings.Builder
	b.Grow(64)
	for _, n := range names {
		b.WriteString(cfg.Prefix)
		b.WriteString(n)
		b.WriteString(cfg.Sep)
		fmt.Fprint(&b, vals[n])
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	reg := &Registry{}
	reg.config.Store(RegConfig{Prefix: "app_", Sep: " "})
	var wg sync.WaitGroup
	h := NewHistogram("latency", 10, 50, 100, 500)
	reg.Register(h)
	g := &Gauge{name: "workers"}
	reg.Register(g)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			req := reg.Counter("requests")
			errs := reg.Counter("errors")
			for i := 0; i < 250; i++ {
				req.Inc()
				if (w*250+i)%17 == 0 {
					errs.Inc()
				}
				h.Observe(int64((w*31 + i*7) % 700))
			}
		}(w)
	}
	g.Set(8)
	wg.Wait()
	fmt.Print(reg.Dump())
	fmt.Println("created", reg.created.Load(), "dup", reg.Register(&Counter{name: "requests"}))
	fmt.Println(h.buckets, h.sum, h.count)
	reg.config.Store(RegConfig{Prefix: "", Sep: "="})
	fmt.Print(reg.Dump())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Swap(false), flag.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.Add(^uint32(0)), u.CompareAndSwap(9, 100), u.Load())
	var raw int64
	atomic.StoreInt64(&raw, 5)
	fmt.Println(atomic.SwapInt64(&raw, 6), atomic.LoadInt64(&raw))
}
