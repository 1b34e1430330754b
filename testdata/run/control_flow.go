package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-ish ")
		case 2, 3:
			fmt.Print("two-three ")
			if i == 3 {
				break
			}
			fmt.Print("(two) ")
		default:
			fmt.Print("big ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		i++
		goto loop
	}
	fmt.Println("i", i)
	fmt.Println(grade(95), grade(85), grade(10))
	n := 0
	for n < 100 {
		n += 7
	}
	fmt.Println(n)
	for {
		n--
		if n%10 == 0 {
			break
		}
	}
	fmt.Println(n)
	switch x := n * 2; x {
	case 180:
		fmt.Println("180")
	}
	var s string
	switch s {
	case "":
		fmt.Println("empty")
	}
}
