// copy, delete, complex and append whose arguments all come from one multi-value call (B49).
package main

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func g() (float64, float64)             { return 1.5, -2 }
func s() ([]int, int, int)              { return []int{1}, 2, 3 }
func si() ([]interface{}, int, string)  { return nil, 7, "x" }

func main() {
	b := []byte{0}
	n := copy(f(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m))
	fmt.Println(complex(g()))
	fmt.Println(append(s()))
	fmt.Println(append(si()))
}
