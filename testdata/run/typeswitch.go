package main

import "fmt"

type T struct{ a int }
type S string

func (s S) String() string { return "S:" + string(s) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice len ", len(x))
	case T:
		return fmt.Sprint("T ", x.a)
	case *T:
		return fmt.Sprint("*T ", x.a)
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "s", S("q"), []int{1, 2}, T{3}, &T{4}, fmt.Errorf("e%d", 5), func() int { return 6 }, 7.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i interface{} = 42
	if n, ok := i.(int); ok {
		fmt.Println("int", n)
	}
	if _, ok := i.(string); !ok {
		fmt.Println("not string")
	}
	s, ok := i.(fmt.Stringer)
	fmt.Println(s == nil, ok)
}
