// Passing a large struct by value copies it on every call; by pointer it
// is shared. Arrays inside structs are copied too; a method with a value
// receiver on a big type copies the receiver.
package main

import "fmt"

type Frame struct {
	Pixels [64][64]uint8
	ID     int
	Label  string
}

func brightnessByValue(f Frame) int {
	s := 0
	for _, row := range f.Pixels {
		for _, p := range row {
			s += int(p)
		}
	}
	f.ID = -1 // only the copy
	return s
}

func brightnessByPtr(f *Frame) int {
	s := 0
	for i := range f.Pixels {
		for _, p := range f.Pixels[i] {
			s += int(p)
		}
	}
	return s
}

func (f Frame) Corner() uint8 { return f.Pixels[0][0] }

func (f *Frame) Fill(v uint8) {
	for i := range f.Pixels {
		for j := range f.Pixels[i] {
			f.Pixels[i][j] = v
		}
	}
}

func newFrame(id int) Frame {
	var f Frame
	f.ID = id
	f.Label = fmt.Sprint("frame-", id)
	return f
}

func main() {
	f := newFrame(1)
	f.Fill(2)
	g := f // a full copy
	g.Pixels[0][0] = 200
	fmt.Println(brightnessByValue(f), brightnessByPtr(&f), f.ID, f.Label)
	fmt.Println(f.Corner(), g.Corner(), brightnessByPtr(&g))
	frames := make([]Frame, 3)
	for i := range frames {
		frames[i].Fill(uint8(i))
	}
	total := 0
	for _, fr := range frames { // copies each 4 KiB frame
		total += int(fr.Corner())
	}
	for i := range frames { // no copies
		total += brightnessByPtr(&frames[i])
	}
	fmt.Println(total)
	ptrs := []*Frame{&frames[0], &f}
	ptrs[0].Pixels[1][1] = 9
	fmt.Println(frames[0].Pixels[1][1])
}
