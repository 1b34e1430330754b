// errorcheck -0 -m

// A package variable's symbol refers to its type's descriptor, so gc
// writes the wrappers of an unnamed interface or struct type a variable
// has: interface { Area() float64 }.Area explains its leaking .this, and
// struct { Sq } gets Sq's promoted methods.  `s, ok = m[k]` converts to
// the interface only in walk: the itab is written, nothing escapes.
package p

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) } // ERROR "can inline Sq.Area"

var shape interface{ Area() float64 }

var boxed struct{ Sq }

var table map[string]Sq

func Find(k string) bool { // ERROR "can inline Find" "k does not escape"
	var ok bool
	shape, ok = table[k]
	return ok
}

func Recv(c chan Sq) bool { // ERROR "can inline Recv" "c does not escape"
	var ok bool
	var v interface{ Area() float64 }
	v, ok = <-c
	boxed.Sq = v.(Sq)
	return ok
}
