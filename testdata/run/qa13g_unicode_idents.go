package main

import (
	"fmt"
	"io"
	"strings"
)

type Größe struct {
	Breite, Höhe float64
	ñame         string
	Ñame         string
}

func (g Größe) Fläche() float64 { return g.Breite * g.Höhe }

type 形 interface{ Fläche() float64 }

type RW interface {
	io.Reader
	io.ReadCloser
	io.ReadWriter
}

type rw struct{ strings.Builder }

func (r *rw) Read(p []byte) (int, error) { return 0, io.EOF }
func (r *rw) Close() error               { return nil }

type Node interface {
	Children() []Node
	Name() string
}

type dir struct {
	name string
	kids []Node
}

func (d dir) Children() []Node { return d.kids }
func (d dir) Name() string     { return d.name }

func count(n Node) int {
	c := 1
	for _, k := range n.Children() {
		c += count(k)
	}
	return c
}

func main() {
	π := 3.14159
	日本 := "nihon"
	über := true
	var s 形 = Größe{2, 3, "x", "Y"}
	fmt.Println(π, 日本, über, s.Fläche())
	fmt.Printf("%+v %#v\n", s, s)
	var x RW = &rw{}
	x.Write([]byte("hi"))
	n, err := x.Read(nil)
	fmt.Println(n, err, x.Close(), x.(*rw).String())
	tree := dir{"root", []Node{dir{"a", nil}, dir{"b", []Node{dir{"c", nil}}}}}
	fmt.Println(count(tree))
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	strings := []string{"shadow"}
	fmt.Println(strings)
	var anon struct{ Breite, Höhe float64; ñame, Ñame string } = struct{ Breite, Höhe float64; ñame, Ñame string }(Größe{1, 1, "a", "b"})
	fmt.Println(anon)
Schleife:
	for k := 0; ; k++ {
		if k > 2 {
			break Schleife
		}
	}
	fmt.Println("done")
}
