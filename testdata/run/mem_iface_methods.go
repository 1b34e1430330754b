package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name  string
	Price int
}

type ByPrice []Item

func (b ByPrice) Len() int           { return len(b) }
func (b ByPrice) Less(i, j int) bool { return b[i].Price < b[j].Price }
func (b ByPrice) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Visitor interface {
	Visit(it *Item)
}

type total struct{ sum int }

func (t *total) Visit(it *Item) { t.sum += it.Price }

type names struct{ sb strings.Builder }

func (n *names) Visit(it *Item) {
	if n.sb.Len() > 0 {
		n.sb.WriteString(",")
	}
	n.sb.WriteString(it.Name)
}

func walk(items []Item, v Visitor) {
	for i := range items {
		v.Visit(&items[i])
	}
}

type Event struct {
	Kind string
	At   int
}

func (e Event) String() string { return fmt.Sprintf("%s@%d", e.Kind, e.At) }

func main() {
	items := []Item{{"c", 30}, {"a", 10}, {"b", 20}}
	sort.Sort(ByPrice(items))
	var t total
	walk(items, &t)
	n := &names{}
	walk(items, n)
	fmt.Println(t.sum, n.sb.String())
	evs := make([]fmt.Stringer, 0, 2)
	evs = append(evs, Event{"start", 1}, &Event{"stop", 9})
	for _, e := range evs {
		fmt.Println(e.String())
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Name > items[j].Name })
	fmt.Println(items)
	visit := t.Visit
	visit(&items[0])
	fmt.Println(t.sum)
}
