package main

import (
	"fmt"
	"sort"
	"strings"
)

type List[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (l *List[T]) Len() int           { return len(l.items) }
func (l *List[T]) Less(i, j int) bool { return l.less(l.items[i], l.items[j]) }
func (l *List[T]) Swap(i, j int)      { l.items[i], l.items[j] = l.items[j], l.items[i] }
func (l *List[T]) Add(xs ...T)        { l.items = append(l.items, xs...) }
func (l List[T]) First() T            { return l.items[0] }

type Named struct {
	Name string
}

func (n Named) Label() string   { return "<" + n.Name + ">" }
func (n *Named) Rename(s string) { n.Name = s }

type Tagged[T any] struct {
	Named
	Value T
	tags  []string
}

func (t *Tagged[T]) Tag(s ...string) *Tagged[T] { t.tags = append(t.tags, s...); return t }
func (t Tagged[T]) String() string {
	return fmt.Sprintf("%s=%v[%s]", t.Label(), t.Value, strings.Join(t.tags, ","))
}

type Labeler interface{ Label() string }
type Renamer interface {
	Labeler
	Rename(string)
}

type Inventory struct {
	*List[string]
	owner string
}

type Scores struct {
	List[float64]
	Named
}

func describe(ls ...Labeler) string {
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = l.Label()
	}
	return strings.Join(parts, " ")
}

func main() {
	l := &List[int]{less: func(a, b int) bool { return a > b }}
	l.Add(3, 1, 4, 1, 5, 9, 2, 6)
	sort.Sort(l)
	fmt.Println(l.items, l.First(), sort.IsSorted(l))
	var si sort.Interface = &List[string]{items: []string{"b", "c", "a"}, less: func(a, b string) bool { return a < b }}
	sort.Stable(si)
	fmt.Println(si.(*List[string]).items, si.Len())

	t := &Tagged[int]{Named: Named{"count"}, Value: 42}
	t.Tag("hot").Tag("new", "x")
	fmt.Println(t, t.Label())
	var r Renamer = t
	r.Rename("total")
	fmt.Println(t.String(), describe(t, Named{"plain"}, &Tagged[string]{Named: Named{"s"}}))
	var st fmt.Stringer = *t
	fmt.Println(st)

	inv := Inventory{&List[string]{less: func(a, b string) bool { return len(a) < len(b) }}, "me"}
	inv.Add("banana", "fig", "apple")
	sort.Sort(inv)
	fmt.Println(inv.items, inv.Len(), inv.First(), inv.owner)
	var s2 sort.Interface = inv
	s2.Swap(0, 2)
	fmt.Println(inv.items)

	sc := &Scores{List[float64]{less: func(a, b float64) bool { return a < b }}, Named{"scores"}}
	sc.Add(2.5, -1, 9.75)
	sort.Sort(sc)
	fmt.Println(sc.items, sc.Label(), describe(sc, *sc))
	sc.Rename("renamed")
	var rn Renamer = sc
	fmt.Println(rn.Label())
	labelFn := t.Label
	renameFn := (*Named).Rename
	renameFn(&t.Named, "via-expr")
	fmt.Println(labelFn(), t.Label())
}
