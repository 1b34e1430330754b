// fmt: interface map keys mixing error values, named types with methods, arrays and structs.
package main

import (
	"errors"
	"fmt"
)

type K struct{ A int }

func (k *K) M()  {}
func (k K) N()   {}
func (k *K) O()  {}

type E string

func (e E) Error() string { return string(e) }

func main() {
	k := &K{1}
	ch := make(chan int)
	m := map[any]string{k: "pk", K{2}: "k", ch: "ch", int16(3): "i16", errors.New("x"): "err", E("e"): "E", [0]int{}: "a0", struct{ X, Y int }{1, 2}: "xy", uint8(1): "u8"}
	s := fmt.Sprint(m)
	fmt.Println(len(s) > 0)
	for _, v := range []string{"pk", "k", "ch", "i16", "err", "E", "a0", "xy", "u8", "c"} {
		_ = v
	}
	fmt.Println(fmt.Sprintf("%v", map[any]int{E("e"): 1, errors.New("x"): 2, 3: 3, "s": 4, K{1}: 5, [0]int{}: 6}))
}
