package main

import (
	"fmt"
)

// Reads "n" then n integers with fmt.Scan, a line with Scanln, then
// "name age" records with Scanf until EOF.
func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("error:", err)
		return
	}
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		sum += v
	}
	fmt.Println("sum", sum)
	var a, b string
	cnt, err := fmt.Scanln(&a, &b)
	fmt.Println(cnt, err, a, b)
	cnt, err = fmt.Scanln(&a, &b)
	fmt.Println(cnt, err, a, b)
	for {
		var name string
		var age int
		cnt, err := fmt.Scanf("%s %d\n", &name, &age)
		if err != nil {
			fmt.Println("stop:", cnt, err)
			break
		}
		fmt.Printf("%s is %d\n", name, age)
	}
	var tail string
	cnt, err = fmt.Scan(&tail)
	fmt.Println(cnt, err)
}
