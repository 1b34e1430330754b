// Package-level tables: composite literals of structs, maps and pointers
// initialised before main, init functions that build indexes from them.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Unit struct {
	Name   string
	Factor float64
	Base   *Unit
}

var meter = &Unit{Name: "m", Factor: 1}
var gram = &Unit{Name: "g", Factor: 1}

var units = []*Unit{
	meter,
	{Name: "km", Factor: 1000, Base: meter},
	{Name: "cm", Factor: 0.01, Base: meter},
	gram,
	{Name: "kg", Factor: 1000, Base: gram},
}

var aliases = map[string]string{
	"meter": "m", "metre": "m", "kilometer": "km", "gram": "g", "kilo": "kg",
}

var byName map[string]*Unit

var defaultPath = [...]string{"km", "m", "cm"}

var counters struct {
	conversions int
	misses      int
}

func init() {
	byName = make(map[string]*Unit, len(units)+len(aliases))
	for _, u := range units {
		byName[u.Name] = u
	}
	for a, n := range aliases {
		byName[a] = byName[n]
	}
}

func base(u *Unit) *Unit {
	for u.Base != nil {
		u = u.Base
	}
	return u
}

func Convert(v float64, from, to string) (float64, error) {
	f, ok1 := byName[strings.ToLower(from)]
	t, ok2 := byName[strings.ToLower(to)]
	if !ok1 || !ok2 {
		counters.misses++
		return 0, fmt.Errorf("unknown unit in %s->%s", from, to)
	}
	if base(f) != base(t) {
		counters.misses++
		return 0, fmt.Errorf("cannot convert %s to %s", f.Name, t.Name)
	}
	counters.conversions++
	return v * f.Factor / t.Factor, nil
}

func main() {
	names := make([]string, 0, len(byName))
	for k := range byName {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(len(names), names)
	for _, c := range []struct {
		v        float64
		from, to string
	}{{1.5, "km", "m"}, {250, "CM", "meter"}, {2, "kilo", "g"}, {1, "kg", "km"}, {1, "mile", "m"}} {
		r, err := Convert(c.v, c.from, c.to)
		fmt.Println(r, err)
	}
	for i := 0; i+1 < len(defaultPath); i++ {
		r, _ := Convert(1, defaultPath[i], defaultPath[i+1])
		fmt.Print(r, " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", counters)
	fmt.Println(base(byName["km"]) == meter, *units[1].Base)
}
