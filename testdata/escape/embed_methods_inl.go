// errorcheck -0 -m

// Embedded fields, promoted methods, method expressions and values,
// interface method calls.
package p

type Base struct{ id int }

func (b *Base) ID() int      { return b.id } // ERROR "^can inline \(\*Base\)\.ID$" "^b does not escape$"
func (b Base) Copy() Base     { return b } // ERROR "^can inline Base\.Copy$"
func (b *Base) Self() *Base  { return b } // ERROR "^can inline \(\*Base\)\.Self$" "^leaking param: b to result ~r0 level=0$"
func (b *Base) Set(v *int)   { b.id = *v } // ERROR "^can inline \(\*Base\)\.Set$" "^b does not escape$" "^v does not escape$"

type Derived struct {
	Base
	name string
}

type Named interface{ ID() int }

var sink interface{}

func Promoted() int { // ERROR "^can inline Promoted$"
	d := Derived{}
	return d.ID() // ERROR "^inlining call to \(\*Base\)\.ID$"
}

func PromotedSelf() *Base { // ERROR "^can inline PromotedSelf$"
	d := &Derived{} // ERROR "^&Derived\{\} escapes to heap$"
	return d.Self() // ERROR "^inlining call to \(\*Base\)\.Self$"
}

func MethodExpr() int { // ERROR "^can inline MethodExpr$"
	var b Base
	f := (*Base).ID
	return f(&b) // ERROR "^inlining call to \(\*Base\)\.ID$"
}

func MethodValueEsc(b *Base) { // ERROR "^can inline MethodValueEsc$" "^leaking param: b$"
	sink = b.ID // ERROR "^b\.ID escapes to heap$"
}

func ViaIface(n Named) int { return n.ID() } // ERROR "^can inline ViaIface$" "^leaking param: n$"

func MakeIface() int { // ERROR "^can inline MakeIface$"
	d := &Derived{} // ERROR "^&Derived\{\} does not escape$"
	return ViaIface(d) // ERROR "^inlining call to ViaIface$" "^devirtualizing n\.ID to \*Derived$"
}

func SetVal() int { // ERROR "^can inline SetVal$"
	var b Base
	v := 3
	b.Set(&v) // ERROR "^inlining call to \(\*Base\)\.Set$"
	return b.id
}

func CopyOut(d Derived) Base { return d.Copy() } // ERROR "^can inline CopyOut$" "^inlining call to Base\.Copy$" "^d does not escape$"

type Wrapper struct{ inner *Base }

func (w Wrapper) Get() *Base { return w.inner } // ERROR "^can inline Wrapper\.Get$" "^leaking param: w to result ~r0 level=0$"

func Unwrap(w Wrapper) *Base { return w.Get() } // ERROR "^can inline Unwrap$" "^inlining call to Wrapper\.Get$" "^leaking param: w to result ~r0 level=0$"
