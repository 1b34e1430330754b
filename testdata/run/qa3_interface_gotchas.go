// Interface gotchas every Go programmer meets once: the nil pointer inside
// a non-nil interface, method sets of T vs *T, embedding and shadowing,
// comparing interfaces (and the panic when the dynamic type is not
// comparable), interfaces as map keys, and what boxing copies.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{Code: 7}
	}
	return e // non-nil interface even when e is nil!
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{Code: 7}
	}
	return nil
}

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string   { return b.name }
func (b Base) Sound() string  { return "..." }
func (b Base) Legs() int      { return 4 }

type Dog struct {
	Base
	tricks []string
}

func (d *Dog) Sound() string { return "woof" }
func (d *Dog) Learn(t string) { d.tricks = append(d.tricks, t) }

type Bird struct {
	Base
}

func (Bird) Sound() string { return "tweet" }
func (Bird) Legs() int     { return 2 }

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Valuer interface{ Value() int }

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func describe(a Animal) string {
	legs := "?"
	if l, ok := a.(interface{ Legs() int }); ok {
		legs = fmt.Sprint(l.Legs())
	}
	return fmt.Sprintf("%s says %s on %s legs (%T)", a.Name(), a.Sound(), legs, a)
}

func safeEqual(a, b interface{}) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a == b, nil
}

func main() {
	err := mayFail(false)
	fmt.Println("err == nil:", err == nil, "value:", err)
	var me *MyErr
	fmt.Println("errors.As:", errors.As(err, &me), me == nil)
	fmt.Println("fixed:", mayFailFixed(false) == nil, mayFailFixed(true))

	d := &Dog{Base: Base{"rex"}}
	d.Learn("sit")
	d.Learn("roll")
	animals := []Animal{d, Bird{Base{"tweety"}}, Base{"generic"}}
	for _, a := range animals {
		fmt.Println(describe(a))
	}
	fmt.Println("dog tricks:", d.tricks, "embedded sound:", d.Base.Sound())

	c := Counter{}
	var v Valuer = c // copies c
	c.Inc()
	c.Inc()
	fmt.Println("counter:", c.Value(), "boxed copy:", v.Value())
	var pv Valuer = &c
	c.Inc()
	fmt.Println("through pointer:", pv.Value())

	inc := c.Inc // method value binds &c
	val := c.Value // binds a copy of c now
	inc()
	inc()
	fmt.Println("after method values:", c.n, val())

	fmt.Println(safeEqual(1, 1))
	fmt.Println(safeEqual("a", 1))
	fmt.Println(safeEqual([2]int{1, 2}, [2]int{1, 2}))
	fmt.Println(safeEqual([]int{1}, []int{1}))
	fmt.Println(safeEqual(map[int]int{}, 1))
	fmt.Println(safeEqual(struct{ f func() }{}, struct{ f func() }{}))

	seen := map[interface{}]string{}
	keys := []interface{}{1, "1", 1.0, int8(1), [2]string{"a", "b"}, struct{ X int }{1}, true, nil}
	for _, k := range keys {
		seen[k] = fmt.Sprintf("%T", k)
	}
	seen[1] = "int again"
	var labels []string
	for k, t := range seen {
		labels = append(labels, fmt.Sprintf("%v:%s", k, t))
	}
	sort.Strings(labels)
	fmt.Println(len(seen), strings.Join(labels, " | "))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		seen[[]int{1}] = "slice key"
	}()

	var w io.Writer = upperWriter{&strings.Builder{}}
	fmt.Fprintf(w, "hello %s", "gophers")
	sb := w.(upperWriter).w.(*strings.Builder)
	fmt.Println(sb.String())

	var r io.Reader = strings.NewReader("data")
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("a strings.Reader is not a Writer")
	}
	if wt, ok := r.(io.WriterTo); ok {
		n, _ := wt.WriteTo(w)
		fmt.Println("\nWriteTo wrote", n, "->", sb.String())
	}

	var empty interface{}
	fmt.Printf("%v %T %v\n", empty, empty, empty == nil)
	var a Animal
	fmt.Println(a == nil)
	a = (*Dog)(nil)
	fmt.Println(a == nil, a != nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(a.Name())
	}()
	panic(mayFailFixed(true))
}
