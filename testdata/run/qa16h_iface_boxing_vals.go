package main

import (
	"fmt"
	"strconv"
)

type Celsius float32
type ID uint16
type Empty struct{}
type Pair struct{ A, B int32 }
type Big struct {
	Vals [8]int64
	Name string
}

type Valuer interface{ Value() string }

func (c Celsius) Value() string { return strconv.FormatFloat(float64(c), 'f', 1, 32) + "C" }
func (i ID) Value() string      { return "#" + strconv.Itoa(int(i)) }
func (Empty) Value() string     { return "empty" }
func (p Pair) Value() string    { return fmt.Sprintf("%d/%d", p.A, p.B) }
func (b *Big) Value() string    { return b.Name }

func describe(vs ...any) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		switch x := v.(type) {
		case Valuer:
			out = append(out, x.Value())
		case int:
			out = append(out, "int:"+strconv.Itoa(x))
		case bool:
			out = append(out, strconv.FormatBool(x))
		default:
			out = append(out, fmt.Sprintf("%T", x))
		}
	}
	return out
}

func sum(vs []Valuer) (n int) {
	for _, v := range vs {
		n += len(v.Value())
	}
	return
}

func main() {
	small := []any{0, 1, 255, 256, -1, true, byte(7), ""}
	fmt.Println(describe(small...))
	b := &Big{Name: "big"}
	vals := []Valuer{Celsius(21.5), ID(7), Empty{}, Pair{3, 4}, b}
	fmt.Println(describe(Celsius(-3), ID(65535), Empty{}, Pair{-1, 1}, b, Big{}, nil))
	fmt.Println(sum(vals))

	// interface equality compares dynamic type and value
	var x, y any = ID(7), ID(7)
	var z any = uint16(7)
	fmt.Println(x == y, x == z, any(Empty{}) == any(Empty{}), any(Pair{1, 2}) == any(Pair{1, 2}))
	var v1 Valuer = b
	var v2 Valuer = b
	fmt.Println(v1 == v2, v1 == Valuer(&Big{Name: "big"}))

	// boxing copies the value
	p := Pair{1, 2}
	var boxed any = p
	p.A = 100
	fmt.Println(boxed, p, boxed.(Pair).A)

	// a nil pointer in an interface is not a nil interface
	var nb *Big
	var iv Valuer = nb
	fmt.Println(iv == nil, iv != nil, nb == nil)
	fmt.Printf("%v %T\n", iv, iv)

	// map of interfaces holding different kinds
	reg := map[string]any{"id": ID(3), "temp": Celsius(0.5), "n": 42, "ok": false}
	fmt.Println(reg)
	keys := []string{"id", "temp", "n", "ok", "missing"}
	for _, k := range keys {
		if vv, ok := reg[k].(Valuer); ok {
			fmt.Print(k, "=", vv.Value(), " ")
		} else {
			fmt.Print(k, "!", reg[k], " ")
		}
	}
	fmt.Println()
	var arr [3]any
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr, arr[2].(int)+1)
	errs := []error{nil, fmt.Errorf("e%d", 1)}
	fmt.Println(errs[0] == nil, errs[1])
	fmt.Printf("%v %+v %#v\n", Pair{5, 6}, Pair{5, 6}, Pair{5, 6})
}
