package main

import "fmt"

type I interface{ M() }

type T1 struct{}

func (*T1) M() { fmt.Println("T1 (pointer receiver):", recover()) }

type T2 uintptr

func (T2) M() { fmt.Println("T2 (word value receiver):", recover()) }

type T3 struct{}

func (T3) M() { fmt.Println("T3 (empty value receiver):", recover()) }

type T4 struct{ a, b, c, d int64 }

func (T4) M() { fmt.Println("T4 (large value receiver):", recover()) }

type T5 [8192]byte

func (T5) M() { fmt.Println("T5 (enormous value receiver):", recover()) }

func viaInterface(i I, v interface{}) {
	defer i.M()
	panic(v)
}

func viaMethodValue(f func(), v interface{}) {
	defer f()
	panic(v)
}

func viaDirect(v interface{}) {
	defer T3{}.M()
	panic(v)
}

func viaPointerToValueMethod(v interface{}) {
	p := &T4{}
	defer p.M()
	panic(v)
}

func helper() interface{} { return recover() }

func notDirect(v interface{}) {
	defer func() {
		fmt.Println("second defer:", recover())
	}()
	defer func() {
		fmt.Println("helper:", helper())
	}()
	panic(v)
}

func deferRecoverBuiltin() {
	defer func() { fmt.Println("after defer recover():", recover()) }()
	defer recover()
	panic("builtin as deferred call")
}

func deferRecoverInsideDeferred() {
	defer func() { fmt.Println("outermost:", recover()) }()
	defer func() {
		defer recover()
	}()
	panic("squelched")
}

func main() {
	viaInterface(&T1{}, 1)
	viaInterface(T2(0), 2)
	viaInterface(T3{}, 3)
	viaInterface(T4{}, 4)
	viaInterface(T5{}, 5)
	viaMethodValue(T3{}.M, 6)
	viaMethodValue((&T1{}).M, 7)
	var i I = T4{}
	viaMethodValue(i.M, 8)
	viaDirect(9)
	viaPointerToValueMethod(10)
	notDirect(11)
	deferRecoverBuiltin()
	deferRecoverInsideDeferred()
}
