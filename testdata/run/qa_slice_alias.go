package main

import "fmt"

func modify(s []int) { s[0] = 100 }

func grow(s []int) []int { return append(s, 4) }

func removeAt(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func main() {
	a := []int{1, 2, 3}
	modify(a)
	fmt.Println(a)
	b := grow(a)
	b[1] = 200
	fmt.Println(a, b, len(b), cap(b))
	c := make([]int, 3, 10)
	d := grow(c)
	d[0] = 7
	fmt.Println(c, d)
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	s = append(s, 99)
	fmt.Println(arr, s, len(s), cap(s))
	arr2 := arr
	arr2[0] = -1
	fmt.Println(arr[0], arr2[0])
	x := []int{0, 1, 2, 3, 4, 5}
	x = removeAt(x, 2)
	fmt.Println(x, len(x), cap(x))
	dst := make([]int, 2)
	n := copy(dst, x)
	fmt.Println(n, dst)
	n = copy(x[1:], x)
	fmt.Println(n, x)
	bs := []byte("hello")
	str := string(bs)
	bs[0] = 'j'
	fmt.Println(str, string(bs))
	r := []rune("héllo, 世界")
	fmt.Println(len("héllo, 世界"), len(r), string(r[7:]))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
	full := x[1:3:3]
	full = append(full, 1000)
	fmt.Println(x, full)
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	var zero [3]string
	fmt.Printf("%q %d\n", zero, len(zero))
}
