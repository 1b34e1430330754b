# command-line-arguments
./gen_values_copy.go:12:6: can inline Identity[go.shape.int_0]
./gen_values_copy.go:31:6: can inline (*Mat4[go.shape.int_0]).Scale
./gen_values_copy.go:39:6: can inline Mat4[go.shape.int_0].Trace
./gen_values_copy.go:19:6: can inline Mat4[go.shape.int_0].Mul
./gen_values_copy.go:12:6: can inline Identity[go.shape.float64_0]
./gen_values_copy.go:31:6: can inline (*Mat4[go.shape.float64_0]).Scale
./gen_values_copy.go:19:6: can inline Mat4[go.shape.float64_0].Mul
./gen_values_copy.go:39:6: can inline Mat4[go.shape.float64_0].Trace
./gen_values_copy.go:52:6: can inline (*Record[go.shape.string_0]).Push
./gen_values_copy.go:57:6: can inline Modify[go.shape.string_0]
./gen_values_copy.go:58:8: inlining call to (*Record[go.shape.string_0]).Push
./gen_values_copy.go:52:6: can inline (*Record[go.shape.int_0]).Push
./gen_values_copy.go:52:6: can inline (*Record[go.shape.float64_0]).Push
./gen_values_copy.go:63:6: can inline SwapArr[go.shape.string_0]
./gen_values_copy.go:66:21: inlining call to Identity[go.shape.int_0]
./gen_values_copy.go:70:13: inlining call to fmt.Println
./gen_values_copy.go:72:13: inlining call to fmt.Println
./gen_values_copy.go:73:24: inlining call to Identity[go.shape.float64_0]
./gen_values_copy.go:75:54: inlining call to Identity[go.shape.float64_0]
./gen_values_copy.go:75:75: inlining call to Identity[go.shape.float64_0]
./gen_values_copy.go:75:98: inlining call to Identity[go.shape.float64_0]
./gen_values_copy.go:75:13: inlining call to fmt.Println
./gen_values_copy.go:76:12: inlining call to fmt.Printf
./gen_values_copy.go:81:12: inlining call to fmt.Printf
./gen_values_copy.go:82:12: inlining call to fmt.Printf
./gen_values_copy.go:83:13: inlining call to fmt.Println
./gen_values_copy.go:93:13: inlining call to fmt.Println
./gen_values_copy.go:98:13: inlining call to fmt.Println
./gen_values_copy.go:100:13: inlining call to fmt.Println
./gen_values_copy.go:104:13: inlining call to fmt.Println
./gen_values_copy.go:105:34: inlining call to Identity[go.shape.int_0]
./gen_values_copy.go:108:13: inlining call to fmt.Println
./gen_values_copy.go:70:13: ... argument does not escape
./gen_values_copy.go:70:22: Mat4[go.shape.int_0].Trace(&.dict.Mat4[int].Trace, id) escapes to heap
./gen_values_copy.go:70:33: Mat4[go.shape.int_0].Trace(&.dict.Mat4[int].Trace, m) escapes to heap
./gen_values_copy.go:70:41: m[0][3] escapes to heap
./gen_values_copy.go:70:51: id[0][3] escapes to heap
./gen_values_copy.go:72:13: ... argument does not escape
./gen_values_copy.go:72:15: p[0] escapes to heap
./gen_values_copy.go:72:27: Mat4[go.shape.int_0].Trace(&.dict.Mat4[int].Trace, p) escapes to heap
./gen_values_copy.go:75:13: ... argument does not escape
./gen_values_copy.go:75:28: Mat4[go.shape.float64_0].Trace(&.dict.Mat4[float64].Trace, .autotmp_15) escapes to heap
./gen_values_copy.go:75:34: f == (m) escapes to heap
./gen_values_copy.go:75:78: (m) == (m) escapes to heap
./gen_values_copy.go:76:12: ... argument does not escape
./gen_values_copy.go:76:13: f escapes to heap
./gen_values_copy.go:81:12: ... argument does not escape
./gen_values_copy.go:81:25: r.Hist escapes to heap
./gen_values_copy.go:81:33: r.Tags escapes to heap
./gen_values_copy.go:82:12: ... argument does not escape
./gen_values_copy.go:82:26: r2.Hist escapes to heap
./gen_values_copy.go:82:35: r2.Tags escapes to heap
./gen_values_copy.go:83:13: ... argument does not escape
./gen_values_copy.go:83:16: r == r2 escapes to heap
./gen_values_copy.go:83:25: r == Record[string]{...} escapes to heap
./gen_values_copy.go:93:13: ... argument does not escape
./gen_values_copy.go:93:21: recs[2].Hist escapes to heap
./gen_values_copy.go:93:39: copyRecs[2].Hist escapes to heap
./gen_values_copy.go:93:51: recs == copyRecs escapes to heap
./gen_values_copy.go:95:38: map[string]Record[float64]{...} does not escape
./gen_values_copy.go:98:13: ... argument does not escape
./gen_values_copy.go:98:25: byName["r"].Hist escapes to heap
./gen_values_copy.go:98:35: tmp.Hist escapes to heap
./gen_values_copy.go:100:13: ... argument does not escape
./gen_values_copy.go:100:30: byName["r"].Hist[4] escapes to heap
./gen_values_copy.go:104:13: ... argument does not escape
./gen_values_copy.go:104:13: a escapes to heap
./gen_values_copy.go:104:13: b escapes to heap
./gen_values_copy.go:108:13: ... argument does not escape
./gen_values_copy.go:108:25: Mat4[go.shape.int_0].Trace(&.dict.Mat4[int].Trace, ms[0]) escapes to heap
./gen_values_copy.go:108:40: Mat4[go.shape.int_0].Trace(&.dict.Mat4[int].Trace, ms[1]) escapes to heap
./gen_values_copy.go:108:50: ms[0] == ms[1] escapes to heap
