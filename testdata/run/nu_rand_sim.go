// Simulations with math/rand and a fixed seed (so the output is the same
// on every run): dice histograms, a random walk, Monte Carlo estimate of
// pi, reservoir sampling, shuffling a deck, and a queue simulation with
// exponential inter-arrival times.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type Card struct {
	Rank int
	Suit byte
}

func (c Card) String() string {
	ranks := "A23456789TJQK"
	return string(ranks[c.Rank]) + string(c.Suit)
}

func newDeck() []Card {
	deck := make([]Card, 0, 52)
	for _, s := range []byte("SHDC") {
		for r := 0; r < 13; r++ {
			deck = append(deck, Card{r, s})
		}
	}
	return deck
}

func histogram(r *rand.Rand, rolls int) [13]int {
	var h [13]int
	for i := 0; i < rolls; i++ {
		h[r.Intn(6)+1+r.Intn(6)+1]++
	}
	return h
}

func randomWalk(r *rand.Rand, steps int) (x, y, maxDist int) {
	for i := 0; i < steps; i++ {
		switch r.Intn(4) {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
		if d := abs(x) + abs(y); d > maxDist {
			maxDist = d
		}
	}
	return
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func estimatePi(r *rand.Rand, n int) float64 {
	in := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	return 4 * float64(in) / float64(n)
}

func reservoir(r *rand.Rand, stream []string, k int) []string {
	res := make([]string, 0, k)
	for i, s := range stream {
		if i < k {
			res = append(res, s)
			continue
		}
		if j := r.Intn(i + 1); j < k {
			res[j] = s
		}
	}
	return res
}

func queueSim(r *rand.Rand, customers int, arrivalRate, serviceRate float64) (avgWait, maxWait float64) {
	t, free := 0.0, 0.0
	total := 0.0
	for i := 0; i < customers; i++ {
		t += r.ExpFloat64() / arrivalRate
		start := math.Max(t, free)
		wait := start - t
		total += wait
		maxWait = math.Max(maxWait, wait)
		free = start + r.ExpFloat64()/serviceRate
	}
	return total / float64(customers), maxWait
}

func main() {
	r := rand.New(rand.NewSource(42))
	h := histogram(r, 36000)
	for sum := 2; sum <= 12; sum++ {
		fmt.Printf("%2d %5d %s\n", sum, h[sum], strings.Repeat("#", h[sum]/200))
	}
	x, y, md := randomWalk(r, 10000)
	fmt.Println("walk end:", x, y, "max distance:", md)
	fmt.Printf("pi ~ %.4f\n", estimatePi(r, 200000))
	stream := strings.Fields("a b c d e f g h i j k l m n o p q r s t u v w x y z")
	fmt.Println("sample:", reservoir(r, stream, 5))

	deck := newDeck()
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hand := append([]Card(nil), deck[:5]...)
	sort.Slice(hand, func(i, j int) bool {
		if hand[i].Rank != hand[j].Rank {
			return hand[i].Rank < hand[j].Rank
		}
		return hand[i].Suit < hand[j].Suit
	})
	fmt.Println("hand:", hand, "top:", deck[:3])
	fmt.Println("perm:", r.Perm(10))
	avg, max := queueSim(r, 5000, 0.9, 1.0)
	fmt.Printf("queue: avg wait %.3f max %.3f\n", avg, max)
	fmt.Println(r.Int63(), r.Uint32(), r.Int31n(1000), r.Int63n(1<<40), r.Float32())
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.NormFloat64()*2+10)

	// The global source, seeded explicitly (Go 1.19: default seed is 1).
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Float64() < 1)
	rand.Seed(7)
	a := rand.Intn(1000)
	rand.Seed(7)
	b := rand.Intn(1000)
	fmt.Println("reseed repeats:", a == b, a)
	words := []string{"alpha", "beta", "gamma", "delta"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	counts := map[int]int{}
	src := rand.New(rand.NewSource(2023))
	for i := 0; i < 1000; i++ {
		counts[src.Intn(3)]++
	}
	fmt.Println(counts)
}
