package main

import (
	"fmt"
	"sort"
)

type Base[T any] struct {
	ID   int
	Data T
}

func (b Base[T]) Describe() string { return fmt.Sprintf("#%d<%v>", b.ID, b.Data) }
func (b *Base[T]) SetData(v T)     { b.Data = v }

type Versioned[T any] struct {
	Base[T]
	Version int
	history []T
}

func (v *Versioned[T]) Update(x T) {
	v.history = append(v.history, v.Data)
	v.SetData(x)
	v.Version++
}

func (v *Versioned[T]) Undo() bool {
	if len(v.history) == 0 {
		return false
	}
	last := v.history[len(v.history)-1]
	v.history = v.history[:len(v.history)-1]
	v.Data = last
	v.Version--
	return true
}

type Describer interface{ Describe() string }

type Doc struct {
	Title string
	Words int
}

type Registry[T Describer] struct {
	items map[string]T
}

func (r *Registry[T]) Add(name string, x T) {
	if r.items == nil {
		r.items = map[string]T{}
	}
	r.items[name] = x
}

func (r *Registry[T]) Report() []string {
	names := make([]string, 0, len(r.items))
	for n := range r.items {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + "=" + r.items[n].Describe()
	}
	return out
}

type Labeled[T fmt.Stringer] struct {
	Items []T
}

func (l Labeled[T]) Join(sep string) string {
	s := ""
	for i, it := range l.Items {
		if i > 0 {
			s += sep
		}
		s += it.String()
	}
	return s
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	v := &Versioned[Doc]{Base: Base[Doc]{ID: 1, Data: Doc{"draft", 10}}}
	v.Update(Doc{"review", 250})
	v.Update(Doc{"final", 300})
	fmt.Println(v.Describe(), v.Version, len(v.history))
	fmt.Println(v.Undo(), v.Describe(), v.Version)
	fmt.Println(v.Undo(), v.Undo(), v.Describe())
	fmt.Printf("%+v\n", v.Base)

	vi := Versioned[int]{}
	vi.Update(5)
	vi.ID = 9
	fmt.Println(vi.Describe(), vi.Base.Describe())

	var reg Registry[Describer]
	reg.Add("doc", v)
	reg.Add("num", &vi)
	reg.Add("plain", Base[string]{2, "hello"})
	for _, line := range reg.Report() {
		fmt.Println(line)
	}
	var reg2 Registry[Base[float64]]
	reg2.Add("pi", Base[float64]{3, 3.14})
	fmt.Println(reg2.Report())

	l := Labeled[Level]{[]Level{2, 0, 1}}
	fmt.Println(l.Join(" < "))
	fmt.Printf("%v %T\n", l, vi.Base)
}
