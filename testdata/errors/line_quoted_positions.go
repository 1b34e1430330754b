package main

import "fmt"

func labels() {
//line gen.y:100
L:
	fmt.Println("a")
/*line gen.y:200:5*/ L:
	goto L
}

func cases(x int, v interface{}) {
	switch x {
	case 1:
//line other.go:7
	case 1:
	default:
	default:
	}
	switch v.(type) {
	case nil:
//line other.go:20:3
	case nil:
	case int, string, int:
	}
}

func jump(n int) {
	goto M
//line blk.y:50
	{
	M:
		fmt.Println(n)
	}
}

func main() {
	labels()
	cases(1, nil)
	jump(2)
}
