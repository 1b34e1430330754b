// errorcheck -0 -m

// More -m=2 of non-generic code (tests/differential.sh compares the whole
// -m=2 and -m -m output with go's; found on Go's own test/ programs).
package p

import "unsafe"

const debug = false

// A body left with only constant ifs with empty branches and `for false`
// loops is one empty block for gc's inliner (cost 0, "{  }").
func Nothing() { // ERROR "^can inline Nothing$"
	if debug {
		println("x")
	}
	if !debug {
	}
	for false {
		f := func() int { return 1 }
		println(f())
	}
}

func Something() int { // ERROR "^can inline Something$"
	if debug {
	}
	return 1
}

type T struct{ a [4]int }

// A blank method is "_", without its receiver type.
func (T) _() {} // ERROR "^can inline _$"

func (*T) _() {} // ERROR "^can inline _$"

// Package-level function literals are named in source order, though D's
// initializer runs after Z's (D depends on Z).
var D = func() int { // ERROR "^can inline glob\.\.func1$"
	g := func() int { return Z } // ERROR "^can inline glob\.\.func1\.1$" "^func literal does not escape$"
	return g() // ERROR "^inlining call to glob\.\.func1\.1$"
}() // ERROR "^inlining call to glob\.\.func1$" "^func literal does not escape$"

var Z = func() int { return 42 }() // ERROR "^can inline glob\.\.func2$" "^inlining call to glob\.\.func2$"

// []byte("constant") of a package variable is static data.
var B = []byte("static bytes")

var BS = struct{ b []byte }{[]byte("x")}

// `var a, b = x, y`: both assignments are at the declaration.
var S1, S2 = new(T), new(T) // ERROR "^new\(T\) escapes to heap$"

var sink *int

// go/defer of a function value with arguments: the callee is copied to a
// temporary of the wrapper as well.
func GoLiteral(p, q *int) { // ERROR "^leaking param: p$" "^leaking param: q$"
	go func(a, b *int) { sink = a }(p, q) // ERROR "^can inline GoLiteral\.func1$" "^leaking param: a$" "^b does not escape$" "^func literal escapes to heap$"
	f := func(a *int) { sink = a } // ERROR "^can inline GoLiteral\.func2$" "^leaking param: a$" "^func literal does not escape$"
	defer f(p)
}

// Builtins in go/defer: the wrapper's temporaries replace the operands.
type E struct{ p *int }

func DeferBuiltins(c chan *int, a, b []*int, x int) { // ERROR "^c does not escape$" "^leaking param: a$" "^leaking param: b$" "^moved to heap: x$"
	defer panic(E{&x})
	defer close(c)
	defer copy(a, b)
	go copy(a, b)
	go panic(x) // ERROR "^x escapes to heap$"
}

// A call statement whose receiver is a call: the temporary lives in the
// call's init, which the inline body does not print.
type V [2]float64

func (v V) A() V { return V{v[0], v[1]} } // ERROR "^can inline V\.A$"

func (v V) B() V { return V{v[1], v[0]} } // ERROR "^can inline V\.B$"

func Chain() { // ERROR "^can inline Chain$"
	var a V
	a.A().B().A() // ERROR "^inlining call to V\.A$" "^inlining call to V\.B$"
}

// //go:uintptrescapes: the pointer is copied to a temporary first
// ("uintptr(.autotmp_N)"), in go/defer a captured one.
//
//go:uintptrescapes
//go:noinline
func Keep(s string, p uintptr, rest ...uintptr) int { return len(s) } // ERROR "^s does not escape$" "^marking p as escaping uintptr$" "^marking rest as escaping \.\.\.uintptr$"

func UseKeep(x, y *int) { // ERROR "^leaking param: x$" "^leaking param: y$"
	Keep("a", uintptr(unsafe.Pointer(x)), uintptr(unsafe.Pointer(y))) // ERROR "^\.\.\. argument escapes to heap$"
	go Keep("b", uintptr(unsafe.Pointer(x)), uintptr(unsafe.Pointer(y))) // ERROR "^\.\.\. argument escapes to heap$"
	defer Keep("c", uintptr(unsafe.Pointer(x)))
}

// (*I).val(&i) with val's receiver an I without pointers: the empty tag
// gc reads for it means the heap.
type I int

func (i I) val() int { return int(i) } // ERROR "^can inline I\.val$"

type SS string

func (s SS) val() int { return len(s) } // ERROR "^can inline SS\.val$" "^s does not escape$"

func MethodExpr() int {
	var i I // ERROR "^moved to heap: i$"
	var s SS
	return (*I).val(&i) + (*SS).val(&s)
}

// `var h, _ interface{} = f()`: the blank's value is converted too.
func two() (*int, *int) { return nil, nil } // ERROR "^can inline two$"

func TypedBlank() interface{} { // ERROR "^can inline TypedBlank$"
	var h, _ interface{} = two() // ERROR "^inlining call to two$"
	return h
}

// The names of a var declaration are declared before its values are
// lowered: the temporaries are numbered after them.
type Er struct{}

func (*Er) Error() string { return "e" } // ERROR "^can inline \(\*Er\)\.Error$"

func mkErr() error { return &Er{} } // ERROR "^can inline mkErr$" "^&Er\{\} escapes to heap$"

func VarTemps() int {
	var x = mkErr().Error() // ERROR "^inlining call to mkErr$" "^devirtualizing \.autotmp_2\.Error to \*Er$" "^&Er\{\} does not escape$"
	var y, z = mkErr().Error(), mkErr().Error() // ERROR "^inlining call to mkErr$" "^devirtualizing \.autotmp_5\.Error to \*Er$" "^devirtualizing \.autotmp_6\.Error to \*Er$" "^&Er\{\} does not escape$"
	return len(x + y + z) // ERROR "^x \+ y \+ z does not escape$"
}

// A go wrapper's temporary over 128 bytes is captured by reference and
// moved to the heap.
type Big [20]int

func useBig(b Big) {} // ERROR "^can inline useBig$"

func GoBig(b Big) {
	go useBig(b) // ERROR "^moved to heap: \.autotmp_1$"
}
