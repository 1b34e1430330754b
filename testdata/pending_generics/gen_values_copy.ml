# command-line-arguments
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
./gen_values_copy.go:75:34: f == Identity[go.shape.float64_0](&.dict.Identity[float64]) escapes to heap
./gen_values_copy.go:75:78: Identity[go.shape.float64_0](&.dict.Identity[float64]) == Identity[go.shape.float64_0](&.dict.Identity[float64]) escapes to heap
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
