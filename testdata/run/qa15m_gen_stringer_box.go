package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Labeled interface {
	comparable
	Label() string
}

type UserID int
type Color struct{ R, G, B uint8 }
type Tag string

func (u UserID) Label() string { return "user#" + strconv.Itoa(int(u)) }
func (c Color) Label() string  { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
func (t *Tag) Label() string   { return "tag:" + string(*t) }

type Set[T Labeled] struct {
	m     map[T]struct{}
	order []T
}

func (s *Set[T]) Add(vs ...T) int {
	if s.m == nil {
		s.m = make(map[T]struct{})
	}
	added := 0
	for _, v := range vs {
		if _, ok := s.m[v]; ok {
			continue
		}
		s.m[v] = struct{}{}
		s.order = append(s.order, v)
		added++
	}
	return added
}

func (s *Set[T]) Labels() []string {
	out := make([]string, len(s.order))
	for i, v := range s.order {
		out[i] = v.Label()
	}
	return out
}

func (s *Set[T]) Boxed() []any {
	out := make([]any, 0, len(s.order))
	for _, v := range s.order {
		out = append(out, v)
	}
	return out
}

func Describe[T Labeled](v T) string {
	var x any = v
	switch y := x.(type) {
	case fmt.Stringer:
		return "stringer " + y.String()
	case UserID:
		return "uid " + y.Label()
	default:
		return fmt.Sprintf("%T %s", v, v.Label())
	}
}

func SortedLabels[T Labeled](vs []T) []string {
	ls := make([]string, len(vs))
	for i := range vs {
		ls[i] = vs[i].Label()
	}
	sort.Strings(ls)
	return ls
}

func main() {
	var users Set[UserID]
	fmt.Println(users.Add(3, 1, 3, 2, 1))
	fmt.Println(users.Labels(), users.Boxed())
	var colors Set[Color]
	colors.Add(Color{255, 0, 0}, Color{0, 128, 255}, Color{255, 0, 0})
	fmt.Println(colors.Labels(), len(colors.Boxed()))
	a, b := Tag("go"), Tag("go")
	var tags Set[*Tag]
	fmt.Println(tags.Add(&a, &b, &a), tags.Labels())
	fmt.Println(Describe(UserID(9)), Describe(Color{1, 2, 3}), Describe(&a))
	fmt.Println(SortedLabels([]Color{{9, 9, 9}, {0, 0, 0}}), strings.Join(SortedLabels(users.order), ","))
	boxed := users.Boxed()
	boxed[0] = UserID(100)
	fmt.Println(users.order[0], boxed[0], boxed[0] == UserID(100))
}
