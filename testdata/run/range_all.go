package main

import "fmt"

func main() {
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "z"
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	for i, r := range "héllo, 世界\xff!" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	pa := &[4]int{1, 2, 3, 4}
	for i, v := range pa {
		pa[3] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var nilm map[int]int
	for range nilm {
		fmt.Println("never")
	}
	n := 0
	for range [5]struct{}{} {
		n++
	}
	fmt.Println(n)
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[2])
}
