// A service registry: a map behind a sync.RWMutex, many readers and a few
// writers, with snapshots copied out under the read lock.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Endpoint struct {
	Host string
	Port int
	Tags []string
}

type Registry struct {
	mu       sync.RWMutex
	services map[string][]Endpoint
	reads    int
}

func NewRegistry() *Registry {
	return &Registry{services: make(map[string][]Endpoint)}
}

func (r *Registry) Register(name string, ep Endpoint) {
	r.mu.Lock()
	r.services[name] = append(r.services[name], ep)
	r.mu.Unlock()
}

func (r *Registry) Lookup(name string) ([]Endpoint, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	eps, ok := r.services[name]
	if !ok {
		return nil, false
	}
	out := make([]Endpoint, len(eps))
	copy(out, eps)
	return out, true
}

func (r *Registry) Names() []string {
	r.mu.RLock()
	names := make([]string, 0, len(r.services))
	for n := range r.services {
		names = append(names, n)
	}
	r.mu.RUnlock()
	sort.Strings(names)
	return names
}

func (r *Registry) Deregister(name, host string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	eps := r.services[name]
	kept := eps[:0]
	for _, ep := range eps {
		if ep.Host != host {
			kept = append(kept, ep)
		}
	}
	r.services[name] = kept
	return len(eps) - len(kept)
}

func (e Endpoint) String() string {
	return fmt.Sprintf("%s:%d%v", e.Host, e.Port, e.Tags)
}

func main() {
	reg := NewRegistry()
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			reg.Register("api", Endpoint{Host: fmt.Sprintf("10.0.0.%d", i+1), Port: 8080, Tags: []string{"v1"}})
			reg.Register("db", Endpoint{Host: "10.0.1.1", Port: 5432 + i})
		}(i)
	}
	wg.Wait()

	counts := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			for _, n := range reg.Names() {
				eps, _ := reg.Lookup(n)
				counts[slot] += len(eps)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("reader counts", counts)

	api, _ := reg.Lookup("api")
	hosts := make([]string, len(api))
	for i, ep := range api {
		hosts[i] = ep.Host
	}
	sort.Strings(hosts)
	fmt.Println(strings.Join(hosts, ","))
	fmt.Println("removed", reg.Deregister("api", "10.0.0.2"))
	api, ok := reg.Lookup("api")
	fmt.Println(len(api), ok)
	_, ok = reg.Lookup("cache")
	fmt.Println("cache", ok, reg.Names())
	db, _ := reg.Lookup("db")
	sort.Slice(db, func(i, j int) bool { return db[i].Port < db[j].Port })
	fmt.Println(db[0], db[2])
}
