# command-line-arguments
./gen_graph.go:19:9: &Graph[go.shape.string_0]{...} escapes to heap
./gen_graph.go:19:35: map[go.shape.string_0]int{} escapes to heap
./gen_graph.go:19:53: map[go.shape.string_0][]go.shape.string_0{} escapes to heap
./gen_graph.go:42:46: (*queue[go.shape.string_0]).pop ignoring self-assignment in v, q.items = q.items[0], q.items[1:]
./gen_graph.go:45:18: map[go.shape.string_0]int{...} escapes to heap
./gen_graph.go:95:18: (*Graph[go.shape.string_0]).TopoSort ignoring self-assignment in out[i], out[j] = out[j], out[i]
./gen_graph.go:95:18: (*Graph[go.shape.string_0]).TopoSort ignoring self-assignment in out[i], out[j] = out[j], out[i]
./gen_graph.go:72:15: leaking param: n
./gen_graph.go:69:15: make(map[go.shape.string_0]int, len(g.nodes)) does not escape
./gen_graph.go:72:10: func literal does not escape
./gen_graph.go:75:21: ... argument does not escape
./gen_graph.go:75:22: unsafe.Pointer(n) escapes to heap
./gen_graph.go:19:9: &Graph[go.shape.int_0]{...} escapes to heap
./gen_graph.go:19:35: map[go.shape.int_0]int{} escapes to heap
./gen_graph.go:19:53: map[go.shape.int_0][]go.shape.int_0{} escapes to heap
./gen_graph.go:42:46: (*queue[go.shape.int_0]).pop ignoring self-assignment in v, q.items = q.items[0], q.items[1:]
./gen_graph.go:45:18: map[go.shape.int_0]int{...} escapes to heap
./gen_graph.go:19:9: &Graph[go.shape.struct { main.r int; main.c int }_0]{...} escapes to heap
./gen_graph.go:19:35: map[go.shape.struct { main.r int; main.c int }_0]int{} escapes to heap
./gen_graph.go:19:53: map[go.shape.struct { main.r int; main.c int }_0][]go.shape.struct { main.r int; main.c int }_0{} escapes to heap
./gen_graph.go:42:46: (*queue[go.shape.struct { main.r int; main.c int }_0]).pop ignoring self-assignment in v, q.items = q.items[0], q.items[1:]
./gen_graph.go:45:18: map[go.shape.struct { main.r int; main.c int }_0]int{...} escapes to heap
./gen_graph.go:109:17: map[go.shape.string_0]go.shape.float64_1{...} escapes to heap
./gen_graph.go:109:17: map[go.shape.int_0]go.shape.int_1{...} escapes to heap
./gen_graph.go:128:8: ... argument does not escape
./gen_graph.go:128:37: ... argument does not escape
./gen_graph.go:128:59: ... argument does not escape
./gen_graph.go:129:8: ... argument does not escape
./gen_graph.go:129:31: ... argument does not escape
./gen_graph.go:131:13: ... argument does not escape
./gen_graph.go:131:13: order escapes to heap
./gen_graph.go:133:12: ... argument does not escape
./gen_graph.go:133:12: n escapes to heap
./gen_graph.go:133:16: "=" escapes to heap
./gen_graph.go:133:25: dist[n] escapes to heap
./gen_graph.go:133:30: " " escapes to heap
./gen_graph.go:137:13: ... argument does not escape
./gen_graph.go:137:13: topo escapes to heap
./gen_graph.go:139:8: ... argument does not escape
./gen_graph.go:141:13: ... argument does not escape
./gen_graph.go:141:28: errors.Is(err, ErrCycle) escapes to heap
./gen_graph.go:146:11: ... argument does not escape
./gen_graph.go:149:11: ... argument does not escape
./gen_graph.go:153:13: ... argument does not escape
./gen_graph.go:153:13: o escapes to heap
./gen_graph.go:153:18: d[8] escapes to heap
./gen_graph.go:153:26: len(d) escapes to heap
./gen_graph.go:159:14: ... argument does not escape
./gen_graph.go:162:14: ... argument does not escape
./gen_graph.go:167:13: ... argument does not escape
./gen_graph.go:167:17: len(co) escapes to heap
./gen_graph.go:167:25: co[len(co) - 1] escapes to heap
./gen_graph.go:167:40: cd[cell{...}] escapes to heap
./gen_graph.go:168:12: ... argument does not escape
./gen_graph.go:170:35: []WEdge[string,float64]{...} does not escape
./gen_graph.go:173:28: []string{...} does not escape
./gen_graph.go:174:28: []string{...} does not escape
./gen_graph.go:176:12: ... argument does not escape
./gen_graph.go:176:12: n escapes to heap
./gen_graph.go:176:16: ":" escapes to heap
./gen_graph.go:176:16: v escapes to heap
./gen_graph.go:176:24: ":" escapes to heap
./gen_graph.go:176:24: ok escapes to heap
./gen_graph.go:176:33: " " escapes to heap
./gen_graph.go:179:25: []WEdge[int,int]{...} does not escape
./gen_graph.go:180:13: ... argument does not escape
./gen_graph.go:180:31: []int{...} does not escape
./gen_graph.go:95:18: (*Graph[go.shape.int_0]).TopoSort ignoring self-assignment in out[i], out[j] = out[j], out[i]
./gen_graph.go:95:18: (*Graph[go.shape.int_0]).TopoSort ignoring self-assignment in out[i], out[j] = out[j], out[i]
./gen_graph.go:69:15: make(map[go.shape.int_0]int, len(g.nodes)) does not escape
./gen_graph.go:72:10: func literal does not escape
./gen_graph.go:75:21: ... argument does not escape
./gen_graph.go:75:22: unsafe.Pointer(n) escapes to heap
./gen_graph.go:95:18: (*Graph[go.shape.struct { main.r int; main.c int }_0]).TopoSort ignoring self-assignment in out[i], out[j] = out[j], out[i]
./gen_graph.go:95:18: (*Graph[go.shape.struct { main.r int; main.c int }_0]).TopoSort ignoring self-assignment in out[i], out[j] = out[j], out[i]
./gen_graph.go:69:15: make(map[go.shape.struct { main.r int; main.c int }_0]int, len(g.nodes)) does not escape
./gen_graph.go:72:10: func literal does not escape
./gen_graph.go:75:21: ... argument does not escape
./gen_graph.go:75:22: unsafe.Pointer(n) escapes to heap
