// A text-adventure state machine: rooms in a map, commands parsed from a
// script, inventory as a set, and state transitions as a table of funcs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dir string

type Room struct {
	Name  string
	Desc  string
	Exits map[Dir]string
	Items []string
	Dark  bool
}

type State int

const (
	Exploring State = iota
	Fighting
	Won
	Dead
)

func (s State) String() string {
	switch s {
	case Exploring:
		return "exploring"
	case Fighting:
		return "fighting"
	case Won:
		return "won"
	}
	return "dead"
}

type Game struct {
	rooms map[string]*Room
	here  *Room
	inv   map[string]bool
	state State
	moves int
	log   []string
}

func (g *Game) say(format string, args ...interface{}) {
	g.log = append(g.log, fmt.Sprintf(format, args...))
}

func build() *Game {
	rooms := map[string]*Room{
		"hall":    {Name: "hall", Desc: "a dusty hall", Exits: map[Dir]string{"north": "library", "east": "cellar"}, Items: []string{"lamp"}},
		"library": {Name: "library", Desc: "shelves of books", Exits: map[Dir]string{"south": "hall"}, Items: []string{"sword", "book"}},
		"cellar":  {Name: "cellar", Desc: "a damp cellar", Exits: map[Dir]string{"west": "hall", "down": "lair"}, Dark: true},
		"lair":    {Name: "lair", Desc: "a dragon sleeps here", Exits: map[Dir]string{"up": "cellar"}},
	}
	return &Game{rooms: rooms, here: rooms["hall"], inv: map[string]bool{}}
}

type handler func(g *Game, arg string)

var handlers map[string]handler

func init() {
	handlers = map[string]handler{
		"go":   (*Game).move,
		"take": (*Game).take,
		"look": func(g *Game, _ string) { g.look() },
		"inv":  func(g *Game, _ string) { g.say("you carry: %s", strings.Join(g.items(), ", ")) },
		"attack": func(g *Game, _ string) {
			if g.state != Fighting {
				g.say("nothing to attack")
				return
			}
			if g.inv["sword"] {
				g.state = Won
				g.say("the dragon is slain")
			} else {
				g.state = Dead
				g.say("you attack barehanded. bad idea")
			}
		},
	}
}

func (g *Game) items() []string {
	out := make([]string, 0, len(g.inv))
	for k := range g.inv {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (g *Game) look() {
	if g.here.Dark && !g.inv["lamp"] {
		g.say("it is pitch dark")
		return
	}
	exits := make([]string, 0, len(g.here.Exits))
	for d := range g.here.Exits {
		exits = append(exits, string(d))
	}
	sort.Strings(exits)
	g.say("%s: %s; exits %v; items %v", g.here.Name, g.here.Desc, exits, g.here.Items)
}

func (g *Game) move(arg string) {
	next, ok := g.here.Exits[Dir(arg)]
	if !ok {
		g.say("no way %s", arg)
		return
	}
	g.here = g.rooms[next]
	g.moves++
	if g.here.Name == "lair" {
		g.state = Fighting
	}
	g.look()
}

func (g *Game) take(arg string) {
	for i, it := range g.here.Items {
		if it == arg {
			g.here.Items = append(g.here.Items[:i], g.here.Items[i+1:]...)
			g.inv[arg] = true
			g.say("taken %s", arg)
			return
		}
	}
	g.say("no %s here", arg)
}

func (g *Game) Do(line string) {
	verb, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	h, ok := handlers[verb]
	if !ok {
		g.say("unknown verb %q", verb)
		return
	}
	h(g, arg)
}

func play(script string) *Game {
	g := build()
	for _, line := range strings.Split(script, ";") {
		if g.state == Won || g.state == Dead {
			break
		}
		g.Do(line)
	}
	return g
}

func main() {
	scripts := []string{
		"look; take lamp; go north; take sword; take sword; go south; go east; look; go down; attack",
		"go east; look; go down; dance; attack; look",
		"go west; inv; take book",
	}
	for i, s := range scripts {
		g := play(s)
		fmt.Printf("== game %d: %v after %d moves\n", i+1, g.state, g.moves)
		for _, l := range g.log {
			fmt.Println("  " + l)
		}
	}
}
