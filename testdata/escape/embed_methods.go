// errorcheck -0 -m -l

// Embedded fields, promoted methods, method expressions and values,
// interface method calls.
package p

type Base struct{ id int }

func (b *Base) ID() int      { return b.id } // ERROR "^b does not escape$"
func (b Base) Copy() Base     { return b }
func (b *Base) Self() *Base  { return b } // ERROR "^leaking param: b to result ~r0 level=0$"
func (b *Base) Set(v *int)   { b.id = *v } // ERROR "^b does not escape$" "^v does not escape$"

type Derived struct {
	Base
	name string
}

type Named interface{ ID() int }

var sink interface{}

func Promoted() int {
	d := Derived{}
	return d.ID()
}

func PromotedSelf() *Base {
	d := &Derived{} // ERROR "^&Derived\{\} escapes to heap$"
	return d.Self()
}

func MethodExpr() int {
	var b Base
	f := (*Base).ID
	return f(&b)
}

func MethodValueEsc(b *Base) { // ERROR "^leaking param: b$"
	sink = b.ID // ERROR "^b\.ID escapes to heap$"
}

func ViaIface(n Named) int { return n.ID() } // ERROR "^leaking param: n$"

func MakeIface() int {
	d := &Derived{} // ERROR "^&Derived\{\} escapes to heap$"
	return ViaIface(d)
}

func SetVal() int {
	var b Base
	v := 3
	b.Set(&v)
	return b.id
}

func CopyOut(d Derived) Base { return d.Copy() } // ERROR "^d does not escape$"

type Wrapper struct{ inner *Base }

func (w Wrapper) Get() *Base { return w.inner } // ERROR "^leaking param: w to result ~r0 level=0$"

func Unwrap(w Wrapper) *Base { return w.Get() } // ERROR "^leaking param: w to result ~r0 level=0$"
