// A constraint method whose result is a type parameter (Clone() T,
// Edges() []E): in the shaped body the result has the shape type, so a
// method called on it is another bound call through the dictionary, not
// a direct (inlinable) call of the type argument's method.
package main

import (
	"fmt"
	"strings"
)

type Cloner[T any] interface {
	Clone() T
	Name() string
}

type Doc struct {
	title string
	tags  []string
}

func (d *Doc) Clone() *Doc {
	c := *d
	c.tags = append([]string(nil), d.tags...)
	return &c
}

func (d *Doc) Name() string { return d.title }

func CloneAll[T Cloner[T]](xs []T) ([]T, []string) {
	var out []T
	var names []string
	for _, x := range xs {
		c := x.Clone()
		out = append(out, c)
		names = append(names, c.Name())
	}
	return out, names
}

type Monoid[T any] interface {
	Combine(T) T
	Size() int
}

type Text string

func (t Text) Combine(u Text) Text { return t + u }
func (t Text) Size() int           { return len(t) }

type Vec struct{ X, Y int }

func (v Vec) Combine(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Size() int         { return v.X*v.X + v.Y*v.Y }

func Fold[T Monoid[T]](zero T, xs ...T) (T, int) {
	acc := zero
	for _, x := range xs {
		acc = acc.Combine(x)
	}
	return acc, acc.Combine(zero).Size()
}

type NodeC[E any] interface {
	comparable
	Edges() []E
}

type EdgeC[N any] interface {
	comparable
	Nodes() (a, b N)
}

type Room struct{ id int }
type Door struct{ from, to int }

var rooms = []Room{{0}, {1}, {2}}
var doors = map[int][]Door{0: {{0, 1}}, 1: {{1, 2}}, 2: nil}

func (r Room) Edges() []Door      { return doors[r.id] }
func (d Door) Nodes() (Room, Room) { return rooms[d.from], rooms[d.to] }

func Reach[N NodeC[E], E EdgeC[N]](start N) []N {
	seen := map[N]bool{start: true}
	order := []N{start}
	for i := 0; i < len(order); i++ {
		for _, e := range order[i].Edges() {
			_, b := e.Nodes()
			if !seen[b] {
				seen[b] = true
				order = append(order, b)
			}
		}
	}
	return order
}

func main() {
	docs := []*Doc{{title: "a"}, {title: "b", tags: []string{"x"}}}
	cl, names := CloneAll(docs)
	cl[1].tags[0] = "y"
	fmt.Println(strings.Join(names, ","), docs[1].tags[0], cl[1].tags[0])
	t, n := Fold(Text(""), "ab", "cd")
	fmt.Println(t, n)
	v, m := Fold(Vec{}, Vec{1, 2}, Vec{3, 4})
	fmt.Println(v, m)
	fmt.Println(Reach[Room, Door](rooms[0]))
}
