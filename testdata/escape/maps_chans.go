// errorcheck -0 -m -l

// Maps and channels: what is stored in them escapes.
package p

type T struct{ a int }

func MapPut(m map[string]*T, k string) { // ERROR "^m does not escape$" "^leaking param: k$"
	m[k] = &T{1} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func MapLocal() int {
	m := make(map[int]int) // ERROR "^make\(map\[int\]int\) does not escape$"
	m[1] = 2
	return m[1]
}

func MapLit() int {
	m := map[string]int{"a": 1} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func MapKeyPtr(m map[*T]int) { // ERROR "^m does not escape$"
	t := &T{} // ERROR "^&T\{\} escapes to heap$"
	m[t] = 1
}

func MapGet(m map[string]*T) *T { return m["x"] } // ERROR "^m does not escape$"

func ChanSend(c chan *T) { // ERROR "^c does not escape$"
	c <- &T{2} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func ChanLocal() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func ChanRecv(c chan *T) *T { return <-c } // ERROR "^c does not escape$"

func Select(c chan *T, d chan int) *T { // ERROR "^c does not escape$" "^d does not escape$"
	select {
	case t := <-c:
		return t
	case d <- 1:
	}
	return nil
}

func Delete(m map[string]int) { delete(m, "k") } // ERROR "^m does not escape$"

func RangeMap(m map[string]*T) *T { // ERROR "^leaking param: m to result ~r0 level=1$"
	for _, v := range m {
		return v
	}
	return nil
}
