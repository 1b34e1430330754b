package main

import "fmt"

type Frame struct {
	Pixels [64][64]uint8
	Meta   [16]int64
	Name   string
}

type Stats struct {
	Min, Max uint8
	Sum      int
	Hist     [8]int
}

func statsByValue(f Frame) Stats {
	s := Stats{Min: 255}
	for _, row := range f.Pixels {
		for _, p := range row {
			if p < s.Min {
				s.Min = p
			}
			if p > s.Max {
				s.Max = p
			}
			s.Sum += int(p)
			s.Hist[p/32]++
		}
	}
	return s
}

func statsByPtr(f *Frame) (s Stats) {
	s.Min = 255
	for i := range f.Pixels {
		for _, p := range f.Pixels[i] {
			if p < s.Min {
				s.Min = p
			}
			if p > s.Max {
				s.Max = p
			}
			s.Sum += int(p)
			s.Hist[p/32]++
		}
	}
	return
}

func gradient(seed int) (f Frame) {
	for y := range f.Pixels {
		for x := range f.Pixels[y] {
			f.Pixels[y][x] = uint8((x*seed + y*3) % 256)
		}
	}
	f.Name = fmt.Sprint("grad", seed)
	return
}

func invert(f Frame) Frame {
	for y := range f.Pixels {
		for x := range f.Pixels[y] {
			f.Pixels[y][x] = 255 - f.Pixels[y][x]
		}
	}
	f.Name += "-inv"
	return f
}

type Film struct {
	frames []Frame
	byName map[string]*Frame
}

func (fl *Film) Add(f Frame) {
	fl.frames = append(fl.frames, f)
	if fl.byName == nil {
		fl.byName = map[string]*Frame{}
	}
	// pointers into the slice go stale when it grows: rebuild them
	for i := range fl.frames {
		fl.byName[fl.frames[i].Name] = &fl.frames[i]
	}
}

func main() {
	g := gradient(5)
	a := statsByValue(g)
	b := statsByPtr(&g)
	fmt.Println(a == b, a.Min, a.Max, a.Sum, a.Hist)
	inv := invert(g)
	fmt.Println(g.Name, inv.Name, g.Pixels[1][1], inv.Pixels[1][1], statsByPtr(&inv).Sum+a.Sum == 255*64*64)
	var film Film
	for i := 1; i <= 4; i++ {
		film.Add(gradient(i))
	}
	film.byName["grad2"].Meta[0] = 42
	fmt.Println(len(film.frames), film.frames[1].Meta[0], film.byName["grad4"] == &film.frames[3])
	copyOf := film.frames[1]
	copyOf.Meta[0] = 7
	fmt.Println(film.frames[1].Meta[0], copyOf.Meta[0])
	arr := [3]Stats{a, b, {}}
	arr2 := arr
	arr2[2].Sum = 1
	fmt.Println(arr[2].Sum, arr2[2].Sum, arr == arr2)
}
