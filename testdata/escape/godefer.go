// errorcheck -0 -m -l

// go and defer statements.
package p

type T struct{ a int }

func use(t *T) { _ = t } // ERROR "^t does not escape$"

func keep(t *T) *T { return t } // ERROR "^leaking param: t to result ~r0 level=0$"

func Go() {
	t := &T{} // ERROR "^&T\{\} escapes to heap$"
	go use(t)
}

func GoClosure() {
	x := 1 // ERROR "^moved to heap: x$"
	go func() { x++ }() // ERROR "^func literal escapes to heap$"
}

func Defer() {
	t := &T{} // ERROR "^&T\{\} does not escape$"
	defer use(t)
}

func DeferLoop() {
	for i := 0; i < 3; i++ {
		t := &T{i} // ERROR "^&T\{\.\.\.\} escapes to heap$"
		defer use(t)
	}
}

func DeferClosure() int {
	x := 1
	defer func() { x = 2 }() // ERROR "^func literal does not escape$"
	return x
}

func DeferRecover() (err interface{}) {
	defer func() { // ERROR "^func literal does not escape$"
		err = recover()
	}()
	panic("boom") // ERROR "^.boom. escapes to heap$"
}

func Panic(t *T) { // ERROR "^leaking param: t$"
	panic(t)
}

func PanicValue(v int) {
	panic(v) // ERROR "^v escapes to heap$"
}
