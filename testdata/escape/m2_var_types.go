// errorcheck -0 -m

// Types gc writes descriptors for without a conversion: the debug
// information records each variable's type (an unnamed interface's I.M
// wrappers, an unnamed struct's promoted-method wrappers), and an
// instance's dictionary its type arguments' (an interface shape's methods).
// A shape of a local type is spelled with the package's link path: p under
// errorcheck (-p=p), command-line-arguments under go build.
package p

import "sync"

type T struct{ n int }

func (t T) Get() int { return t.n } // ERROR "can inline T.Get"

func Locked(x *struct{ sync.Mutex }) { // ERROR "leaking param: x"
	x.Lock() // ERROR "inlining call to sync.\(\*Mutex\).Lock"
	x.Unlock() // ERROR "inlining call to sync.\(\*Mutex\).Unlock"
}

func Sum(v struct{ T }) int { // ERROR "can inline Sum"
	var loc struct {
		T
		k int
	}
	loc.k = 1
	return v.n + loc.k
}

func Call(x interface{ M() }) { // ERROR "can inline Call" "leaking param: x"
	var y interface{ N() int }
	_ = y
	x.M()
}

func Id[X any](v X) X { return v } // ERROR "can inline Id\[go.shape.struct { p.T }_0\]" "can inline Id\[go.shape.interface { Error\(\) string }_0\]" "can inline Id\[go.shape.interface { String\(\) string }_0\]"

func Use(e error, s interface{ String() string }) int { // ERROR "leaking param: e" "leaking param: s"
	var b struct{ T }
	return Id(b).n + len(Id(e).Error()) + len(Id(s).String())
}
