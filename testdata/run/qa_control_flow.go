package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func grade(s int) (g string) {
	switch s / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	default:
		g = "F"
	}
	return
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(grade(95), grade(85), grade(72), grade(10))
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		i += 2
		goto loop
	}
	fmt.Println("i", i)
	for i, c := range "aé😀" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Printf("%U ", c)
	}
	fmt.Println()
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	for range arr {
		i++
	}
	fmt.Println(arr, i)
	sw := "b"
	switch sw {
	case "a":
		fmt.Println("a")
	case "b", "c":
		fmt.Println("b or c")
	}
}
