// Generic code over a pointer-method constraint: decoders that allocate a
// T and call methods on *T, a reset-able generic pool, and slices of
// values filled in place.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Decoder[T any] interface {
	*T
	Decode(string) error
	Reset()
}

type Point struct{ X, Y int }

func (p *Point) Decode(s string) error {
	a, b, ok := strings.Cut(s, ",")
	if !ok {
		return fmt.Errorf("point %q: missing comma", s)
	}
	var err error
	if p.X, err = strconv.Atoi(a); err != nil {
		return err
	}
	p.Y, err = strconv.Atoi(b)
	return err
}
func (p *Point) Reset() { *p = Point{} }

type Tag struct {
	Name string
	Vals []string
}

func (t *Tag) Decode(s string) error {
	name, rest, _ := strings.Cut(s, "=")
	t.Name = name
	t.Vals = append(t.Vals[:0], strings.Split(rest, "|")...)
	return nil
}
func (t *Tag) Reset() { t.Name = ""; t.Vals = t.Vals[:0] }

func DecodeAll[T any, PT Decoder[T]](lines []string) ([]T, []error) {
	out := make([]T, 0, len(lines))
	var errs []error
	for _, l := range lines {
		var v T
		if err := PT(&v).Decode(l); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

func DecodeInPlace[T any, PT Decoder[T]](dst []T, lines []string) int {
	n := 0
	for i := range dst {
		p := PT(&dst[i])
		p.Reset()
		if i < len(lines) && p.Decode(lines[i]) == nil {
			n++
		}
	}
	return n
}

type Scratch[T any, PT Decoder[T]] struct {
	v    T
	uses int
}

func (s *Scratch[T, PT]) Parse(line string) (T, error) {
	s.uses++
	p := PT(&s.v)
	p.Reset()
	err := p.Decode(line)
	return s.v, err
}

func main() {
	pts, errs := DecodeAll[Point]([]string{"1,2", "3,x", "5,6", "7"})
	fmt.Println(pts, len(errs))
	for _, e := range errs {
		fmt.Println(" ", e)
	}
	tags, _ := DecodeAll[Tag]([]string{"color=red|blue", "size=L"})
	fmt.Println(tags)

	buf := make([]Point, 3)
	fmt.Println(DecodeInPlace(buf, []string{"9,9", "bad"}), buf)

	var sc Scratch[Tag, *Tag]
	t1, _ := sc.Parse("a=1|2|3")
	t2, _ := sc.Parse("b=4")
	fmt.Println(t1.Name, t1.Vals, t2.Name, t2.Vals, sc.uses)
}
