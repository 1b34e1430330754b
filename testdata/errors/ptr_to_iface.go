package main

type I interface{ M() }

func main() {
	var p *I
	p.M()
	var i I
	_ = i.N
	_ = i.(*I)
}
