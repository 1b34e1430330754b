package main

func main() {
	var u8 uint8 = 255
	_ = u8 + 1
	_ = u8 + 256
	var i8 int8 = -128
	_ = i8 - 129
	var f32 float32 = 1e39
	_ = f32
}
