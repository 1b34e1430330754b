// An escape-analysis tour in the style of "go build -gcflags=-m" blog
// posts: constructors returning pointers, values that stay on the stack,
// slices whose size is or is not known at compile time, interfaces,
// closures that capture by reference, and methods with pointer receivers.
// Run it with -m to compare the diagnostics; the output only proves the
// code ran.
package main

import (
	"fmt"
	"strings"
)

type vec struct{ x, y, z float64 }

type particle struct {
	pos, vel vec
	id       int
	label    string
}

func newParticle(id int) *particle {
	p := particle{id: id, label: fmt.Sprint("p", id)}
	return &p
}

func makeParticle(id int) particle {
	return particle{id: id}
}

func (v vec) add(o vec) vec       { return vec{v.x + o.x, v.y + o.y, v.z + o.z} }
func (v *vec) scale(k float64)     { v.x *= k; v.y *= k; v.z *= k }
func (p *particle) step(dt float64) { d := p.vel; d.scale(dt); p.pos = p.pos.add(d) }

func sumFixed() float64 {
	buf := make([]float64, 64)
	for i := range buf {
		buf[i] = float64(i)
	}
	s := 0.0
	for _, v := range buf {
		s += v
	}
	return s
}

func sumDynamic(n int) float64 {
	buf := make([]float64, n)
	for i := range buf {
		buf[i] = float64(i)
	}
	s := 0.0
	for _, v := range buf {
		s += v
	}
	return s
}

func keepsPointer(store *[]*vec, v *vec) { *store = append(*store, v) }

func readsOnly(v *vec) float64 { return v.x + v.y + v.z }

type norm interface{ length() float64 }

func (v vec) length() float64 { return v.x*v.x + v.y*v.y + v.z*v.z }

func total(ns []norm) float64 {
	t := 0.0
	for _, n := range ns {
		t += n.length()
	}
	return t
}

func counterClosure() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func localClosure(xs []int) int {
	sum := 0
	each := func(f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each(func(x int) { sum += x })
	return sum
}

func join(parts ...string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte('/')
		}
		b.WriteString(p)
	}
	return b.String()
}

type registry struct {
	items []*particle
	names map[string]*particle
}

func (r *registry) register(p *particle) {
	r.items = append(r.items, p)
	r.names[p.label] = p
}

func main() {
	ps := make([]*particle, 0, 4)
	for i := 0; i < 4; i++ {
		p := newParticle(i)
		p.vel = vec{1, float64(i), 0.5}
		ps = append(ps, p)
	}
	for _, p := range ps {
		p.step(0.1)
	}
	fmt.Printf("%.2f %.2f %s\n", ps[3].pos.y, ps[1].pos.z, ps[2].label)

	local := makeParticle(9)
	local.vel = vec{2, 2, 2}
	local.step(1)
	fmt.Println(local.pos, readsOnly(&local.pos))

	var kept []*vec
	v1 := vec{1, 2, 3}
	v2 := &vec{4, 5, 6}
	keepsPointer(&kept, &v1)
	keepsPointer(&kept, v2)
	fmt.Println(len(kept), readsOnly(kept[0])+readsOnly(kept[1]))

	fmt.Println(sumFixed(), sumDynamic(100))
	fmt.Println(total([]norm{vec{1, 0, 0}, vec{0, 2, 0}, &vec{0, 0, 3}}))

	next := counterClosure()
	next()
	fmt.Println(next(), localClosure([]int{1, 2, 3, 4}))
	fmt.Println(join("usr", "local", "bin"), join())

	r := &registry{names: map[string]*particle{}}
	for _, p := range ps[:2] {
		r.register(p)
	}
	fmt.Println(len(r.items), r.names["p1"].id)

	arr := [4]int{4, 3, 2, 1}
	sl := arr[1:3]
	sl[0] = 30
	fmt.Println(arr, len(sl))
	msg := "id=" + fmt.Sprint(ps[0].id) + ";"
	bs := []byte(msg)
	bs[0] = 'I'
	fmt.Println(string(bs), msg)
}
