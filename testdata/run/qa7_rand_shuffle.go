// A card game simulation with a seeded math/rand source (deterministic),
// decks as arrays of small structs, hands as slices of the deck, a
// container/ring of players and tabular output via text/tabwriter.
package main

import (
	"container/ring"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"text/tabwriter"
)

type Suit uint8
type Card struct {
	Rank uint8
	Suit Suit
}

func (c Card) String() string {
	return fmt.Sprintf("%s%c", "A23456789TJQK"[c.Rank-1:c.Rank], "SHDC"[c.Suit])
}

type Deck [52]Card

func NewDeck() *Deck {
	var d Deck
	i := 0
	for s := Suit(0); s < 4; s++ {
		for r := uint8(1); r <= 13; r++ {
			d[i] = Card{Rank: r, Suit: s}
			i++
		}
	}
	return &d
}

type Player struct {
	Name  string
	Hand  []Card
	Score int
}

func score(h []Card) int {
	t := 0
	for _, c := range h {
		t += int(c.Rank)
	}
	return t
}

func main() {
	rng := rand.New(rand.NewSource(42))
	d := NewDeck()
	rng.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	players := ring.New(4)
	for _, n := range []string{"ann", "bob", "cid", "dee"} {
		players.Value = &Player{Name: n}
		players = players.Next()
	}
	deck := d[:]
	for len(deck) > 0 && len(deck) >= 4 {
		players.Do(func(v any) {
			p := v.(*Player)
			if len(p.Hand) < 5 {
				p.Hand = append(p.Hand, deck[0])
				deck = deck[1:]
			}
		})
		if players.Value.(*Player).Hand != nil && len(players.Value.(*Player).Hand) == 5 {
			break
		}
	}
	var all []*Player
	players.Do(func(v any) {
		p := v.(*Player)
		p.Score = score(p.Hand)
		all = append(all, p)
	})
	sort.SliceStable(all, func(i, j int) bool { return all[i].Score > all[j].Score })
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "player\thand\tscore\t")
	for _, p := range all {
		fmt.Fprintf(tw, "%s\t%v\t%d\t\n", p.Name, p.Hand, p.Score)
	}
	tw.Flush()
	fmt.Println("left in deck:", len(deck))
	fmt.Println(rng.Intn(100), rng.Int63()%1000, rng.Float64() < 1, rng.Perm(5))
	r2 := rand.New(rand.NewSource(7))
	counts := make([]int, 6)
	for i := 0; i < 600; i++ {
		counts[r2.Intn(6)]++
	}
	fmt.Println(counts)
}
