# command-line-arguments
./gen_inline_constraints.go:10:6: can inline PopCount[go.shape.uint8_0]
./gen_inline_constraints.go:10:6: can inline PopCount[go.shape.uint64_0]
./gen_inline_constraints.go:10:6: can inline PopCount[go.shape.uint16_0]
./gen_inline_constraints.go:10:6: can inline PopCount[go.shape.uint_0]
./gen_inline_constraints.go:21:6: can inline Double[go.shape.int8_0]
./gen_inline_constraints.go:21:6: can inline Double[go.shape.int32_0]
./gen_inline_constraints.go:25:6: can inline Mean[go.shape.int_0]
./gen_inline_constraints.go:25:6: can inline Mean[go.shape.float64_0]
./gen_inline_constraints.go:33:6: can inline Convert[go.shape.float64_0,go.shape.int_1]
./gen_inline_constraints.go:33:6: can inline Convert[go.shape.int_0,go.shape.uint8_1]
./gen_inline_constraints.go:33:6: can inline Convert[go.shape.int32_0,go.shape.float32_1]
./gen_inline_constraints.go:33:6: can inline Convert[go.shape.uint8_0,go.shape.int64_1]
./gen_inline_constraints.go:43:6: can inline Pow2[go.shape.int_0]
./gen_inline_constraints.go:43:6: can inline Pow2[go.shape.uint_0]
./gen_inline_constraints.go:43:6: can inline Pow2[go.shape.int64_0]
./gen_inline_constraints.go:47:6: can inline Reverse[go.shape.uint8_0]
./gen_inline_constraints.go:47:6: can inline Reverse[go.shape.uint16_0]
./gen_inline_constraints.go:55:6: can inline Runes[go.shape.int32_0]
./gen_inline_constraints.go:55:6: can inline Runes[go.shape.int_0]
./gen_inline_constraints.go:63:6: can inline Abs[go.shape.int_0]
./gen_inline_constraints.go:63:6: can inline Abs[go.shape.int64_0]
./gen_inline_constraints.go:63:6: can inline Abs[go.shape.float64_0]
./gen_inline_constraints.go:70:6: can inline MaxValue[go.shape.int8_0]
./gen_inline_constraints.go:70:6: can inline MaxValue[go.shape.uint8_0]
./gen_inline_constraints.go:70:6: can inline MaxValue[go.shape.int16_0]
./gen_inline_constraints.go:82:13: inlining call to fmt.Println
./gen_inline_constraints.go:83:13: inlining call to fmt.Println
./gen_inline_constraints.go:84:13: inlining call to fmt.Println
./gen_inline_constraints.go:86:13: inlining call to fmt.Println
./gen_inline_constraints.go:87:13: inlining call to fmt.Println
./gen_inline_constraints.go:88:13: inlining call to fmt.Println
./gen_inline_constraints.go:89:12: inlining call to fmt.Printf
./gen_inline_constraints.go:91:23: inlining call to Pow2[go.shape.int_0]
./gen_inline_constraints.go:91:39: inlining call to Pow2[go.shape.uint_0]
./gen_inline_constraints.go:91:56: inlining call to Pow2[go.shape.int64_0]
./gen_inline_constraints.go:91:71: inlining call to Pow2[go.shape.int_0]
./gen_inline_constraints.go:91:13: inlining call to fmt.Println
./gen_inline_constraints.go:92:12: inlining call to fmt.Printf
./gen_inline_constraints.go:93:13: inlining call to fmt.Println
./gen_inline_constraints.go:94:13: inlining call to fmt.Println
./gen_inline_constraints.go:95:28: inlining call to MaxValue[go.shape.int8_0]
./gen_inline_constraints.go:95:47: inlining call to MaxValue[go.shape.uint8_0]
./gen_inline_constraints.go:95:66: inlining call to MaxValue[go.shape.int16_0]
./gen_inline_constraints.go:95:85: inlining call to MaxValue[go.shape.int8_0]
./gen_inline_constraints.go:95:13: inlining call to fmt.Println
./gen_inline_constraints.go:97:7: can inline main.func1
./gen_inline_constraints.go:98:28: inlining call to main.func1
./gen_inline_constraints.go:98:12: inlining call to fmt.Printf
./gen_inline_constraints.go:36:13: make([]go.shape.int_1, len(xs)) escapes to heap
./gen_inline_constraints.go:36:13: make([]go.shape.uint8_1, len(xs)) escapes to heap
./gen_inline_constraints.go:36:13: make([]go.shape.float32_1, len(xs)) escapes to heap
./gen_inline_constraints.go:36:13: make([]go.shape.int64_1, len(xs)) escapes to heap
./gen_inline_constraints.go:58:14: string(rune(x)) escapes to heap
./gen_inline_constraints.go:58:14: string(rune(x)) escapes to heap
./gen_inline_constraints.go:82:13: ... argument does not escape
./gen_inline_constraints.go:82:22: PopCount[go.shape.uint8_0](&.dict.PopCount[uint8], uint8(255)) escapes to heap
./gen_inline_constraints.go:82:44: PopCount[go.shape.uint64_0](&.dict.PopCount[uint64], uint64(1 << 63 | 1)) escapes to heap
./gen_inline_constraints.go:82:71: PopCount[go.shape.uint16_0](&.dict.PopCount[main.Flags], Flags(0x0f0f)) escapes to heap
./gen_inline_constraints.go:82:102: PopCount[go.shape.uint_0](&.dict.PopCount[uint], 0) escapes to heap
./gen_inline_constraints.go:83:13: ... argument does not escape
./gen_inline_constraints.go:83:20: Double[go.shape.int8_0](&.dict.Double[int8], int8(100)) escapes to heap
./gen_inline_constraints.go:83:39: Double[go.shape.int8_0](&.dict.Double[main.Small], Small(-3)) escapes to heap
./gen_inline_constraints.go:83:65: Double[go.shape.int32_0](&.dict.Double[int32], 1 << 30) escapes to heap
./gen_inline_constraints.go:84:13: ... argument does not escape
./gen_inline_constraints.go:84:18: Mean[go.shape.int_0](&.dict.Mean[int], []int{...}) escapes to heap
./gen_inline_constraints.go:84:24: []int{...} does not escape
./gen_inline_constraints.go:84:40: Mean[go.shape.float64_0](&.dict.Mean[float64], []float64{...}) escapes to heap
./gen_inline_constraints.go:84:50: []float64{...} does not escape
./gen_inline_constraints.go:86:13: ... argument does not escape
./gen_inline_constraints.go:86:35: Convert[go.shape.float64_0,go.shape.int_1](&.dict.Convert[float64,int], []float64{...}) escapes to heap
./gen_inline_constraints.go:86:45: []float64{...} does not escape
./gen_inline_constraints.go:87:13: ... argument does not escape
./gen_inline_constraints.go:87:33: Convert[go.shape.int_0,go.shape.uint8_1](&.dict.Convert[int,uint8], []int{...}) escapes to heap
./gen_inline_constraints.go:87:39: []int{...} does not escape
./gen_inline_constraints.go:88:13: ... argument does not escape
./gen_inline_constraints.go:88:37: Convert[go.shape.int32_0,go.shape.float32_1](&.dict.Convert[int32,float32], []int32{...}) escapes to heap
./gen_inline_constraints.go:88:45: []int32{...} does not escape
./gen_inline_constraints.go:89:12: ... argument does not escape
./gen_inline_constraints.go:89:42: Convert[go.shape.uint8_0,go.shape.int64_1](&.dict.Convert[uint8,int64], []uint8{...}) escapes to heap
./gen_inline_constraints.go:89:50: []uint8{...} does not escape
./gen_inline_constraints.go:91:13: ... argument does not escape
./gen_inline_constraints.go:91:23: ~R0 escapes to heap
./gen_inline_constraints.go:91:39: ~R0 escapes to heap
./gen_inline_constraints.go:91:56: ~R0 escapes to heap
./gen_inline_constraints.go:91:71: ~R0 escapes to heap
./gen_inline_constraints.go:92:12: ... argument does not escape
./gen_inline_constraints.go:92:36: Reverse[go.shape.uint8_0](&.dict.Reverse[uint8], uint8(0b00010111), 8) escapes to heap
./gen_inline_constraints.go:92:67: Reverse[go.shape.uint16_0](&.dict.Reverse[main.Flags], Flags(1), 16) escapes to heap
./gen_inline_constraints.go:93:13: ... argument does not escape
./gen_inline_constraints.go:93:19: Runes[go.shape.int32_0](&.dict.Runes[int32], []rune{...}) escapes to heap
./gen_inline_constraints.go:93:26: []rune{...} does not escape
./gen_inline_constraints.go:93:52: Runes[go.shape.int_0](&.dict.Runes[int], []int{...}) escapes to heap
./gen_inline_constraints.go:93:58: []int{...} does not escape
./gen_inline_constraints.go:94:13: ... argument does not escape
./gen_inline_constraints.go:94:17: Abs[go.shape.int_0](&.dict.Abs[int], -3) escapes to heap
./gen_inline_constraints.go:94:26: Abs[go.shape.int64_0](&.dict.Abs[int64], int64(-1 << 40)) escapes to heap
./gen_inline_constraints.go:94:46: Abs[go.shape.float64_0](&.dict.Abs[float64], -2.5) escapes to heap
./gen_inline_constraints.go:94:57: Abs[go.shape.float64_0](&.dict.Abs[float64], 0.0) escapes to heap
./gen_inline_constraints.go:95:13: ... argument does not escape
./gen_inline_constraints.go:95:28: ~R0 escapes to heap
./gen_inline_constraints.go:95:47: ~R0 escapes to heap
./gen_inline_constraints.go:95:66: ~R0 escapes to heap
./gen_inline_constraints.go:95:85: ~R0 escapes to heap
./gen_inline_constraints.go:98:12: ... argument does not escape
./gen_inline_constraints.go:98:28: r0 escapes to heap
