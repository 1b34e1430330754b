# command-line-arguments
./gen_vector_math.go:16:6: can inline Vec[go.shape.int_0].Add
./gen_vector_math.go:24:6: can inline Vec[go.shape.int_0].Scale
./gen_vector_math.go:32:6: can inline Vec[go.shape.int_0].Dot
./gen_vector_math.go:24:6: can inline Vec[go.shape.float32_0].Scale
./gen_vector_math.go:32:6: can inline Vec[go.shape.float32_0].Dot
./gen_vector_math.go:16:6: can inline Vec[go.shape.float32_0].Add
./gen_vector_math.go:16:6: can inline Vec[go.shape.uint8_0].Add
./gen_vector_math.go:32:6: can inline Vec[go.shape.uint8_0].Dot
./gen_vector_math.go:40:6: can inline Cast[go.shape.float64_0,go.shape.int_1]
./gen_vector_math.go:24:6: can inline Vec[go.shape.float64_0].Scale
./gen_vector_math.go:40:6: can inline Cast[go.shape.int8_0,go.shape.float64_1]
./gen_vector_math.go:40:6: can inline Cast[go.shape.int64_0,go.shape.float32_1]
./gen_vector_math.go:53:6: can inline NewMatrix[go.shape.int_0]
./gen_vector_math.go:60:6: can inline (*Matrix[go.shape.int_0]).Set
./gen_vector_math.go:59:6: can inline (*Matrix[go.shape.int_0]).At
./gen_vector_math.go:80:22: inlining call to (*Matrix[go.shape.int_0]).At
./gen_vector_math.go:80:11: inlining call to (*Matrix[go.shape.int_0]).Set
./gen_vector_math.go:68:14: inlining call to (*Matrix[go.shape.int_0]).At
./gen_vector_math.go:68:27: inlining call to (*Matrix[go.shape.int_0]).At
./gen_vector_math.go:70:11: inlining call to (*Matrix[go.shape.int_0]).Set
./gen_vector_math.go:111:6: can inline Identity[go.shape.int_0]
./gen_vector_math.go:114:8: inlining call to (*Matrix[go.shape.int_0]).Set
./gen_vector_math.go:53:6: can inline NewMatrix[go.shape.float64_0]
./gen_vector_math.go:59:6: can inline (*Matrix[go.shape.float64_0]).At
./gen_vector_math.go:60:6: can inline (*Matrix[go.shape.float64_0]).Set
./gen_vector_math.go:68:14: inlining call to (*Matrix[go.shape.float64_0]).At
./gen_vector_math.go:68:27: inlining call to (*Matrix[go.shape.float64_0]).At
./gen_vector_math.go:70:11: inlining call to (*Matrix[go.shape.float64_0]).Set
./gen_vector_math.go:99:6: can inline Poly[go.shape.complex128_0]
./gen_vector_math.go:99:6: can inline Poly[go.shape.complex64_0]
./gen_vector_math.go:107:6: can inline DivMod[go.shape.int_0]
./gen_vector_math.go:107:6: can inline DivMod[go.shape.int8_0]
./gen_vector_math.go:107:6: can inline DivMod[go.shape.uint8_0]
./gen_vector_math.go:107:6: can inline DivMod[go.shape.int64_0]
./gen_vector_math.go:122:13: inlining call to fmt.Println
./gen_vector_math.go:124:13: inlining call to fmt.Println
./gen_vector_math.go:126:13: inlining call to fmt.Println
./gen_vector_math.go:127:13: inlining call to fmt.Println
./gen_vector_math.go:128:12: inlining call to fmt.Printf
./gen_vector_math.go:131:13: inlining call to fmt.Println
./gen_vector_math.go:132:13: inlining call to fmt.Println
./gen_vector_math.go:133:13: inlining call to fmt.Println
./gen_vector_math.go:134:37: inlining call to Identity[go.shape.int_0]
./gen_vector_math.go:134:37: inlining call to (*Matrix[go.shape.int_0]).Set
./gen_vector_math.go:134:13: inlining call to fmt.Println
./gen_vector_math.go:140:13: inlining call to fmt.Println
./gen_vector_math.go:141:12: inlining call to fmt.Printf
./gen_vector_math.go:143:13: inlining call to fmt.Println
./gen_vector_math.go:145:13: inlining call to fmt.Println
./gen_vector_math.go:146:13: inlining call to fmt.Println
./gen_vector_math.go:147:13: inlining call to fmt.Println
./gen_vector_math.go:148:13: inlining call to fmt.Println
./gen_vector_math.go:150:13: inlining call to fmt.Println
./gen_vector_math.go:24:6: can inline Vec[go.shape.uint8_0].Scale
./gen_vector_math.go:16:6: can inline Vec[go.shape.float64_0].Add
./gen_vector_math.go:32:6: can inline Vec[go.shape.float64_0].Dot
./gen_vector_math.go:16:6: can inline Vec[go.shape.int8_0].Add
./gen_vector_math.go:24:6: can inline Vec[go.shape.int8_0].Scale
./gen_vector_math.go:32:6: can inline Vec[go.shape.int8_0].Dot
./gen_vector_math.go:16:6: can inline Vec[go.shape.int64_0].Add
./gen_vector_math.go:24:6: can inline Vec[go.shape.int64_0].Scale
./gen_vector_math.go:32:6: can inline Vec[go.shape.int64_0].Dot
./gen_vector_math.go:80:22: inlining call to (*Matrix[go.shape.float64_0]).At
./gen_vector_math.go:80:11: inlining call to (*Matrix[go.shape.float64_0]).Set
./gen_vector_math.go:17:13: make(Vec[go.shape.int_0], len(v)) escapes to heap
./gen_vector_math.go:25:13: make(Vec[go.shape.int_0], len(v)) escapes to heap
./gen_vector_math.go:25:13: make(Vec[go.shape.float32_0], len(v)) escapes to heap
./gen_vector_math.go:17:13: make(Vec[go.shape.float32_0], len(v)) escapes to heap
./gen_vector_math.go:17:13: make(Vec[go.shape.uint8_0], len(v)) escapes to heap
./gen_vector_math.go:41:13: make(Vec[go.shape.float64_0], len(v)) escapes to heap
./gen_vector_math.go:25:13: make(Vec[go.shape.float64_0], len(v)) escapes to heap
./gen_vector_math.go:41:13: make(Vec[go.shape.int8_0], len(v)) escapes to heap
./gen_vector_math.go:41:13: make(Vec[go.shape.int64_0], len(v)) escapes to heap
./gen_vector_math.go:54:7: &Matrix[go.shape.int_0]{...} escapes to heap
./gen_vector_math.go:54:34: make([]go.shape.int_0, rows * cols) escapes to heap
./gen_vector_math.go:54:7: &Matrix[go.shape.float64_0]{...} escapes to heap
./gen_vector_math.go:54:34: make([]go.shape.float64_0, rows * cols) escapes to heap
./gen_vector_math.go:120:15: Vec[int]{...} does not escape
./gen_vector_math.go:121:15: Vec[int]{...} does not escape
./gen_vector_math.go:122:13: ... argument does not escape
./gen_vector_math.go:122:19: Vec[go.shape.int_0].Add(&.dict.Vec[int].Add, a, b) escapes to heap
./gen_vector_math.go:122:31: Vec[go.shape.int_0].Scale(&.dict.Vec[int].Scale, a, 3) escapes to heap
./gen_vector_math.go:122:41: Vec[go.shape.int_0].Dot(&.dict.Vec[int].Dot, a, b) escapes to heap
./gen_vector_math.go:123:19: Vec[float32]{...} does not escape
./gen_vector_math.go:124:13: ... argument does not escape
./gen_vector_math.go:124:28: Vec[go.shape.float32_0].Dot(&.dict.Vec[float32].Dot, .autotmp_18, f) escapes to heap
./gen_vector_math.go:124:38: Vec[go.shape.float32_0].Add(&.dict.Vec[float32].Add, f, f) escapes to heap
./gen_vector_math.go:125:17: Vec[uint8]{...} does not escape
./gen_vector_math.go:126:13: ... argument does not escape
./gen_vector_math.go:126:19: Vec[go.shape.uint8_0].Add(&.dict.Vec[uint8].Add, u, u) escapes to heap
./gen_vector_math.go:126:29: Vec[go.shape.uint8_0].Dot(&.dict.Vec[uint8].Dot, u, u) escapes to heap
./gen_vector_math.go:127:13: ... argument does not escape
./gen_vector_math.go:127:36: Vec[go.shape.float64_0].Scale(&.dict.Vec[float64].Scale, .autotmp_19, 0.5) escapes to heap
./gen_vector_math.go:127:53: Cast[go.shape.int8_0,go.shape.float64_1](&.dict.Cast[int8,float64], Vec[float64]{...}) escapes to heap
./gen_vector_math.go:127:66: Vec[float64]{...} does not escape
./gen_vector_math.go:128:12: ... argument does not escape
./gen_vector_math.go:128:32: Cast[go.shape.int64_0,go.shape.float32_1](&.dict.Cast[int64,float32], f) escapes to heap
./gen_vector_math.go:130:16: ... argument does not escape
./gen_vector_math.go:131:13: ... argument does not escape
./gen_vector_math.go:132:13: ... argument does not escape
./gen_vector_math.go:133:13: ... argument does not escape
./gen_vector_math.go:134:13: ... argument does not escape
./gen_vector_math.go:134:41: (*Matrix[go.shape.int_0]).Mul(&.dict.(*Matrix[int]).Mul, .autotmp_20, ~R0).data escapes to heap
./gen_vector_math.go:135:26: ... argument does not escape
./gen_vector_math.go:140:13: ... argument does not escape
./gen_vector_math.go:141:12: ... argument does not escape
./gen_vector_math.go:143:13: ... argument does not escape
./gen_vector_math.go:143:18: Poly[go.shape.complex128_0](&.dict.Poly[complex128], []complex128{...}, 1i) escapes to heap
./gen_vector_math.go:143:31: []complex128{...} does not escape
./gen_vector_math.go:143:51: Poly[go.shape.complex64_0](&.dict.Poly[complex64], []complex64{...}, 1 + 1i) escapes to heap
./gen_vector_math.go:143:63: []complex64{...} does not escape
./gen_vector_math.go:145:13: ... argument does not escape
./gen_vector_math.go:145:13: .autotmp_8 escapes to heap
./gen_vector_math.go:145:13: .autotmp_9 escapes to heap
./gen_vector_math.go:146:13: ... argument does not escape
./gen_vector_math.go:146:13: .autotmp_10 escapes to heap
./gen_vector_math.go:146:13: .autotmp_11 escapes to heap
./gen_vector_math.go:147:13: ... argument does not escape
./gen_vector_math.go:147:13: .autotmp_12 escapes to heap
./gen_vector_math.go:147:13: .autotmp_13 escapes to heap
./gen_vector_math.go:148:13: ... argument does not escape
./gen_vector_math.go:148:13: .autotmp_14 escapes to heap
./gen_vector_math.go:148:13: .autotmp_15 escapes to heap
./gen_vector_math.go:150:13: ... argument does not escape
./gen_vector_math.go:150:13: q escapes to heap
./gen_vector_math.go:150:13: r escapes to heap
./gen_vector_math.go:25:13: make(Vec[go.shape.uint8_0], len(v)) escapes to heap
./gen_vector_math.go:17:13: make(Vec[go.shape.float64_0], len(v)) escapes to heap
./gen_vector_math.go:17:13: make(Vec[go.shape.int8_0], len(v)) escapes to heap
./gen_vector_math.go:25:13: make(Vec[go.shape.int8_0], len(v)) escapes to heap
./gen_vector_math.go:17:13: make(Vec[go.shape.int64_0], len(v)) escapes to heap
./gen_vector_math.go:25:13: make(Vec[go.shape.int64_0], len(v)) escapes to heap
./gen_vector_math.go:89:18: ... argument does not escape
./gen_vector_math.go:89:25: unsafe.Pointer(m.data[i * m.cols:(i + 1) * m.cols]) escapes to heap
./gen_vector_math.go:89:18: ... argument does not escape
./gen_vector_math.go:89:25: unsafe.Pointer(m.data[i * m.cols:(i + 1) * m.cols]) escapes to heap
