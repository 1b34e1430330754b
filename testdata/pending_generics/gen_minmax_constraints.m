# command-line-arguments
./gen_minmax_constraints.go:26:6: can inline Celsius.String
./gen_minmax_constraints.go:28:6: can inline Max[go.shape.int_0]
./gen_minmax_constraints.go:35:6: can inline Min[go.shape.int_0]
./gen_minmax_constraints.go:28:6: can inline Max[go.shape.float64_0]
./gen_minmax_constraints.go:35:6: can inline Min[go.shape.float64_0]
./gen_minmax_constraints.go:28:6: can inline Max[go.shape.string_0]
./gen_minmax_constraints.go:35:6: can inline Min[go.shape.string_0]
./gen_minmax_constraints.go:28:6: can inline Max[go.shape.int8_0]
./gen_minmax_constraints.go:28:6: can inline Max[go.shape.uint8_0]
./gen_minmax_constraints.go:35:6: can inline Min[go.shape.uint64_0]
./gen_minmax_constraints.go:42:6: can inline MaxOf[go.shape.int_0]
./gen_minmax_constraints.go:45:10: inlining call to Max[go.shape.int_0]
./gen_minmax_constraints.go:42:6: can inline MaxOf[go.shape.string_0]
./gen_minmax_constraints.go:45:10: inlining call to Max[go.shape.string_0]
./gen_minmax_constraints.go:50:6: can inline Sum[go.shape.int_0]
./gen_minmax_constraints.go:50:6: can inline Sum[go.shape.float64_0]
./gen_minmax_constraints.go:50:6: can inline Sum[go.shape.int64_0]
./gen_minmax_constraints.go:50:6: can inline Sum[go.shape.int32_0]
./gen_minmax_constraints.go:58:6: can inline Average[go.shape.int32_0]
./gen_minmax_constraints.go:62:20: inlining call to Sum[go.shape.int32_0]
./gen_minmax_constraints.go:50:6: can inline Sum[go.shape.float32_0]
./gen_minmax_constraints.go:58:6: can inline Average[go.shape.float32_0]
./gen_minmax_constraints.go:62:20: inlining call to Sum[go.shape.float32_0]
./gen_minmax_constraints.go:65:6: can inline Clamp[go.shape.int_0]
./gen_minmax_constraints.go:66:16: inlining call to Max[go.shape.int_0]
./gen_minmax_constraints.go:66:12: inlining call to Min[go.shape.int_0]
./gen_minmax_constraints.go:65:6: can inline Clamp[go.shape.string_0]
./gen_minmax_constraints.go:66:16: inlining call to Max[go.shape.string_0]
./gen_minmax_constraints.go:66:12: inlining call to Min[go.shape.string_0]
./gen_minmax_constraints.go:65:6: can inline Clamp[go.shape.float64_0]
./gen_minmax_constraints.go:66:16: inlining call to Max[go.shape.float64_0]
./gen_minmax_constraints.go:66:12: inlining call to Min[go.shape.float64_0]
./gen_minmax_constraints.go:70:13: inlining call to fmt.Println
./gen_minmax_constraints.go:71:13: inlining call to fmt.Println
./gen_minmax_constraints.go:72:13: inlining call to fmt.Println
./gen_minmax_constraints.go:75:13: inlining call to fmt.Println
./gen_minmax_constraints.go:76:13: inlining call to fmt.Println
./gen_minmax_constraints.go:77:12: inlining call to fmt.Printf
./gen_minmax_constraints.go:79:13: inlining call to fmt.Println
./gen_minmax_constraints.go:80:12: inlining call to fmt.Printf
./gen_minmax_constraints.go:83:13: inlining call to fmt.Println
./gen_minmax_constraints.go:85:13: inlining call to fmt.Println
./gen_minmax_constraints.go:86:13: inlining call to fmt.Println
./gen_minmax_constraints.go:88:13: inlining call to fmt.Println
./gen_minmax_constraints.go:89:13: inlining call to fmt.Println
./gen_minmax_constraints.go:90:13: inlining call to fmt.Println
./gen_minmax_constraints.go:91:12: inlining call to fmt.Printf
./gen_minmax_constraints.go:92:13: inlining call to fmt.Println
./gen_minmax_constraints.go:93:13: inlining call to fmt.Println
./gen_minmax_constraints.go:95:13: inlining call to fmt.Println
./gen_minmax_constraints.go:96:13: inlining call to fmt.Println
./gen_minmax_constraints.go:99:13: inlining call to fmt.Println
./gen_minmax_constraints.go:106:13: inlining call to fmt.Println
./gen_minmax_constraints.go:108:7: can inline main.func1
./gen_minmax_constraints.go:110:15: inlining call to main.func1
./gen_minmax_constraints.go:109:7: can inline main.func2
./gen_minmax_constraints.go:110:29: inlining call to main.func2
./gen_minmax_constraints.go:110:13: inlining call to fmt.Println
./gen_minmax_constraints.go:26:54: ... argument does not escape
./gen_minmax_constraints.go:26:73: float64(c) escapes to heap
./gen_minmax_constraints.go:70:13: ... argument does not escape
./gen_minmax_constraints.go:70:17: Max[go.shape.int_0](&.dict.Max[int], 3, 9) escapes to heap
./gen_minmax_constraints.go:70:28: Min[go.shape.int_0](&.dict.Min[int], 3, 9) escapes to heap
./gen_minmax_constraints.go:71:13: ... argument does not escape
./gen_minmax_constraints.go:71:17: Max[go.shape.float64_0](&.dict.Max[float64], 2.5, 1.0) escapes to heap
./gen_minmax_constraints.go:71:32: Min[go.shape.float64_0](&.dict.Min[float64], 2.5, 1.0) escapes to heap
./gen_minmax_constraints.go:72:13: ... argument does not escape
./gen_minmax_constraints.go:72:17: Max[go.shape.string_0](&.dict.Max[string], "apple", "banana") escapes to heap
./gen_minmax_constraints.go:72:41: Min[go.shape.string_0](&.dict.Min[string], "apple", "banana") escapes to heap
./gen_minmax_constraints.go:75:13: ... argument does not escape
./gen_minmax_constraints.go:75:17: Max[go.shape.float64_0](&.dict.Max[main.Celsius], t1, t2) escapes to heap
./gen_minmax_constraints.go:75:30: Min[go.shape.float64_0](&.dict.Min[main.Celsius], t1, t2) escapes to heap
./gen_minmax_constraints.go:76:13: ... argument does not escape
./gen_minmax_constraints.go:76:26: Max[go.shape.float64_0](&.dict.Max[main.Celsius], -3, 4) escapes to heap
./gen_minmax_constraints.go:77:12: ... argument does not escape
./gen_minmax_constraints.go:77:36: Max[go.shape.float64_0](&.dict.Max[main.Celsius], 1, 2) escapes to heap
./gen_minmax_constraints.go:77:56: Max[go.shape.float64_0](&.dict.Max[main.Celsius], 1, 2) escapes to heap
./gen_minmax_constraints.go:79:13: ... argument does not escape
./gen_minmax_constraints.go:79:23: Max[go.shape.string_0](&.dict.Max[main.Name], "zed", "amy") escapes to heap
./gen_minmax_constraints.go:79:42: Min[go.shape.string_0](&.dict.Min[main.Name], Name("zed"), "amy") escapes to heap
./gen_minmax_constraints.go:80:12: ... argument does not escape
./gen_minmax_constraints.go:80:24: Min[go.shape.string_0](&.dict.Min[main.Name], Name("zed"), "amy") escapes to heap
./gen_minmax_constraints.go:83:13: ... argument does not escape
./gen_minmax_constraints.go:83:17: Max[go.shape.int8_0](&.dict.Max[int8], i8, -8) escapes to heap
./gen_minmax_constraints.go:83:37: Max[go.shape.uint8_0](&.dict.Max[uint8], 200, 100) escapes to heap
./gen_minmax_constraints.go:83:60: Min[go.shape.uint64_0](&.dict.Min[uint64], 1 << 40, 1 << 41) escapes to heap
./gen_minmax_constraints.go:85:13: ... argument does not escape
./gen_minmax_constraints.go:85:19: MaxOf[go.shape.int_0](&.dict.MaxOf[int], 4, ... argument...) escapes to heap
./gen_minmax_constraints.go:85:19: ... argument does not escape
./gen_minmax_constraints.go:86:13: ... argument does not escape
./gen_minmax_constraints.go:86:19: MaxOf[go.shape.string_0](&.dict.MaxOf[string], "x", nil...) escapes to heap
./gen_minmax_constraints.go:86:31: MaxOf[go.shape.int_0](&.dict.MaxOf[main.Score], Score(3), ... argument...) escapes to heap
./gen_minmax_constraints.go:86:31: ... argument does not escape
./gen_minmax_constraints.go:88:13: ... argument does not escape
./gen_minmax_constraints.go:88:17: Sum[go.shape.int_0](&.dict.Sum[int], []int{...}) escapes to heap
./gen_minmax_constraints.go:88:23: []int{...} does not escape
./gen_minmax_constraints.go:89:13: ... argument does not escape
./gen_minmax_constraints.go:89:17: Sum[go.shape.float64_0](&.dict.Sum[float64], []float64{...}) escapes to heap
./gen_minmax_constraints.go:89:27: []float64{...} does not escape
./gen_minmax_constraints.go:90:13: ... argument does not escape
./gen_minmax_constraints.go:90:24: Sum[go.shape.int64_0](&.dict.Sum[int64], nil) escapes to heap
./gen_minmax_constraints.go:91:12: ... argument does not escape
./gen_minmax_constraints.go:91:31: Sum[go.shape.int64_0](&.dict.Sum[int64], nil) escapes to heap
./gen_minmax_constraints.go:92:13: ... argument does not escape
./gen_minmax_constraints.go:92:17: Sum[go.shape.float64_0](&.dict.Sum[main.Celsius], []Celsius{...}) escapes to heap
./gen_minmax_constraints.go:92:27: []Celsius{...} does not escape
./gen_minmax_constraints.go:93:13: ... argument does not escape
./gen_minmax_constraints.go:93:21: Average[go.shape.int32_0](&.dict.Average[int32], []int32{...}) escapes to heap
./gen_minmax_constraints.go:93:29: []int32{...} does not escape
./gen_minmax_constraints.go:93:51: Average[go.shape.float32_0](&.dict.Average[float32], []float32{}) escapes to heap
./gen_minmax_constraints.go:93:61: []float32{} does not escape
./gen_minmax_constraints.go:95:13: ... argument does not escape
./gen_minmax_constraints.go:95:19: Clamp[go.shape.int_0](&.dict.Clamp[int], 15, 0, 10) escapes to heap
./gen_minmax_constraints.go:95:37: Clamp[go.shape.int_0](&.dict.Clamp[int], -5, 0, 10) escapes to heap
./gen_minmax_constraints.go:95:55: Clamp[go.shape.int_0](&.dict.Clamp[int], 7, 0, 10) escapes to heap
./gen_minmax_constraints.go:96:13: ... argument does not escape
./gen_minmax_constraints.go:96:19: Clamp[go.shape.string_0](&.dict.Clamp[string], "m", "d", "k") escapes to heap
./gen_minmax_constraints.go:96:41: Clamp[go.shape.float64_0](&.dict.Clamp[main.Celsius], Celsius(37.2), 35, 42) escapes to heap
./gen_minmax_constraints.go:99:13: ... argument does not escape
./gen_minmax_constraints.go:99:17: Sum[go.shape.int32_0](&.dict.Sum[int32], []int32{...}) escapes to heap
./gen_minmax_constraints.go:99:25: []int32{...} does not escape
./gen_minmax_constraints.go:101:28: map[string]Score{...} does not escape
./gen_minmax_constraints.go:103:28: []string{...} does not escape
./gen_minmax_constraints.go:106:13: ... argument does not escape
./gen_minmax_constraints.go:106:14: "best" escapes to heap
./gen_minmax_constraints.go:106:14: best escapes to heap
./gen_minmax_constraints.go:110:13: ... argument does not escape
./gen_minmax_constraints.go:110:15: r0 escapes to heap
./gen_minmax_constraints.go:110:29: r0 escapes to heap
<autogenerated>:1: inlining call to Celsius.String
<autogenerated>:1: ... argument does not escape
<autogenerated>:1: float64(c) escapes to heap
