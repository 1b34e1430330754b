// Method values and method expressions: binding a value receiver copies it,
// binding a pointer receiver shares it; both stored in a dispatch table.
package main

import (
	"fmt"
	"sort"
)

type Thermostat struct {
	Name   string
	Target float64
	log    []string
}

func (t Thermostat) Describe() string {
	return fmt.Sprintf("%s@%.1f", t.Name, t.Target)
}

func (t *Thermostat) Raise(d float64) {
	t.Target += d
	t.log = append(t.log, fmt.Sprintf("+%.1f", d))
}

func (t *Thermostat) Lower(d float64) {
	t.Target -= d
	t.log = append(t.log, fmt.Sprintf("-%.1f", d))
}

type Command func(float64)

func buildTable(t *Thermostat) map[string]Command {
	return map[string]Command{
		"up":   t.Raise,
		"down": t.Lower,
	}
}

func run(table map[string]Command, script []string) {
	for _, s := range script {
		if cmd, ok := table[s]; ok {
			cmd(0.5)
		}
	}
}

func main() {
	th := &Thermostat{Name: "hall", Target: 20}
	describe := th.Describe
	table := buildTable(th)
	run(table, []string{"up", "up", "noop", "down", "up"})
	fmt.Println(th.Target, th.log)
	fmt.Println("bound earlier:", describe(), "now:", th.Describe())

	raise := (*Thermostat).Raise
	raise(th, 2)
	desc := Thermostat.Describe
	fmt.Println(desc(*th))

	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	rooms := []Thermostat{{Name: "a", Target: 18}, {Name: "b", Target: 22}}
	var describers []func() string
	for i := range rooms {
		describers = append(describers, rooms[i].Describe)
	}
	rooms[0].Target = 30
	for _, d := range describers {
		fmt.Println(d())
	}
	var raisers []func(float64)
	for i := range rooms {
		raisers = append(raisers, rooms[i].Raise)
	}
	for _, r := range raisers {
		r(1)
	}
	fmt.Println(rooms[0].Target, rooms[1].Target, len(rooms[1].log))
}
