package main

import "fmt"

type Big struct {
	Data [16]int
	Name string
}

func byValue(b Big) Big {
	b.Data[0] = 99
	b.Name = "changed"
	return b
}

func byPointer(b *Big) {
	b.Data[0] = 99
	b.Name = "changed"
}

type Wallet struct{ coins int }

func (w Wallet) AddValue(n int)    { w.coins += n }
func (w *Wallet) AddPointer(n int) { w.coins += n }

func main() {
	orig := Big{Name: "orig"}
	cp := byValue(orig)
	fmt.Println(orig.Data[0], orig.Name, cp.Data[0], cp.Name)
	byPointer(&orig)
	fmt.Println(orig.Data[0], orig.Name)
	w := Wallet{}
	w.AddValue(5)
	fmt.Println(w.coins)
	w.AddPointer(5)
	fmt.Println(w.coins)
	ws := []Wallet{{1}, {2}, {3}}
	for _, x := range ws {
		x.AddPointer(10)
	}
	fmt.Println(ws)
	for i := range ws {
		ws[i].AddPointer(10)
	}
	fmt.Println(ws)
	m := map[string]Wallet{"a": {1}}
	tmp := m["a"]
	tmp.AddPointer(1)
	fmt.Println(m["a"], tmp)
	pm := map[string]*Wallet{"a": {1}}
	pm["a"].AddPointer(1)
	fmt.Println(*pm["a"])
	s1 := struct{ A, B int }{1, 2}
	s2 := s1
	s2.A = 10
	fmt.Println(s1, s2, s1 == s2, s1 == struct{ A, B int }{1, 2})
	p1 := &s1
	p2 := &s1
	fmt.Println(p1 == p2, *p1 == s1)
	arrOfPtr := [2]*Wallet{{1}, {2}}
	copyArr := arrOfPtr
	copyArr[0].coins = 100
	fmt.Println(arrOfPtr[0].coins)
}
