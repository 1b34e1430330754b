# command-line-arguments
./gen_method_values.go:35:52: ... argument does not escape
./gen_method_values.go:35:63: s.label escapes to heap
./gen_method_values.go:35:72: unsafe.Pointer(s.val) escapes to heap
./gen_method_values.go:35:52: ... argument does not escape
./gen_method_values.go:35:63: s.label escapes to heap
./gen_method_values.go:35:72: unsafe.Pointer(s.val) escapes to heap
./gen_method_values.go:66:6: moved to heap: ai
./gen_method_values.go:70:6: moved to heap: af
./gen_method_values.go:72:6: moved to heap: wg
./gen_method_values.go:97:6: moved to heap: log
./gen_method_values.go:98:6: moved to heap: stats
./gen_method_values.go:67:15: []int{...} does not escape
./gen_method_values.go:68:13: ... argument does not escape
./gen_method_values.go:68:16: ai.total escapes to heap
./gen_method_values.go:68:26: ai.n escapes to heap
./gen_method_values.go:68:37: (*Acc[go.shape.int_0]).Mean(&.dict.(*Acc[int]).Mean, ai) escapes to heap
./gen_method_values.go:75:6: func literal escapes to heap
./gen_method_values.go:81:13: ... argument does not escape
./gen_method_values.go:81:16: af.total escapes to heap
./gen_method_values.go:81:26: af.n escapes to heap
./gen_method_values.go:81:37: (*Acc[go.shape.float64_0]).Mean(&.dict.(*Acc[float64]).Mean, af) escapes to heap
./gen_method_values.go:86:13: ... argument does not escape
./gen_method_values.go:86:16: ai.total escapes to heap
./gen_method_values.go:86:28: mean(&ai) escapes to heap
./gen_method_values.go:88:30: []int{...} escapes to heap
./gen_method_values.go:92:13: ... argument does not escape
./gen_method_values.go:92:18: show() escapes to heap
./gen_method_values.go:92:28: Snap[go.shape.[]int_0].Show(&.dict.Snap[[]int].Show, s) escapes to heap
./gen_method_values.go:94:13: ... argument does not escape
./gen_method_values.go:94:22: showExpr(Snap[string]{...}) escapes to heap
./gen_method_values.go:101:18: func literal escapes to heap
./gen_method_values.go:103:15: ... argument does not escape
./gen_method_values.go:103:16: "alert" escapes to heap
./gen_method_values.go:103:16: v escapes to heap
./gen_method_values.go:106:29: []float64{...} does not escape
./gen_method_values.go:109:13: ... argument does not escape
./gen_method_values.go:109:17: log.entries escapes to heap
./gen_method_values.go:109:37: (*Acc[go.shape.float64_0]).Mean(&.dict.(*Acc[float64]).Mean, stats) escapes to heap
./gen_method_values.go:109:46: temps.last escapes to heap
./gen_method_values.go:109:56: len(temps.subs) escapes to heap
./gen_method_values.go:113:13: ... argument does not escape
./gen_method_values.go:113:17: a1 == a2 escapes to heap
./gen_method_values.go:113:27: a1 == Snap[int]{...} escapes to heap
./gen_method_values.go:116:13: ... argument does not escape
./gen_method_values.go:116:19: arr1 == arr2 escapes to heap
./gen_method_values.go:118:13: ... argument does not escape
./gen_method_values.go:118:19: arr1 == arr2 escapes to heap
./gen_method_values.go:120:28: map[Key[int]]int{} does not escape
./gen_method_values.go:126:30: ... argument does not escape
./gen_method_values.go:126:44: k.ns escapes to heap
./gen_method_values.go:126:50: k.id escapes to heap
./gen_method_values.go:126:50: v escapes to heap
./gen_method_values.go:129:13: ... argument does not escape
./gen_method_values.go:129:13: ks escapes to heap
./gen_method_values.go:130:28: map[Key[string]]bool{...} does not escape
./gen_method_values.go:131:13: ... argument does not escape
./gen_method_values.go:131:16: sk[Key[string]{...}] escapes to heap
./gen_method_values.go:131:43: sk[Key[string]{...}] escapes to heap
./gen_method_values.go:132:12: ... argument does not escape
./gen_method_values.go:35:52: ... argument does not escape
./gen_method_values.go:35:63: s.label escapes to heap
./gen_method_values.go:35:72: unsafe.Pointer(s.val) escapes to heap
