package main

import "fmt"

type Celsius float64
type ID int16
type Name string
type Flag bool
type Raw []byte
type U uint8
type pair struct{ a int }

func main() {
	var c Celsius
	var id ID
	var n Name
	var f Flag
	var r Raw
	var u U
	var p pair
	var cnt int
	k, err := fmt.Sscan("36.6 -12 bob true xyz 200", &c, &id, &n, &f, &r, &u)
	fmt.Println(k, err, c, id, n, f, string(r), u)
	k, err = fmt.Sscan("70000", &id)
	fmt.Println(k, err, id)
	k, err = fmt.Sscan("1", &p)
	fmt.Println(k, err)
	k, err = fmt.Sscan("1", cnt)
	fmt.Println(k, err)
	k, err = fmt.Sscanf("x", "%d", &n)
	fmt.Println(k, err)
	var m map[string]int
	k, err = fmt.Sscan("1", &m)
	fmt.Println(k, err)
	var pp *int
	k, err = fmt.Sscan("1", &pp)
	fmt.Println(k, err)
}
