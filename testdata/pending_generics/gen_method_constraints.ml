# command-line-arguments
./gen_method_constraints.go:27:42: "#" + strconv.Itoa(int(i)) escapes to heap
./gen_method_constraints.go:31:7: leaking param: l to result ~r0 level=0
./gen_method_constraints.go:59:38: (*Buffer).Reset ignoring self-assignment in b.data = b.data[:0]
./gen_method_constraints.go:59:7: b does not escape
./gen_method_constraints.go:60:7: b does not escape
./gen_method_constraints.go:64:7: c does not escape
./gen_method_constraints.go:65:7: c does not escape
./gen_method_constraints.go:18:15: make([]string, len(xs)) escapes to heap
./gen_method_constraints.go:18:15: make([]string, len(xs)) escapes to heap
./gen_method_constraints.go:18:15: make([]string, len(xs)) escapes to heap
./gen_method_constraints.go:45:20: ... argument does not escape
./gen_method_constraints.go:45:50: (func(go.shape.int_0) string)(&(*(*[4]uintptr)(unsafe.Pointer(.dict)))[.dict])(total) escapes to heap
./gen_method_constraints.go:45:57: len(xs) escapes to heap
./gen_method_constraints.go:76:10: (*Recycler[go.shape.struct { main.data []uint8; main.uses int }_0,go.shape.*main.Buffer_1]).Get ignoring self-assignment in r.free = r.free[:n - 1]
./gen_method_constraints.go:80:15: new(go.shape.struct { main.data []uint8; main.uses int }_0) escapes to heap
./gen_method_constraints.go:120:13: ... argument does not escape
./gen_method_constraints.go:120:21: JoinAll[go.shape.int_0](&.dict.JoinAll[main.ID], []ID{...}, ", ") escapes to heap
./gen_method_constraints.go:120:26: []ID{...} does not escape
./gen_method_constraints.go:121:13: ... argument does not escape
./gen_method_constraints.go:121:21: JoinAll[go.shape.string_0](&.dict.JoinAll[main.Label], []Label{...}, "+") escapes to heap
./gen_method_constraints.go:121:29: []Label{...} does not escape
./gen_method_constraints.go:122:13: ... argument does not escape
./gen_method_constraints.go:122:21: JoinAll[go.shape.interface { String() string }_0](&.dict.JoinAll[fmt.Stringer], []fmt.Stringer{...}, "|") escapes to heap
./gen_method_constraints.go:122:36: []fmt.Stringer{...} does not escape
./gen_method_constraints.go:122:39: ID(7) escapes to heap
./gen_method_constraints.go:122:49: Label("x") escapes to heap
./gen_method_constraints.go:123:13: ... argument does not escape
./gen_method_constraints.go:123:36: JoinAll[go.shape.int_0](&.dict.JoinAll[main.ID], nil, "-") == "" escapes to heap
./gen_method_constraints.go:125:13: ... argument does not escape
./gen_method_constraints.go:125:28: SumAndShow[go.shape.int_0](&.dict.SumAndShow[main.ID], ... argument...) escapes to heap
./gen_method_constraints.go:125:28: ... argument does not escape
./gen_method_constraints.go:126:13: ... argument does not escape
./gen_method_constraints.go:126:24: SumAndShow[go.shape.int_0](&.dict.SumAndShow[main.ID], ... argument...) escapes to heap
./gen_method_constraints.go:126:24: ... argument does not escape
./gen_method_constraints.go:134:13: ... argument does not escape
./gen_method_constraints.go:134:16: rb.made escapes to heap
./gen_method_constraints.go:134:26: b3 == b1 escapes to heap
./gen_method_constraints.go:134:36: len(b3.data) escapes to heap
./gen_method_constraints.go:134:60: cap(b3.data) >= 5 escapes to heap
./gen_method_constraints.go:134:73: (*Buffer).Used(b3) escapes to heap
./gen_method_constraints.go:134:84: (*Buffer).Used(b2) escapes to heap
./gen_method_constraints.go:135:12: ... argument does not escape
./gen_method_constraints.go:135:13: rb escapes to heap
./gen_method_constraints.go:137:12: make([]Counter, 3) escapes to heap
./gen_method_constraints.go:139:13: ... argument does not escape
./gen_method_constraints.go:139:31: ResetAll[go.shape.struct { main.n int; main.uses int }_0,go.shape.*main.Counter_1](&.dict.ResetAll[main.Counter,*main.Counter], cs) escapes to heap
./gen_method_constraints.go:139:54: ResetAll[go.shape.struct { main.n int; main.uses int }_0,go.shape.*main.Counter_1](&.dict.ResetAll[main.Counter,*main.Counter], cs) escapes to heap
./gen_method_constraints.go:139:54: cs escapes to heap
./gen_method_constraints.go:141:12: ... argument does not escape
./gen_method_constraints.go:141:29: Largest[go.shape.struct { W float64; H float64 }_0](&.dict.Largest[main.Rect], []Rect{...}) escapes to heap
./gen_method_constraints.go:141:36: []Rect{...} does not escape
./gen_method_constraints.go:142:12: ... argument does not escape
./gen_method_constraints.go:142:29: Largest[go.shape.struct { R float64 }_0](&.dict.Largest[main.Circle], []Circle{...}) escapes to heap
./gen_method_constraints.go:142:38: []Circle{...} does not escape
./gen_method_constraints.go:143:18: []Shape{...} does not escape
./gen_method_constraints.go:143:23: Rect{...} escapes to heap
./gen_method_constraints.go:143:37: Circle{...} escapes to heap
./gen_method_constraints.go:143:46: Rect{...} escapes to heap
./gen_method_constraints.go:145:13: ... argument does not escape
./gen_method_constraints.go:145:20: l.Name() escapes to heap
./gen_method_constraints.go:145:30: l.Area() escapes to heap
./gen_method_constraints.go:147:13: ... argument does not escape
./gen_method_constraints.go:147:21: Largest[go.shape.struct { W float64; H float64 }_0](&.dict.Largest[main.Rect], none) escapes to heap
