package main

import "fmt"

func main() {
	goto end
	x := 1
	fmt.Println(x)
end:
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue outer
		}
	}
	break
unused:
	fmt.Println("done")
	{
	inner:
		fmt.Println("inner")
	}
	goto inner
}
