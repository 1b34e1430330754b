# command-line-arguments
./gen_pipeline.go:28:5: func literal escapes to heap
./gen_pipeline.go:17:5: func literal escapes to heap
./gen_pipeline.go:28:5: func literal escapes to heap
./gen_pipeline.go:53:6: moved to heap: wg
./gen_pipeline.go:56:6: func literal escapes to heap
./gen_pipeline.go:69:13: make([]go.shape.int_1, len(inputs)) escapes to heap
./gen_pipeline.go:53:6: moved to heap: wg
./gen_pipeline.go:56:6: func literal escapes to heap
./gen_pipeline.go:69:13: make([]go.shape.bool_1, len(inputs)) escapes to heap
./gen_pipeline.go:81:11: c does not escape
./gen_pipeline.go:78:6: moved to heap: wg
./gen_pipeline.go:81:6: func literal escapes to heap
./gen_pipeline.go:88:5: func literal escapes to heap
./gen_pipeline.go:17:5: func literal escapes to heap
./gen_pipeline.go:81:11: c does not escape
./gen_pipeline.go:78:6: moved to heap: wg
./gen_pipeline.go:81:6: func literal escapes to heap
./gen_pipeline.go:88:5: func literal escapes to heap
./gen_pipeline.go:28:5: func literal escapes to heap
./gen_pipeline.go:17:5: func literal escapes to heap
./gen_pipeline.go:115:8: &Future[go.shape.[]int_0]{...} escapes to heap
./gen_pipeline.go:116:5: func literal escapes to heap
./gen_pipeline.go:53:6: moved to heap: wg
./gen_pipeline.go:56:6: func literal escapes to heap
./gen_pipeline.go:69:13: make([]go.shape.int_1, len(inputs)) escapes to heap
./gen_pipeline.go:115:8: &Future[go.shape.string_0]{...} escapes to heap
./gen_pipeline.go:116:5: func literal escapes to heap
./gen_pipeline.go:17:5: func literal escapes to heap
./gen_pipeline.go:53:6: moved to heap: wg
./gen_pipeline.go:56:6: func literal escapes to heap
./gen_pipeline.go:69:13: make([]go.shape.bool_1, len(inputs)) escapes to heap
./gen_pipeline.go:133:79: s does not escape
./gen_pipeline.go:167:6: moved to heap: mu
./gen_pipeline.go:168:2: moved to heap: total
./gen_pipeline.go:129:22: ... argument escapes to heap
./gen_pipeline.go:129:39: func literal escapes to heap
./gen_pipeline.go:130:20: func literal escapes to heap
./gen_pipeline.go:130:59: ... argument does not escape
./gen_pipeline.go:130:60: x escapes to heap
./gen_pipeline.go:131:13: ... argument does not escape
./gen_pipeline.go:131:26: strings.Join(Collect[go.shape.string_0](&.dict.Collect[string], strs), "") escapes to heap
./gen_pipeline.go:133:32: []string{...} escapes to heap
./gen_pipeline.go:133:74: func literal escapes to heap
./gen_pipeline.go:136:13: ... argument does not escape
./gen_pipeline.go:136:13: lens escapes to heap
./gen_pipeline.go:137:31: []int{...} escapes to heap
./gen_pipeline.go:137:73: func literal escapes to heap
./gen_pipeline.go:145:13: ... argument does not escape
./gen_pipeline.go:145:13: primes escapes to heap
./gen_pipeline.go:147:25: ... argument does not escape
./gen_pipeline.go:147:34: ... argument escapes to heap
./gen_pipeline.go:147:54: ... argument escapes to heap
./gen_pipeline.go:147:89: ... argument escapes to heap
./gen_pipeline.go:149:13: ... argument does not escape
./gen_pipeline.go:149:13: merged escapes to heap
./gen_pipeline.go:149:25: len(merged) escapes to heap
./gen_pipeline.go:151:25: ... argument does not escape
./gen_pipeline.go:151:40: ... argument escapes to heap
./gen_pipeline.go:151:52: func literal escapes to heap
./gen_pipeline.go:153:13: ... argument does not escape
./gen_pipeline.go:153:13: floats escapes to heap
./gen_pipeline.go:156:27: ... argument escapes to heap
./gen_pipeline.go:158:13: ... argument does not escape
./gen_pipeline.go:158:13: got escapes to heap
./gen_pipeline.go:160:13: ... argument does not escape
./gen_pipeline.go:160:23: TakeUntil[go.shape.int_0](&.dict.TakeUntil[int], Generate[go.shape.int_0](&.dict.Generate[int], ... argument...), 99, done2) escapes to heap
./gen_pipeline.go:160:32: ... argument escapes to heap
./gen_pipeline.go:162:14: func literal escapes to heap
./gen_pipeline.go:162:55: []int{...} escapes to heap
./gen_pipeline.go:162:66: func literal escapes to heap
./gen_pipeline.go:163:14: func literal escapes to heap
./gen_pipeline.go:164:13: ... argument does not escape
./gen_pipeline.go:164:22: (*Future[go.shape.string_0]).Await(&.dict.(*Future[string]).Await, f2) escapes to heap
./gen_pipeline.go:164:34: (*Future[go.shape.[]int_0]).Await(&.dict.(*Future[[]int]).Await, f1) escapes to heap
./gen_pipeline.go:164:46: (*Future[go.shape.[]int_0]).Await(&.dict.(*Future[[]int]).Await, f1) escapes to heap
./gen_pipeline.go:165:12: ... argument does not escape
./gen_pipeline.go:169:20: make([]struct {}, 100) escapes to heap
./gen_pipeline.go:169:39: func literal escapes to heap
./gen_pipeline.go:175:13: ... argument does not escape
./gen_pipeline.go:175:14: "total" escapes to heap
./gen_pipeline.go:175:14: total escapes to heap
