package main

func main() {
	var x interface{}
	switch v := x.(type) {
	case int:
	case string:
	}
	switch y := 5; y {
	}
}
