package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() byte {
	for _, l := range lines {
		if c := b[l[0]]; c != ' ' && c == b[l[1]] && c == b[l[2]] {
			return c
		}
	}
	return 0
}

func (b *Board) Full() bool { return !strings.Contains(string(b[:]), " ") }

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(strings.ReplaceAll(string(b[r*3:r*3+3]), " ", "."))
		if r < 2 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

var nodes int

func minimax(b *Board, player byte, depth int) (score, move int) {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	if player == 'O' {
		best = 100
	}
	for i := 0; i < 9; i++ {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		next := byte('O')
		if player == 'O' {
			next = 'X'
		}
		s, _ := minimax(b, next, depth+1)
		b[i] = ' '
		if (player == 'X' && s > best) || (player == 'O' && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func play(start string) {
	var b Board
	copy(b[:], start)
	player := byte('X')
	if strings.Count(start, "X") > strings.Count(start, "O") {
		player = 'O'
	}
	nodes = 0
	for b.Winner() == 0 && !b.Full() {
		_, m := minimax(&b, player, 0)
		b[m] = player
		fmt.Printf("%c->%d %v\n", player, m, b)
		player = map[byte]byte{'X': 'O', 'O': 'X'}[player]
	}
	w := b.Winner()
	if w == 0 {
		fmt.Println("draw, nodes:", nodes)
	} else {
		fmt.Printf("%c wins, nodes: %d\n", w, nodes)
	}
}

func main() {
	play("X   O    ")
	play("XX OO    ")
	play("X O  O  X")
}
