package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough
		}
	default:
		fallthrough
	}
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
}
