package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Deck []string

func NewDeck() Deck {
	var d Deck
	for _, s := range []string{"S", "H", "D", "C"} {
		for _, r := range strings.Split("A 2 3 4 5 6 7 8 9 10 J Q K", " ") {
			d = append(d, r+s)
		}
	}
	return d
}

func (d Deck) Shuffle(r *rand.Rand) {
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

func (d *Deck) Deal(n int) Deck {
	hand := append(Deck(nil), (*d)[:n]...)
	*d = (*d)[n:]
	return hand
}

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Float64(), r.Int31n(10), r.Uint32())
	fmt.Println(r.Perm(8))
	d := NewDeck()
	d.Shuffle(r)
	h1, h2 := d.Deal(5), d.Deal(5)
	fmt.Println(h1, h2, len(d))
	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)]++
	}
	fmt.Println(counts)
	r2 := rand.New(rand.NewSource(7))
	walk := 0
	var path []int
	for i := 0; i < 20; i++ {
		if r2.Intn(2) == 0 {
			walk--
		} else {
			walk++
		}
		path = append(path, walk)
	}
	fmt.Println(path)
	fmt.Printf("%.4f %.4f %d\n", r2.NormFloat64(), r2.ExpFloat64(), r2.Int63n(1000000))
	rand.Seed(1)
	xs := []int{rand.Intn(10), rand.Intn(10), rand.Intn(10)}
	fmt.Println(xs)
	words := strings.Fields("alpha beta gamma delta epsilon zeta")
	rand.New(rand.NewSource(3)).Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	sort.Strings(words)
	fmt.Println(words)
}
