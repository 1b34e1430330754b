package main

import (
	"errors"
	"fmt"
)

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.C) }

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Bad struct{}

func (Bad) String() string { panic("boom in String") }

type Wrapper struct {
	N    Name
	T    *Temp
	Err  error
	List []Name
}

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", int64(m)/100, int64(m)%100)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, int64(m))
	}
}

func main() {
	t := Temp{21.5}
	fmt.Println(t, &t)
	fmt.Printf("%v %s %+v\n", t, &t, []*Temp{&t})
	n := Name("bob")
	fmt.Printf("%v %s %q %x %10s|%-8v|\n", n, n, n, n, n, n)
	fmt.Printf("%d\n", n)
	var e *MyErr
	var err error = e
	fmt.Println(err == nil, e == nil)
	fmt.Printf("%v\n", err)
	err = &MyErr{404}
	wrapped := fmt.Errorf("fetch: %w", err)
	fmt.Printf("%v | %s | %q\n", wrapped, wrapped, wrapped)
	var target *MyErr
	fmt.Println(errors.As(wrapped, &target), target.Code, errors.Unwrap(wrapped) == err, errors.Unwrap(err))
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, 3)
	w := Wrapper{N: "x", T: &t, Err: errors.New("oops"), List: []Name{"a", "b"}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Money(12345), []Money{5, 100})
	fmt.Printf("%v %s %d\n", Money(1), Money(250), Money(7))
	fmt.Println(fmt.Errorf("no wrap %v", err), fmt.Errorf("two: %w + %w", err, err))
	fmt.Printf("%v %v\n", struct{ E error }{}, map[string]error{"k": nil})
	fmt.Printf("%08b %-6x| %+.2e %x\n", 5, 255, 12345.678, -1)
	fmt.Printf("%3c|%-4q|%#q|%+q\n", 'A', 'B', "back`tick", "é")
	fmt.Printf("%t %v\n", "notbool", true)
	fmt.Printf("%.2s %.10v %5.1v\n", "abcdef", "xy", 3.14159)
	fmt.Printf("%v %v\n", [2][]int{{1}, nil}, []*int{nil})
	fmt.Printf("%#v %#v %#v %#v\n", n, 3.0, []interface{}{1, "a", nil}, struct{ p *int }{})
	fmt.Printf("%6.2v|%v|%g\n", 1e-10, float32(1)/3, 100000000.0)
	type inner struct{ A, B int }
	type outer struct {
		In  inner
		Ptr *inner
		M   map[string]inner
	}
	fmt.Printf("%+v\n", outer{In: inner{1, 2}, M: map[string]inner{"z": {3, 4}}})
	fmt.Printf("%#v\n", outer{In: inner{1, 2}})
}
