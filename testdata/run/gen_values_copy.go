// Value semantics of instances: large value types ([4][4]T matrices,
// structs of arrays of T) passed and returned by value, copies that do
// not alias, arrays of instances compared with ==, pointer-receiver
// methods through addressable array elements and map values read by
// copy, and a generic Swap of whole arrays.
package main

import "fmt"

type Mat4[T ~int | ~float64] [4][4]T

func Identity[T ~int | ~float64]() (m Mat4[T]) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func (m Mat4[T]) Mul(o Mat4[T]) Mat4[T] {
	var r Mat4[T]
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *Mat4[T]) Scale(k T) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func (m Mat4[T]) Trace() (t T) {
	for i := 0; i < 4; i++ {
		t += m[i][i]
	}
	return
}

type Record[T any] struct {
	ID   int
	Hist [5]T
	Tags [2]string
}

func (r *Record[T]) Push(v T) {
	copy(r.Hist[:], r.Hist[1:])
	r.Hist[len(r.Hist)-1] = v
}

func Modify[T any](r Record[T], v T) Record[T] {
	r.Push(v)
	r.Tags[0] = "modified"
	return r
}

func SwapArr[T any](a, b *[3]T) { *a, *b = *b, *a }

func main() {
	id := Identity[int]()
	m := id
	m[0][3] = 5
	m.Scale(2)
	fmt.Println(id.Trace(), m.Trace(), m[0][3], id[0][3])
	p := m.Mul(m)
	fmt.Println(p[0], p.Trace())
	f := Identity[float64]()
	f.Scale(0.5)
	fmt.Println(f.Mul(f).Trace(), f == Identity[float64](), Identity[float64]() == Identity[float64]())
	fmt.Printf("%T\n", f)

	r := Record[string]{ID: 1, Tags: [2]string{"orig", "x"}}
	r.Push("a")
	r2 := Modify(r, "b")
	fmt.Printf("%q %q\n", r.Hist, r.Tags)
	fmt.Printf("%q %q\n", r2.Hist, r2.Tags)
	fmt.Println(r == r2, r == Record[string]{ID: 1, Hist: [5]string{4: "a"}, Tags: [2]string{"orig", "x"}})

	recs := [3]Record[int]{{ID: 1}, {ID: 2}, {ID: 3}}
	for i := range recs {
		for j := 0; j <= i; j++ {
			recs[i].Push(j + 10*i)
		}
	}
	copyRecs := recs
	copyRecs[2].Push(99)
	fmt.Println(recs[2].Hist, copyRecs[2].Hist, recs == copyRecs)

	byName := map[string]Record[float64]{"r": {ID: 7}}
	tmp := byName["r"]
	tmp.Push(1.5)
	fmt.Println(byName["r"].Hist, tmp.Hist)
	byName["r"] = tmp
	fmt.Println(byName["r"].Hist[4])

	a, b := [3]string{"a", "b", "c"}, [3]string{"x", "y", "z"}
	SwapArr(&a, &b)
	fmt.Println(a, b)
	ms := [2]Mat4[int]{Identity[int](), {}}
	ms[1].Scale(3)
	ms[0].Scale(3)
	fmt.Println(ms[0].Trace(), ms[1].Trace(), ms[0] == ms[1])
}
