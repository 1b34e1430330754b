// Slices of structs versus slices of pointers: the range copy pitfall,
// updating by index, pointers into a slice that later grows.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
	Tags  []string
}

func bonusByValue(ps []Player) {
	for _, p := range ps {
		p.Score += 10 // modifies the copy only
	}
}

func bonusByIndex(ps []Player) {
	for i := range ps {
		ps[i].Score += 10
	}
}

func bonusPtrs(ps []*Player) {
	for _, p := range ps {
		p.Score += 10
	}
}

func best(ps []Player) *Player {
	var b *Player
	for i := range ps {
		if b == nil || ps[i].Score > b.Score {
			b = &ps[i]
		}
	}
	return b
}

func toPtrs(ps []Player) []*Player {
	out := make([]*Player, len(ps))
	for i := range ps {
		out[i] = &ps[i]
	}
	return out
}

func clonePlayers(ps []Player) []Player {
	out := make([]Player, len(ps))
	copy(out, ps)
	return out
}

func main() {
	team := []Player{{"ann", 5, nil}, {"bob", 8, []string{"x"}}, {"cy", 3, nil}}
	bonusByValue(team)
	fmt.Println(team)
	bonusByIndex(team)
	fmt.Println(team)

	ptrs := toPtrs(team)
	bonusPtrs(ptrs)
	fmt.Println(team[0].Score, ptrs[0].Score)

	top := best(team)
	fmt.Println(top.Name, top.Score)
	team = append(team, Player{Name: "dee", Score: 99})
	top.Score = -1 // old backing array: team does not see it
	fmt.Println(team[1].Score, top.Score, len(team))

	c := clonePlayers(team)
	c[0].Score = 1000
	c[1].Tags[0] = "shared"
	fmt.Println(team[0].Score, team[1].Tags, c[0].Score)

	byName := make(map[string]*Player, len(team))
	for i := range team {
		byName[team[i].Name] = &team[i]
	}
	byName["cy"].Score *= 2
	fmt.Println(team[2])

	vals := make(map[string]Player)
	for _, p := range team {
		vals[p.Name] = p
	}
	p := vals["dee"]
	p.Score = 0
	fmt.Println(vals["dee"].Score, p.Score)
}
