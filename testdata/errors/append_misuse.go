package main

func main() {
	var s []int
	s = append()
	s = append(s, "x")
	s = append(s, s)
	var t []string
	t = append(t, s...)
	_ = t
}
