package main

import "fmt"

type S24 struct{ a, b, c int64 }
type S12 struct{ a, b, c int32 }
type S40 struct{ a, b, c, d, e int64 }

func main() {
	{
		var s []int
		last := -1
		fmt.Print("int:")
		for i := 0; i < 3000000; i++ {
			s = append(s, i)
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		var s []byte
		last := -1
		fmt.Print("byte:")
		for i := 0; i < 300000; i++ {
			s = append(s, byte(i))
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		var s []S24
		last := -1
		fmt.Print("s24:")
		for i := 0; i < 300000; i++ {
			s = append(s, S24{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		var s []S12
		last := -1
		fmt.Print("s12:")
		for i := 0; i < 300000; i++ {
			s = append(s, S12{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		var s []S40
		last := -1
		fmt.Print("s40:")
		for i := 0; i < 100000; i++ {
			s = append(s, S40{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		var s []string
		last := -1
		fmt.Print("string:")
		for i := 0; i < 300000; i++ {
			s = append(s, "")
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		var s []int32
		last := -1
		fmt.Print("int32by5:")
		for i := 0; i < 100000; i++ {
			s = append(s, 1, 2, 3, 4, 5)
			if cap(s) != last {
				last = cap(s)
				fmt.Print(" ", last)
			}
		}
		fmt.Println()
	}
	{
		fmt.Print("intbulk:")
		for n := 0; n <= 300; n++ {
			s := append([]int(nil), make([]int, n)...)
			fmt.Print(" ", cap(s))
		}
		fmt.Println()
		fmt.Print("bytebulk:")
		for n := 0; n <= 300; n++ {
			s := append([]byte(nil), make([]byte, n)...)
			fmt.Print(" ", cap(s))
		}
		fmt.Println()
		fmt.Print("intgrow5:")
		for n := 1; n <= 2000; n += 37 {
			s := make([]int, n)
			s = append(s, 1)
			t := make([]int, n, n)
			t = append(t, make([]int, n+3)...)
			fmt.Print(" ", cap(s), "/", cap(t))
		}
		fmt.Println()
	}
}
